import ResponseCodec
import Testing

/// One encoder and one decoder shared by many tasks give the results computed serially.
/// Run under `swift test --sanitize=thread` to check for data races as well.
@Suite("Hostile: concurrency")
struct ConcurrencyTests {
    /// Valid and invalid documents, decoded and canonicalized by every task.
    static let documents: [String] = [
        #"{"body":{"id":"PR-1"},"headers":{"Location":"/orders/PR-1"},"http_status":201,"kind":"interactive","result":"success"}"#,
        #"{"kind":"background","result":"reschedule","countdown":3e1}"#,
        #"{"kind":"background","output":"\ud83d\ude00 \u00e9","result":"skip"}"#,
        #"{"body":[1e400],"http_status":200,"kind":"interactive","result":"success"}"#,
        #"{"kind":"scheduled","result":"success","\u006bind":"scheduled"}"#,
        #"{"body":[0.1,-0,1e21,5e-324,{"b":null,"a":[true,false]}],"http_status":599,"kind":"interactive","result":"fail"}"#,
        #"{"kind":"scheduled","result":"fail","output":"\uD800"}"#,
        #"{"kind":"interactive","result":"success"}"#,
        "[" + String(repeating: "[", count: 600) + String(repeating: "]", count: 601),
    ]

    /// The responses every task encodes.
    static func responses() throws -> [ExtensionResponse] {
        [
            .background(try .reschedule(countdown: 45)),
            .background(.skip(output: "\u{2028}\u{FFFF}")),
            .interactive(
                try .done(
                    httpStatus: 201, headers: ["Location": "/orders/1"],
                    body: ["a": [1, 2.5, nil, true], "\u{E000}": "x", "\u{1F600}": "y"])),
            .interactive(try .fail(httpStatus: 409, body: "conflict", output: "no")),
            .scheduled(.fail(output: "")),
        ]
    }

    /// Everything one pass computes, for comparison.
    struct Results: Equatable, Sendable {
        var decoded: [String] = []
        var canonical: [String] = []
        var encoded: [[UInt8]] = []
    }

    /// One pass over every document and response with the shared coders.
    static func pass(decoder: StrictJSONDecoder, encoder: CanonicalJSONEncoder, responses: [ExtensionResponse])
        -> Results
    {
        var results = Results()
        for document in documents {
            let bytes = Array(document.utf8)
            do {
                let response = try decoder.decode(ExtensionResponse.self, from: bytes)
                results.decoded.append(String(decoding: try encoder.encode(response), as: UTF8.self))
            } catch {
                results.decoded.append(error.description)
            }
            do {
                results.canonical.append(String(decoding: try WireFormat.canonicalize(bytes), as: UTF8.self))
            } catch {
                results.canonical.append(error.description)
            }
        }
        for response in responses {
            let bytes = (try? encoder.encode(response)) ?? []
            results.encoded.append(bytes)
            if (try? decoder.decode(ExtensionResponse.self, from: bytes)) != response {
                results.encoded.append([])  // makes the comparison fail
            }
        }
        return results
    }

    @Test("the coders are Sendable")
    func sendable() {
        func requireSendable<T: Sendable>(_: T.Type) {}
        requireSendable(CanonicalJSONEncoder.self)
        requireSendable(StrictJSONDecoder.self)
        requireSendable(DecodingOptions.self)
        requireSendable(JSONLimits.self)
        requireSendable(JSONValue.self)
        requireSendable(ExtensionResponse.self)
        requireSendable(ResponseCodecError.self)
    }

    @Test("32 tasks sharing one encoder and one decoder agree with a serial pass")
    func sharedCoders() async throws {
        let decoder = StrictJSONDecoder(options: DecodingOptions(unknownMembers: .reject))
        let encoder = CanonicalJSONEncoder()
        let responses = try Self.responses()
        let expected = Self.pass(decoder: decoder, encoder: encoder, responses: responses)
        #expect(expected.decoded.count == Self.documents.count)

        let mismatches = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    var mismatches = 0
                    for _ in 0..<8
                    where Self.pass(decoder: decoder, encoder: encoder, responses: responses) != expected {
                        mismatches += 1
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    @Test("tasks sharing one parsed value and one response read the same bytes")
    func sharedValues() async throws {
        let value = try JSONValue(parsing: Array(Self.documents[5].utf8))
        let response = try Self.responses()[2]
        let encoder = CanonicalJSONEncoder()
        let expectedValue = try encoder.encode(value)
        let expectedResponse = try encoder.encode(response)
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    for _ in 0..<20 {
                        guard (try? encoder.encode(value)) == expectedValue,
                            (try? WireFormat.encode(response)) == expectedResponse,
                            value == (try? JSONValue(parsing: expectedValue))
                        else { return false }
                    }
                    return true
                }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(results)
    }
}
