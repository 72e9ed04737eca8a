import Testing

@testable import ResponseCodec

/// The parser takes a record's member names from the previous record's where they repeat
/// (``NameTemplates``). These tests hold it to the result of reading each record on its own,
/// where no earlier record exists: the same values, and the same fault at the same place.
@Suite("Name templates")
struct NameTemplateTests {
    /// Names that share prefixes, lengths, first or last eight bytes, or that need escapes,
    /// so that every comparison the template makes can go wrong in a way the test sees.
    static let names: [String] = [
        "a", "b", "ab", "id", "idx", "name", "names", "price", "qty", "x_7",
        "abcdefgh", "abcdefgi", "abcdefghi", "bbcdefgh",
        "description_of_item", "description_xf_item", "description_of_itex", "descriptixn_of_item",
        "description_of_item_long",
        "\\u0061", "caf\u{E9}", "\u{20AC}uro", "tab\\tname", "",
    ]

    /// Generated arrays of records: each record parses inside the array exactly as it does
    /// alone, and the first record that fails fails the array with the same code, at the same
    /// offset within it and under the same pointer.
    @Test("generated records agree with records read alone", arguments: 0..<400)
    func generatedRecords(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &+ 0x7E3D_1A7E)
        let shapes = (0..<Int.random(in: 1...3, using: &random)).map { _ in
            Self.shape(using: &random)
        }
        var records: [String] = []
        for _ in 0..<Int.random(in: 1...7, using: &random) {
            records.append(Self.record(shapes.randomElement(using: &random)!, depth: 0, using: &random))
        }
        let padding = String(repeating: " ", count: Int.random(in: 0...2, using: &random))
        var text = "[" + padding
        var starts: [Int] = []
        for (position, record) in records.enumerated() {
            if position > 0 { text += "," + padding }
            starts.append(text.utf8.count)
            text += record
        }
        text += padding + "]"

        // The parser without templates reads the whole array to the same outcome.
        let bytes = Array(text.utf8)
        let withoutTemplates = Result { () throws(ResponseCodecError) in
            try bytes.withUnsafeInput { (buffer) throws(ResponseCodecError) in
                try StrictJSONParser.parse(buffer, limits: JSONLimits(), nameTemplates: false)
            }
        }
        let alone = records.map { record in Result { () throws(ResponseCodecError) in try parse(record) } }
        if let failing = alone.firstIndex(where: { (try? $0.get()) == nil }),
            case .failure(let expected) = alone[failing]
        {
            let error = try #require(parseError(text), "\(text) parsed, though record \(failing) fails alone")
            #expect(error.code == expected.code, "\(text)")
            #expect(error.offset == expected.offset.map { $0 + starts[failing] }, "\(text)")
            #expect(error.pointer == "/\(failing)" + expected.pointer, "\(text)")
            guard case .failure(let plain) = withoutTemplates else {
                Issue.record("\(text) parsed without templates")
                return
            }
            #expect((plain.code, plain.offset, plain.pointer) == (error.code, error.offset, error.pointer))
        } else {
            let values = alone.compactMap { try? $0.get() }
            #expect(try parse(text) == .array(values), "\(text)")
            #expect(try withoutTemplates.get() == .array(values), "\(text)")
        }
    }

    /// The names of one record shape: mostly in canonical order, so that later records follow
    /// the template, sometimes shuffled, sometimes with a name repeated.
    static func shape(using random: inout SplitMix64) -> [String] {
        var shape = Array(names.shuffled(using: &random).prefix(Int.random(in: 1...7, using: &random)))
        if Int.random(in: 0..<4, using: &random) > 0 {
            shape.sort { UTF16Order.precedes(unescaped($0), unescaped($1)) }
        }
        if Int.random(in: 0..<12, using: &random) == 0, let repeated = shape.randomElement(using: &random) {
            shape.insert(repeated, at: Int.random(in: 0...shape.count, using: &random))
        }
        return shape
    }

    /// One record of `shape`, with some names dropped or swapped for another, and values that
    /// are sometimes arrays of records themselves.
    static func record(_ shape: [String], depth: Int, using random: inout SplitMix64) -> String {
        var members: [String] = []
        for name in shape {
            switch Int.random(in: 0..<16, using: &random) {
            case 0: continue
            case 1:
                members.append("\"\(names.randomElement(using: &random)!)\":" + value(depth, using: &random))
            default: members.append("\"\(name)\":" + value(depth, using: &random))
            }
        }
        return "{" + members.joined(separator: Int.random(in: 0..<3, using: &random) == 0 ? " , " : ",") + "}"
    }

    /// A scalar, or below two levels of nesting sometimes an array of records.
    static func value(_ depth: Int, using random: inout SplitMix64) -> String {
        switch Int.random(in: 0..<8, using: &random) {
        case 0 where depth < 2:
            let shape = Self.shape(using: &random)
            let count = Int.random(in: 0...3, using: &random)
            return "["
                + (0..<count).map { _ in record(shape, depth: depth + 1, using: &random) }
                .joined(separator: ",") + "]"
        case 1: return "\"text\""
        case 2: return "null"
        case 3: return "true"
        default: return String(Int.random(in: -999...999, using: &random))
        }
    }

    /// A name as the parser reads it, for sorting shapes.
    static func unescaped(_ name: String) -> String {
        name == "\\u0061" ? "a" : name.replacing("\\t", with: "\t")
    }

    /// Hand-picked cases at the edges of a template: a repeated name inside a record that
    /// follows the template, a name that extends or shortens a template name, and names
    /// within eight bytes of the end of the input.
    @Test(
        "records at the edges of the template",
        arguments: [
            FaultCase(#"[{"a":1,"b":2},{"a":1,"a":2}]"#, .duplicateKey, "/1/a", 22),
            FaultCase(#"[{"a":1,"b":2},{"a":1,"b":2,"a":3}]"#, .duplicateKey, "/1/a", 28),
            FaultCase(#"[{"b":1,"a":2},{"b":1,"a":2,"b":3}]"#, .duplicateKey, "/1/b", 28),
            FaultCase(#"[{"ab":1},{"ab":1,"\u0061b":2}]"#, .duplicateKey, "/1/ab", 18),
            FaultCase(#"[{"a":1,"b":1},{"a":1,"b"}]"#, .syntax, "/1/b", 25),
        ])
    func edgeFaults(_ fault: FaultCase) {
        fault.check()
    }

    /// Records read through a template equal the same records read alone.
    @Test(
        "records whose names extend, shorten or end near the template's",
        arguments: [
            [#"{"ab":1}"#, #"{"a":2}"#, #"{"abc":3}"#, #"{"ab":4}"#],
            [#"{"abcdefghij":1}"#, #"{"abcdefghik":2}"#, #"{"abcdefghij":3}"#],
            [#"{"description_of_item":1}"#, #"{"descriptixn_of_item":2}"#, #"{"description_xf_item":3}"#],
            [#"{"a":1,"b":2}"#, #"{"b":1,"a":2}"#, #"{"a":3,"b":4}"#],
            [#"{"a":[{"x":1},{"x":2}]}"#, #"{"a":[{"y":1},{"x":2}]}"#],
            [#"{"\u00e9":1}"#, #"{"é":2}"#, #"{"e":3}"#],
            [#"{"a":1}"#, #"{"a":2}"#],
        ])
    func edgeValues(_ records: [String]) throws {
        let alone = try records.map { (record) throws(ResponseCodecError) in try parse(record) }
        #expect(try parse("[" + records.joined(separator: ",") + "]") == .array(alone))
    }
}
