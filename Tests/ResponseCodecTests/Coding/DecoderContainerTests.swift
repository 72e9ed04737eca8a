import Testing

@testable import ResponseCodec

/// An item of an order, for pointer tests.
private struct Item: Codable, Equatable {
    var name: String
    var count: Int8
}

/// An order with nested items, for pointer tests.
private struct Order: Codable, Equatable {
    var items: [Item]
    var tags: [String: Int]
}

/// A type whose member names need escaping in a JSON Pointer.
private struct Escaped: Codable, Equatable {
    var slash: Int
    var tilde: [Int]

    enum CodingKeys: String, CodingKey {
        case slash = "a/b"
        case tilde = "m~n"
    }
}

/// A type with integer-backed coding keys: pointers must use the member name, not the integer.
private struct IntKeyed: Codable, Equatable {
    var first: Bool

    enum CodingKeys: Int, CodingKey {
        case first = 7
    }
}

/// Records what the decoder shows a type: its path, the unknown-members policy and the keys.
private struct Probe: Decodable {
    var pointer: String
    var policy: DecodingOptions.UnknownMembers?
    var keys: [String]

    init(from decoder: any Decoder) throws {
        pointer = JSONPointer.string(from: decoder.codingPath)
        policy = decoder.userInfo[.unknownMembers] as? DecodingOptions.UnknownMembers
        let container = try decoder.container(keyedBy: AnyKey.self)
        keys = container.allKeys.map(\.stringValue)
    }
}

/// Keyed, unkeyed, nested and super containers of the strict decoder, and their error pointers.
@Suite struct DecoderContainerTests {
    /// A correct document.
    private let order: JSONValue = [
        "items": [["name": "a", "count": 1], ["name": "b", "count": 2], ["name": "c", "count": 3]],
        "tags": ["x": 1],
    ]

    /// The document with one value replaced at `path`.
    private func order(setting value: JSONValue?, at index: Int, _ key: String) -> JSONValue {
        guard case .object(var root) = order, case .array(var items)? = root["items"],
            case .object(var item) = items[index]
        else { return order }
        item[key] = value
        items[index] = .object(item)
        root["items"] = .array(items)
        return .object(root)
    }

    /// A nested document decodes.
    @Test func decodesNested() throws {
        let decoded = try decode(Order.self, from: order)
        #expect(decoded.items.map(\.name) == ["a", "b", "c"])
        #expect(decoded.tags == ["x": 1])
    }

    /// Each fault deep in the document carries its code and the pointer of the value.
    @Test(arguments: [
        (JSONValue?.none, "name", Fault(.missingField, "/items/2/name")),
        (JSONValue?.some(5), "name", Fault(.typeMismatch, "/items/2/name")),
        (JSONValue?.some(.null), "name", Fault(.typeMismatch, "/items/2/name")),
        (JSONValue?.some(128), "count", Fault(.numberOutOfRange, "/items/2/count")),
        (JSONValue?.some(1.5), "count", Fault(.typeMismatch, "/items/2/count")),
        (JSONValue?.some("1"), "count", Fault(.typeMismatch, "/items/2/count")),
    ])
    func faultsCarryPointers(value: JSONValue?, key: String, fault: Fault) {
        #expect(decodeFault(Order.self, from: order(setting: value, at: 2, key)) == fault)
    }

