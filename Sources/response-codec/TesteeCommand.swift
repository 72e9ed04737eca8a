import ResponseCodec
import ResponseConformance

/// `testee`: the Swift implementation speaking the testee protocol on stdin/stdout.
enum TesteeCommand: Command {
    static let name = "testee"
    static let summary = "Speak the testee protocol (one JSON request per line) on stdin/stdout."
    static let help = """
        USAGE: response-codec testee

        Reads one JSON request per line from stdin and answers each with one JSON line on
        stdout, as spec/conformance.md §3 describes. Used by 'conformance --testee'.
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        try arguments.expectNoPositionals()
        let testee = BuiltInTestee()
        while let line = readLine(strippingNewline: true) {
            if line.isEmpty { continue }
            let response: TesteeResponse
            do {
                let request = try StrictJSONDecoder().decode(TesteeRequest.self, from: Array(line.utf8))
                response = testee.respond(to: request)
            } catch {
                response = .failure(id: "", error: error)
            }
            var bytes = (try? CanonicalJSONEncoder().encode(response)) ?? Array(#"{"id":"","ok":false}"#.utf8)
            bytes.append(UInt8(ascii: "\n"))
            Terminal.write(bytes)
        }
        return ExitStatus.success
    }
}
