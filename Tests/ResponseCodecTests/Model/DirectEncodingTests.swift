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
            "z": [
                1, -0.0, 1e21, 0.1, .number(.leastNonzeroMagnitude), true, .null, "tab\tquote\"",
                ["😀": 1, "\u{E000}": 2, "a": []],
            ],
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
            .rowTransformation(.done(transformedRow: [:])),
            .rowTransformation(
                .done(transformedRow: ["id": "PRD-1", "price": 12.5, "on": true, "none": .null])),
            .rowTransformation(
                .done(
                    transformedRow: ["😀": "e", "\u{E000}": -0.0, "big": 1e21, "q\"": "tab\t"],
                    transformedRowStyles: [
                        "price": ["number_format": "0.00", "font": ["bold": true]], "😀": [:],
                    ])),
            .rowTransformation(.done(transformedRow: ["a": 1], transformedRowStyles: [:])),
        ]
    }()

    /// The canonical bytes the tree encoder gives.
    private func treeBytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        try CanonicalJSONEncoder().encodeTree(value).canonicalBytes()
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

    @Test(
        "a NaN in a row or its styles fails as the tree encoder fails, at its pointer within the document",
        arguments: [
            (
                RowTransformationResponse.done(transformedRow: ["a": 1, "b~": .number(.nan)]),
                "/transformed_row/b~0"
            ),
            (
                .done(transformedRow: ["a": 1], transformedRowStyles: ["a": ["x": [.number(.infinity)]]]),
                "/transformed_row_styles/a/x/0"
            ),
        ])
    func nonFiniteRow(row: RowTransformationResponse, pointer: String) throws {
        let response = ExtensionResponse.rowTransformation(row)
        let direct = #expect(throws: ResponseCodecError.self) { try WireFormat.encode(response) }
        let tree = #expect(throws: ResponseCodecError.self) { try treeBytes(response) }
        #expect(direct?.code == .numberOutOfRange)
        #expect(direct?.pointer == pointer)
        #expect(direct == tree)
        let viaEncoder = #expect(throws: ResponseCodecError.self) { try CanonicalJSONEncoder().encode(row) }
        #expect(viaEncoder == direct)
    }
}
