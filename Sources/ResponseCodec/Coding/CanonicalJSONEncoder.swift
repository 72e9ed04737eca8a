/// Encodes any `Encodable` value as RFC 8785 (JCS) canonical JSON bytes.
/// (Stub: the coding helper replaces this file.)
public struct CanonicalJSONEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The canonical bytes of `value`.
    public func encode<T: Encodable>(_ value: T) throws(ResponseCodecError) -> [UInt8] {
        var writer = CanonicalWriter()
        try writer.write(try encodeTree(value))
        return writer.bytes
    }

    /// The JSON value `value` encodes to.
    public func encodeTree<T: Encodable>(_ value: T) throws(ResponseCodecError) -> JSONValue {
        throw ResponseCodecError(.syntax, reason: "encoder not yet implemented")
    }
}
