/// The byte-level parser: the RFC 8259 grammar plus the I-JSON rules of RFC 7493, with the
/// error precedence of spec/decisions.md ("Error precedence" 1-3).
///
/// A document is checked in three steps, and the first fault found wins:
/// 1. its size against ``JSONLimits/maxDocumentBytes`` (`too_large`);
/// 2. the whole input as UTF-8, BOM included (`invalid_utf8`, see ``UTF8Validator``);
/// 3. one left-to-right pass over the grammar and the I-JSON rules, which builds the value.
///
/// The pass is iterative: nesting lives on an explicit stack of ``ContainerFrame``s, so even
/// 100,000 nested `[` cannot overflow the thread stack, whatever ``JSONLimits/maxDepth`` is.
struct StrictJSONParser {
    /// The document. Already known to be well-formed UTF-8 when the grammar pass runs.
    let input: UnsafeRawBufferPointer

    /// `input.count`, kept at hand for bounds checks.
    let count: Int

    /// The limits in force.
    let limits: JSONLimits

    /// The offset of the next byte to read.
    var index = 0

    /// The open containers, outermost first.
    var frames: [ContainerFrame] = []

    /// The top-level value once it is complete, kept so that a deep value can be released
    /// without recursion if trailing data is found after it.
    var root: JSONValue?

    /// The deepest nesting seen so far; when large, partial results are released iteratively.
    var deepestDepth = 0

    /// A reusable buffer for the unescaped bytes of strings that contain escapes.
    var scratch: [UInt8] = []

    /// Creates a parser positioned at the start of `input`.
    init(input: UnsafeRawBufferPointer, limits: JSONLimits) {
        self.input = input
        self.count = input.count
        self.limits = limits
    }

    /// Parses one JSON text into a value, or throws the first fault with its code, pointer and offset.
    static func parse(_ input: UnsafeRawBufferPointer, limits: JSONLimits) throws(ResponseCodecError) -> JSONValue {
        // Error precedence 1: size before anything else, offset 0, pointer "".
        if input.count > limits.maxDocumentBytes {
            throw ResponseCodecError(
                .tooLarge, pointer: "", offset: 0, in: input,
                reason: "document of \(input.count) bytes exceeds the limit of \(limits.maxDocumentBytes) bytes")
        }
        // Error precedence 2: the whole input is UTF-8 without BOM (RFC 8259 §8.1, RFC 3629).
        if let fault = UTF8Validator.firstFault(in: input) {
            throw ResponseCodecError(.invalidUTF8, pointer: "", offset: fault.offset, in: input, reason: fault.reason)
        }
        // Error precedence 3: one pass for grammar and I-JSON.
        var parser = StrictJSONParser(input: input, limits: limits)
        do throws(ResponseCodecError) {
            return try parser.parseDocument()
        } catch {
            parser.releasePartialResults()
            throw error
        }
    }

    /// Parses the JSON text `ws value ws` (RFC 8259 §2) that makes up the whole input.
    ///
    /// One loop reads a value; a value that opens a container pushes a frame and loops to
    /// read its first item. Once a value is complete, the inner loop attaches it to the
    /// innermost container and reads the `,` or the closing bracket that follows, closing
    /// as many containers as end there.
    mutating func parseDocument() throws(ResponseCodecError) -> JSONValue {
        skipWhitespace()
        var value: JSONValue
        readValue: while true {
            guard index < count else { throw syntaxFault(at: count, expected: "a value") }
            switch input[index] {
            case ASCII.quote:
                value = .string(try parseString())
            case ASCII.minus, ASCII.zero...ASCII.nine:
                value = .number(try parseNumber())
            case ASCII.leftBrace:
                try openContainer(isObject: true)
                if index < count && input[index] == ASCII.rightBrace {
                    index += 1
                    frames.removeLast()
                    value = .object(JSONObject())
                } else {
                    try readMemberName()
                    continue readValue
                }
            case ASCII.leftBracket:
                try openContainer(isObject: false)
                if index < count && input[index] == ASCII.rightBracket {
                    index += 1
                    frames.removeLast()
                    value = .array([])
                } else {
                    // Element 0 begins at the first byte after `[` that is not whitespace or `]`.
                    frames[frames.count - 1].hasOpenItem = index < count
                    continue readValue
                }
            case ASCII.lowerT:
                try expectLiteral("true")
                value = .bool(true)
            case ASCII.lowerF:
                try expectLiteral("false")
                value = .bool(false)
            case ASCII.lowerN:
                try expectLiteral("null")
                value = .null
            default:
                throw syntaxFault(at: index, expected: "a value")
            }

            // `value` is complete: attach it to its container and read what follows it.
            while true {
                let top = frames.count - 1
                guard top >= 0 else {
                    // The top-level value: only whitespace may follow (RFC 8259 §2).
                    root = value
                    skipWhitespace()
                    guard index == count else { throw syntaxFault(at: index, expected: "the end of the input") }
                    root = nil
                    return value
                }
                if frames[top].isObject {
                    appendMember(value, to: top)
                    skipWhitespace()
                    guard index < count else { throw syntaxFault(at: count, expected: "',' or '}'") }
                    let byte = input[index]
                    if byte == ASCII.comma {
                        index += 1
                        skipWhitespace()
                        try readMemberName()
                        continue readValue
                    }
                    guard byte == ASCII.rightBrace else { throw syntaxFault(at: index, expected: "',' or '}'") }
                    index += 1
                    value = .object(closeObject())
                } else {
                    frames[top].elements.append(value)
                    frames[top].hasOpenItem = false
                    skipWhitespace()
                    guard index < count else { throw syntaxFault(at: count, expected: "',' or ']'") }
                    let byte = input[index]
                    if byte == ASCII.comma {
                        index += 1
                        skipWhitespace()
                        // The next element begins at the first non-whitespace byte after `,`.
                        frames[top].hasOpenItem = index < count
                        continue readValue
                    }
                    guard byte == ASCII.rightBracket else { throw syntaxFault(at: index, expected: "',' or ']'") }
                    index += 1
                    value = .array(frames.removeLast().elements)
                }
            }
        }
    }

