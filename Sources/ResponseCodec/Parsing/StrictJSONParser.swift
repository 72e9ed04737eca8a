/// The byte-level parser: the RFC 8259 grammar plus the I-JSON rules of RFC 7493, with the
/// error precedence of spec/response-format.md §6.2, steps 1-3.
///
/// A document is checked in three steps, and the first fault found wins:
/// 1. its size against ``JSONLimits/maxDocumentBytes`` (`too_large`);
/// 2. the whole input as UTF-8, BOM included (`invalid_utf8`, see ``UTF8Validator``);
/// 3. the grammar and the I-JSON rules, which build the value.
///
/// Steps 2 and 3 are one left-to-right pass. Outside strings the grammar admits only ASCII,
/// and the scan of a string checks its multi-byte sequences, so a pass that succeeds has checked
/// the whole input as UTF-8. When the pass fails, the whole input is checked before its fault is
/// reported (``UTF8Validator/firstFault(in:)``), so that a UTF-8 fault anywhere comes first.
///
/// The pass is iterative: nesting lives on an explicit stack of ``ContainerFrame``s, so even
/// 100,000 nested `[` cannot overflow the thread stack, whatever ``JSONLimits/maxDepth`` is.
///
/// This type holds the entry points; the state of one parse is a ``ByteParser``.
struct StrictJSONParser {
    /// Parses one JSON text into a value, or throws the first fault with its code, pointer and offset.
    /// `nameTemplates: false` reads every member name in full (see ``NameTemplates``); the tests
    /// hold the two ways to the same result.
    static func parse(_ input: UnsafeRawBufferPointer, limits: JSONLimits, nameTemplates: Bool = true)
        throws(ResponseCodecError) -> JSONValue
    {
        try checkSize(of: input, limits: limits)
        // Error precedence 2 and 3: one pass for UTF-8, grammar and I-JSON.
        // No result is deeper than JSONLimits.depthCeiling, so dropping a partial tree on a
        // fault recurses no deeper than dropping a finished one.
        var parser = ByteParser(input: input, limits: limits)
        parser.usesNameTemplates = nameTemplates
        do {
            return try parser.parseDocument()
        } catch {
            throw firstUTF8Fault(in: input) ?? error
        }
    }

    /// Error precedence 1 (spec/response-format.md §6.2 step 1): a document over
    /// ``JSONLimits/maxDocumentBytes`` is `too_large` at offset 0 and pointer `""`, before
    /// anything in it is read.
    @inline(__always)
    static func checkSize(of input: UnsafeRawBufferPointer, limits: JSONLimits) throws(ResponseCodecError) {
        guard input.count > limits.maxDocumentBytes else { return }
        throw documentTooLarge(input, limits: limits)
    }

    /// The error ``checkSize(of:limits:)`` throws, built out of line.
    @inline(never)
    private static func documentTooLarge(_ input: UnsafeRawBufferPointer, limits: JSONLimits)
        -> ResponseCodecError
    {
        ResponseCodecError(
            .tooLarge, pointer: "", offset: 0, in: input,
            reason: "document of \(input.count) bytes exceeds the limit of \(limits.maxDocumentBytes) bytes")
    }

    /// `invalid_utf8` for the first UTF-8 fault of `input` (RFC 8259 §8.1, RFC 3629), which
    /// comes before any fault of the grammar (spec/response-format.md §6.2 step 2); `nil` when
    /// the whole input is UTF-8 without BOM.
    static func firstUTF8Fault(in input: UnsafeRawBufferPointer) -> ResponseCodecError? {
        guard let fault = UTF8Validator.firstFault(in: input) else { return nil }
        return ResponseCodecError(
            .invalidUTF8, pointer: "", offset: fault.offset, in: input, reason: fault.reason)
    }
}

