import Testing

@testable import ResponseCodec

/// String serialization (RFC 8785 §3.2.2.2).
@Suite("String escaping")
struct StringEscapingTests {
    /// The escape of each control character U+0000...U+001F, indexed by code point, as
    /// RFC 8785 §3.2.2.2 (ECMAScript JSON.stringify) writes it.
    static let controlEscapes: [String] = [
        #"\u0000"#, #"\u0001"#, #"\u0002"#, #"\u0003"#, #"\u0004"#, #"\u0005"#, #"\u0006"#, #"\u0007"#,
        #"\b"#, #"\t"#, #"\n"#, #"\u000b"#, #"\f"#, #"\r"#, #"\u000e"#, #"\u000f"#,
        #"\u0010"#, #"\u0011"#, #"\u0012"#, #"\u0013"#, #"\u0014"#, #"\u0015"#, #"\u0016"#, #"\u0017"#,
        #"\u0018"#, #"\u0019"#, #"\u001a"#, #"\u001b"#, #"\u001c"#, #"\u001d"#, #"\u001e"#, #"\u001f"#,
    ]

    /// The canonical text of a string value.
    static func quoted(_ string: String) -> String {
        CanonicalTestSupport.written { $0.writeString(string) }
    }

    @Test("Every control character", arguments: 0..<32)
    func controlCharacter(codePoint: Int) throws {
        let scalar = try #require(Unicode.Scalar(codePoint))
        let escape = Self.controlEscapes[codePoint]
        #expect(Self.quoted(String(Character(scalar))) == "\"\(escape)\"")
        #expect(Self.quoted("a\(Character(scalar))b") == "\"a\(escape)b\"")
    }

    @Test(
        "Quote and backslash get their short escapes",
        arguments: [
            ("\"", #""\"""#), ("\\", #""\\""#), ("\"\\\"", #""\"\\\"""#), ("\\\\", #""\\\\""#),
        ])
    func quoteAndBackslash(input: String, expected: String) {
        #expect(Self.quoted(input) == expected)
    }

    @Test(
        "Everything else is raw UTF-8",
        arguments: [
            "/", "</script>", "\u{7F}", "\u{80}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFF}",
            "\u{E000}", "\u{1F600}", "\u{10FFFF}", "é", "A\u{030A}", "\u{00C5}", "ﬃ", "\u{FFFE}",
            "日本語", "👩‍👩‍👧‍👦", " ", "~", "'",
        ])
    func rawUTF8(input: String) {
        var expected: [UInt8] = [0x22]
        expected.append(contentsOf: input.utf8)
        expected.append(0x22)
        #expect(
            CanonicalTestSupport.written { $0.writeString(input) }
                == String(decoding: expected, as: UTF8.self))
        var writer = CanonicalWriter()
        writer.writeString(input)
        #expect(writer.bytes == expected)
    }

    @Test("Combining sequences are kept as written, not normalized (RFC 8785 §3.2.2.2)")
    func noNormalization() {
        var writer = CanonicalWriter()
        writer.writeString("A\u{030A}")
        #expect(writer.bytes == [0x22, 0x41, 0xCC, 0x8A, 0x22])
        writer = CanonicalWriter()
        writer.writeString("\u{00C5}")
        #expect(writer.bytes == [0x22, 0xC3, 0x85, 0x22])
    }

    @Test(
        "Mixed runs of plain and escaped characters",
        arguments: [
            ("", #""""#),
            ("plain", #""plain""#),
            ("\n", #""\n""#),
            ("\nstart", #""\nstart""#),
            ("end\n", #""end\n""#),
            ("a\"b\\c\nd\u{1}e", #""a\"b\\c\nd\u0001e""#),
            ("\r\n\t", #""\r\n\t""#),
            ("€$\u{F}\nA'B\"\\\\\"/", #""€$\u000f\nA'B\"\\\\\"/""#),  // RFC 8785 §3.2.4 string
            ("😀\u{8}😀\u{C}é", #""😀\b😀\fé""#),
            ("\u{1F}\u{20}\u{7F}", "\"\\u001f \u{7F}\""),
        ])
    func mixedRuns(input: String, expected: String) {
        #expect(Self.quoted(input) == expected)
    }

    @Test("A long string with escapes scattered through it")
    func longString() {
        var input = ""
        var expected = "\""
        for index in 0..<5_000 {
            let piece = index % 7 == 0 ? "\"" : (index % 11 == 0 ? "\u{1}" : "xé😀")
            input += piece
            expected += piece == "\"" ? "\\\"" : (piece == "\u{1}" ? "\\u0001" : piece)
        }
        expected += "\""
        #expect(Self.quoted(input) == expected)
    }

    @Test("Member names are escaped like strings", arguments: ["\n", "a\"b", "\u{0}", "/", "\u{2028}"])
    func memberNames(name: String) throws {
        let text = try CanonicalTestSupport.canonicalText(.object([name: true]))
        #expect(text == "{\(Self.quoted(name)):true}")
    }
}
