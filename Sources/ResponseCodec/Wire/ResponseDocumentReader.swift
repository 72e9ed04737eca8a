/// The reader of ``WireFormat/decode(_:options:)``: one left-to-right pass over a response
/// document that reads the top-level object itself and keeps its members typed, with the offset
/// of each value (``DocumentMembers``).
///
/// Member names, `kind` and `result` are matched against the protocol's names a word at a time
/// (``NameTable``), so a plain response costs no `String` for them; `countdown` and `http_status`
/// are read as numbers, `output` as a string. Everything else (a body, headers, a row, an unknown
/// member, a value of the wrong type) is read by the strict parser's own value loop
/// (``ByteParser/parseValue(above:)``) at depth 2 and below.
///
/// The pass does spec §6.2 steps 1 to 3 over the whole input and reports their first fault. It
/// judges no response rule except "the document is an object": the rules (step 4) run on the
/// members once the whole input has passed, and each fault they find is located at the place
/// the reader stored for its value (``MemberPlaces/located(_:in:)``).
///
/// UTF-8 (step 2) is checked as the parser's is (``StrictJSONParser``): what the reader matches
/// itself is ASCII, the parser checks the strings it reads, and the whole input is checked
/// before any fault is reported.
struct ResponseDocumentReader: ~Copyable {
    /// The parser whose position and readers this reader shares.
    private var parser: ByteParser

    /// Where each value was seen.
    private var places = MemberPlaces()

    /// The protocol member whose name has been read and whose value has not yet ended: a fault
    /// there is at `/name` (spec §6.3), which ``read(into:)`` prefixes.
    private var openMember: WireMember?

    /// Where the parser's member stack holds the unknown member name in the place of
    /// ``openMember``.
    private var openUnknownName: Int?

    /// The protocol's names: the member names, and the kinds and results with the length of
    /// the longest of them.
    private static let protocolNames = (
        members: WireMember.names, kinds: ResponseKind.names, results: ResponseResult.names,
        valueLength: max(ResponseKind.names.maxLength, ResponseResult.names.maxLength)
    )

    /// ``protocolNames``, read once per document.
    private let names = Self.protocolNames

    /// A reader at the start of `input`.
    @inline(__always)
    init(_ input: UnsafeRawBufferPointer, limits: JSONLimits) {
        parser = ByteParser(input: input, limits: limits)
    }

    /// Reads the whole input into `members`, or throws the first fault of spec §6.2 steps 1-3,
    /// or `type_mismatch` at `""` for a JSON text that is not an object (step 4.1).
    mutating func read(into members: inout DocumentMembers) throws(ResponseCodecError) {
        let input = parser.input
        try StrictJSONParser.checkSize(of: input, limits: parser.limits)
        do {
            try readDocument(into: &members)
        } catch {
            // A UTF-8 fault anywhere comes before any other (spec §6.2 step 2).
            if let fault = StrictJSONParser.firstUTF8Fault(in: input) { throw fault }
            let name: String
            if let openMember {
                name = openMember.rawValue
            } else if let openUnknownName {
                name = parser.memberStack.name(at: openUnknownName)
            } else {
                throw error
            }
            throw error.prefixingPointer(with: name)
        }
    }

    /// `error`, which the response rules found in the members this reader read, located at the
    /// place of the value it names.
    func located(_ error: ResponseCodecError) -> ResponseCodecError {
        places.located(error, in: parser.input)
    }

