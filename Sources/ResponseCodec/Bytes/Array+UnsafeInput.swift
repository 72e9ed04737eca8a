extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for bodies that throw ``ResponseCodecError``, keeping the error type:
    /// through the array's `Span`, whose `withUnsafeBytes` throws typed errors, so the result
    /// is returned directly; where `Array.span` is missing (before Swift 6.2 and the 26 OS
    /// releases), through a `Result`.
    @inline(__always)
    func withUnsafeInput<R>(
        _ body: (UnsafeRawBufferPointer) throws(ResponseCodecError) -> R
    ) throws(ResponseCodecError) -> R {
        #if compiler(>=6.2) && !RESPONSE_CODEC_FALLBACK
            if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
                return try span.withUnsafeBytes(body)
            }
        #endif
        let result = withUnsafeBytes { buffer in
            Result { () throws(ResponseCodecError) -> R in try body(buffer) }
        }
        return try result.get()
    }
}