/// The state and the steps of one left-to-right pass over a document (spec/response-format.md
/// §6.2 steps 2 and 3, see ``StrictJSONParser``), and of the walk of
/// ``StrictJSONParser/offset(of:in:)``.
///
/// Noncopyable: it owns the item stacks, which free their memory when the
/// parse ends, by return or by throw.
struct ByteParser: ~Copyable {
    /// The document. Its strings are checked as UTF-8 as they are read.
    let input: UnsafeRawBufferPointer

    /// `input.count`, kept at hand for bounds checks.
    let count: Int

    /// The limits in force.
    let limits: JSONLimits

    /// The offset of the next byte to read.
    var index = 0

    /// The number of open containers.
    var depth = 0

    /// The innermost open container when ``depth`` is above 0 (a placeholder otherwise). Kept out
    /// of ``outerFrames`` so that the hot paths update it in place without array access.
    var current = ContainerFrame(isObject: false, start: 0)

    /// The open containers around ``current``, outermost first (`depth - 1` of them).
    var outerFrames = ItemStack<ContainerFrame>()

    /// The finished elements of all open arrays, each array's after the one that contains it.
    var elementStack = ItemStack<JSONValue>()

    /// The members of all open objects, each object's after the one that contains it; a member
    /// is pushed (with a `null` placeholder value) when its name has been read.
    var memberStack = ItemStack<JSONObject.Member>()

    /// The value at the base depth of ``parseValue(above:)`` once it is complete, held until
    /// what follows it is checked.
    var root: JSONValue?

    /// A reusable buffer for the unescaped bytes of strings that contain escapes.
    var scratch: [UInt8] = []

    /// The name sets of the open objects whose frames have ``ContainerFrame/hasNameIndex``,
    /// innermost last.
    var nameIndexes = ItemStack<Set<MemberName>>()

    /// The names of the last object at each depth, which the next object's names are expected
    /// to repeat.
    var templates = NameTemplates()

    /// Whether records use ``templates``.
    var usesNameTemplates = true

    /// Creates a parser positioned at the start of `input`.
    @inline(__always)
    init(input: UnsafeRawBufferPointer, limits: JSONLimits) {
        self.input = input
        self.count = input.count
        self.limits = limits
    }

    /// Parses the JSON text `ws value ws` (RFC 8259 §2) that makes up the whole input.
    ///
    /// One loop reads a value; a value that opens a container pushes a frame and loops to
    /// read its first item. A complete value is stored at once into its place (see
    /// ``store(_:above:)``); the inner loop then reads the `,` or the closing bracket that follows,
    /// closing as many containers as end there.
    mutating func parseDocument() throws(ResponseCodecError) -> JSONValue {
        skipWhitespace()
        return try parseValue(above: 0)
    }

