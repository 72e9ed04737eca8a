import ResponseCodec
import Testing

/// The three limits of spec/response-format.md §5.8: documented defaults, checked before any
/// large allocation, and in the precedence of §6.2.
@Suite("Hostile: limits")
struct HostileLimitTests {
    @Test("the defaults are those the spec names")
    func defaults() {
        let limits = JSONLimits()
        #expect(limits.maxDepth == 512)
        #expect(limits.maxDocumentBytes == 67_108_864)
        #expect(limits.maxStringBytes == 16_777_216)
        #expect(DecodingOptions().limits == limits)
    }

    @Test("a document of 64 MiB + 1 bytes is too_large at offset 0, before its bytes are looked at")
    func documentOverDefault() {
        // Garbage that is not UTF-8: only a size check that comes first can report too_large.
        let input = [UInt8](repeating: 0xFF, count: JSONLimits().maxDocumentBytes + 1)
        #expect(Hostile.canonicalize(input) == .rejected(.tooLarge, pointer: "", offset: 0))
        #expect(Hostile.decode(input) == .rejected(.tooLarge, pointer: "", offset: 0))
    }

    @Test("the document limit is inclusive", arguments: [0, 1, 2, 10, 100])
    func documentBoundary(limit: Int) {
        let limits = JSONLimits(maxDocumentBytes: limit)
        let fits = Array(String(repeating: " ", count: max(0, limit - 1)).utf8) + Array("0".utf8)
        if limit > 0 {
            #expect(Hostile.canonicalize(fits, limits: limits) == .accepted(Array("0".utf8)))
        }
        let over = fits + [0xFF]
        #expect(Hostile.canonicalize(over, limits: limits) == .rejected(.tooLarge, pointer: "", offset: 0))
    }

    @Test("a string over the limit is too_large at its opening quote, counted after unescaping")
    func stringLimit() {
        let limits = JSONLimits(maxStringBytes: 3)
        let cases: [(String, HostileOutcome)] = [
            (#""abc""#, .accepted(Array(#""abc""#.utf8))),
            (#"["abcd"]"#, .rejected(.tooLarge, pointer: "/0", offset: 1)),
            (#""\u0061\u0062\u0063""#, .accepted(Array(#""abc""#.utf8))),
            (#""\u00e9\u00e9""#, .rejected(.tooLarge, pointer: "", offset: 0)),
            (#""é\n""#, .accepted(Array(#""é\n""#.utf8))),
            (#""\ud83d\ude00""#, .rejected(.tooLarge, pointer: "", offset: 0)),
            (#"{"abcd":1}"#, .rejected(.tooLarge, pointer: "", offset: 1)),
            (#"{"a":"abcd"}"#, .rejected(.tooLarge, pointer: "/a", offset: 5)),
            // The limit is passed before the bad escape is read, or the bad escape comes first.
            (#""abcdefgh\x""#, .rejected(.tooLarge, pointer: "", offset: 0)),
            (#""a\xbcdefgh""#, .rejected(.syntax, pointer: "", offset: 3)),
        ]
        for (input, expected) in cases {
            #expect(Hostile.canonicalize(input, limits: limits) == expected, "\(input)")
        }
    }

    @Test("a 16 MiB + 1 string is too_large under the defaults, before it is copied")
    func stringOverDefault() {
        // The boundary itself is checked with small limits above; this is the default's size.
        let limit = JSONLimits().maxStringBytes
        let over = [0x22] + [UInt8](repeating: 0x61, count: limit + 1) + [0x22]
        #expect(Hostile.canonicalize(over) == .rejected(.tooLarge, pointer: "", offset: 0))
    }

    @Test("zero, negative and huge limits neither crash nor admit what they should not")
    func extremeLimits() {
        #expect(Hostile.canonicalize("[]", limits: JSONLimits(maxDepth: 0)).code == .depthExceeded)
        #expect(Hostile.canonicalize("1", limits: JSONLimits(maxDepth: 0)).text == "1")
        #expect(Hostile.canonicalize("{}", limits: JSONLimits(maxDepth: -1)).code == .depthExceeded)
        #expect(Hostile.canonicalize(#""""#, limits: JSONLimits(maxStringBytes: 0)).text == #""""#)
        #expect(Hostile.canonicalize(#""a""#, limits: JSONLimits(maxStringBytes: 0)).code == .tooLarge)
        #expect(Hostile.canonicalize(#""a""#, limits: JSONLimits(maxStringBytes: -1)).code == .tooLarge)
        #expect(Hostile.canonicalize("", limits: JSONLimits(maxDocumentBytes: 0)).code == .syntax)
        #expect(Hostile.canonicalize("1", limits: JSONLimits(maxDocumentBytes: -1)).code == .tooLarge)
        let unlimited = JSONLimits(maxDepth: .max, maxDocumentBytes: .max, maxStringBytes: .max)
        #expect(Hostile.canonicalize(#"[{"a":"b"}]"#, limits: unlimited).text == #"[{"a":"b"}]"#)
    }

    @Test("decode applies the same limits as canonicalize")
    func decodeLimits() {
        let document = #"{"kind":"scheduled","output":"abcdefghij","result":"fail"}"#
        let options = DecodingOptions(limits: JSONLimits(maxStringBytes: 9))
        #expect(
            Hostile.decode(document, options: options) == .rejected(.tooLarge, pointer: "/output", offset: 29)
        )
        let shallow = DecodingOptions(limits: JSONLimits(maxDepth: 1))
        let nested = #"{"body":[1],"http_status":200,"kind":"interactive","result":"success"}"#
        #expect(
            Hostile.decode(nested, options: shallow) == .rejected(.depthExceeded, pointer: "/body", offset: 8)
        )
        let small = DecodingOptions(limits: JSONLimits(maxDocumentBytes: document.utf8.count - 1))
        #expect(Hostile.decode(document, options: small) == .rejected(.tooLarge, pointer: "", offset: 0))
    }
}
