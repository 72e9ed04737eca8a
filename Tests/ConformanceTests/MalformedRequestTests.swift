import Foundation
import ResponseCodec
import ResponseConformance
import Testing

/// One example of `spec/conformance.md` §3.2 "Malformed requests": a request line and the
/// answer every testee gives to it.
struct MalformedRequest: Sendable, Hashable, CustomTestStringConvertible {
    /// The request line, without its line feed.
    var request: String
    /// The answer line, without `reason`.
    var answer: String

    var testDescription: String { request }

    /// The marker comment on the line before the examples' fence.
    static let marker = "<!-- malformed-requests: request line, then answer line -->"

    /// The lines of the examples' block; empty when it is missing (`examplesExist` fails).
    static let lines: [String] = {
        let url = Spec.directory.appendingPathComponent("conformance.md")
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let block = Spec.parse(text, file: "conformance.md").first {
            $0.line >= 2 && lines[$0.line - 2] == marker
        }
        return block?.content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
    }()

    /// The examples, in spec order.
    static let all: [MalformedRequest] = stride(from: 0, to: lines.count - 1, by: 2).map {
        MalformedRequest(request: lines[$0], answer: lines[$0 + 1])
    }
}

/// The built-in testee answers malformed requests as the spec fixes, with the id recovered
/// where there is one, and `response-codec testee` does the same over its stdin and stdout.
@Suite("Malformed requests")
struct MalformedRequestTests {
    @Test("the spec has the examples, each request with its answer")
    func examplesExist() {
        #expect(MalformedRequest.all.count >= 20, "no examples after \(MalformedRequest.marker)")
        #expect(MalformedRequest.lines.count % 2 == 0, "a request line without its answer")
    }

    @Test("the built-in testee gives the spec's answer", arguments: MalformedRequest.all)
    func builtInAnswer(_ example: MalformedRequest) throws {
        let expected = try StrictJSONDecoder().decode(TesteeResponse.self, from: Array(example.answer.utf8))
        var answer = BuiltInTestee().respond(toLine: Array(example.request.utf8))
        #expect(answer.reason != nil || answer.ok, "an error answer gives a reason")
        answer.reason = nil
        #expect(answer == expected)
    }

    @Test("the request reader says what is wrong, in the reason")
    func reasons() throws {
        let line = #"{"id":"r","op":"task_output","retry":{"message":5}}"#
        let answer = BuiltInTestee().respond(toLine: Array(line.utf8))
        #expect(answer.reason == "message is a string, not number")
    }

    @Test("a well-formed request reads back as the runner wrote it")
    func roundTrip() throws {
        let requests = [
            TesteeRequest(id: "a", op: .encode, call: ["kind": "background", "factory": "done"]),
            TesteeRequest(id: "b", op: .taskOutput, call: .null, runtime: 0.5),
            TesteeRequest(id: "c", op: .taskOutput, retry: RetryCase(message: "boom")),
            TesteeRequest(
                id: "d", op: .decode, input: Array("{}".utf8),
                limits: try StrictJSONDecoder().decode(Limits.self, from: Array(#"{"max_depth":3}"#.utf8)),
                unknownMembers: "ignore"),
        ]
        for request in requests {
            let line = try CanonicalJSONEncoder().encode(request)
            #expect(try StrictJSONDecoder().decode(TesteeRequest.self, from: line) == request)
        }
    }
}
