/// The members a response puts on the wire, absent optionals omitted: the one description of a
/// response's document, which both its `Encodable` conformance and the canonical writer emit.
///
/// `encode(to:)` goes through any `Encoder` (Foundation's too) and encodes `kind` and `result`
/// first; `write(to:)` streams the canonical bytes straight into a ``CanonicalWriter``, with no
/// ``JSONValue`` tree in between. Both emit the same members with the same values.
///
/// Spec: `spec/response-format.md` §2.1 "Members", §4 "Canonical form".
struct WireDocument {
    var kind: ResponseKind
    var result: ResponseResult
    var httpStatus: Int?
    var headers: HTTPHeaders?
    var body: JSONValue?
    var countdown: Int?
    var output: String?

    /// A document with `kind` and `result` and, so far, no other member.
    init(_ kind: ResponseKind, _ result: ResponseResult) {
        self.kind = kind
        self.result = result
    }

    /// Encodes the members through a keyed container: `kind`, `result`, then the others.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireMember.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(result, forKey: .result)
        try container.encodeIfPresent(httpStatus, forKey: .httpStatus)
        try container.encodeIfPresent(headers, forKey: .headers)
        try container.encodeIfPresent(body, forKey: .body)
        try container.encodeIfPresent(countdown, forKey: .countdown)
        try container.encodeIfPresent(output, forKey: .output)
    }

    /// The canonical bytes of the document.
    func canonicalBytes() throws(ResponseCodecError) -> [UInt8] {
        var writer = CanonicalWriter(reservingCapacity: Self.expectedSize)
        try write(to: &writer)
        return writer.bytes
    }

    /// Room for a document without a large body or output, so that the buffer does not grow.
    private static let expectedSize = 128

    /// Writes the document as the next value, members in canonical order (RFC 8785 §3.2.3):
    /// body, countdown, headers, http_status, kind, output, result.
    ///
    /// - Throws: `number_out_of_range` at `/body/...` for a NaN or an infinity in the body.
    func write(to writer: inout CanonicalWriter) throws(ResponseCodecError) {
        writer.beginObject()
        if let body {
            writer.writeMemberName(WireMember.body.rawValue)
            do {
                try writer.write(body)
            } catch {
                throw error.prefixingPointer(with: WireMember.body.rawValue)
            }
        }
        if let countdown {
            writer.writeMemberName(WireMember.countdown.rawValue)
            writer.writeInteger(countdown)
        }
        if let headers {
            writer.writeMemberName(WireMember.headers.rawValue)
            try writer.write(.object(headers.json))
        }
        if let httpStatus {
            writer.writeMemberName(WireMember.httpStatus.rawValue)
            writer.writeInteger(httpStatus)
        }
        writer.writeMemberName(WireMember.kind.rawValue)
        writer.writeString(kind.rawValue)
        if let output {
            writer.writeMemberName(WireMember.output.rawValue)
            writer.writeString(output)
        }
        writer.writeMemberName(WireMember.result.rawValue)
        writer.writeString(result.rawValue)
        writer.endObject()
    }
}

/// A response type, which describes its document as a ``WireDocument``. ``CanonicalJSONEncoder``
/// writes such a value straight from its document instead of encoding it into a tree first.
protocol WireDocumentConvertible {
    /// The response's members.
    var wireDocument: WireDocument { get }
}

extension ResponseCodecError {
    /// The error with `token` prepended to its pointer: the error of a value found inside the
    /// member or element `token` of the enclosing container.
    func prefixingPointer(with token: String) -> ResponseCodecError {
        var error = self
        error.pointer = JSONPointer.string(from: [token]) + pointer
        return error
    }
}