    /// `ws object ws`, or any other JSON text, which is then a `type_mismatch`.
    private mutating func readDocument(into members: inout DocumentMembers) throws(ResponseCodecError) {
        parser.skipWhitespace()
        let start = parser.index
        guard start < parser.count, parser.input[start] == ASCII.leftBrace else {
            _ = try parser.parseValue(above: 0)
            throw ResponseCodecError(
                .typeMismatch, pointer: "", offset: start, in: parser.input,
                reason: "a response document must be a JSON object")
        }
        places.objectOffset = start
        if parser.limits.maxDepth < 1 {
            throw parser.fault(
                .depthExceeded, at: start, "nesting depth exceeds the limit of \(parser.limits.maxDepth)")
        }
        // The object's frame contributes no pointer token: a fault inside a member is prefixed
        // with the member's name by read(into:), which knows it without a `String`.
        parser.depth = 1
        parser.current = ContainerFrame(isObject: true, start: parser.memberStack.count)
        parser.index += 1
        parser.skipWhitespace()
        if parser.index < parser.count && parser.input[parser.index] == ASCII.rightBrace {
            parser.index += 1
        } else {
            while true {
                let open = parser.index
                guard open < parser.count && parser.input[open] == ASCII.quote else {
                    throw parser.syntaxFault(at: open, expected: "a member name in double quotes")
                }
                var member: WireMember?
                if let name = parser.scanName(within: names.members.maxLength) {
                    member = names.members.match(name, in: parser.input)
                }
                if member == nil {
                    // Escaped, unknown or longer than any protocol name: read in full.
                    parser.index = open
                    member = try readOtherName(at: open, into: &members)
                }
                if let member {
                    openMember = member
                    guard members.insert(member) else { throw duplicate(at: open) }
                    try parser.readColon()
                    let start = parser.index
                    guard start < parser.count else {
                        throw parser.syntaxFault(at: parser.count, expected: "a value")
                    }
                    // Typed when the value has the member's type (the switch is written out here,
                    // not called, so that the loop stays one function); a JSON value otherwise,
                    // for the rules to judge.
                    let first = parser.input[start]
                    var isTyped = false
                    switch member {
                    case .kind, .result:
                        if let name = parser.scanName(within: names.valueLength) {
                            if member == .kind {
                                members.kind = names.kinds.match(name, in: parser.input)
                                isTyped = members.kind != nil
                            } else {
                                members.result = names.results.match(name, in: parser.input)
                                isTyped = members.result != nil
                            }
                        }
                        if !isTyped { parser.index = start }
                    case .countdown, .httpStatus:
                        if first == ASCII.minus || ASCII.isDigit(first) {
                            members.set(member, number: try parser.parseNumber())
                            isTyped = true
                        }
                    case .output:
                        if first == ASCII.quote {
                            members.output = try parser.parseString()
                            isTyped = true
                        }
                    case .body, .headers, .transformedRow, .transformedRowStyles:
                        break
                    }
                    if !isTyped { try readJSONValue(of: member, into: &members) }
                    places.setOffset(start, of: member)
                    openMember = nil
                }
                if try readMemberEnd() { break }
            }
        }
        parser.depth = 0
        parser.skipWhitespace()
        guard parser.index == parser.count else {
            throw parser.syntaxFault(at: parser.index, expected: "the end of the input")
        }
    }

    /// Reads the name at `open`, which is not a protocol name as written (escaped, unknown or
    /// longer than any), in full: the protocol member it names, or `nil` once the member of an
    /// unknown name is read whole and noted.
    @inline(never)
    private mutating func readOtherName(at open: Int, into members: inout DocumentMembers)
        throws(ResponseCodecError) -> WireMember?
    {
        let name = try parser.parseString()
        if let member = WireMember(name: name) { return member }
        guard !parser.isDuplicate(name) else {
            throw duplicate(at: open).prefixingPointer(with: name)
        }
        openUnknownName = parser.memberStack.count
        parser.memberStack.append(JSONObject.Member(key: name, value: .null))
        try parser.readColon()
        let start = parser.index
        _ = try readAnyValue()
        // The first unknown name in UTF-16 order is the only one a rule can report (spec §6.2
        // step 4.4).
        if members.firstUnknown.map({ UTF16Order.precedes(name, $0) }) ?? true {
            members.firstUnknown = name
            places.firstUnknownOffset = start
        }
        openUnknownName = nil
        return nil
    }

    /// `duplicate_key` at the repeated name's opening quote, pointer `""` until read(into:)
    /// prefixes the name.
    private func duplicate(at open: Int) -> ResponseCodecError {
        ResponseCodecError(
            .duplicateKey, pointer: "", offset: open, in: parser.input,
            reason: "member name is already used in this object")
    }

    /// Reads the value of `member` as a JSON value: an object of `headers`, `transformed_row`
    /// or `transformed_row_styles` with the places of its member values, anything else whole.
    @inline(never)
    private mutating func readJSONValue(of member: WireMember, into members: inout DocumentMembers)
        throws(ResponseCodecError)
    {
        let isPlaced = member == .headers || member == .transformedRow || member == .transformedRowStyles
        if isPlaced && parser.input[parser.index] == ASCII.leftBrace {
            members.set(member, try readPlacedObject(of: member))
        } else {
            members.set(member, try readAnyValue())
        }
    }

    /// Any JSON value, read by the parser at depth 2 and below.
    private mutating func readAnyValue() throws(ResponseCodecError) -> JSONValue {
        try parser.parseValue(above: 1)
    }

    /// Reads the object value of `member` (`headers`, `transformed_row` or
    /// `transformed_row_styles`), whose rules judge each member value, and stores where each of
    /// those values starts.
    private mutating func readPlacedObject(of member: WireMember) throws(ResponseCodecError) -> JSONValue {
        try parser.openContainer(isObject: true)
        if parser.index < parser.count && parser.input[parser.index] == ASCII.rightBrace {
            parser.index += 1
            parser.popFrame()
            return .object(JSONObject())
        }
        while true {
            try parser.readMemberName()
            let start = parser.index
            let value = try parser.parseValue(above: 2)
            let last = parser.memberStack.count - 1
            parser.memberStack.setLastValue(value)
            parser.current.hasOpenItem = false
            places.noteInner(member, name: parser.memberStack.name(at: last), at: start)
            if try readMemberEnd() { return .object(parser.closeObject()) }
        }
    }

