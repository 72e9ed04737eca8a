extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for bodies that throw ``ResponseCodecError``, keeping the error type:
    /// through the array's `Span`, whose `withUnsafeBytes` throws typed errors, so the result
    /// is returned directly rather than through a `Result`.
    @inline(__always)
    func withUnsafeInput<R>(
        _ body: (UnsafeRawBufferPointer) throws(ResponseCodecError) -> R
    ) throws(ResponseCodecError) -> R {
        try span.withUnsafeBytes(body)
    }
}
