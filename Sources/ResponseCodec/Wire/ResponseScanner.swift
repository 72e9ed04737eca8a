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
    /// The members of `input`, or `nil` when the general parser must read it.
    static func scan(_ input: UnsafeRawBufferPointer, limits: JSONLimits) -> ScannedResponse? {
        // Spec §6.2 steps 1 and 2 come first; the top-level object is depth 1.
        guard input.count <= limits.maxDocumentBytes, limits.maxDepth >= 1,
            UTF8Validator.firstFault(in: input) == nil
        else { return nil }
        var parser = ByteParser(input: input, limits: limits)
        do {
            return try parser.scanResponseObject()
        } catch {
            return nil
        }
    }
}

/// The members of a response document read by ``ResponseScanner``: `kind` and `result` known,
/// every other member a protocol member, at most once.
struct ScannedResponse {
    /// The document's `kind`.
    let kind: ResponseKind
    /// The document's `result`, not yet checked against the kind.
    let result: ResponseResult
    /// The other members, as read.
    let values: Values

    /// The members other than `kind` and `result`, each as its JSON value.
    struct Values {
        /// Every member the document has, `kind` and `result` included.
        var present: WireMember.Set = []
        var body: JSONValue?
        var countdown: JSONValue?
        var headers: JSONValue?
        var httpStatus: JSONValue?
        var output: JSONValue?
        var transformedRow: JSONValue?
        var transformedRowStyles: JSONValue?

        /// Stores the value of `member`.
        mutating func set(_ member: WireMember, _ value: JSONValue) {
            switch member {
            case .body: body = value
            case .countdown: countdown = value
            case .headers: headers = value
            case .httpStatus: httpStatus = value
            case .output: output = value
            case .transformedRow: transformedRow = value
            case .transformedRowStyles: transformedRowStyles = value
            case .kind, .result: return  // held as ResponseKind and ResponseResult
            }
        }
    }

    /// The members the document has, `kind` and `result` included.
    var present: WireMember.Set { values.present }

    /// The value of `member`, or `nil` when the document does not have it.
    func value(_ member: WireMember) -> JSONValue? {
        switch member {
        case .kind: .string(kind.rawValue)
        case .result: .string(result.rawValue)
        case .body: values.body
        case .countdown: values.countdown
        case .headers: values.headers
        case .httpStatus: values.httpStatus
        case .output: values.output
        case .transformedRow: values.transformedRow
        case .transformedRowStyles: values.transformedRowStyles
        }
    }
}

extension ByteParser {
    /// Reads `ws { members } ws` as the whole input, or returns `nil` where ``ResponseScanner``
    /// gives up. Throws only the faults of the value readers it calls, which it gives up on too.
    mutating func scanResponseObject() throws(ResponseCodecError) -> ScannedResponse? {
        skipWhitespace()
        guard index < count, input[index] == ASCII.leftBrace else { return nil }
        index += 1
        depth = 1
        baseDepth = 1  // member values come back from parseValue() at the object's depth
        current = ContainerFrame(isObject: true, start: 0)
        var kind: ResponseKind?
        var result: ResponseResult?
        var values = ScannedResponse.Values()
        let memberNames = WireMember.names
        repeat {
            skipWhitespace()
            guard let name = scanPlainString(),
                let member = memberNames.match(in: input, from: name.lowerBound, to: name.upperBound),
                !values.present.contains(member)
            else { return nil }
            values.present.insert(member)
            skipWhitespace()
            guard index < count, input[index] == ASCII.colon else { return nil }
            index += 1
            skipWhitespace()
            guard index < count else { return nil }
            switch member {
            case .kind:
                guard let value = scanPlainString() else { return nil }
                kind = ResponseKind.names.match(in: input, from: value.lowerBound, to: value.upperBound)
                guard kind != nil else { return nil }
            case .result:
                guard let value = scanPlainString() else { return nil }
                result = ResponseResult.names.match(in: input, from: value.lowerBound, to: value.upperBound)
                guard result != nil else { return nil }
            case .countdown, .httpStatus:
                let first = input[index]
                guard first == ASCII.minus || ASCII.isDigit(first) else { return nil }
                values.set(member, .number(try parseNumber()))
            case .output:
                guard input[index] == ASCII.quote else { return nil }
                values.set(member, .string(try parseString()))
            case .body, .headers, .transformedRow, .transformedRowStyles:
                values.set(member, try parseValue())
            }
            skipWhitespace()
            guard index < count else { return nil }
            let separator = input[index]
            index += 1
            if separator == ASCII.rightBrace { break }
            guard separator == ASCII.comma else { return nil }
        } while true
        skipWhitespace()
        guard index == count, let kind, let result else { return nil }
        return ScannedResponse(kind: kind, result: result, values: values)
    }

    /// Reads a string without escapes and within ``JSONLimits/maxStringBytes``, returning the
    /// offsets of the bytes between its quotes; `nil` (and `index` unmoved) for anything else.
    private mutating func scanPlainString() -> Range<Int>? {
        guard index < count, input[index] == ASCII.quote else { return nil }
        let start = index + 1
        let end = endOfPlainRun(from: start)
        guard end < count, input[end] == ASCII.quote, end - start <= limits.maxStringBytes else { return nil }
        index = end + 1
        return start..<end
    }
}
