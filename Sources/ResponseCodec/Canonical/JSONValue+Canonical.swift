extension JSONValue {
    /// The RFC 8785 (JSON Canonicalization Scheme) bytes of this value, in UTF-8: the one byte
    /// sequence the value has, whoever writes it, suitable for hashing, signing and
    /// byte-for-byte comparison.
    ///
    /// No whitespace (RFC 8785 §3.2.1), object members sorted by the UTF-16 code units of their
    /// names (§3.2.3), strings with the minimal escapes of §3.2.2.2 and numbers in ECMAScript's
    /// shortest round-trip form (§3.2.2.3). Values that are equal (member order aside, and `-0`
    /// equal to `0`) have the same bytes: `["b": 1, "a": [true, -0.0]]` gives
    /// `{"a":[true,0],"b":1}`.
    ///
    /// - Throws: ``ResponseCodecError`` with code ``ResponseCodecError/Code/numberOutOfRange``
    ///   when the value holds a NaN or an infinity, which JSON cannot represent; its pointer
    ///   names that number (RFC 6901), its offset is `nil`.
    public func canonicalBytes() throws(ResponseCodecError) -> [UInt8] {
        var writer = CanonicalWriter()
        try writer.write(self)
        return writer.bytes
    }
}
