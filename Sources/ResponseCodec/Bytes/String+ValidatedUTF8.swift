extension String {
    /// A string of `utf8`, which the caller knows to be well-formed UTF-8, copied in without
    /// being validated again: every string the parser makes comes from a document it has already
    /// validated whole (spec/response-format.md §6.2 step 2; the document reader validates from its first
    /// string it reads), or from those bytes with escapes decoded into well-formed UTF-8.
    ///
    /// `String(decoding:as:)` and `String(unsafeUninitializedCapacity:initializingUTF8With:)`
    /// check every byte again; where `UTF8Span` is missing (before Swift 6.2 and the 26 OS
    /// releases), the first of them does.
    @inline(__always)
    init(alreadyValidatedUTF8 utf8: UnsafeRawBufferPointer) {
        #if compiler(>=6.2) && !RESPONSE_CODEC_FALLBACK
            if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
                self.init(copying: UTF8Span(unchecked: utf8.assumingMemoryBound(to: UInt8.self).span))
                return
            }
        #endif
        self.init(decoding: utf8, as: UTF8.self)
    }
}
