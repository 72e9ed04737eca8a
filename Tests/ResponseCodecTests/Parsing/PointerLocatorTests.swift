import Testing

@testable import ResponseCodec

/// `StrictJSONParser.offset(of:in:)`: the first byte of the value a pointer names in a valid
/// document, or of its deepest existing ancestor.
@Suite("Pointer locator")
struct PointerLocatorTests {
    /// The locator's answer for `pointer` in `text`.
    func offset(_ pointer: [String], in text: String) -> Int {
        Array(text.utf8).withUnsafeBytes { StrictJSONParser.offset(of: pointer, in: $0) }
    }

    /// A document with arrays, objects, escaped names and an empty name.
    static let document = #"{"a":[10,{"b":"x"}],"c":null,"d\/e":{"~":[true]},"":0}"#

    /// Pointers into ``document`` and the offsets they resolve to.
    static let cases: [([String], Int)] = [
        ([], 0),
        (["a"], 5),
        (["a", "0"], 6),
        (["a", "1"], 9),
        (["a", "1", "b"], 14),
        (["c"], 24),
        (["d/e"], 36),
        (["d/e", "~", "0"], 42),
        ([""], 52),
        // Missing members and elements: the deepest existing ancestor.
        (["zz"], 0),
        (["a", "2"], 5),
        (["a", "01"], 5),
        (["a", "-"], 5),
        (["a", "99999999999999999999999"], 5),
        (["a", "0", "x"], 6),
        (["c", "0"], 24),
        (["a", "1", "zz", "0"], 9),
    ]

    /// Each pointer resolves to its value, or to its deepest existing ancestor.
    @Test("named values and their deepest existing ancestors", arguments: cases)
    func locate(_ pointer: [String], _ expected: Int) {
        #expect(offset(pointer, in: Self.document) == expected)
    }

    /// Skipped values may contain brackets, quotes and escapes in strings.
    @Test("whitespace, escapes and brackets inside strings are skipped")
    func skipping() {
        let text = #"  [ " ]\" [" , {"k" : "}" , "q\u0022" : [ ] } , 3 ] "#
        #expect(offset([], in: text) == 2)
        #expect(offset(["0"], in: text) == 4)
        #expect(offset(["1"], in: text) == 15)
        #expect(offset(["1", "q\""], in: text) == 40)
        #expect(offset(["2"], in: text) == 48)
        #expect(offset(["3"], in: text) == 2)
    }

    /// The walk and the skipping are iterative.
    @Test("deep documents are walked without recursion")
    func deep() {
        let depth = 100_000
        let text = String(repeating: "[0,", count: depth) + "7" + String(repeating: "]", count: depth)
        let pointer = Array(repeating: "1", count: depth)
        #expect(offset(pointer, in: text) == 3 * depth)
        #expect(offset(Array(repeating: "1", count: depth - 1) + ["0"], in: text) == 3 * (depth - 1) + 1)
        // A skipped value is read by the parser, as deep as any document it accepts.
        let nested = JSONLimits.depthCeiling - 1
        let skipped =
            "[" + String(repeating: "[", count: nested) + String(repeating: "]", count: nested) + ",5]"
        #expect((try? JSONValue(parsing: Array(skipped.utf8), limits: JSONLimits(maxDepth: .max))) != nil)
        #expect(offset(["1"], in: skipped) == 2 * nested + 2)
    }

    /// Invalid input never makes the locator read out of bounds.
    @Test("never reads out of bounds in truncated input")
    func truncated() {
        for text in ["", "[", "[1,", #"{"a""#, #"{"a":"#, #"["abc"#, #"{"a":[1,{"#] {
            let result = offset(["a", "1", "b"], in: text)
            #expect(result >= 0 && result <= text.utf8.count)
        }
    }
}
