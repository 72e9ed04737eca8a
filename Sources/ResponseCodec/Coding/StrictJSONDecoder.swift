/// Decodes any `Decodable` from strict I-JSON bytes.
/// (Stub: the coding helper replaces this file.)
public struct StrictJSONDecoder: Sendable {
    /// Decoding options.
    public var options: DecodingOptions

    /// Creates a decoder.
    public init(options: DecodingOptions = DecodingOptions()) { self.options = options }

    /// Parses `bytes` strictly and decodes a `T` from them.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(ResponseCodecError) -> T {
        throw ResponseCodecError(.syntax, reason: "decoder not yet implemented")
    }

    /// Decodes a `T` from an already parsed value.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(ResponseCodecError) -> T {
        throw ResponseCodecError(.syntax, reason: "decoder not yet implemented")
    }
}
