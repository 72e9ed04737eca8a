/// The wire-format calls for bytes in any form: an `UnsafeRawBufferPointer`, or any collection
/// of bytes, such as an `ArraySlice<UInt8>`, Foundation's `Data` or a NIO `ByteBufferView`.
///
/// A collection with contiguous storage is read in place, without a copy; any other is copied
/// once into an array. Offsets in errors count from the first byte of `bytes`, whatever its
/// indices are.
///
/// ```swift
/// let response = try WireFormat.decode(buffer.readableBytesView)  // a NIO ByteBuffer
/// ```
extension WireFormat {
    /// Decodes a response of any kind from bytes in memory.
    public static func decode(_ bytes: UnsafeRawBufferPointer, options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        try decode(input: bytes, options: options)
    }

    /// Decodes a response of any kind from a collection of bytes.
    public static func decode(_ bytes: some Collection<UInt8>, options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        try withInput(bytes) { (input) throws(ResponseCodecError) in
            try decode(input: input, options: options)
        }
    }

    /// Decodes bytes in memory and checks that they are exactly the response's canonical form.
    @discardableResult
    public static func verify(_ bytes: UnsafeRawBufferPointer, options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        try verify(input: bytes, options: options)
    }

    /// Decodes a collection of bytes and checks that they are exactly the response's canonical form.
    @discardableResult
    public static func verify(_ bytes: some Collection<UInt8>, options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        try withInput(bytes) { (input) throws(ResponseCodecError) in
            try verify(input: input, options: options)
        }
    }

    /// The RFC 8785 canonical form of strict I-JSON text in memory.
    public static func canonicalize(_ bytes: UnsafeRawBufferPointer, limits: JSONLimits = JSONLimits())
        throws(ResponseCodecError) -> [UInt8]
    {
        try canonicalize(input: bytes, limits: limits)
    }

    /// The RFC 8785 canonical form of strict I-JSON text in a collection of bytes.
    public static func canonicalize(_ bytes: some Collection<UInt8>, limits: JSONLimits = JSONLimits())
        throws(ResponseCodecError) -> [UInt8]
    {
        try withInput(bytes) { (input) throws(ResponseCodecError) in
            try canonicalize(input: input, limits: limits)
        }
    }

    /// Runs `body` on the bytes of `bytes`: in place when the collection is contiguous, else on
    /// a copy.
    private static func withInput<Bytes: Collection<UInt8>, Result>(
        _ bytes: Bytes, _ body: (UnsafeRawBufferPointer) throws(ResponseCodecError) -> Result
    ) throws(ResponseCodecError) -> Result {
        let inPlace = bytes.withContiguousStorageIfAvailable { buffer in
            Swift.Result { () throws(ResponseCodecError) -> Result in try body(UnsafeRawBufferPointer(buffer))
            }
        }
        if let inPlace { return try inPlace.get() }
        return try Array(bytes).withUnsafeInput(body)
    }
}
