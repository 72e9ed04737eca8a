/// The members a response puts on the wire, absent optionals omitted: the one description of a
/// response's document, which both its `Encodable` conformance and the canonical writer emit.
///
/// `encode(to:)` goes through any `Encoder` (Foundation's too) and encodes `kind` and `result`
/// first; `write(to:)` streams the canonical bytes straight into a ``CanonicalWriter``, with no
/// ``JSONValue`` tree in between. Both emit the same members with the same values.
///
/// Noncopyable: a document is built to be written once. As a copyable value (two strings, a
/// JSON value and headers) the optimizer copied it through its value witnesses on its way from
/// a response's getter to the writer.
///
/// Spec: `spec/response-format.md` §2.1 "Members", §4 "Canonical form".
struct WireDocument: ~Copyable {
    let kind: ResponseKind
    let result: ResponseResult
    let httpStatus: Int?
    let headers: InteractiveHTTPHeaders?
    let body: JSONValue?
    let countdown: Int?
    let output: String?
    /// A transformed row and its styles, `nil` for none (never written as `{}`). One optional,
    /// so that a document without a row has one reference less to release.
    let row: (cells: TransformedRow, styles: RowStyles?)?

    /// A document with `kind`, `result` and the members given. Built in one expression by each
    /// response, so that no partly built document is copied on its way to the writer.
    init(
        _ kind: ResponseKind, _ result: ResponseResult, httpStatus: Int? = nil,
        headers: InteractiveHTTPHeaders? = nil,
        body: JSONValue? = nil, countdown: Int? = nil, output: String? = nil,
        row: (cells: TransformedRow, styles: RowStyles?)? = nil
    ) {
        self.kind = kind
        self.result = result
        self.httpStatus = httpStatus
        self.headers = headers
        self.body = body
        self.countdown = countdown
        self.output = output
        self.row = row
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
        try container.encodeIfPresent(row?.cells, forKey: .transformedRow)
        try container.encodeIfPresent(row?.styles, forKey: .transformedRowStyles)
    }

    /// The canonical bytes of the document.
    ///
    /// A document without a body, headers or a row (every background and scheduled response,
    /// every transformation, and a row transformation but a success) is written without a
    /// writer (``Scalars``); the others go through a ``CanonicalWriter`` for their JSON values.
    func canonicalBytes() throws(ResponseCodecError) -> [UInt8] {
        guard body != nil || headers != nil || row != nil else {
            let scalars = Scalars(self, opened: false)
            guard let output else {
                return scalars.canonicalBytes(output: UnsafeBufferPointer(start: nil, count: 0))
            }
            return StringEscaping.withUTF8(output) { scalars.canonicalBytes(output: $0) }
        }
        var writer = CanonicalWriter(reservingCapacity: Self.expectedSize)
        try write(to: &writer)
        return writer.bytes
    }

    /// The first room reserved: a typical body fits without the buffer regrowing (each regrowth
    /// is an allocation and a copy), and the allocator serves 1 KiB for about what 128 bytes cost.
    private static let expectedSize = 1024

    /// Writes the document as the next value, members in canonical order (RFC 8785 §3.2.3):
    /// body, countdown, headers, http_status, kind, output, result, transformed_row,
    /// transformed_row_styles.
    ///
    /// The body, the headers and the row members are JSON values, written by the writer's tree
    /// walk; the scalar members between them are written in one go (``Scalars``), with the
    /// object's opening brace when nothing precedes them and its closing one when nothing follows.
    ///
    /// - Throws: `number_out_of_range` at `/body/...`, `/transformed_row/...` or
    ///   `/transformed_row_styles/...` for a NaN or an infinity there.
    func write(to writer: inout CanonicalWriter) throws(ResponseCodecError) {
        let opened = body != nil || headers != nil
        let closes = row == nil
        if opened { writer.beginObject() }
        if let body { try Self.write(.body, body, to: &writer) }
        if let headers {
            if let countdown {  // no response has both, but the order must hold regardless
                writer.writeMemberName(WireMember.countdown.rawValue)
                writer.writeInteger(countdown)
            }
            try Self.write(.headers, .object(headers.json), to: &writer)
        }
        let scalars = Scalars(self, opened: opened, closes: closes)
        StringEscaping.withUTF8(output ?? "") { outputBytes in
            writer.writeTokens(atLeast: scalars.length(output: outputBytes)) { sink in
                scalars.write(into: &sink, output: outputBytes)
            }
        }
        guard let row else { return }
        try Self.write(.transformedRow, .object(row.cells.json), to: &writer)
        if let styles = row.styles {
            try Self.write(.transformedRowStyles, .object(styles.json), to: &writer)
        }
        writer.writeTokens(atLeast: 1) { $0.put(ASCII.rightBrace) }
    }

    /// Writes the member `member` with the JSON value `value`; an error in the value is
    /// reported at its pointer within the document.
    private static func write(
        _ member: WireMember, _ value: JSONValue, to writer: inout CanonicalWriter
    ) throws(ResponseCodecError) {
        writer.writeMemberName(member.rawValue)
        do {
            try writer.write(value)
        } catch {
            throw error.prefixingPointer(with: member.rawValue)
        }
    }

