/// Appends RFC 8785 canonical bytes for JSON values to a byte buffer.
/// (Stub: the canonical-form helper replaces this file.)
struct CanonicalWriter {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Appends `value` in canonical form. Throws `number_out_of_range` for a non-finite number.
    mutating func write(_ value: JSONValue) throws(ResponseCodecError) {
        throw ResponseCodecError(.syntax, reason: "writer not yet implemented")
    }
}
