import Testing

@testable import ResponseCodec

/// Values the parser builds, objects in canonical order, and nesting without recursion.
@Suite("Parsed values")
struct ParserValueTests {
    /// Documents whose top-level value is a scalar or an empty container.
    static let scalars: [(String, JSONValue)] = [
        ("1", 1), ("\"s\"", "s"), ("true", true), ("false", false), ("null", .null),
        (" \t\r\n1 \n", 1), ("[]", []), ("{}", [:]), ("[ ]", []), ("{ }", [:]),
    ]

    /// Each document parses to its value.
    @Test("any value may be the top-level value", arguments: scalars)
    func topLevel(_ text: String, _ expected: JSONValue) throws {
        #expect(try parse(text) == expected)
    }

    /// A small nested document parses to the expected tree.
    @Test("a nested document")
    func nested() throws {
        let value = try parse(#" {"b": [1, 2.5, {"c": null}], "a": true, "d": "x"} "#)
        let expected: JSONValue = ["a": true, "b": [1, 2.5, ["c": .null]], "d": "x"]
        #expect(value == expected)
    }

    /// Members come out in UTF-16 order whatever the input order.
    @Test("members are kept in UTF-16 order (RFC 8785 §3.2.3)")
    func membersSorted() throws {
        let value = try parse("{\"b\":1,\"a\":2,\"\u{FF61}\":3,\"😀\":4,\"aa\":5}")
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == ["a", "aa", "b", "😀", "\u{FF61}"])
        #expect(object["😀"] == 4)
    }

    /// Objects past the linear-scan threshold are sorted and checked for duplicates.
    @Test("large objects in any order: sorted, and duplicates found with the name set", arguments: [0, 1, 2])
    func largeObjects(_ order: Int) throws {
        var names = (0..<100).map { "k\($0)" }
        switch order {
        case 0: names.sort()
        case 1: names.sort(by: >)
        default:
            var generator = ParserTestGenerator(seed: 42)
            names.shuffle(using: &generator)
        }
        let members = names.map { "\"\($0)\":\"\($0)\"" }
        let value = try parse("{" + members.joined(separator: ",") + "}")
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == names.sorted { UTF16Order.precedes($0, $1) })
        #expect(object["k42"] == "k42")

        let duplicate = "{" + members.joined(separator: ",") + ",\"\(names[50])\":0}"
        let error = try #require(parseError(duplicate))
        #expect(error.code == .duplicateKey)
        #expect(error.pointer == "/\(names[50])")
        #expect(error.offset == duplicate.utf8.count - names[50].utf8.count - 5)
    }

    /// Deep input stops at the default depth limit without exhausting the stack.
    @Test("100,000 nested arrays with default limits: depth_exceeded, no crash")
    func deepNestingDefaultLimit() throws {
        let text = String(repeating: "[", count: 100_000)
        let error = try #require(parseError(text))
        #expect(error.code == .depthExceeded)
        #expect(error.offset == 512)
        #expect(error.pointer == String(repeating: "/0", count: 512))
    }

    /// A raised limit is capped at `JSONLimits.depthCeiling`, so no returned value is too deep to free.
    @Test("a raised depth limit is capped at JSONLimits.depthCeiling")
    func depthCeiling() throws {
        let limits = JSONLimits(maxDepth: 200_000)
        #expect(limits.maxDepth == JSONLimits.depthCeiling)
        let error = try #require(parseError(String(repeating: "[", count: 100_000), limits: limits))
        #expect(error.code == .depthExceeded)
        #expect(error.offset == JSONLimits.depthCeiling)
        #expect(JSONLimits(maxDepth: -1).maxDepth == 0)
    }

    /// At the ceiling, arrays and objects parse and are freed normally.
    @Test("nesting at the depth ceiling parses and is freed without trouble")
    func deepNestingAtCeiling() throws {
        let limits = JSONLimits(maxDepth: .max)
        let depth = JSONLimits.depthCeiling
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(arrayDepth(of: try parse(arrays, limits: limits)) == depth)
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(Self.keys(of: try parse(objects, limits: limits)) == ["a"])
    }

    /// The member names of an object value (no reference to it outlives the call).
    static func keys(of value: JSONValue) -> [String] {
        guard case .object(let object) = value else { return [] }
        return object.keys
    }

    /// Faults after deep nesting are located correctly and nothing recurses when the partial tree is dropped.
    @Test("faults after deep nesting are reported and the partial tree is released iteratively")
    func deepNestingFaults() throws {
        let limits = JSONLimits(maxDepth: .max)
        let levels = JSONLimits.depthCeiling - 1
        let deep = String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
        let trailing = try #require(parseError(deep + " x", limits: limits))
        #expect(trailing.code == .syntax)
        #expect(trailing.offset == 2 * levels + 1)
        #expect(trailing.pointer == "")

        let inner = try #require(parseError("[" + deep + ",x]", limits: limits))
        #expect(inner.code == .syntax)
        #expect(inner.offset == 2 * levels + 2)
        #expect(inner.pointer == "/1")

        let unclosed = try #require(parseError(String(repeating: "[", count: levels), limits: limits))
        #expect(unclosed.code == .syntax)
        #expect(unclosed.offset == levels)
    }

    /// `JSONValue(parsing:)` parses with the given or default limits.
    @Test("the public initializer uses the default limits")
    func publicInitializer() throws {
        #expect(try JSONValue(parsing: Array("[1]".utf8)) == [1])
        #expect(throws: ResponseCodecError.self) {
            try JSONValue(parsing: Array("[1]".utf8), limits: JSONLimits(maxDepth: 0))
        }
    }
}
