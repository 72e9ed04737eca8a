/// The byte-level parser: RFC 8259 grammar plus the I-JSON rules of RFC 7493.
/// (Stub: the parsing helper replaces this file.)
struct StrictJSONParser {
    /// Parses one JSON text into a value, or throws the first fault with its code, pointer and offset.
    static func parse(_ input: UnsafeRawBufferPointer, limits: JSONLimits) throws(ResponseCodecError) -> JSONValue {
        throw ResponseCodecError(.syntax, reason: "parser not yet implemented")
    }

    /// In a document already known to be valid, the byte offset of the value that `pointer`
    /// (RFC 6901 reference tokens, unescaped) names; when that value does not exist, the
    /// offset of its deepest existing ancestor.
    static func offset(of pointer: [String], in input: UnsafeRawBufferPointer) -> Int {
        0
    }
}
