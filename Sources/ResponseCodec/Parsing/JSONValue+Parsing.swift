extension JSONValue {
    /// Parses strict I-JSON: one JSON text (RFC 8259) that is UTF-8 without a byte order mark,
    /// has no lone surrogate escapes, no duplicate member names, and only numbers an IEEE 754
    /// double carries as sent (RFC 7493), within `limits`.
    ///
    /// The first fault, in the order spec/response-format.md §6.2, steps 1-3 fixes, is thrown
    /// with its code, JSON Pointer and byte offset: `too_large`, `invalid_utf8`, then the first
    /// of `syntax`, `invalid_unicode`, `duplicate_key`, `number_out_of_range`, `depth_exceeded`
    /// and `too_large` (for a string) in byte order.
    ///
    /// ```swift
    /// let value = try JSONValue(parsing: Array(#"{"b":[1,2.5],"a":null}"#.utf8))
    /// // .object(["a": nil, "b": [1, 2.5]]), members in canonical order
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 document.
    ///   - limits: Depth and size limits; the defaults are those the spec names.
    /// - Throws: ``ResponseCodecError`` describing the first fault.
    public init(parsing bytes: [UInt8], limits: JSONLimits = JSONLimits()) throws(ResponseCodecError) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(ResponseCodecError) -> JSONValue in
                try StrictJSONParser.parse(buffer, limits: limits)
            }
        }
        self = try result.get()
    }
}
