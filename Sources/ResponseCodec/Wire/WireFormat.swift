/// The response wire format in four calls: encode a response to canonical bytes, decode bytes
/// to a response, verify that bytes are exactly canonical, and canonicalize any JSON text.
///
/// ```swift
/// let bytes = try WireFormat.encode(.background(.reschedule(countdown: 60)))
/// // {"countdown":60,"kind":"background","result":"reschedule"}
/// let response = try WireFormat.decode(bytes)
/// ```
///
/// Spec: `spec/response-format.md` §4 "Canonical form", §5 "Decoding rules", §6 "Errors".
public enum WireFormat {
    /// The RFC 8785 canonical bytes of `response`.
    /// - Throws: `number_out_of_range` if its body holds a NaN or an infinity.
    public static func encode(_ response: ExtensionResponse) throws(ResponseCodecError) -> [UInt8] {
        // Every kind is written straight from its document, built here in each case so that
        // the document is built in place rather than returned through a switch and moved.
        switch response {
        case .background(let response): return try response.document.canonicalBytes()
        case .interactive(let response): return try response.document.canonicalBytes()
        case .scheduled(let response): return try response.document.canonicalBytes()
        case .transformation(let response): return try response.document.canonicalBytes()
        case .rowTransformation(let response): return try response.document.canonicalBytes()
        }
    }

    /// Appends the RFC 8785 canonical bytes of `response` to `buffer`, so that many messages
    /// can go into one buffer without an allocation each. When it throws, `buffer` is as it was.
    /// - Throws: `number_out_of_range` if its body holds a NaN or an infinity.
    public static func encode(_ response: ExtensionResponse, into buffer: inout [UInt8])
        throws(ResponseCodecError)
    {
        let start = buffer.count
        var writer = CanonicalWriter(appendingTo: buffer)
        buffer = []  // the writer holds the only reference, so it appends in place
        do throws(ResponseCodecError) {
            switch response {
            case .background(let response): try response.document.write(to: &writer)
            case .interactive(let response): try response.document.write(to: &writer)
            case .scheduled(let response): try response.document.write(to: &writer)
            case .transformation(let response): try response.document.write(to: &writer)
            case .rowTransformation(let response): try response.document.write(to: &writer)
            }
        } catch {
            writer.bytes.removeSubrange(start...)
            buffer = writer.bytes
            throw error
        }
        buffer = writer.bytes
    }

    /// Decodes a response of any kind. Formatting (whitespace, member order, number spelling)
    /// is not judged here; see ``verify(_:options:)-([UInt8],_)``.
    ///
    /// Overloads take the bytes as an `UnsafeRawBufferPointer` or as any collection of bytes
    /// (an `ArraySlice`, Foundation's `Data`, a NIO `ByteBufferView`), read in place when the
    /// collection is contiguous.
    public static func decode(_ bytes: [UInt8], options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        try bytes.withUnsafeInput { (input) throws(ResponseCodecError) in
            try decode(input: input, options: options)
        }
    }

    /// Decodes `bytes` and checks that they are exactly the canonical form of the response.
    /// - Throws: any decoding error, or `not_canonical` at the first byte that differs.
    @discardableResult
    public static func verify(_ bytes: [UInt8], options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        try bytes.withUnsafeInput { (input) throws(ResponseCodecError) in
            try verify(input: input, options: options)
        }
    }

    /// The RFC 8785 canonical form of any strict I-JSON text (no response rules apply).
    public static func canonicalize(_ bytes: [UInt8], limits: JSONLimits = JSONLimits())
        throws(ResponseCodecError) -> [UInt8]
    {
        try bytes.withUnsafeInput { (input) throws(ResponseCodecError) in
            try canonicalize(input: input, limits: limits)
        }
    }
}

// The three readings of bytes, each over the input in place; every byte form comes here.
extension WireFormat {
    /// ``decode(_:options:)-([UInt8],_)`` on bytes in memory.
    static func decode(input: UnsafeRawBufferPointer, options: DecodingOptions) throws(ResponseCodecError)
        -> ExtensionResponse
    {
        var members = DocumentMembers()
        var reader = ResponseDocumentReader(input, limits: options.limits)
        try reader.read(into: &members)
        do throws(ResponseCodecError) {
            return try ExtensionResponse(members: consume members, unknownMembers: options.unknownMembers)
        } catch {
            throw reader.located(error)
        }
    }

    /// ``verify(_:options:)-([UInt8],_)`` on bytes in memory.
    static func verify(input: UnsafeRawBufferPointer, options: DecodingOptions) throws(ResponseCodecError)
        -> ExtensionResponse
    {
        let response = try decode(input: input, options: options)
        let canonical = try encode(response)
        guard !canonical.elementsEqual(input) else { return response }
        let offset = zip(input, canonical).prefix { $0 == $1 }.count
        let expected = offset < canonical.count ? "byte 0x\(String(canonical[offset], radix: 16))" : "the end"
        throw ResponseCodecError(
            .notCanonical, pointer: "", offset: offset, in: input,
            reason: "not in canonical form: expected \(expected) at offset \(offset)")
    }

    /// ``canonicalize(_:limits:)-([UInt8],_)`` on bytes in memory.
    static func canonicalize(input: UnsafeRawBufferPointer, limits: JSONLimits) throws(ResponseCodecError)
        -> [UInt8]
    {
        let value = try StrictJSONParser.parse(input, limits: limits)
        // The canonical form is about as long as the input (longer only where it spells a
        // number out or escapes less compactly), so the output rarely grows.
        var writer = CanonicalWriter(reservingCapacity: input.count)
        try writer.write(value)
        return writer.bytes
    }
}
