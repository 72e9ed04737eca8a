import Testing

@testable import ResponseCodec

/// An item with an integer that may be too large for JSON.
private struct Item: Encodable {
    var name: String
    var count: Int
}

/// Items nested in an array, for pointers.
private struct Order: Encodable {
    var items: [Item]
}

/// Encodes its members by hand, repeating a key.
private struct Repeats: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode(1, forKey: "a")
        try container.encode("b", forKey: "b")
        try container.encode(2, forKey: "a")
        var nested = container.nestedContainer(keyedBy: AnyKey.self, forKey: "n")
        try nested.encode(true, forKey: "x")
        var again = container.nestedContainer(keyedBy: AnyKey.self, forKey: "n")
        try again.encode(false, forKey: "y")
        try container.encodeNil(forKey: "z")
        try container.encode(3, forKey: "z")
    }
}

/// Encodes nothing at all.
private struct Nothing: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

/// Uses every kind of nested and super encoder.
private struct Supers: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try 1.encode(to: container.superEncoder())
        try "s".encode(to: container.superEncoder(forKey: "named"))
        _ = container.superEncoder(forKey: "empty")
        var list = container.nestedUnkeyedContainer(forKey: "list")
        try list.encode(0)
        try [2, 3].encode(to: list.superEncoder())
        var inner = list.nestedContainer(keyedBy: AnyKey.self)
        try inner.encode(Float(0.5), forKey: "f")
        var deeper = list.nestedUnkeyedContainer()
        try deeper.encodeNil()
        #expect(list.count == 4)
        #expect(JSONPointer.string(from: deeper.codingPath) == "/list/3")
    }
}

/// Reports the coding path and user info it is encoded with.
private struct Probe: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let flag = encoder.userInfo[AnyKey.flag] as? String ?? "none"
        try container.encode(JSONPointer.string(from: encoder.codingPath) + " " + flag)
    }
}

extension AnyKey {
    /// A user-info key for tests.
    static let flag = CodingUserInfoKey(rawValue: "flag")!
}

/// Throws a given error from its encoding.
private struct Throws: Encodable, @unchecked Sendable {
    var error: any Error
    func encode(to encoder: any Encoder) throws { throw error }
}

/// An error that is neither an EncodingError nor a ResponseCodecError.
private struct Custom: Error, CustomStringConvertible {
    var description: String { "custom failure" }
}

/// The tree encoder: data-model checks, key handling, containers and error mapping.
@Suite struct EncoderTests {
    /// Integers up to ±(2^53 − 1) are numbers; one beyond is number_out_of_range, never rounded.
    @Test func integerBoundaries() throws {
        #expect(try tree(9_007_199_254_740_991) == .number(9_007_199_254_740_991))
        #expect(try tree(-9_007_199_254_740_991) == .number(-9_007_199_254_740_991))
        #expect(encodeFault(9_007_199_254_740_992) == Fault(.numberOutOfRange, ""))
        #expect(encodeFault(-9_007_199_254_740_992) == Fault(.numberOutOfRange, ""))
        #expect(encodeFault(Int.max) == Fault(.numberOutOfRange, ""))
        #expect(encodeFault(UInt64.max) == Fault(.numberOutOfRange, ""))
        #expect(encodeFault(Int128(1) << 100) == Fault(.numberOutOfRange, ""))
        #expect(encodeFault(UInt128(1) << 53) == Fault(.numberOutOfRange, ""))
        #expect(try tree(Int8.min) == -128)
        #expect(try tree(UInt32.max) == .number(4_294_967_295))
        #expect(try tree([Int64(1) << 53 - 1]) == [.number(9_007_199_254_740_991)])
    }

    /// The range error points at the offending value.
    @Test func integerErrorPointers() {
        let order = Order(items: [
            Item(name: "a", count: 1), Item(name: "b", count: 2), Item(name: "c", count: .min),
        ])
        #expect(encodeFault(order) == Fault(.numberOutOfRange, "/items/2/count"))
        #expect(encodeFault(["a/b": ["~": UInt.max]]) == Fault(.numberOutOfRange, "/a~1b/~0"))
    }

    /// Doubles and floats must be finite, wherever they are encoded.
    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteDoubles(number: Double) {
        #expect(encodeFault(number) == Fault(.numberOutOfRange, ""))
        #expect(encodeFault(["k": number]) == Fault(.numberOutOfRange, "/k"))
        #expect(encodeFault([0, number]) == Fault(.numberOutOfRange, "/1"))
        #expect(encodeFault([Float(number)]) == Fault(.numberOutOfRange, "/0"))
    }