    /// Reads the `,` or `}` after a member's value, with the whitespace around it; `true` at the `}`.
    @inline(__always)
    private mutating func readMemberEnd() throws(ResponseCodecError) -> Bool {
        parser.skipWhitespace()
        guard parser.index < parser.count else {
            throw parser.syntaxFault(at: parser.count, expected: "',' or '}'")
        }
        let separator = parser.input[parser.index]
        parser.index += 1
        if separator == ASCII.rightBrace { return true }
        guard separator == ASCII.comma else {
            throw parser.syntaxFault(at: parser.index - 1, expected: "',' or '}'")
        }
        parser.skipWhitespace()
        return false
    }
}

extension ByteParser {
    /// Reads a string at `index` as a candidate for a name of a ``NameTable`` whose longest
    /// name has `maxLength` bytes: its bytes up to the first quote, which must be within
    /// `maxLength` bytes and ``JSONLimits/maxStringBytes``; `nil` otherwise. `index` moves past
    /// the quote (the reader reads the string in full on `nil` or on a name its table does not hold).
    ///
    /// Only the closing quote is looked for: a name of a table has no quote, backslash or
    /// control character, so when the bytes up to the first quote match one, they are a whole
    /// string without escapes, and when they match none the string is read again in full. A
    /// name of up to 15 bytes with eight bytes of input after its opening quote is read as two
    /// words, which give its length and, shifted, the words the table compares.
    @inline(__always)
    mutating func scanName(within maxLength: Int) -> NameWords? {
        guard index < count, input[index] == ASCII.quote else { return nil }
        let start = index &+ 1
        var name: NameWords?
        if start &+ 8 <= count {
            let first = word(at: start)
            // The next eight bytes; near the end of the input, the last word of the input moved
            // down, with zero bytes (never a quote) in place of those past the end.
            let after = count &- (start &+ 8)
            let second =
                after >= 8
                ? word(at: start &+ 8) : after == 0 ? 0 : word(at: count &- 8) &>> (UInt64(8 &- after) &* 8)
            if let quote = Self.firstQuote(in: first) {
                // The bytes before the quote; a shift by 64 would be undefined, so 0 is apart.
                let head = quote == 0 ? 0 : first & (UInt64.max &>> (64 &- UInt64(quote) &* 8))
                name = NameWords(start: start, length: quote, head: head, tail: 0)
            } else if let quote = Self.firstQuote(in: second) {
                // The last eight bytes of the name start `quote` bytes into the first word.
                let shift = UInt64(quote) &* 8
                let tail = quote == 0 ? first : first &>> shift | second &<< (64 &- shift)
                name = NameWords(start: start, length: 8 &+ quote, head: first, tail: tail)
            }
        }
        if name == nil {
            // Longer, or near the end of the input.
            guard let end = Self.closingQuote(in: input, from: start, within: maxLength) else { return nil }
            name = NameWords(in: input, from: start, length: end &- start)
        }
        guard let name, name.length <= limits.maxStringBytes else { return nil }
        index = name.start &+ name.length &+ 1
        return name
    }

    /// The eight bytes at `offset` as a little-endian word; `offset + 8` must be at most `count`.
    @inline(__always)
    private func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: input.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The index of the first quote byte in `word` (little-endian, so the first byte is the
    /// lowest), or `nil` (``StringEscaping/flags(of:in:)``).
    @inline(__always)
    private static func firstQuote(in word: UInt64) -> Int? {
        let flags = StringEscaping.flags(of: ASCII.quote, in: word)
        return flags == 0 ? nil : flags.trailingZeroBitCount &>> 3
    }

    /// The offset of the first quote in `input[start...]`, looking no further than the word
    /// that holds `input[start + length]`; `nil` if there is none that close. (A quote found
    /// beyond `start + length` names no table entry, which the lookup then rules out.) Static,
    /// so that calling it out of line does not copy the parser.
    @inline(never)
    private static func closingQuote(in input: UnsafeRawBufferPointer, from start: Int, within length: Int)
        -> Int?
    {
        let count = input.count
        let last = start &+ length
        var position = start
        while position &+ 8 <= count {
            let word = UInt64(littleEndian: input.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            if let quote = firstQuote(in: word) { return position &+ quote }
            position &+= 8
            if position > last { return nil }
        }
        while position < count && position <= last {
            if input[position] == ASCII.quote { return position }
            position &+= 1
        }
        return nil
    }
}
