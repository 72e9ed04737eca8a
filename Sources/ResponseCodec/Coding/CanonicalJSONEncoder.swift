/// Encodes any `Encodable` value as RFC 8785 (JCS) canonical JSON bytes.
///
/// The value is first encoded into a ``JSONValue`` tree by a real `Encoder` (no detour through
/// Foundation), then written by the canonical writer. The JSON data model is enforced on the way:
/// an integer beyond ±(2^53 − 1) or a non-finite double fails with `number_out_of_range` (never
/// rounded); a `Float` is converted exactly to a double; a key encoded twice keeps its last value;
/// a value that encodes nothing becomes `{}`; a ``JSONValue`` is taken into the tree as it is.
///
/// Errors thrown by the encoded types become ``ResponseCodecError``: `EncodingError.invalidValue`
/// is `invalid_value` at its coding path, any other error `invalid_value` at the root.
public struct CanonicalJSONEncoder: Sendable {
    /// Values the encoded types can read from `encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    /// Creates an encoder.
    public init() {}

    /// The canonical bytes of `value`.
    public func encode<T: Encodable>(_ value: T) throws(ResponseCodecError) -> [UInt8] {
        // The response types describe their members themselves: write them straight out.
        if let response = value as? any WireDocumentConvertible {
            return try response.document.canonicalBytes()
        }
        var writer = CanonicalWriter()
        try writer.write(try encodeTree(value))
        return writer.bytes
    }

    /// The JSON value `value` encodes to.
    public func encodeTree<T: Encodable>(_ value: T) throws(ResponseCodecError) -> JSONValue {
        let context = EncodingContext(userInfo: userInfo.isEmpty ? [:] : userInfo.mapValues { $0 as Any })
        let encoder = TreeEncoder(context: context, path: CodingPath())
        do {
            try encoder.encode(value)
        } catch {
            throw context.misuse ?? CodingErrorMapping.encodingError(error)
        }
        if let misuse = context.misuse { throw misuse }
        return encoder.encoded.materialize()
    }
}