    /// Reads the value at `index`, with the containers it opens. At `base` depth 0 it is the
    /// document, which only whitespace may follow. At a greater base depth (the depth of the
    /// containers around the value, which a caller such as ``ResponseDocumentReader`` reads
    /// itself) the value is returned as soon as it is complete, with `index` after the
    /// whitespace that follows it.
    mutating func parseValue(above base: Int) throws(ResponseCodecError) -> JSONValue {
        readValue: while true {
            guard index < count else { throw syntaxFault(at: count, expected: "a value") }
            switch input[index] {
            case ASCII.quote:
                store(.string(try parseString()), above: base)
            case ASCII.minus, ASCII.zero...ASCII.nine:
                store(.number(try parseNumber()), above: base)
            case ASCII.leftBrace:
                try openContainer(isObject: true)
                guard index < count && input[index] == ASCII.rightBrace else {
                    try readMemberName()
                    continue readValue
                }
                index += 1
                popFrame()
                store(.object(JSONObject()), above: base)
            case ASCII.leftBracket:
                try openContainer(isObject: false)
                guard index < count && input[index] == ASCII.rightBracket else {
                    // Element 0 begins at the first byte after `[` that is not whitespace or `]`.
                    current.hasOpenItem = index < count
                    continue readValue
                }
                index += 1
                popFrame()
                store(.array([]), above: base)
            case ASCII.lowerT:
                try expectLiteral("true")
                store(.bool(true), above: base)
            case ASCII.lowerF:
                try expectLiteral("false")
                store(.bool(false), above: base)
            case ASCII.lowerN:
                try expectLiteral("null")
                store(.null, above: base)
            default:
                throw syntaxFault(at: index, expected: "a value")
            }

            // A value is complete and stored: read what follows it.
            while true {
                skipWhitespace()
                guard depth > base else {
                    // The top-level value: only whitespace may follow (RFC 8259 §2).
                    guard base > 0 || index == count, let value = root else {
                        throw syntaxFault(at: index, expected: "the end of the input")
                    }
                    root = nil
                    return value
                }
                if current.isObject {
                    guard index < count else { throw syntaxFault(at: count, expected: "',' or '}'") }
                    let byte = input[index]
                    if byte == ASCII.comma {
                        index += 1
                        skipWhitespace()
                        try readMemberName()
                        continue readValue
                    }
                    guard byte == ASCII.rightBrace else {
                        throw syntaxFault(at: index, expected: "',' or '}'")
                    }
                    index += 1
                    store(.object(closeObject()), above: base)
                } else {
                    guard index < count else { throw syntaxFault(at: count, expected: "',' or ']'") }
                    let byte = input[index]
                    if byte == ASCII.comma {
                        index += 1
                        skipWhitespace()
                        // The next element begins at the first non-whitespace byte after `,`.
                        current.hasOpenItem = index < count
                        continue readValue
                    }
                    guard byte == ASCII.rightBracket else {
                        throw syntaxFault(at: index, expected: "',' or ']'")
                    }
                    index += 1
                    store(.array(closeArray()), above: base)
                }
            }
        }
    }

    /// Puts a complete value in its place: the innermost array's next element, the value of the
    /// innermost object's pending member, or the top-level value; its item is no longer open.
    /// The value is moved there, so no reference count changes.
    @inline(__always)
    mutating func store(_ value: consuming JSONValue, above base: Int) {
        guard depth > base else {
            root = value
            return
        }
        current.hasOpenItem = false
        if current.isObject {
            memberStack.setLastValue(value)
        } else {
            elementStack.append(value)
        }
    }

    /// Checks the depth limit for the `[` or `{` at `index`, pushes its frame and moves past it
    /// and the whitespace after it. The top-level container is depth 1 (spec/response-format.md §5.8).
    @inline(__always)
    mutating func openContainer(isObject: Bool) throws(ResponseCodecError) {
        let newDepth = depth + 1
        if newDepth > limits.maxDepth {
            throw fault(.depthExceeded, at: index, "nesting depth exceeds the limit of \(limits.maxDepth)")
        }
        // Records are objects in arrays: only those keep a template (see NameTemplates).
        let isRecord =
            isObject && depth > 0 && !current.isObject && newDepth < NameTemplates.depthLimit
            && usesNameTemplates
        if depth > 0 { outerFrames.append(current) }
        current = ContainerFrame(isObject: isObject, start: isObject ? memberStack.count : elementStack.count)
        if isRecord { current.templateMode = .predicting }
        depth = newDepth
        index += 1
        skipWhitespace()
    }

