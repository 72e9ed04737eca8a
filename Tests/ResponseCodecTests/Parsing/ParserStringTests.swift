import Testing

@testable import ResponseCodec

/// A string of the given scalar values (Swift literals cannot spell noncharacters).
func scalars(_ values: UInt32...) -> String {
    var string = ""
    for value in values {
        if let scalar = Unicode.Scalar(value) { string.unicodeScalars.append(scalar) }
    }
    return string
}

/// Strings (RFC 8259 §7), lone surrogates (RFC 7493 §2.1) and the UTF-8 pass (RFC 3629).
@Suite("Strings and UTF-8")
struct ParserStringTests {
    /// The string a one-string document parses to.
    func string(_ json: String, limits: JSONLimits = JSONLimits()) throws -> String {
        let value = try parse(json, limits: limits)
        guard case .string(let string) = value else {
            Issue.record("\(json) parsed to \(value), not a string")
            return ""
        }
        return string
    }

    /// JSON strings and the scalars they denote.
    static let escapes: [(String, String)] = [
        (#""""#, ""),
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""\u0000""#, "\u{0}"),
        (#""\u00e9\u00E9""#, "éé"),
        (#""\u6771\u4eac""#, "東京"),
        (#""\uD83D\uDE00""#, "😀"),
        (#""\ud834\udd1e x""#, "𝄞 x"),
        (#""\uDBFF\uDFFF""#, "\u{10FFFF}"),
        (#""\uFFFE\uFDD0""#, scalars(0xFFFE, 0xFDD0)),  // noncharacters are accepted
        ("\"é東😀\u{7F}\u{2028}\"", "é東😀\u{7F}\u{2028}"),
        (#""a\nb\u0041c""#, "a\nbAc"),
        (
            #""long run before an escape: abcdefghijklmnop\tand a long run after it: qrstuvwxyz""#,
            "long run before an escape: abcdefghijklmnop\tand a long run after it: qrstuvwxyz"
        ),
    ]

    /// Each string unescapes to its scalars.
    @Test("escapes and raw characters unescape to the same scalars", arguments: escapes)
    func unescape(_ json: String, _ expected: String) throws {
        let value = try string(json)
        #expect(Array(value.unicodeScalars) == Array(expected.unicodeScalars))
    }

    /// The word-at-a-time scan stops at the right byte wherever it is in the word.
    @Test("the plain-run scan finds a quote, backslash or control byte at any position", arguments: 0..<24)
    func plainRunScan(_ position: Int) throws {
        let prefix = String(repeating: "a", count: position)
        #expect(try string("\"\(prefix)\"") == prefix)
        #expect(try string("\"\(prefix)\\n\(prefix)\"") == prefix + "\n" + prefix)
        let control = try #require(parseError("\"\(prefix)\u{1F}\(prefix)\""))
        #expect(control.code == .syntax)
        #expect(control.offset == position + 1)
        let nonASCII = String(repeating: "é", count: position)
        #expect(try string("\"\(nonASCII)\"") == nonASCII)
    }

    /// The scan checks UTF-8 as it goes: an ill-formed sequence anywhere in a run, after ASCII,
    /// after a well-formed sequence or after an escape, is `invalid_utf8` at its first byte.
    @Test("the plain-run scan stops at an ill-formed sequence at any position", arguments: 0..<24)
    func plainRunScanUTF8(_ position: Int) throws {
        let ascii = String(repeating: "a", count: position)
        let nonASCII = String(repeating: "é", count: position)
        for head in ["\"\(ascii)", "\"\(nonASCII)", "\"\\n\(ascii)", "[\"\(ascii)é"] {
            for fault: [UInt8] in [[0xFF], [0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80]] {
                let bytes = Array(head.utf8) + fault + Array("\(ascii)\"".utf8)
                let error = try #require(parseError(bytes))
                #expect(error.code == .invalidUTF8)
                #expect(error.offset == head.utf8.count)
            }
        }
    }

    /// Raw bytes 0x00-0x1F are not allowed in strings (RFC 8259 §7).
    @Test("every raw control byte is a syntax error at its offset", arguments: 0..<0x20)
    func controlBytes(_ byte: Int) throws {
        let error = try #require(parseError([0x5B, 0x22, 0x61, UInt8(byte), 0x22, 0x5D]))
        #expect(error.code == .syntax)
        #expect(error.offset == 3)
        #expect(error.pointer == "/0")
    }

    /// `maxStringBytes` applies to the unescaped UTF-8 length.
    @Test("the string limit counts unescaped UTF-8 bytes")
    func stringLimitCountsUnescapedBytes() throws {
        let limits = JSONLimits(maxStringBytes: 4)
        #expect(try string(#""\u00e9\u00e9""#, limits: limits) == "éé")
        #expect(try string(#""\uD83D\uDE00""#, limits: limits) == "😀")
        #expect(try string("\"東a\"", limits: limits) == "東a")
        #expect(parseError("\"東東\"", limits: limits)?.code == .tooLarge)
        #expect(parseError(#""\uD83D\uDE00a""#, limits: limits)?.code == .tooLarge)
        #expect(parseError(#""abc\n\n""#, limits: limits)?.code == .tooLarge)
    }

    /// Byte sequences that are well-formed UTF-8.
    static let wellFormed: [[UInt8]] = [
        [], Array("plain ASCII longer than eight bytes".utf8), Array("é東😀\u{10FFFF}\u{FFFF}".utf8),
        [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
        [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0x00, 0x7F],
    ]

    /// The validator accepts each well-formed sequence.
    @Test("well-formed UTF-8 passes the validator", arguments: wellFormed)
    func validatorAccepts(_ bytes: [UInt8]) {
        let fault = bytes.withUnsafeBytes { UTF8Validator.firstFault(in: $0) }
        #expect(fault == nil)
    }

    /// Ill-formed byte sequences and the offset of their first fault.
    static let illFormed: [([UInt8], Int)] = [
        ([0xEF, 0xBB, 0xBF], 0), ([0x80], 0), ([0x41, 0xBF], 1), ([0xC0, 0x80], 0), ([0xC1, 0xBF], 0),
        ([0xC2], 0), ([0xC2, 0x41], 0), ([0xE0, 0x9F, 0x80], 0), ([0xED, 0xA0, 0x80], 0),
        ([0xED, 0xBF, 0xBF], 0), ([0xF0, 0x8F, 0xBF, 0xBF], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
        ([0xF5, 0x80, 0x80, 0x80], 0), ([0xF8, 0x88, 0x80, 0x80, 0x80], 0), ([0xFE], 0),
        ([0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0xE2, 0x82], 9),
        (Array("abcdefgh".utf8) + [0xC3, 0xA9, 0xC3] + Array("abcdefgh".utf8), 10),
        ([0xF0, 0x9F, 0x98], 0), ([0xF0, 0x9F, 0x98, 0x41], 0),
    ]

    /// The validator reports each ill-formed sequence at its first byte.
    @Test("ill-formed UTF-8 is reported at the sequence's first byte", arguments: illFormed)
    func validatorRejects(_ bytes: [UInt8], _ offset: Int) throws {
        let fault = try #require(bytes.withUnsafeBytes { UTF8Validator.firstFault(in: $0) })
        #expect(fault.offset == offset)
        #expect(!fault.reason.isEmpty)
    }

    /// Canonically equivalent but different names are distinct members.
    @Test("member names compare by scalars, not by canonical equivalence")
    func namesCompareByScalars() throws {
        let value = try parse("{\"\u{E9}\":1,\"e\u{301}\":2}")
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object.count == 2)
        #expect(MemberNames.equal("\u{E9}", "\u{E9}"))
        #expect(!MemberNames.equal("\u{E9}", "e\u{301}"))
        #expect(MemberName(string: "\u{E9}") != MemberName(string: "e\u{301}"))
    }

    /// `UTF16Order`, on strings and on raw UTF-8 bytes, orders as comparing UTF-16 code units does.
    @Test("UTF16Order orders as UTF-16 code units do")
    func utf16OrderMatchesCodeUnits() {
        let names = [
            "", "a", "b", "ab", "é", "\u{FF61}", "\u{E000}", "😀", "\u{10FFFF}", "a😀", "a\u{FFFF}", "~",
        ]
        for left in names {
            for right in names {
                let expected = left.utf16.lexicographicallyPrecedes(right.utf16)
                #expect(UTF16Order.precedes(left, right) == expected, "\(left) < \(right)")
                let bytes = Array(left.utf8).withUnsafeBytes { leftBytes in
                    Array(right.utf8).withUnsafeBytes { UTF16Order.precedes(leftBytes, $0) }
                }
                #expect(bytes == expected, "bytes \(left) < \(right)")
            }
        }
    }
}
