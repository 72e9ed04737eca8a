import Testing

@testable import ResponseCodec

/// Every parse error code, with the pointer and offset spec/response-format.md §6.2
/// prescribes for it.
@Suite("Parse errors")
struct ParserErrorTests {
    /// Syntax faults at the end of the longest valid prefix, with the pointer of the value there.
    static let syntaxCases: [FaultCase] = [
        FaultCase("", .syntax, "", 0),
        FaultCase("   ", .syntax, "", 3),
        FaultCase("[", .syntax, "", 1),
        FaultCase("[1,", .syntax, "", 3),
        FaultCase("[1,]", .syntax, "/1", 3),
        FaultCase("[1 2]", .syntax, "", 3),
        FaultCase("{", .syntax, "", 1),
        FaultCase(#"{"a""#, .syntax, "/a", 4),
        FaultCase(#"{"a" 1}"#, .syntax, "/a", 5),
        FaultCase(#"{"a":}"#, .syntax, "/a", 5),
        FaultCase(#"{"a":1,}"#, .syntax, "", 7),
        FaultCase(#"{"a":1 "b":2}"#, .syntax, "", 7),
        FaultCase("{1:2}", .syntax, "", 1),
        FaultCase("[tru]", .syntax, "/0", 4),
        FaultCase("nul", .syntax, "", 3),
        FaultCase("nulL", .syntax, "", 3),
        FaultCase("True", .syntax, "", 0),
        FaultCase("01", .syntax, "", 1),
        FaultCase("-01", .syntax, "", 2),
        FaultCase("-", .syntax, "", 1),
        FaultCase("-a", .syntax, "", 1),
        FaultCase("+1", .syntax, "", 0),
        FaultCase("1.", .syntax, "", 2),
        FaultCase("1.e3", .syntax, "", 2),
        FaultCase("1e", .syntax, "", 2),
        FaultCase("1e+", .syntax, "", 3),
        FaultCase(".5", .syntax, "", 0),
        FaultCase("0x10", .syntax, "", 1),
        FaultCase("1.5.", .syntax, "", 3),
        FaultCase("1 2", .syntax, "", 2),
        FaultCase("[1] [2]", .syntax, "", 4),
        FaultCase("\"abc", .syntax, "", 4),
        FaultCase("\"a\u{01}b\"", .syntax, "", 2),
        FaultCase(#""\x""#, .syntax, "", 2),
        FaultCase(#""\"#, .syntax, "", 2),
        FaultCase(#""\u12G4""#, .syntax, "", 5),
        FaultCase(#""\u00"#, .syntax, "", 5),
        FaultCase(#"["a","\u00"]"#, .syntax, "/1", 10),
        FaultCase(#"{"a":[1,{"b":nul}]}"#, .syntax, "/a/1/b", 16),
        FaultCase("\u{0C}1", .syntax, "", 0),
        FaultCase("[1,\u{A0}]", .syntax, "/1", 3),
        FaultCase("[1]\u{0}", .syntax, "", 3),
        FaultCase("'a'", .syntax, "", 0),
        FaultCase("[1,2", .syntax, "", 4),
        FaultCase(#"{"a":1"#, .syntax, "", 6),
    ]

    /// Each syntax case fails with its code, pointer and offset.
    @Test("syntax: offset is the longest valid prefix", arguments: syntaxCases)
    func syntax(_ fault: FaultCase) {
        fault.check()
    }

    /// UTF-8 faults (RFC 3629), the BOM, and their precedence over syntax and under the size check.
    static let utf8Cases: [FaultCase] = [
        FaultCase(bytes: [0xEF, 0xBB, 0xBF, 0x7B, 0x7D], .invalidUTF8, "", 0),  // BOM
        FaultCase(bytes: [0xEF, 0xBB], .invalidUTF8, "", 0),  // truncated BOM
        FaultCase(bytes: [0x5B, 0x22, 0xC3, 0x22, 0x5D], .invalidUTF8, "", 2),  // cut short
        FaultCase(bytes: [0x22, 0x80, 0x22], .invalidUTF8, "", 1),  // stray continuation
        FaultCase(bytes: [0x22, 0xC0, 0xAF, 0x22], .invalidUTF8, "", 1),  // overlong 2-byte
        FaultCase(bytes: [0x22, 0xE0, 0x80, 0xAF, 0x22], .invalidUTF8, "", 1),  // overlong 3-byte
        FaultCase(bytes: [0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22], .invalidUTF8, "", 1),  // overlong 4-byte
        FaultCase(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], .invalidUTF8, "", 1),  // encoded surrogate
        FaultCase(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], .invalidUTF8, "", 1),  // above U+10FFFF
        FaultCase(bytes: [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], .invalidUTF8, "", 1),
        FaultCase(bytes: [0x22, 0xFF, 0x22], .invalidUTF8, "", 1),
        FaultCase(bytes: [0x22, 0xE2, 0x82], .invalidUTF8, "", 1),  // truncated at the end
        FaultCase(bytes: [0x22, 0xE2, 0x82, 0x41, 0x22], .invalidUTF8, "", 1),
        // After the eight-bytes-at-a-time ASCII path.
        FaultCase(bytes: Array(#"["abcdefghijkl"#.utf8) + [0xFF, 0x22, 0x5D], .invalidUTF8, "", 14),
        FaultCase(bytes: Array("\"é東😀".utf8) + [0xC3], .invalidUTF8, "", 10),
        // Checked before the grammar: an earlier syntax fault does not win.
        FaultCase(bytes: [0x78, 0xFF], .invalidUTF8, "", 1),
        // The size check comes first of all.
        FaultCase(bytes: [0xFF, 0xFF, 0xFF], .tooLarge, "", 0, limits: JSONLimits(maxDocumentBytes: 2)),
    ]

    /// Each UTF-8 case fails with its code, pointer and offset.
    @Test("invalid_utf8: offset of the ill-formed sequence's first byte", arguments: utf8Cases)
    func invalidUTF8(_ fault: FaultCase) {
        fault.check()
    }

    /// Each kind of ill-formed sequence (RFC 3629 §4), and the reason that names it, quoting the
    /// bytes the input held.
    static let utf8Reasons: [(bytes: [UInt8], reason: String)] = [
        ([0x22, 0x80, 0x22], "continuation byte 0x80 without a lead byte"),
        ([0x22, 0xC1, 0xBF, 0x22], "lead byte 0xC1 starts an overlong encoding"),
        ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], "byte 0xF5 never appears in UTF-8"),
        ([0x22, 0xE0, 0x9F, 0xBF, 0x22], "overlong three-byte encoding"),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], "encoded UTF-16 surrogate (U+D800...U+DFFF)"),
        ([0x22, 0xF0, 0x8F, 0xBF, 0xBF, 0x22], "overlong four-byte encoding"),
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "code point above U+10FFFF"),
        ([0x22, 0xE2, 0x82], "sequence starting with 0xE2 is truncated"),
        ([0x22, 0xF0, 0x9F, 0x98, 0x41, 0x22], "sequence starting with 0xF0 is cut short by 0x41"),
    ]

    /// The reason says which rule the sequence breaks, at the sequence's first byte.
    @Test("invalid_utf8: the reason names the broken rule", arguments: utf8Reasons)
    func invalidUTF8Reason(_ bytes: [UInt8], _ reason: String) throws {
        let error = try #require(parseError(bytes))
        #expect(error.code == .invalidUTF8)
        #expect(error.offset == 1)
        #expect(error.reason.contains(reason), "\(error.reason)")
    }

    /// Lone surrogate escapes (RFC 7493 §2.1), and the syntax faults that come first.
    static let unicodeCases: [FaultCase] = [
        FaultCase(#""\uD800""#, .invalidUnicode, "", 1),
        FaultCase(#"["\uDC00"]"#, .invalidUnicode, "/0", 2),
        FaultCase(#""\uD800\u0041""#, .invalidUnicode, "", 1),
        FaultCase(#""\uDBFF\uDBFF\uDC00""#, .invalidUnicode, "", 1),
        FaultCase(#""ab\uD83D\n""#, .invalidUnicode, "", 3),
        FaultCase(#""\uD800x""#, .invalidUnicode, "", 1),
        FaultCase(#""\uD800\x""#, .invalidUnicode, "", 1),
        FaultCase(#""\uDE00\uD83D""#, .invalidUnicode, "", 1),
        FaultCase(#"{"\uDFFF":1}"#, .invalidUnicode, "", 2),
        FaultCase(#"{"k":"a\ud800"}"#, .invalidUnicode, "/k", 7),
        // The hex digits of the escape after a high surrogate are checked for syntax first.
        FaultCase(#""\uD800\u12G4""#, .syntax, "", 11),
        // Whether a high surrogate is paired is unknown at the end of the input: syntax there.
        FaultCase(#""\uD800"#, .syntax, "", 7),
        FaultCase(#""\uD800\"#, .syntax, "", 8),
        FaultCase(#""\uD800\u"#, .syntax, "", 9),
    ]

    /// Each lone-surrogate case fails with its code, pointer and offset.
    @Test("invalid_unicode: offset of the unpaired escape's backslash", arguments: unicodeCases)
    func invalidUnicode(_ fault: FaultCase) {
        fault.check()
    }

    /// Repeated member names (RFC 7493 §2.3), compared after unescaping.
    static let duplicateCases: [FaultCase] = [
        FaultCase(#"{"a":1,"a":2}"#, .duplicateKey, "/a", 7),
        FaultCase(#"{"a":1,"\u0061":2}"#, .duplicateKey, "/a", 7),
        FaultCase(#"{"b":1,"a":2,"b":3}"#, .duplicateKey, "/b", 13),
        FaultCase(#"{"a":1,"a":x}"#, .duplicateKey, "/a", 7),  // before the value is parsed
        FaultCase(#"{"a":1,"a" x}"#, .duplicateKey, "/a", 7),  // before the colon
        FaultCase(#"[{"x":{"k":1,"k":2}}]"#, .duplicateKey, "/0/x/k", 13),
        FaultCase(#"{"a/b~c":1,"a\/b~c":2}"#, .duplicateKey, "/a~1b~0c", 11),
        FaultCase(#"{"😀":1,"\ud83d\ude00":2}"#, .duplicateKey, "/😀", 10),
    ]

    /// Each duplicate-name case fails with its code, pointer and offset.
    @Test("duplicate_key: offset of the repeated name's opening quote", arguments: duplicateCases)
    func duplicateKey(_ fault: FaultCase) {
        fault.check()
    }

    /// Numbers a double cannot carry as sent (spec/response-format.md §5.4).
    static let rangeCases: [FaultCase] = [
        FaultCase("1e400", .numberOutOfRange, "", 0),
        FaultCase("[1,-1e400]", .numberOutOfRange, "/1", 3),
        FaultCase("1e-400", .numberOutOfRange, "", 0),
        FaultCase("2e-324", .numberOutOfRange, "", 0),
        FaultCase("9007199254740993", .numberOutOfRange, "", 0),
        FaultCase("-9007199254740993", .numberOutOfRange, "", 0),
        FaultCase("1000000000000000000000", .numberOutOfRange, "", 0),
        FaultCase(#"{"n":123456789012345678901234}"#, .numberOutOfRange, "/n", 5),
        // Detected when the number ends, before what follows it is looked at.
        FaultCase("[1e400", .numberOutOfRange, "/0", 1),
        FaultCase("1e400x", .numberOutOfRange, "", 0),
    ]

    /// Each out-of-range case fails with its code, pointer and offset.
    @Test("number_out_of_range: offset of the number's first byte", arguments: rangeCases)
    func numberOutOfRange(_ fault: FaultCase) {
        fault.check()
    }

    /// Nesting beyond `maxDepth`, and its order with other faults.
    static let depthCases: [FaultCase] = [
        FaultCase("[[[1]]]", .depthExceeded, "/0/0", 2, limits: JSONLimits(maxDepth: 2)),
        FaultCase(#"{"a":{}}"#, .depthExceeded, "/a", 5, limits: JSONLimits(maxDepth: 1)),
        FaultCase("[]", .depthExceeded, "", 0, limits: JSONLimits(maxDepth: 0)),
        FaultCase(#"[1,{"a":[[]]}]"#, .depthExceeded, "/1/a/0", 9, limits: JSONLimits(maxDepth: 3)),
        // The first fault in byte order wins over a later depth fault, and the other way round.
        FaultCase("[x,[[]]]", .syntax, "/0", 1, limits: JSONLimits(maxDepth: 2)),
        FaultCase("[[[x]]]", .depthExceeded, "/0/0", 2, limits: JSONLimits(maxDepth: 2)),
    ]

    /// Each depth case fails with its code, pointer and offset.
    @Test("depth_exceeded: offset of the bracket that is one too deep", arguments: depthCases)
    func depthExceeded(_ fault: FaultCase) {
        fault.check()
    }

    /// Documents and strings over their size limits.
    static let sizeCases: [FaultCase] = [
        FaultCase("[1,2]", .tooLarge, "", 0, limits: JSONLimits(maxDocumentBytes: 4)),
        FaultCase(#"["abcd"]"#, .tooLarge, "/0", 1, limits: JSONLimits(maxStringBytes: 3)),
        FaultCase(#""\u00e9\u00e9""#, .tooLarge, "", 0, limits: JSONLimits(maxStringBytes: 3)),
        FaultCase(#"{"abcd":1}"#, .tooLarge, "", 1, limits: JSONLimits(maxStringBytes: 3)),
        FaultCase(#"{"a":"abcd"}"#, .tooLarge, "/a", 5, limits: JSONLimits(maxStringBytes: 3)),
        // Reported as soon as the length passes the limit, before later faults in the string.
        FaultCase("\"abcd\u{01}\"", .tooLarge, "", 0, limits: JSONLimits(maxStringBytes: 3)),
        FaultCase(#""abcd\uD800""#, .tooLarge, "", 0, limits: JSONLimits(maxStringBytes: 3)),
        FaultCase(#"[1,,"abcd"]"#, .syntax, "/1", 3, limits: JSONLimits(maxStringBytes: 3)),
    ]

    /// Each size case fails with its code, pointer and offset.
    @Test("too_large: the document at offset 0, a string at its opening quote", arguments: sizeCases)
    func tooLarge(_ fault: FaultCase) {
        fault.check()
    }

    /// Input exactly at a limit is accepted.
    @Test("limits are inclusive")
    func limitsAreInclusive() throws {
        _ = try parse("[1,2]", limits: JSONLimits(maxDocumentBytes: 5))
        _ = try parse(#"["abc"]"#, limits: JSONLimits(maxStringBytes: 3))
        _ = try parse(#""\n\n\n""#, limits: JSONLimits(maxStringBytes: 3))
        _ = try parse(#""\u00e9x""#, limits: JSONLimits(maxStringBytes: 3))
        _ = try parse("[[1]]", limits: JSONLimits(maxDepth: 2))
        _ = try parse("1", limits: JSONLimits(maxDepth: 0))
    }

    /// Line and column are counted from the offset, by line feeds.
    @Test("line and column of a fault in a multi-line document")
    func lineAndColumn() throws {
        let error = try #require(parseError("{\n  \"a\": 1,\n  \"a\": 2\n}"))
        #expect(error.code == .duplicateKey)
        #expect(error.pointer == "/a")
        #expect(error.offset == 14)
        #expect(error.line == 3)
        #expect(error.column == 3)

        let eof = try #require(parseError("[\n1,\n"))
        #expect(eof.code == .syntax)
        #expect(eof.offset == 5)
        #expect(eof.line == 3)
        #expect(eof.column == 1)

        let crlf = try #require(parseError("[1,\r\n 2,\r\n x]"))
        #expect(crlf.offset == 11)
        #expect(crlf.pointer == "/2")
        #expect(crlf.line == 3)
        #expect(crlf.column == 2)
    }
}
