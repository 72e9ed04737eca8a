// Temporary until the parser branch lands with its own JSONValue(parsing:).
extension JSONValue {
    /// Parses strict I-JSON bytes.
    public init(parsing bytes: [UInt8], limits: JSONLimits = JSONLimits()) throws(ResponseCodecError) {
        self = try bytes.withUnsafeInput { (buffer) throws(ResponseCodecError) in
            try StrictJSONParser.parse(buffer, limits: limits)
        }
    }
}