    /// Reads a member name, its `:` and the whitespace around it, leaving `index` at the value,
    /// and pushes the member with a placeholder value.
    ///
    /// The name's pointer token is pushed when its closing quote is read, so a duplicate name,
    /// a missing `:` and a bad value are reported at `/name` (spec/response-format.md §6.2 step 3).
    /// Duplicates are looked for only once names arrive out of canonical order: a name that
    /// sorts after the previous one of a sorted object repeats none of them (RFC 7493 §2.3).
    mutating func readMemberName() throws(ResponseCodecError) {
        guard index < count && input[index] == ASCII.quote else {
            throw syntaxFault(at: index, expected: "a member name in double quotes")
        }
        let open = index
        let contentStart = open + 1
        if current.templateMode == .predicting {
            let position = memberStack.count - current.start
            if let (name, end) = templates.match(
                depth: depth, position: position, in: input, at: contentStart)
            {
                index = end + 1
                current.lastNameStart = contentStart
                current.lastNameEnd = end
                current.hasOpenItem = true
                memberStack.append(JSONObject.Member(key: name, value: .null))
                try readColon()
                return
            }
            templates.truncate(depth: depth, to: position)
            current.templateMode = .recording
        }
        let (name, rawEnd) = try parseStringNotingEnd()

        let lastNameStart = current.lastNameStart
        let lastNameEnd = current.lastNameEnd
        current.lastNameStart = contentStart
        current.lastNameEnd = rawEnd
        current.hasOpenItem = true
        var duplicate = false
        if current.membersAreSorted {
            if memberStack.count > current.start {
                let inOrder =
                    rawEnd >= 0 && lastNameEnd >= 0
                    ? UTF16Order.precedes(
                        UnsafeRawBufferPointer(rebasing: input[lastNameStart..<lastNameEnd]),
                        UnsafeRawBufferPointer(rebasing: input[contentStart..<rawEnd]))
                    : UTF16Order.precedes(memberStack.name(at: memberStack.count - 1), name)
                if !inOrder {
                    current.membersAreSorted = false
                    duplicate = isDuplicate(name)
                }
            }
        } else {
            duplicate = isDuplicate(name)
        }
        if current.templateMode == .recording {
            // Still sorted means no duplicate either (a duplicate is looked for only once unsorted).
            let recorded =
                rawEnd >= 0 && current.membersAreSorted
                && templates.append(depth: depth, key: name, in: input, from: contentStart, to: rawEnd)
            if !recorded { current.templateMode = .off }
        }
        memberStack.append(JSONObject.Member(key: name, value: .null))
        if duplicate {
            // RFC 7493 §2.3: names MUST be unique; reported at the repeated name's opening quote.
            throw fault(.duplicateKey, at: open, "member name is already used in this object")
        }
        try readColon()
    }

    /// Reads the `:` after a member name, with the whitespace around it.
    @inline(__always)
    mutating func readColon() throws(ResponseCodecError) {
        skipWhitespace()
        guard index < count && input[index] == ASCII.colon else {
            throw syntaxFault(at: index, expected: "':' after the member name")
        }
        index += 1
        skipWhitespace()
    }

    /// Closes the innermost container's frame: the next outer one becomes ``current``.
    @inline(__always)
    mutating func popFrame() {
        if current.hasNameIndex { _ = nameIndexes.popLast() }
        depth -= 1
        if let outer = outerFrames.popLast() {
            current = outer
        } else {
            current = ContainerFrame(isObject: false, start: 0)
        }
    }

    /// Pops the innermost array frame and moves its elements into an exactly sized array.
    @inline(__always)
    mutating func closeArray() -> [JSONValue] {
        let elements = elementStack.popArray(from: current.start)
        popFrame()
        return elements
    }

    /// Pops the innermost object frame and returns its members in canonical order
    /// (RFC 8785 §3.2.3); names are already known to be unique.
    mutating func closeObject() -> JSONObject {
        var members = memberStack.popArray(from: current.start)
        let sorted = current.membersAreSorted
        popFrame()
        if !sorted {
            members.sort { UTF16Order.precedes($0.key, $1.key) }
        }
        return JSONObject(sortedUniqueMembers: members)
    }

    /// Moves past space, tab, line feed and carriage return, the only whitespace of RFC 8259 §2.
    /// Inlined is only the test of the next byte (every whitespace byte is at most a space), which
    /// is all that compact JSON needs; a run of whitespace is skipped out of line.
    @inline(__always)
    mutating func skipWhitespace() {
        guard index < count && input[index] <= ASCII.space else { return }
        skipWhitespaceRun()
    }

    /// Moves past the whitespace at `index`, if any.
    @inline(never)
    private mutating func skipWhitespaceRun() {
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
}
