import Testing

@testable import ResponseCodec

/// A string-backed enum.
private enum Kind: String, Codable, Hashable, Sendable {
    case background, interactive
}

/// An enum with associated values (synthesized Codable).
private enum Shape: Codable, Equatable, Sendable {
    case circle(radius: Double)
    case square(side: Int, label: String?)
    case point
}

/// A nested value with every kind of member.
private struct Leaf: Codable, Equatable, Sendable {
    var id: UInt16
    var ratio: Float
    var flag: Bool?
}

/// The root of the round-trip fixtures.
private struct Tree: Codable, Equatable, Sendable {
    var kind: Kind
    var shapes: [Shape]
    var leaves: [String: Leaf]
    var byNumber: [Int: String]
    /// Keys that are not String/Int encode as a [key, value, ...] array in the dictionary's hash
    /// order, which varies between instances: the fixtures keep at most one entry so that
    /// re-encoding gives the same tree.
    var byKind: [Kind: Int]
    var matrix: [[Int?]]
    var note: String?
    var body: JSONValue?
    var big: Int64
    var tiny: Int8
}

/// Values survive encodeTree followed by decode(_:from: JSONValue).
@Suite struct RoundTripTests {
    /// Fixtures: nested structs, enums with payloads, dictionaries with string, integer and
    /// non-string keys, nested optional arrays, absent optionals and bodies.
    private static let fixtures: [Tree] = [
        Tree(
            kind: .background, shapes: [.circle(radius: 1.5), .square(side: 2, label: "x/y~"), .point],
            leaves: ["a/b": Leaf(id: 1, ratio: 0.1, flag: true), "": Leaf(id: .max, ratio: -2, flag: nil)],
            byNumber: [1: "one", -20: "minus twenty"], byKind: [.background: 1],
            matrix: [[1, nil], [], [nil]], note: "", body: ["z": [1, .null], "a": "é"],
            big: 9_007_199_254_740_991, tiny: -128),
        Tree(
            kind: .interactive, shapes: [], leaves: [:], byNumber: [:], byKind: [:], matrix: [],
            note: nil, body: nil, big: -9_007_199_254_740_991, tiny: 127),
        Tree(
            kind: .interactive, shapes: [.square(side: 0, label: nil)], leaves: [:], byNumber: [0: ""],
            byKind: [:], matrix: [[]], note: "\u{10000}\u{E000}", body: [[], [:], 0, false], big: 0, tiny: 0),
    ]

    /// Each fixture round trips and encodes to the same tree again.
    @Test(arguments: fixtures)
    fileprivate func roundTrip(value: Tree) throws {
        let encoded = try tree(value)
        let decoded = try decode(Tree.self, from: encoded)
        #expect(decoded == value)
        #expect(try tree(decoded) == encoded)
    }

    /// The synthesized shapes of enums and dictionaries are what Foundation would produce.
    @Test func encodedShapes() throws {
        #expect(try tree(Shape.circle(radius: 2)) == ["circle": ["radius": 2]])
        #expect(try tree(Shape.point) == ["point": [:]])
        #expect(try tree([1: "a"]) == ["1": "a"])
        #expect(try tree([Kind.background: 1]) == ["background", 1])
        #expect(try tree(Leaf(id: 3, ratio: 0.5, flag: nil)) == ["id": 3, "ratio": 0.5])
    }

    /// Decoding is strict where the encoder was: a wrong payload shape fails with a pointer.
    @Test func strictOnTheWayBack() throws {
        #expect(
            decodeFault(Shape.self, from: ["circle": ["radius": "2"]])
                == Fault(.typeMismatch, "/circle/radius"))
        #expect(decodeFault([Int: String].self, from: ["x": "a"]) == Fault(.typeMismatch, "/x"))
        #expect(decodeFault(Leaf.self, from: ["id": 65536, "ratio": 1]) == Fault(.numberOutOfRange, "/id"))
        #expect(
            decodeFault(Leaf.self, from: ["id": 1, "ratio": 1, "flag": 0]) == Fault(.typeMismatch, "/flag"))
    }

    /// Class hierarchies that share a container, or nest through `super`, round trip.
    @Test func classHierarchy() throws {
        let value = Derived(base: 1, extra: "e")
        let encoded = try tree(value)
        #expect(encoded == ["base": 1, "extra": "e", "super": ["base": 1]])
        let decoded = try decode(Derived.self, from: encoded)
        #expect(decoded.base == 1 && decoded.extra == "e" && decoded.inherited == 1)
    }
}

/// A base class encoding one member.
private class Base: Codable {
    var base: Int
    init(base: Int) { self.base = base }
}

/// A subclass sharing the container and also encoding its super into `super`.
private final class Derived: Base {
    var extra: String
    var inherited: Int

    init(base: Int, extra: String) {
        self.extra = extra
        self.inherited = base
        super.init(base: base)
    }

    private enum CodingKeys: String, CodingKey { case extra }

    required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        extra = try container.decode(String.self, forKey: .extra)
        inherited = try Base(from: container.superDecoder()).base
        try super.init(from: decoder)
    }

    override func encode(to encoder: any Encoder) throws {
        try super.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(extra, forKey: .extra)
        try super.encode(to: container.superEncoder())
    }
}