    /// A float converts exactly to the double it denotes (no decimal round trip).
    @Test func floatIsExact() throws {
        #expect(try tree(Float(0.1)) == .number(Double(Float(0.1))))
        #expect(try tree(Float(0.1)) != .number(0.1))
        #expect(
            try tree(["f": Float.greatestFiniteMagnitude]) == [
                "f": .number(Double(Float.greatestFiniteMagnitude))
            ])
        #expect(try tree(-0.0) == .number(-0.0))
    }

    /// Members come out in canonical order; a repeated key keeps its last value; a repeated nested
    /// container for the same key is the same object.
    @Test func keysAreSortedAndLastWins() throws {
        let value = try tree(Repeats())
        #expect(value == ["a": 2, "b": "b", "n": ["x": true, "y": false], "z": 3])
        guard case .object(let object) = value else { throw Unexpected() }
        #expect(object.keys == ["a", "b", "n", "z"])
        let keys = try tree(["\u{E000}": 1, "\u{10000}": 2, "b": 3, "a": 4, "": 5])
        guard case .object(let sorted) = keys else { throw Unexpected() }
        #expect(sorted.keys == ["", "a", "b", "\u{10000}", "\u{E000}"])
    }

    /// Names that differ only in normalization are different members (compared as scalars).
    @Test func namesAreComparedAsScalars() throws {
        struct Accents: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyKey.self)
                try container.encode(1, forKey: AnyKey("\u{E9}"))
                try container.encode(2, forKey: AnyKey("e\u{301}"))
            }
        }
        let value = try tree(Accents())
        guard case .object(let object) = value else { throw Unexpected() }
        #expect(object.members.map { Array($0.key.unicodeScalars) } == [["e", "\u{301}"], ["\u{E9}"]])
    }

    /// A value that encodes nothing becomes `{}`, at the top and nested.
    @Test func nothingIsAnEmptyObject() throws {
        #expect(try tree(Nothing()) == [:])
        #expect(try tree([Nothing()]) == [[:]])
        #expect(try tree(["k": Nothing()]) == ["k": [:]])
    }

    /// Optionals: `nil` members are omitted by synthesized code, `nil` elements are `null`.
    @Test func optionals() throws {
        struct Maybe: Encodable {
            var some: Int?
            var none: Int?
        }
        #expect(try tree(Maybe(some: 1, none: nil)) == ["some": 1])
        #expect(try tree([1, nil] as [Int?]) == [1, .null])
        #expect(try tree(Int?.none) == .null)
    }

    /// Super encoders, nested keyed and unkeyed containers all land where they belong.
    @Test func superAndNestedContainers() throws {
        let expected: JSONValue = [
            "super": 1, "named": "s", "empty": [:],
            "list": [0, [2, 3], ["f": 0.5], [.null]],
        ]
        #expect(try tree(Supers()) == expected)
    }

    /// User code sees the coding path as a pointer and the encoder's user info.
    @Test func codingPathAndUserInfo() throws {
        var encoder = CanonicalJSONEncoder()
        #expect(try encoder.encodeTree(["a/b": [Probe()]]) == ["a/b": ["/a~1b/0 none"]])
        encoder.userInfo[AnyKey.flag] = "set"
        #expect(try encoder.encodeTree(Probe()) == " set")
    }

    /// ``JSONValue`` goes into the tree as it is: at the top, as a property, in collections.
    @Test func jsonValueFastPath() throws {
        struct Wrapper: Encodable {
            var body: JSONValue
            var maybe: JSONValue?
        }
        let body: JSONValue = ["z": [1, .null, ["y": "x"]], "a": 2.5]
        #expect(try tree(body) == body)
        #expect(try tree(Wrapper(body: body, maybe: nil)) == ["body": body])
        #expect(try tree(Wrapper(body: .null, maybe: .null)) == ["body": .null, "maybe": .null])
        #expect(try tree([body, [:]]) == [body, [:]])
    }

    /// User errors map to ResponseCodecError: invalidValue keeps its path, others land at the root.
    @Test func userErrorsAreMapped() {
        let invalid = EncodingError.invalidValue(
            0, EncodingError.Context(codingPath: [AnyKey("items"), IndexKey(2)], debugDescription: "bad"))
        #expect(encodeFault(Throws(error: invalid)) == Fault(.invalidValue, "/items/2"))
        #expect(encodeError(Throws(error: invalid))?.reason == "bad")
        #expect(encodeFault(["k": Throws(error: Custom())]) == Fault(.invalidValue, ""))
        #expect(encodeError(Throws(error: Custom()))?.reason == "custom failure")
        let own = ResponseCodecError(.unknownKind, pointer: "/kind", reason: "own")
        #expect(encodeError(["x": Throws(error: own)]) == own)
    }

    /// Misusing the Encoder API (two values in one single-value container, or a keyed container
    /// after a single value) is invalid_value at that value, not a crash.
    @Test func misuseIsInvalidValue() {
        struct Twice: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(1)
                try container.encode(2)
            }
        }
        struct Mixed: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(1)
                var keyed = encoder.container(keyedBy: AnyKey.self)
                try keyed.encode(2, forKey: "a")
            }
        }
        #expect(encodeFault(["t": Twice()]) == Fault(.invalidValue, "/t"))
        #expect(encodeFault([Mixed()]) == Fault(.invalidValue, "/0"))
    }
}

extension AnyKey {
    /// A key from a string, for building coding paths by hand.
    init(_ name: String) { self.init(stringValue: name) }
}

/// A test precondition did not hold.
private struct Unexpected: Error {}
