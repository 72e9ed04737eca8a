extension WireFormat {
    /// HEAD's decoder, kept as a test oracle while the single reader replaces it.
    static func decodeByScanner(_ bytes: [UInt8], options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> Response
    {
        // The scanner copies what it keeps, so the response is read outside the buffer's scope.
        var scanned = ScannedResponse()
        if bytes.withUnsafeBytes({ ResponseScanner.scan($0, limits: options.limits, into: &scanned) }) {
            do throws(ResponseCodecError) {
                return try Response(scanned: consume scanned, unknownMembers: options.unknownMembers)
            } catch {
                throw bytes.withUnsafeBytes { StrictJSONDecoder.located(error, in: $0) }
            }
        }
        return try StrictJSONDecoder.locatingErrors(in: bytes) { (buffer) throws(ResponseCodecError) in
            let document = try StrictJSONParser.parse(buffer, limits: options.limits)
            return try Response(document: document, unknownMembers: options.unknownMembers)
        }
    }

}

/// The fast path of ``WireFormat/decode(_:options:)``: one pass over a response document that
/// reads the top-level object itself, matching member names, `kind` and `result` against the
/// protocol's names byte for byte, so that a plain response costs no `String` for them, no
/// member array and no sorting. The values that are JSON values (a body, headers, a row) are
/// read by the strict parser's own value loop (``ByteParser/parseValue()``), at depth 2 and below,
/// and numbers and strings by its own readers.
///
/// The scanner never reports a fault: on anything it does not handle (an unknown or escaped
/// name, a repeated member, a `kind` that is not a plain string, any fault at all) it gives up,
/// and the document is parsed again by ``StrictJSONParser`` and judged by the rules, which
/// report the first fault in the order of spec §6.2. When it does finish, the document has
/// passed every check of spec §6.2 steps 1 to 3, and the response rules (step 4) run on its
/// members through ``ResponseReader``, exactly as on a parsed object.
enum ResponseScanner {
    /// Reads the members of `input` into `response`; `false` when the general parser must read
    /// it (then `response` holds whatever was read before the scanner gave up).
    ///
    /// The members are written in place rather than returned in an optional, which the optimizer
    /// copied on the way out (profiled on a reschedule: four copies, 120 instructions).
    static func scan(
        _ input: UnsafeRawBufferPointer, limits: JSONLimits, into response: inout ScannedResponse
    ) -> Bool {
        // Spec §6.2 step 1 comes first; step 2 (UTF-8) is checked by the scan as it goes. The
        // top-level object is depth 1.
        guard input.count <= limits.maxDocumentBytes, limits.maxDepth >= 1 else { return false }
        var parser = ByteParser(input: input, limits: limits)
        do {
            return try parser.scanResponseObject(into: &response)
        } catch {
            return false
        }
    }
}

/// The members of a response document read by ``ResponseScanner``: every member a protocol
/// member, at most once, and once the scan has finished `kind` and `result` known.
///
/// The values the scanner admits only of one type are held as that type: `countdown` and
/// `http_status` as numbers, `output` as a string. The others (a body, headers, a row) are JSON
/// values, kept in a short list so that the value stays small: a reschedule's members fit in a
/// few registers and move without a `memcpy`.
struct ScannedResponse {
    /// Every member the document has, `kind` and `result` included.
    private(set) var present: WireMember.Set = []
    /// The document's `kind`; `nil` only while the scan runs.
    var kind: ResponseKind?
    /// The document's `result`, not yet checked against the kind; `nil` only while the scan runs.
    var result: ResponseResult?
    private var countdown = 0.0
    private var httpStatus = 0.0
    // Optional rather than empty: a `nil` costs nothing to release when the members go.
    private var output: String?
    private var jsonValues: [(member: WireMember, value: JSONValue)]?

    /// Records that the document has `member`; `false` if it had it already.
    mutating func insert(_ member: WireMember) -> Bool {
        guard !present.contains(member) else { return false }
        present.insert(member)
        return true
    }

    /// Stores the number `member` holds (`countdown` or `http_status`).
    mutating func set(_ member: WireMember, number: Double) {
        if member == .countdown { countdown = number } else { httpStatus = number }
    }

    /// Stores the `output` string.
    mutating func set(output text: String) { output = text }

    /// Stores the value of `member`, one of those held as JSON values (a body, headers, a row).
    mutating func set(_ member: WireMember, _ value: JSONValue) {
        if jsonValues == nil { jsonValues = [] }
        jsonValues?.append((member, value))
    }

    /// The value of `member`, or `nil` when the document does not have it.
    func value(_ member: WireMember) -> JSONValue? {
        guard present.contains(member) else { return nil }
        switch member {
        case .kind: return kind.map { .string($0.rawValue) }
        case .result: return result.map { .string($0.rawValue) }
        case .countdown: return .number(countdown)
        case .httpStatus: return .number(httpStatus)
        case .output: return output.map { .string($0) }
        case .body, .headers, .transformedRow, .transformedRowStyles:
            return jsonValues?.first { $0.member == member }?.value
        }
    }
}

extension ByteParser {
    /// Reads `ws { members } ws` as the whole input into `response`, or returns `false` where
    /// ``ResponseScanner`` gives up. Throws only the faults of the value readers it calls, which
    /// it gives up on too.
    mutating func scanResponseObject(into response: inout ScannedResponse) throws(ResponseCodecError) -> Bool
    {
        skipWhitespace()
        guard index < count, input[index] == ASCII.leftBrace else { return false }
        index += 1
        depth = 1
        current = ContainerFrame(isObject: true, start: 0)
        let (memberNames, kinds, results) = (WireMember.names, ResponseKind.names, ResponseResult.names)
        // Spec §6.2 step 2. Whatever the scan matches itself (structure, whitespace, names,
        // `kind` and `result`, numbers) is ASCII, so the bytes before the first string or JSON
        // value it hands to the parser's readers are UTF-8; the rest is validated there, once.
        var restIsUTF8 = false
        repeat {
            skipWhitespace()
            guard let name = scanName(within: memberNames.maxLength),
                let member = memberNames.match(name, in: input), response.insert(member)
            else { return false }
            skipWhitespace()
            guard index < count, input[index] == ASCII.colon else { return false }
            index += 1
            skipWhitespace()
            guard index < count else { return false }
            switch member {
            case .kind:
                response.kind = scanName(within: kinds.maxLength).flatMap { kinds.match($0, in: input) }
                guard response.kind != nil else { return false }
            case .result:
                response.result = scanName(within: results.maxLength).flatMap { results.match($0, in: input) }
                guard response.result != nil else { return false }
            case .countdown, .httpStatus:
                let first = input[index]
                guard first == ASCII.minus || ASCII.isDigit(first) else { return false }
                response.set(member, number: try parseNumber())
            case .output:
                guard input[index] == ASCII.quote, restIsUTF8 || isUTF8(from: index) else { return false }
                restIsUTF8 = true
                response.set(output: try parseString())
            case .body, .headers, .transformedRow, .transformedRowStyles:
                guard restIsUTF8 || isUTF8(from: index) else { return false }
                restIsUTF8 = true
                response.set(member, try parseValue(above: 1))
            }
            skipWhitespace()
            guard index < count else { return false }
            let separator = input[index]
            index += 1
            if separator == ASCII.rightBrace { break }
            guard separator == ASCII.comma else { return false }
        } while true
        skipWhitespace()
        return index == count && response.kind != nil && response.result != nil
    }

    /// Whether the input from `start` on is UTF-8 (RFC 3629), `start` being a character boundary.
    private func isUTF8(from start: Int) -> Bool {
        UTF8Validator.firstFault(in: UnsafeRawBufferPointer(rebasing: input[start...])) == nil
    }
}
