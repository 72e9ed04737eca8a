import Testing

@testable import ResponseCodec

/// Whole values, member order, the streaming calls and their separators, errors, and depth.
@Suite("Canonical writer")
struct CanonicalWriterTests {
    /// Small values and their canonical text.
    static let values: [(JSONValue, String)] = [
        (.null, "null"), (.bool(true), "true"), (.bool(false), "false"), (.number(0), "0"),
        (.number(-0.0), "0"), (.number(1.5), "1.5"), (.string(""), #""""#),
        (.array([]), "[]"), (.object([:]), "{}"), (.array([.array([])]), "[[]]"),
        (.array([.object([:])]), "[{}]"), (.object(["a": .array([])]), #"{"a":[]}"#),
        (.object(["a": .object([:])]), #"{"a":{}}"#), ([1, 2, 3], "[1,2,3]"),
        ([[1, [2]], [[3], 4], []], "[[1,[2]],[[3],4],[]]"),
        ([nil, ["x": nil], [nil]], #"[null,{"x":null},[null]]"#),
        (["b": [1, ["c": true, "a": false]], "a": "x"], #"{"a":"x","b":[1,{"a":false,"c":true}]}"#),
    ]

    @Test("Scalars and containers", arguments: values)
    func value(value: JSONValue, expected: String) throws {
        #expect(try CanonicalTestSupport.canonicalText(value) == expected)
    }

    @Test("The RFC 8785 §3.2.4 example")
    func rfcExample() throws {
        let value: JSONValue = [
            "numbers": [333_333_333.333_333_29, 1e30, 4.50, 2e-3, 0.000_000_000_000_000_000_000_000_001],
            "string": "\u{20AC}$\u{F}\nA'B\"\\\\\"/",
            "literals": [nil, true, false],
        ]
        let expected =
            #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"#
            + #""string":"€$\u000f\nA'B\"\\\\\"/"}"#
        #expect(try CanonicalTestSupport.canonicalText(value) == expected)
    }

    @Test("The RFC 8785 §3.2.3 sorting example: names ordered by UTF-16 code units")
    func rfcSortingExample() throws {
        let value: JSONValue = [
            "\u{20AC}": "Euro Sign",
            "\r": "Carriage Return",
            "\u{FB33}": "Hebrew Letter Dalet With Dagesh",
            "1": "One",
            "\u{1F600}": "Emoji: Grinning Face",
            "\u{80}": "Control",
            "\u{F6}": "Latin Small Letter O With Diaeresis",
        ]
        let expected =
            #"{"\r":"Carriage Return","1":"One","\#u{80}":"Control","#
            + #""ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","#
            + #""😀":"Emoji: Grinning Face","דּ":"Hebrew Letter Dalet With Dagesh"}"#
        #expect(try CanonicalTestSupport.canonicalText(value) == expected)
    }

    @Test(
        "UTF-16 order differs from code point order",
        arguments: [
            (["\u{E000}": 1, "\u{1F600}": 2], "{\"\u{1F600}\":2,\"\u{E000}\":1}"),
            (["\u{FFFF}": 1, "\u{10000}": 2], "{\"\u{10000}\":2,\"\u{FFFF}\":1}"),
            (["\u{D7FF}": 1, "\u{10000}": 2], "{\"\u{D7FF}\":1,\"\u{10000}\":2}"),
            (["a\u{FB33}": 1, "a\u{1F600}b": 2, "a": 3], "{\"a\":3,\"a\u{1F600}b\":2,\"a\u{FB33}\":1}"),
            (["10": 1, "1": 2, "": 3, "A": 4, "a": 5], #"{"":3,"1":2,"10":1,"A":4,"a":5}"#),
        ] as [(JSONValue, String)])
    func utf16Order(value: JSONValue, expected: String) throws {
        #expect(try CanonicalTestSupport.canonicalText(value) == expected)
    }

    @Test("Insertion order does not matter")
    func insertionOrder() throws {
        let forward = JSONObject(uniquingKeysWith: [("b", 1), ("a", 2), ("\u{1F600}", 3), ("\u{E000}", 4)])
        let backward = JSONObject(uniquingKeysWith: [("\u{E000}", 4), ("\u{1F600}", 3), ("a", 2), ("b", 1)])
        let forwardBytes = try JSONValue.object(forward).canonicalBytes()
        #expect(forwardBytes == (try JSONValue.object(backward).canonicalBytes()))
        #expect(forwardBytes == (try JSONCanonicalizer.canonicalize(.object(forward))))
    }

    @Test("Nested containers get every comma and colon, and nothing else")
    func separators() throws {
        let value: JSONValue = [
            "a": [1, [], [:], 2.5, "s", nil, true, false], "b": ["c": -3], "d": ["y": [1, 2], "x": [:]],
            "e": [],
        ]
        #expect(
            try CanonicalTestSupport.canonicalText(value)
                == #"{"a":[1,[],{},2.5,"s",null,true,false],"b":{"c":-3},"d":{"x":{},"y":[1,2]},"e":[]}"#)
    }

    @Test("A response written member by member gives the bytes of its tree")
    func responseMatchesTree() throws {
        let tree: JSONValue = [
            "kind": "interactive", "result": "success", "http_status": 200,
            "headers": ["content-type": "text/plain"], "body": [nil, 1.25, "x"],
        ]
        let response = ExtensionResponse.interactive(
            try .done(httpStatus: 200, headers: ["content-type": "text/plain"], body: [nil, 1.25, "x"]))
        #expect(
            String(decoding: try WireFormat.encode(response), as: UTF8.self)
                == (try CanonicalTestSupport.canonicalText(tree)))
    }

    @Test("A reserved writer starts empty")
    func reservedCapacity() {
        let writer = CanonicalWriter(reservingCapacity: 1_024)
        #expect(writer.bytes.isEmpty)
        #expect(writer.bytes.capacity >= 1_024)
    }

    @Test(
        "A non-finite number is rejected with its pointer",
        arguments: [
            (JSONValue.number(.nan), ""),
            ([.number(.infinity)], "/0"),
            (["a": [1, .number(-.infinity)]], "/a/1"),
            (["a/b": ["c~d": .number(.nan)], "z": .number(.nan)], "/a~1b/c~0d"),
            ([[], [1, 2, ["": .number(.nan)]]], "/1/2/"),
            (["ok": 1, "x": [[[.number(.signalingNaN)]]]], "/x/0/0/0"),
        ] as [(JSONValue, String)])
    func nonFinitePointer(value: JSONValue, pointer: String) {
        let error = #expect(throws: ResponseCodecError.self) { try value.canonicalBytes() }
        #expect(error?.code == .numberOutOfRange)
        #expect(error?.pointer == pointer)
        #expect(error?.offset == nil)
    }

    @Test("Arrays nested 100,000 deep are written without recursion")
    func deepArrays() throws {
        let depth = 100_000
        var value: JSONValue = .null
        for _ in 0..<depth { value = .array([value]) }
        let bytes = try value.canonicalBytes()
        dismantle(&value)
        let open = Array(repeating: UInt8(ascii: "["), count: depth)
        let close = Array(repeating: UInt8(ascii: "]"), count: depth)
        #expect(bytes == open + Array("null".utf8) + close)
    }

    @Test("Objects nested 100,000 deep are written without recursion")
    func deepObjects() throws {
        let depth = 100_000
        var value: JSONValue = [:]
        for _ in 0..<depth { value = .object(JSONObject(uniquingKeysWith: [("a", value)])) }
        let bytes = try value.canonicalBytes()
        dismantle(&value)
        let expected =
            Array(String(repeating: #"{"a":"#, count: depth).utf8) + Array("{}".utf8)
            + Array(repeating: UInt8(ascii: "}"), count: depth)
        #expect(bytes == expected)
    }

    @Test("A deep error reports the full pointer")
    func deepErrorPointer() {
        var value: JSONValue = .number(.nan)
        for _ in 0..<1_000 { value = .array([value]) }
        let error = #expect(throws: ResponseCodecError.self) { try value.canonicalBytes() }
        #expect(error?.pointer == String(repeating: "/0", count: 1_000))
        dismantle(&value)
    }

    /// Frees a deeply nested chain one level at a time: releasing it whole would recurse
    /// through the nested arrays' destructors and could overflow the test thread's stack.
    private func dismantle(_ value: inout JSONValue) {
        while true {
            switch value {
            case .array(let elements) where elements.count == 1:
                value = elements[0]
            case .object(let object) where object.count == 1:
                value = object[0].value
            default:
                value = .null
                return
            }
        }
    }
}