    /// The members written between the headers and the row, with no reference among them, so
    /// that the closures that write them capture a few words rather than the document.
    private struct Scalars {
        let kind: ResponseKind
        let result: ResponseResult
        /// The countdown, when it was not written before the headers.
        let countdown: Int?
        let httpStatus: Int?
        let hasOutput: Bool
        /// Whether the opening brace is already written.
        let opened: Bool
        /// Whether the closing brace follows `result`: no row member comes after it.
        let closes: Bool

        init(_ document: borrowing WireDocument, opened: Bool, closes: Bool = true) {
            kind = document.kind
            result = document.result
            countdown = document.headers == nil ? document.countdown : nil
            httpStatus = document.httpStatus
            hasOutput = document.output != nil
            self.opened = opened
            self.closes = closes
        }

        /// The bytes ``write(into:output:)`` writes, in an array of exactly their size.
        ///
        /// They are written into a temporary buffer with room for the most they can take (on the
        /// stack when it is small) and copied into the array: the standard library's specialized
        /// copy allocates the array for less than growing an empty one through an `OutputSpan`.
        func canonicalBytes(output outputBytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length(output: outputBytes)) { buffer in
                var sink = ByteSink(buffer, count: 0)
                write(into: &sink, output: outputBytes)
                return Array(UnsafeBufferPointer(rebasing: buffer[..<sink.count]))
            }
        }

        /// The most ``write(into:output:)`` writes.
        func length(output outputBytes: UnsafeBufferPointer<UInt8>) -> Int {
            // The braces still to write, and a comma per member.
            var length = (opened ? 0 : 1) + (closes ? 1 : 0)
            if countdown != nil {
                length += WireDocument.memberLength(.countdown) + ECMAScriptNumberFormatter.maximumLength
            }
            if httpStatus != nil {
                length += WireDocument.memberLength(.httpStatus) + ECMAScriptNumberFormatter.maximumLength
            }
            length += WireDocument.memberLength(.kind) + kind.quoted.utf8CodeUnitCount
            if hasOutput {
                length += WireDocument.memberLength(.output) + StringEscaping.quotedLengthBound(outputBytes)
            }
            length += WireDocument.memberLength(.result) + result.quoted.utf8CodeUnitCount
            return length
        }

        /// Writes countdown, http_status, kind, output (`outputBytes`, its UTF-8 bytes) and
        /// result: the opening brace first unless ``opened``, the closing one last if ``closes``.
        @inline(__always)
        func write(into sink: inout ByteSink, output outputBytes: UnsafeBufferPointer<UInt8>) {
            var first = !opened
            if first { sink.put(ASCII.leftBrace) }
            if let countdown {
                WireDocument.putName(.countdown, first: &first, into: &sink)
                ECMAScriptNumberFormatter.appendInteger(
                    magnitude: UInt64(countdown.magnitude), negative: countdown < 0, to: &sink)
            }
            if let httpStatus {
                WireDocument.putName(.httpStatus, first: &first, into: &sink)
                ECMAScriptNumberFormatter.appendInteger(
                    magnitude: UInt64(httpStatus.magnitude), negative: httpStatus < 0, to: &sink)
            }
            WireDocument.putName(.kind, first: &first, into: &sink)
            sink.put(kind.quoted)
            if hasOutput {
                WireDocument.putName(.output, first: &first, into: &sink)
                WireDocument.putOutput(outputBytes, into: &sink)
            }
            WireDocument.putName(.result, first: &first, into: &sink)
            sink.put(result.quoted)
            if closes { sink.put(ASCII.rightBrace) }
        }
    }

    /// Writes the output string, out of line: ``ByteSink/putQuoted(_:)`` is inlined where the
    /// tree walk writes its many strings, and here, where there is at most one, it would only
    /// crowd the scalar members' code.
    @inline(never)
    fileprivate static func putOutput(_ utf8: UnsafeBufferPointer<UInt8>, into sink: inout ByteSink) {
        sink.putQuoted(utf8)
    }

    /// The most a member takes before its value: a separator, the quoted name and a colon.
    fileprivate static func memberLength(_ member: WireMember) -> Int {
        member.quotedName.utf8CodeUnitCount + 1
    }

    /// Writes a member's separator (unless it is the object's first), quoted name and colon.
    @inline(__always)
    fileprivate static func putName(_ member: WireMember, first: inout Bool, into sink: inout ByteSink) {
        if !first { sink.put(ASCII.comma) }
        first = false
        sink.put(member.quotedName)
    }
}

/// A response type, which describes its document as a ``WireDocument``. ``CanonicalJSONEncoder``
/// writes such a value straight from its document instead of encoding it into a tree first.
protocol WireDocumentConvertible {
    /// The members this response puts on the wire.
    var document: WireDocument { get }
}

extension WireDocumentConvertible {
    /// Encodes the wire members of the response's document; absent members are omitted.
    public func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
    }
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