    /// Checks the depth limit for the `[` or `{` at `index`, pushes its frame and moves past it
    /// and the whitespace after it. The top-level container is depth 1 (spec/decisions.md, "Limits").
    @inline(__always)
    mutating func openContainer(isObject: Bool) throws(ResponseCodecError) {
        let depth = frames.count + 1
        if depth > limits.maxDepth {
            throw fault(.depthExceeded, at: index, "nesting depth exceeds the limit of \(limits.maxDepth)")
        }
        if depth > deepestDepth { deepestDepth = depth }
        frames.append(ContainerFrame(isObject: isObject))
        index += 1
        skipWhitespace()
    }

    /// Reads a member name, its `:` and the whitespace around it, leaving `index` at the value.
    ///
    /// The name's pointer token is pushed when its closing quote is read, so a duplicate name,
    /// a missing `:` and a bad value are reported at `/name` (spec/decisions.md, "Error precedence" 3).
    mutating func readMemberName() throws(ResponseCodecError) {
        guard index < count && input[index] == ASCII.quote else {
            throw syntaxFault(at: index, expected: "a member name in double quotes")
        }
        let nameStart = index
        let name = try parseString()
        let top = frames.count - 1
        let duplicate = isDuplicate(name)
        frames[top].pendingName = name
        frames[top].hasOpenItem = true
        if duplicate {
            // RFC 7493 §2.3: names MUST be unique; reported at the repeated name's opening quote.
            throw fault(.duplicateKey, at: nameStart, "member name is already used in this object")
        }
        skipWhitespace()
        guard index < count && input[index] == ASCII.colon else {
            throw syntaxFault(at: index, expected: "':' after the member name")
        }
        index += 1
        skipWhitespace()
    }

    /// Adds the finished member `pendingName: value` to the object frame at `top`.
    @inline(__always)
    mutating func appendMember(_ value: JSONValue, to top: Int) {
        let name = frames[top].pendingName
        if frames[top].membersAreSorted, let last = frames[top].members.last,
            !UTF16Order.precedes(last.key, name)
        {
            frames[top].membersAreSorted = false
        }
        frames[top].members.append(JSONObject.Member(key: name, value: value))
        frames[top].hasOpenItem = false
    }

    /// Pops the innermost object frame and returns its members in canonical order
    /// (RFC 8785 §3.2.3); names are already known to be unique.
    mutating func closeObject() -> JSONObject {
        let frame = frames.removeLast()
        var members = frame.members
        if !frame.membersAreSorted {
            members.sort { UTF16Order.precedes($0.key, $1.key) }
        }
        return JSONObject(sortedUniqueMembers: members)
    }

    /// Moves past space, tab, line feed and carriage return, the only whitespace of RFC 8259 §2.
    @inline(__always)
    mutating func skipWhitespace() {
        var position = index
        while position < count && ASCII.isWhitespace(input[position]) {
            position += 1
        }
        index = position
    }

    /// Reads the literal `true`, `false` or `null` (RFC 8259 §3) at `index`. A mismatch is a
    /// syntax error at the first byte that differs, or at the end of the input.
    @inline(__always)
    mutating func expectLiteral(_ literal: StaticString) throws(ResponseCodecError) {
        let bytes = literal.utf8Start
        for offset in 0..<literal.utf8CodeUnitCount {
            let position = index + offset
            guard position < count && input[position] == bytes[offset] else {
                throw syntaxFault(at: position, expected: "the literal '\(literal)'")
            }
        }
        index += literal.utf8CodeUnitCount
    }

    /// Releases what was built before a fault without recursion when the input nested deeply,
    /// so that dropping a deep partial tree cannot overflow the stack either.
    mutating func releasePartialResults() {
        guard deepestDepth > JSONValue.recursiveReleaseDepthLimit else { return }
        var pending: [JSONValue] = []
        if let root { pending.append(root) }
        root = nil
        while let frame = frames.popLast() {
            pending.append(contentsOf: frame.elements)
            for member in frame.members { pending.append(member.value) }
        }
        JSONValue.releaseIteratively(pending)
    }
}