    /// Wrong container types are type mismatches at the container's pointer.
    @Test func containerTypeMismatches() {
        #expect(decodeFault(Order.self, from: []) == Fault(.typeMismatch, ""))
        #expect(decodeFault(Order.self, from: ["items": [:], "tags": [:]]) == Fault(.typeMismatch, "/items"))
        #expect(
            decodeFault(Order.self, from: ["items": [[]], "tags": [:]]) == Fault(.typeMismatch, "/items/0"))
        #expect(
            decodeFault(Order.self, from: ["items": [], "tags": ["y": "1"]])
                == Fault(.typeMismatch, "/tags/y"))
        #expect(decodeFault(Order.self, from: ["items": []]) == Fault(.missingField, "/tags"))
        #expect(
            decodeError(Order.self, from: ["items": 3, "tags": [:]])?.reason == "expected array, found number"
        )
    }

    /// `/` and `~` in member names are escaped as `~1` and `~0` in pointers.
    @Test func pointersEscapeNames() throws {
        #expect(try decode(Escaped.self, from: ["a/b": 1, "m~n": [2]]) == Escaped(slash: 1, tilde: [2]))
        #expect(decodeFault(Escaped.self, from: ["m~n": []]) == Fault(.missingField, "/a~1b"))
        #expect(
            decodeFault(Escaped.self, from: ["a/b": 1, "m~n": [1, "x"]]) == Fault(.typeMismatch, "/m~0n/1"))
        #expect(decodeFault([String: [Int]].self, from: ["~/": [true]]) == Fault(.typeMismatch, "/~0~1/0"))
    }

    /// Integer-backed keys are looked up and reported by their names.
    @Test func integerKeysUseNames() throws {
        #expect(try decode(IntKeyed.self, from: ["first": true]) == IntKeyed(first: true))
        #expect(decodeFault(IntKeyed.self, from: [:]) == Fault(.missingField, "/first"))
        #expect(decodeFault(IntKeyed.self, from: ["first": 1]) == Fault(.typeMismatch, "/first"))
    }

    /// `allKeys` lists members in canonical (UTF-16) order; `codingPath` is visible to user code.
    @Test func allKeysAndCodingPath() throws {
        let object: JSONValue = ["b": 1, "a": 2, "\u{E000}": 3, "\u{10000}": 4]
        let probe = try decode(Probe.self, from: object)
        #expect(probe.keys == ["a", "b", "\u{10000}", "\u{E000}"])
        #expect(probe.pointer == "")
        let nested = try decode([String: [Probe]].self, from: ["x/y": [[:], [:]]])
        #expect(nested["x/y"]?.map(\.pointer) == ["/x~1y/0", "/x~1y/1"])
    }

    /// The unknown-members policy reaches every level through `userInfo`.
    @Test(arguments: [DecodingOptions.UnknownMembers.reject, .ignore])
    func unknownMembersReachUserInfo(policy: DecodingOptions.UnknownMembers) throws {
        let decoder = StrictJSONDecoder(options: DecodingOptions(unknownMembers: policy))
        #expect(try decoder.decode(Probe.self, from: [:]).policy == policy)
        #expect(try decoder.decode([[Probe]].self, from: [[[:]]]).first?.first?.policy == policy)
        #expect(try decode(Probe.self, from: [:]).policy == .reject)
    }

    /// The unkeyed container counts, tracks its index, and reports reading past the end.
    @Test func unkeyedContainer() throws {
        struct Triple: Decodable {
            var values: [Int] = []
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                #expect(container.count == 2)
                #expect(container.currentIndex == 0)
                #expect(try container.decodeNil() == false)
                #expect(container.currentIndex == 0)
                #expect(throws: ResponseCodecError.self) { try container.decode(String.self) }
                #expect(container.currentIndex == 0)
                values.append(try container.decode(Int.self))
                #expect(try container.decodeNil())
                #expect(container.isAtEnd)
                values.append(try container.decode(Int.self))
            }
        }
        #expect(decodeFault(Triple.self, from: [1, .null]) == Fault(.missingField, "/2"))
        #expect(decodeFault([String: Triple].self, from: ["k": [1, .null]]) == Fault(.missingField, "/k/2"))
        #expect(decodeFault(Triple.self, from: [:]) == Fault(.typeMismatch, ""))
    }

    /// Nested keyed and unkeyed containers read in place, with pointers through them.
    @Test func nestedContainers() throws {
        struct Manual: Decodable {
            var inner: Int
            var list: [String]
            init(from decoder: any Decoder) throws {
                let root = try decoder.container(keyedBy: AnyKey.self)
                let object = try root.nestedContainer(keyedBy: AnyKey.self, forKey: "o")
                inner = try object.decode(Int.self, forKey: "i")
                var array = try root.nestedUnkeyedContainer(forKey: "a")
                var nested = try array.nestedUnkeyedContainer()
                list = [try nested.decode(String.self)]
                let element = try array.nestedContainer(keyedBy: AnyKey.self)
                list.append(try element.decode(String.self, forKey: "s"))
            }
        }
        let good: JSONValue = ["o": ["i": 1], "a": [["x"], ["s": "y"]]]
        let manual = try decode(Manual.self, from: good)
        #expect(manual.inner == 1 && manual.list == ["x", "y"])
        #expect(decodeFault(Manual.self, from: ["o": [], "a": []]) == Fault(.typeMismatch, "/o"))
        #expect(decodeFault(Manual.self, from: ["o": ["i": 1]]) == Fault(.missingField, "/a"))
        #expect(
            decodeFault(Manual.self, from: ["o": ["i": 1], "a": [[1]]]) == Fault(.typeMismatch, "/a/0/0"))
        #expect(
            decodeFault(Manual.self, from: ["o": ["i": 1], "a": [["x"]]]) == Fault(.missingField, "/a/1"))
        #expect(
            decodeFault(Manual.self, from: ["o": ["i": 1], "a": [["x"], [:]]])
                == Fault(.missingField, "/a/1/s"))
        #expect(
            decodeFault(Manual.self, from: ["o": ["i": 1], "a": [["x"], 2]]) == Fault(.typeMismatch, "/a/1"))
    }

    /// Super decoders read the `super` member, a named member, or the next element.
    @Test func superDecoders() throws {
        struct Supers: Decodable {
            var values: [Int]
            init(from decoder: any Decoder) throws {
                let root = try decoder.container(keyedBy: AnyKey.self)
                let first = try Int(from: try root.superDecoder())
                let second = try Int(from: try root.superDecoder(forKey: "s"))
                var list = try root.nestedUnkeyedContainer(forKey: "l")
                let sub = try list.superDecoder()
                #expect(JSONPointer.string(from: sub.codingPath) == "/l/0")
                #expect(sub.userInfo[.unknownMembers] as? DecodingOptions.UnknownMembers == .reject)
                values = [first, second, try Int(from: sub), try list.decode(Int.self)]
            }
        }
        #expect(try decode(Supers.self, from: ["super": 1, "s": 2, "l": [3, 4]]).values == [1, 2, 3, 4])
        #expect(decodeFault(Supers.self, from: ["s": 2, "l": [3, 4]]) == Fault(.missingField, "/super"))
        #expect(decodeFault(Supers.self, from: ["super": 1, "l": [3, 4]]) == Fault(.missingField, "/s"))
        #expect(
            decodeFault(Supers.self, from: ["super": 1, "s": "2", "l": [3, 4]]) == Fault(.typeMismatch, "/s"))
        #expect(
            decodeFault(Supers.self, from: ["super": 1, "s": 2, "l": []]) == Fault(.missingField, "/l/0"))
        #expect(
            decodeFault(Supers.self, from: ["super": 1, "s": 2, "l": [3]]) == Fault(.missingField, "/l/1"))
    }

    /// `contains` and `decodeNil(forKey:)`: a present `null` is present; an absent key is missing_field.
    @Test func containsAndNil() throws {
        struct Nils: Decodable {
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyKey.self)
                #expect(container.contains("n"))
                #expect(!container.contains("absent"))
                #expect(try container.decodeNil(forKey: "n"))
                #expect(try container.decodeNil(forKey: "v") == false)
                #expect(try container.decodeIfPresent(Int.self, forKey: "absent") == nil)
                _ = try container.decodeNil(forKey: "absent")
            }
        }
        #expect(decodeFault(Nils.self, from: ["n": .null, "v": 0]) == Fault(.missingField, "/absent"))
    }
}
