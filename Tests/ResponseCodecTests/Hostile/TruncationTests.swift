import ResponseCodec
import Testing

/// Every proper prefix of a valid document is an incomplete text: each must fail with a typed
/// error at a defined offset, whatever byte the cut falls on (inside a name, an escape, a
/// surrogate pair, a number, a literal or a multi-byte character), and never crash.
@Suite("Hostile: truncated input")
struct TruncationTests {
    /// Valid documents with every kind of token; all are objects, so no proper prefix is valid.
    static let documents: [String] = [
        #"{"body":{"id":"PR-1"},"headers":{"Location":"/orders/PR-1"},"http_status":201,"kind":"interactive","result":"success"}"#,
        #"{"body":{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"},"http_status":200,"kind":"interactive","result":"success"}"#,
        #"{ "kind" : "background" , "output" : "\uD83D\uDE00 \u00e9 é 😀 \u2028 \\ \/" , "result" : "skip" }"#,
        #"{"body":[-0.0e-0,1E+2,-123.456e-7,9007199254740992,[[[{"\u0000":"\uDBFF\uDFFF"}]]]],"http_status":599,"kind":"interactive","result":"fail","output":""}"#,
        "{\"kind\":\"scheduled\",\"result\":\"fail\",\"output\":\"\u{FFFF}\u{10FFFF}\u{E000}\u{7F}\"}",
    ]

    @Test(
        "every proper prefix fails with syntax at its end, or invalid_utf8 where it cuts a character",
        arguments: documents)
    func everyPrefix(_ document: String) throws {
        let bytes = Array(document.utf8)
        // The document itself is valid; otherwise the prefixes prove nothing.
        _ = try WireFormat.decode(bytes)
        for length in 0..<bytes.count {
            let prefix = Array(bytes[..<length])
            let expected: HostileOutcome
            if let lead = cutCharacterStart(prefix) {
                expected = .rejected(.invalidUTF8, pointer: "", offset: lead)
            } else {
                expected = .rejected(.syntax, pointer: "", offset: length)
            }
            let canonical = Hostile.canonicalize(prefix)
            let decoded = Hostile.decode(prefix)
            #expect(canonical.code == expected.code, "prefix of \(length) bytes: \(canonical)")
            #expect(decoded.code == expected.code, "prefix of \(length) bytes: \(decoded)")
            if case .rejected(_, _, let offset) = canonical, case .rejected(_, _, let wanted) = expected {
                #expect(offset == wanted, "prefix of \(length) bytes: \(canonical)")
            }
        }
    }

    @Test(
        "every proper prefix, with the string closed where it was cut, still fails typed",
        arguments: documents)
    func everyPrefixClosed(_ document: String) {
        let bytes = Array(document.utf8)
        for length in 0..<bytes.count {
            for tail in [#"""#, #""}"#, "]}", "}"] {
                let input = Array(bytes[..<length]) + Array(tail.utf8)
                // Some of these are valid JSON; what matters is a result or a typed error.
                switch Hostile.canonicalize(input) {
                case .accepted(let output):
                    #expect(Hostile.canonicalize(output) == .accepted(output))
                case .rejected(let code, _, let offset):
                    #expect(ResponseCodecError.Code.allCases.contains(code))
                    #expect(offset.map { 0...input.count ~= $0 } == true)
                }
                _ = Hostile.decode(input)
            }
        }
    }

    /// The offset of the lead byte of a multi-byte UTF-8 character that `prefix` cuts short, if any.
    private func cutCharacterStart(_ prefix: [UInt8]) -> Int? {
        var index = prefix.count - 1
        var continuations = 0
        while index >= 0, prefix[index] & 0xC0 == 0x80 {
            continuations += 1
            index -= 1
        }
        guard index >= 0, prefix[index] >= 0xC0 else { return nil }
        let length = prefix[index] >= 0xF0 ? 4 : prefix[index] >= 0xE0 ? 3 : 2
        return continuations + 1 < length ? index : nil
    }
}
