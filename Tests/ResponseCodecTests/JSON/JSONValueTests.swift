import ResponseCodec
import Testing

/// JSONValue's data model: JSON's equality, not Swift's canonical equivalence.
@Suite("JSON values")
struct JSONValueTests {
    /// "Å" precomposed and decomposed: equal as Swift strings, different JSON strings.
    static let precomposed = "\u{C5}"
    static let decomposed = "A\u{30A}"

    @Test("canonically equivalent names are two members, and neither value is lost")
    func distinctNames() {
        var object = JSONObject()
        object[Self.precomposed] = 1
        object[Self.decomposed] = 2
        #expect(object.count == 2)
        #expect(object[Self.precomposed] == 1)
        #expect(object[Self.decomposed] == 2)
    }

    @Test("canonically equivalent strings are different values")
    func distinctStrings() {
        #expect(JSONValue.string(Self.precomposed) != .string(Self.decomposed))
        #expect(JSONValue.object([Self.precomposed: 1]) != .object([Self.decomposed: 1]))
    }

    @Test("equality ignores member order and the sign of zero")
    func dataModelEquality() {
        let left: JSONValue = ["a": 1, "b": [true, .null, -0.0]]
        let pairs: [(String, JSONValue)] = [("b", [true, .null, 0.0]), ("a", 1)]
        let right = JSONValue.object(JSONObject(uniquingKeysWith: pairs))
        #expect(left == right)
        #expect(left.hashValue == right.hashValue)
        #expect(JSONValue.array([1, 2]) != [2, 1])
        #expect(JSONValue.number(1) != .string("1"))
    }

    @Test("headers keep canonically equivalent names apart")
    func headersKeepNames() throws {
        var headers = InteractiveHTTPHeaders()
        headers[Self.precomposed] = "one"
        headers[Self.decomposed] = "two"
        #expect(headers.count == 2)
        #expect(headers[Self.decomposed] == "two")
        let bytes = try WireFormat.encode(.interactive(try .done(headers: headers)))
        let decoded = try WireFormat.decode(bytes)
        #expect(decoded == .interactive(try .done(headers: headers)))
    }

    @Test("a repeated name keeps its last value; equivalent names stay apart")
    func repeatedNames() {
        let pairs: [(String, JSONValue)] = [
            ("b", 1), (Self.decomposed, 2), ("a", 3), ("b", 4), (Self.precomposed, 5), ("a", 6), ("b", 7),
        ]
        let object = JSONObject(uniquingKeysWith: pairs)
        #expect(object.keys == [Self.decomposed, "a", "b", Self.precomposed])
        #expect(object.map(\.value) == [2, 6, 7, 5])
        // The same as setting the pairs one by one.
        var byOne = JSONObject()
        for (key, value) in pairs { byOne[key] = value }
        #expect(byOne.members == object.members)
    }

    @Test("members iterate in UTF-16 order")
    func utf16Order() {
        let object: JSONObject = ["\u{E000}": 1, "\u{1F600}": 2, "a": 3, "B": 4]
        #expect(object.keys == ["B", "a", "\u{1F600}", "\u{E000}"])
    }

    @Test("removing a member by setting nil")
    func removal() {
        var object: JSONObject = ["a": 1, "b": 2]
        object["a"] = nil
        object["missing"] = nil
        #expect(object.keys == ["b"])
    }
}
