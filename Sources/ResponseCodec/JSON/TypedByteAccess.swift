extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for bodies that throw ``ResponseCodecError``, keeping the error type:
    /// through the array's `Span`, whose `withUnsafeBytes` throws typed errors, so the result
    /// is returned directly instead of through a `Result` and its copies.
    @inline(__always)
    func withUnsafeInput<R>(
        _ body: (UnsafeRawBufferPointer) throws(ResponseCodecError) -> R
    ) throws(ResponseCodecError) -> R {
        try span.withUnsafeBytes(body)
    }
}

extension String {
    /// A string of `utf8`, which the caller knows to be well-formed UTF-8, copied in without
    /// being validated again: every string the parser makes comes from a document it has already
    /// validated whole (spec/response-format.md §6.2 step 2; the scanner validates from the first
    /// string it reads), or from those bytes with escapes decoded into well-formed UTF-8.
    ///
    /// `String(decoding:as:)` and `String(unsafeUninitializedCapacity:initializingUTF8With:)`
    /// check every byte again (profiled on document d: 7% of a decode).
    @inline(__always)
    init(alreadyValidatedUTF8 utf8: UnsafeRawBufferPointer) {
        self.init(copying: UTF8Span(unchecked: utf8.assumingMemoryBound(to: UInt8.self).span))
    }
}
