import Foundation
import Testing

@testable import ResponseCodec

/// A response-like type carrying a body, for Foundation round trips.
private struct Envelope: Codable, Equatable {
    var status: Int
    var body: JSONValue
}

/// `JSONValue` with Foundation's coders, and the probe order of its `init(from:)`.
@Suite struct JSONValueCodableTests {
    /// A nested value with every JSON type.
    private static let nested: JSONValue = [
        "null": .null, "true": true, "false": false, "int": 42, "neg": -0.5, "big": 1e300,
        "string": "a/b~c \u{10000}", "empty": "", "array": [1, "two", .null, [[]], ["k": [:]]],
        "object": ["a": ["b": ["c": [1, 2, 3]]]], "emptyObject": [:], "emptyArray": [],
    ]

    /// Foundation's encoder and decoder round trip a nested JSONValue.
    @Test func foundationRoundTrip() throws {
        let data = try JSONEncoder().encode(Self.nested)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == Self.nested)
        let envelope = Envelope(status: 200, body: Self.nested)
        let envelopeData = try JSONEncoder().encode(envelope)
        #expect(try JSONDecoder().decode(Envelope.self, from: envelopeData) == envelope)
    }

    /// Foundation-decoded text keeps booleans and numbers apart and reads every type.
    @Test func foundationDecodesText() throws {
        let text = #"{"a":[true,1,0,false,null,"1",1.5e2,{"b":{}}],"c":"x"}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(value == ["a": [true, 1, 0, false, .null, "1", 150, ["b": [:]]], "c": "x"])
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data("null".utf8)) == .null)
        #expect(try JSONDecoder().decode([JSONValue].self, from: Data("[1,true]".utf8)) == [1, true])
    }

    /// Foundation's encoder writes the JSON the value denotes.
    @Test func foundationEncodesText() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let value: JSONValue = ["b": [true, .null, "s"], "a": 1]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(text == #"{"a":1,"b":[true,null,"s"]}"#)
    }

    /// Our coders move a JSONValue (or one inside another type) into and out of trees unchanged.
    @Test func ownCodersRoundTrip() throws {
        let envelope = Envelope(status: 200, body: Self.nested)
        let encoded = try tree(envelope)
        #expect(encoded == ["status": 200, "body": Self.nested])
        #expect(try decode(Envelope.self, from: encoded) == envelope)
        #expect(try decode(JSONValue.self, from: Self.nested) == Self.nested)
    }

    /// Through a decoder that is neither ours nor a fast path (a super decoder of ours is ours, so
    /// use Foundation), a JSONValue nested in an optional and in a dictionary still decodes.
    @Test func foundationNested() throws {
        let text = #"{"x":{"y":null},"z":[{"w":1}]}"#
        let value = try JSONDecoder().decode([String: JSONValue?].self, from: Data(text.utf8))
        #expect(value["x"] == .some(["y": .null]))
        #expect(value["z"] == .some([["w": 1]]))
    }
}
