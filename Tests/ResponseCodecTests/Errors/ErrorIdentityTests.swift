import ResponseCodec
import Testing

/// `ResponseCodecError` is compared by code, and its line and column always agree with its offset.
@Suite("Error identity")
struct ErrorIdentityTests {
    @Test("errors with one code are equal and hash alike, whatever their pointer and reason")
    func equalityIsByCode() {
        let first = ResponseCodecError(.missingField, pointer: "/countdown", reason: "countdown is required")
        let second = ResponseCodecError(.missingField, pointer: "/http_status", reason: "another reason")
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
        #expect(
            first
                != ResponseCodecError(
                    .unexpectedField, pointer: "/countdown", reason: "countdown is required"))
    }

    @Test("a thrown error equals the code it is caught by")
    func catchesByCode() {
        let bytes = Array(#"{"kind":"background","result":"reschedule"}"#.utf8)
        #expect(throws: ResponseCodecError(.missingField, reason: "")) { try WireFormat.decode(bytes) }
    }

    /// Documents spread over lines, each cut short at every offset: the parser reports a fault
    /// at or before the cut, and its line and column are those of its offset in the input.
    static let documents: [String] = [
        "{\n  \"kind\": \"background\",\n  \"result\": \"reschedule\",\n  \"countdown\": 45\n}",
        "{\"kind\":\"interactive\",\r\n\"result\":\"success\",\n\n\"http_status\":200,\"body\":{\"é\":[1,\n2]}}",
    ]

    @Test("line and column agree with the offset", arguments: documents)
    func lineAndColumnAgree(_ document: String) throws {
        let bytes = Array(document.utf8)
        for cut in 0..<bytes.count {
            let input = Array(bytes[..<cut])
            do {
                _ = try WireFormat.decode(input)
                Issue.record("a document cut at \(cut) decoded")
            } catch {
                // Every fault of a cut document is located.
                let offset = try #require(error.offset, "cut at \(cut): \(error)")
                #expect(offset <= cut, "cut at \(cut): offset \(offset)")
                let before = input[..<min(offset, input.count)]
                let line = 1 + before.filter { $0 == UInt8(ascii: "\n") }.count
                let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
                #expect(error.line == line, "cut at \(cut): \(error)")
                #expect(error.column == before.count - lineStart + 1, "cut at \(cut): \(error)")
            }
        }
    }
}
