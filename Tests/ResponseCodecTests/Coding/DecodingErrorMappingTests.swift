import Testing

@testable import ResponseCodec

/// Throws a given error from its decoding, after descending to where it is.
private struct Thrower: Decodable {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let what = try container.decode(String.self, forKey: "throw")
        let context = DecodingError.Context(codingPath: container.codingPath, debugDescription: what)
        switch what {
        case "typeMismatch": throw DecodingError.typeMismatch(Int.self, context)
        case "valueNotFound": throw DecodingError.valueNotFound(Int.self, context)
        case "keyNotFound": throw DecodingError.keyNotFound(AnyKey("k/~"), context)
        case "dataCorrupted":
            throw DecodingError.dataCorruptedError(forKey: "throw", in: container, debugDescription: what)
        case "own": throw ResponseCodecError(.unexpectedField, pointer: "/own", reason: what)
        default: throw Other()
        }
    }
}

/// An error of no kind the decoder knows.
private struct Other: Error {}

/// Errors thrown by decoded types map to ResponseCodecError at the decode boundary.
@Suite struct DecodingErrorMappingTests {
    /// Each DecodingError case maps to its code; the pointer is the error's coding path (plus the
    /// key for keyNotFound), escaped.
    @Test(arguments: [
        ("typeMismatch", Fault(.typeMismatch, "/a~1b/0")),
        ("valueNotFound", Fault(.typeMismatch, "/a~1b/0")),
        ("keyNotFound", Fault(.missingField, "/a~1b/0/k~1~0")),
        ("dataCorrupted", Fault(.invalidValue, "/a~1b/0/throw")),
        ("own", Fault(.unexpectedField, "/own")),
        ("other", Fault(.invalidValue, "")),
    ])
    func mapsUserErrors(what: String, fault: Fault) {
        let value: JSONValue = ["a/b": [["throw": .string(what)]]]
        #expect(decodeFault([String: [Thrower]].self, from: value) == fault)
    }

    /// The reason of a mapped DecodingError is its debug description.
    @Test func keepsTheReason() {
        let value: JSONValue = ["throw": "typeMismatch"]
        #expect(decodeError(Thrower.self, from: value)?.reason == "typeMismatch")
    }

    /// Errors from decoding a tree carry no offset; only decoding bytes locates them.
    @Test func treeErrorsHaveNoOffset() {
        let error = decodeError([Int].self, from: [1, "x"])
        #expect(error?.offset == nil && error?.line == nil && error?.column == nil)
    }

    /// Bytes that are not JSON fail with syntax (whatever the parser's stage of completion),
    /// with an offset in the input.
    @Test func bytesThatAreNotJSON() {
        do {
            _ = try StrictJSONDecoder().decode(Int.self, from: Array("{".utf8))
            Issue.record("decoded a lone brace")
        } catch {
            #expect(error.code == .syntax)
            #expect(error.offset != nil)
        }
    }
}
