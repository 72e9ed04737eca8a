extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for bodies that throw ``ResponseCodecError``, keeping the error type.
    func withUnsafeInput<R>(
        _ body: (UnsafeRawBufferPointer) throws(ResponseCodecError) -> R
    ) throws(ResponseCodecError) -> R {
        let result = withUnsafeBytes { buffer in
            Result { () throws(ResponseCodecError) -> R in try body(buffer) }
        }
        return try result.get()
    }
}
