import ResponseCodec
import Testing

/// Member names compared after unescaping, scalar by scalar, and lone surrogates: the two
/// places where parsers most often read one document two ways (RFC 7493 §2.1, §2.3).
@Suite("Hostile: names and strings")
struct HostileStringTests {
    @Test(
        "duplicate names after unescaping are duplicate_key at the repeated name",
        arguments: [
            (#"{"a":1,"\u0061":2}"#, "/a", 7),
            (#"{"\u0061":1,"a":2}"#, "/a", 12),
            (#"{"é":1,"\u00e9":2}"#, "/é", 8),
            (#"{"😀":1,"\ud83d\ude00":2}"#, "/😀", 10),
            (#"{"a/b":1,"a\/b":2}"#, "/a~1b", 9),
            (#"{"\u0000":1,"\u0000":2}"#, "/\u{0}", 12),
            (#"{"":1,"":2}"#, "/", 6),
            (#"[{"x":{"k":1,"\u006b":2}}]"#, "/0/x/k", 13),
            (#"{"kind":"scheduled","result":"success","\u006bind":"scheduled"}"#, "/kind", 39),
        ])
    func duplicateNames(_ input: String, _ pointer: String, _ offset: Int) {
        let outcome = Hostile.canonicalize(input)
        #expect(outcome == .rejected(.duplicateKey, pointer: pointer, offset: offset), "\(input)")
    }

    @Test(
        "a duplicate among many members is found by the hashed lookup too",
        arguments: [11, 12, 13, 100, 5_000])
    func duplicateInLargeObject(members: Int) {
        var text = "{"
        for index in 0..<members { text += #""m\#(index)":\#(index),"# }
        let repeated = "m\(members / 2)"
        let escaped = repeated.unicodeScalars.map { "\\u00" + String($0.value, radix: 16) }.joined()
        let offset = text.utf8.count
        text += #""\#(escaped)":0}"#
        #expect(
            Hostile.canonicalize(text) == .rejected(.duplicateKey, pointer: "/" + repeated, offset: offset))
    }

    @Test("canonically equivalent names are different names, in small and large objects", arguments: [0, 20])
    func equivalentNamesAreDistinct(padding: Int) {
        // U+00E9 and "e" + U+0301 are equal as Swift Strings but are different scalar sequences.
        var members = (0..<padding).map { #""p\#($0)":0"# }
        members += [#""\u00e9":1"#, #""e\u0301":2"#, #""\u212b":3"#, #""\u00c5":4"#, #""A\u030a":5"#]
        let outcome = Hostile.canonicalize("{" + members.joined(separator: ",") + "}")
        let padded = (0..<padding).map { "p\($0)" }.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        let expected =
            "{\"A\u{30A}\":5,\"e\u{301}\":2," + padded.map { #""\#($0)":0,"# }.joined()
            + "\"\u{C5}\":4,\"\u{E9}\":1,\"\u{212B}\":3}"
        // Compare bytes, not Strings: the Strings would be equal under canonical equivalence.
        #expect(outcome == .accepted(Array(expected.utf8)), "\(outcome)")
    }

    @Test("decode keeps canonically equivalent header names and body keys apart")
    func equivalentNamesInResponses() {
        let document =
            #"{"headers":{"\u00c5":"a","\u212b":"b","A\u030a":"c"},"body":{"\u00c5":1,"\u212b":2,"A\u030a":3},"#
            + #""http_status":200,"kind":"interactive","result":"success"}"#
        let expected =
            "{\"body\":{\"A\u{30A}\":3,\"\u{C5}\":1,\"\u{212B}\":2},\"headers\":{\"A\u{30A}\":\"c\",\"\u{C5}\":\"a\","
            + "\"\u{212B}\":\"b\"},\"http_status\":200,\"kind\":\"interactive\",\"result\":\"success\"}"
        #expect(Hostile.decode(document) == .accepted(Array(expected.utf8)))
    }

    @Test(
        "the response rules compare names and values as unescaped scalars",
        arguments: [
            (#"{"k\u0069nd":"sc\u0068eduled","result":"succes\u0073"}"#, nil, ""),
            (#"{"kind":"scheduled","result":"success","kind\u0000":"x"}"#, .unexpectedField, "/kind\u{0}"),
            (#"{"kind":"scheduled","result":"success","Kind":1}"#, .unexpectedField, "/Kind"),
            (#"{"kind":"scheduled","result":"success\u0301"}"#, .unknownResult, "/result"),
            (#"{"kind":"Scheduled","result":"success"}"#, .unknownKind, "/kind"),
            (#"{"kind":"sched\u00fcled","result":"success"}"#, .unknownKind, "/kind"),
            (
                #"{"countdown":30,"kind":"background","result":"reschedule","\u0063ountdown":31}"#,
                .duplicateKey, "/countdown"
            ),
        ] as [(String, ResponseCodecError.Code?, String)])
    func responseNames(_ document: String, _ code: ResponseCodecError.Code?, _ pointer: String) {
        let outcome = Hostile.decode(document)
        if let code {
            #expect(outcome.code == code, "\(document): \(outcome)")
            if case .rejected(_, let found, _) = outcome { #expect(found == pointer, "\(document)") }
        } else {
            #expect(outcome.text == #"{"kind":"scheduled","result":"success"}"#, "\(document): \(outcome)")
        }
    }

    @Test(
        "lone surrogate escapes are invalid_unicode at the unpaired escape",
        arguments: [
            (#"["\uD800"]"#, 2), (#"["\uDC00"]"#, 2), (#"["\uDBFF\uDBFF"]"#, 2), (#"["\uDE00\uD83D"]"#, 2),
            (#"["\uD83D\u0041"]"#, 2), (#"["\uD83Dx"]"#, 2), (#"["\uD83D\n"]"#, 2),
            (#"["ok\uD83D\uDE00\uDE00"]"#, 16),
            (#"["\uD800\uD800\uDC00"]"#, 2), (#"{"\uDFFF":1}"#, 2), (#"["\uD83D""#, 2),
        ])
    func loneSurrogates(_ input: String, _ offset: Int) {
        let outcome = Hostile.canonicalize(input)
        #expect(outcome.code == .invalidUnicode, "\(input): \(outcome)")
        if case .rejected(_, _, let found) = outcome { #expect(found == offset, "\(input)") }
    }

    @Test("a high surrogate escape at the end of the input, or before a bad escape, is syntax")
    func surrogateThenEnd() {
        #expect(Hostile.canonicalize(#"["\uD800"#) == .rejected(.syntax, pointer: "/0", offset: 8))
        #expect(Hostile.canonicalize(#"["\uD800\"#) == .rejected(.syntax, pointer: "/0", offset: 9))
        #expect(Hostile.canonicalize(#"["\uD800\u12G4"]"#).code == .syntax)
        #expect(Hostile.canonicalize(#"["\uD800\uDC0"#).code == .syntax)
    }

    @Test("surrogates encoded in UTF-8 are invalid_utf8, paired or not")
    func encodedSurrogates() {
        let high: [UInt8] = [0xED, 0xA0, 0xBD]
        let low: [UInt8] = [0xED, 0xB8, 0x80]
        for bytes in [high, low, high + low, low + high] {
            let input = [0x22] + bytes + [0x22]
            #expect(Hostile.canonicalize(input) == .rejected(.invalidUTF8, pointer: "", offset: 1))
        }
    }

    @Test("every control character must be escaped, and is written escaped", arguments: 0..<0x20)
    func controlCharacters(_ value: Int) {
        let byte = UInt8(value)
        #expect(Hostile.canonicalize([0x22, byte, 0x22]) == .rejected(.syntax, pointer: "", offset: 1))
        let escaped = Hostile.canonicalize(Array(#""\u00\#(String(format2: byte))""#.utf8))
        let expected: String
        switch byte {
        case 0x08: expected = #""\b""#
        case 0x09: expected = #""\t""#
        case 0x0A: expected = #""\n""#
        case 0x0C: expected = #""\f""#
        case 0x0D: expected = #""\r""#
        default: expected = #""\u00\#(String(format2: byte))""#
        }
        #expect(escaped.text == expected)
    }
}

extension String {
    /// Two lowercase hex digits.
    fileprivate init(format2 byte: UInt8) {
        let digits = String(byte, radix: 16)
        self = byte < 0x10 ? "0" + digits : digits
    }
}
