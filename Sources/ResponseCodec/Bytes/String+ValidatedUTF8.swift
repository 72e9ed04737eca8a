extension String {
    /// A string of `utf8`, which the caller knows to be well-formed UTF-8, copied in without
    /// being validated again: every string the parser makes comes from bytes whose UTF-8 the scan
    /// of the string has just checked (spec/response-format.md §6.2 step 2), or from those bytes
    /// with escapes decoded into well-formed UTF-8.
    ///
    /// `String(decoding:as:)` and `String(unsafeUninitializedCapacity:initializingUTF8With:)`
    /// check every byte again; `UTF8Span(unchecked:)` is the standard library's way to say the
    /// check is done.
    @inline(__always)
    init(alreadyValidatedUTF8 utf8: UnsafeRawBufferPointer) {
        self.init(copying: UTF8Span(unchecked: utf8.assumingMemoryBound(to: UInt8.self).span))
    }
}
