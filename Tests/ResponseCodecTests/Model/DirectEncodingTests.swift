import Testing

@testable import ResponseCodec

/// The response types are written straight from their ``WireDocument``; these tests hold that
/// fast path to the `Encodable` path through the tree encoder, byte for byte and error for error.
@Suite("Direct response encoding")
struct DirectEncodingTests {
    /// Responses of every kind and outcome, with bodies and headers that exercise member order,
    /// escapes and numbers.
    static let responses: [ExtensionResponse] = {
        let body: JSONValue = [
            "z": [1, -0.0, 1e21, 0.1, 5e-324, true, nil, "tab\tquote\"", ["😀": 1, "\u{E000}": 2, "a": []]],
            "a": ["nested": ["deeper": [[], [:]]]],
        ]
        let headers: InteractiveHTTPHeaders = [
            "X-Request-Id": "42", "Content-Type": "application/json", "😀": "e", "\u{E000}": "p",
        ]
        return [
            .background(.done()), .background(try! .reschedule(countdown: 45)),
            .background(try! .slowProcessReschedule(countdown: 10)), .background(.skip()),
            .background(.skip(output: "not mine")), .background(.fail()),
            .background(.fail(output: "ü \u{1}\\")),
            .interactive(try! .done()),
            .interactive(try! .done(httpStatus: 201, headers: headers, body: body)),
            .interactive(try! .done(headers: [:], body: [])), .interactive(try! .done(body: "text")),
            .interactive(try! .fail()),
            .interactive(try! .fail(httpStatus: 503, headers: headers, body: body, output: "x")),
            .scheduled(.done()), .scheduled(.fail()), .scheduled(.fail(output: "upstream timed out")),
            .transformation(.done()), .transformation(.skip(output: "empty")), .transformation(.fail()),
            .rowTransformation(.skip()), .rowTransformation(.delete()), .rowTransformation(.fail()),
            .rowTransformation(.fail(output: "Product not found")), .rowTransformation(.fail(output: "")),
        ]
    }()

    /// The canonical bytes the tree encoder gives.
    private func treeBytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        try JSONCanonicalizer.canonicalize(CanonicalJSONEncoder().encodeTree(value))
    }

    @Test("each response is written as the tree encoder writes it", arguments: responses)
    func sameBytes(response: ExtensionResponse) throws {
        let expected = try treeBytes(response)
        #expect(try WireFormat.encode(response) == expected)
        #expect(try CanonicalJSONEncoder().encode(response) == expected)
        switch response {
        case .background(let inner): #expect(try CanonicalJSONEncoder().encode(inner) == expected)
        case .interactive(let inner): #expect(try CanonicalJSONEncoder().encode(inner) == expected)
        case .scheduled(let inner): #expect(try CanonicalJSONEncoder().encode(inner) == expected)
        case .transformation(let inner): #expect(try CanonicalJSONEncoder().encode(inner) == expected)
        case .rowTransformation(let inner): #expect(try CanonicalJSONEncoder().encode(inner) == expected)
        }
    }

    @Test("a NaN in the body fails as the tree encoder fails, at its pointer within the document")
    func nonFiniteBody() throws {
        let response = ExtensionResponse.interactive(try .done(body: ["a/b": [1, .number(.nan)]]))
        let direct = #expect(throws: ResponseCodecError.self) { try WireFormat.encode(response) }
        let tree = #expect(throws: ResponseCodecError.self) { try treeBytes(response) }
        #expect(direct?.code == .numberOutOfRange)
        #expect(direct?.pointer == "/body/a~1b/1")
        #expect(direct == tree)
        let topLevel = #expect(throws: ResponseCodecError.self) {
            try WireFormat.encode(.interactive(try .done(body: .number(-.infinity))))
        }
        #expect(topLevel?.pointer == "/body")
    }
}
