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
        // Every kind but a row transformation is written straight from its document, built
        // here in each case so that no optional document is built and copied on the way.
        switch response {
        case .background(let response): return try response.document.canonicalBytes()
        case .interactive(let response): return try response.document.canonicalBytes()
        case .scheduled(let response): return try response.document.canonicalBytes()
        case .transformation(let response): return try response.document.canonicalBytes()
        case .rowTransformation: return try CanonicalJSONEncoder().encode(response)
        }
    }

    /// Decodes a response of any kind. Formatting (whitespace, member order, number spelling)
    /// is not judged here; see ``verify(_:options:)``.
    public static func decode(_ bytes: [UInt8], options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        try bytes.withUnsafeInput { (input) throws(ResponseCodecError) in
            var members = DocumentMembers()
            var reader = ResponseDocumentReader(input, limits: options.limits)
            try reader.read(into: &members)
            do throws(ResponseCodecError) {
                return try ExtensionResponse(members: consume members, unknownMembers: options.unknownMembers)
            } catch {
                throw reader.located(error)
            }
        }
    }

    /// Decodes `bytes` and checks that they are exactly the canonical form of the response.
    /// - Throws: any decoding error, or `not_canonical` at the first byte that differs.
    @discardableResult
    public static func verify(_ bytes: [UInt8], options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        let response = try decode(bytes, options: options)
        let canonical = try encode(response)
        guard canonical != bytes else { return response }
        let offset = zip(bytes, canonical).prefix { $0 == $1 }.count
        let expected = offset < canonical.count ? "byte 0x\(String(canonical[offset], radix: 16))" : "the end"
        var error = ResponseCodecError(
            .notCanonical, reason: "not in canonical form: expected \(expected) at offset \(offset)")
        bytes.withUnsafeBytes { error.locate(at: offset, in: $0) }
        throw error
    }

    /// The RFC 8785 canonical form of any strict I-JSON text (no response rules apply).
    public static func canonicalize(_ bytes: [UInt8], limits: JSONLimits = JSONLimits())
        throws(ResponseCodecError) -> [UInt8]
    {
        let value = try bytes.withUnsafeInput { (buffer) throws(ResponseCodecError) in
            try StrictJSONParser.parse(buffer, limits: limits)
        }
        // The canonical form is about as long as the input (longer only where it spells a
        // number out or escapes less compactly), so the output rarely grows.
        var writer = CanonicalWriter(reservingCapacity: bytes.count)
        try writer.write(value)
        return writer.bytes
    }
}
