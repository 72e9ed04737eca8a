import Foundation
import ResponseCodec
import ResponseConformance

/// `testee`: the Swift implementation speaking the testee protocol on stdin/stdout.
enum TesteeCommand: Command {
    static let name = "testee"
    static let summary = "Speak the testee protocol (one JSON request per line) on stdin/stdout."
    static let help = """
        USAGE: response-codec testee

        Reads one JSON request per line from stdin and answers each with one JSON line on
        stdout, as spec/conformance.md §3 describes; a malformed request gets the error answer
        of §3.2. Used by 'conformance --testee'.
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        try arguments.expectNoPositionals()
        let testee = BuiltInTestee()
        var buffer: [UInt8] = []
        var atEnd = false
        while !atEnd {
            let chunk = FileHandle.standardInput.availableData
            atEnd = chunk.isEmpty
            buffer.append(contentsOf: chunk)
            if atEnd && !buffer.isEmpty && buffer.last != UInt8(ascii: "\n") {
                buffer.append(UInt8(ascii: "\n"))
            }
            var start = buffer.startIndex
            while let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                if line.allSatisfy({
                    $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
                }) {
                    continue  // a blank line: skipped (spec conformance.md §3.1)
                }
                answer(testee.respond(toLine: line))
            }
            buffer.removeSubrange(..<start)
        }
        return ExitStatus.success
    }

    /// Writes one response line.
    private static func answer(_ response: TesteeResponse) {
        var bytes = (try? CanonicalJSONEncoder().encode(response)) ?? Array(#"{"id":"","ok":false}"#.utf8)
        bytes.append(UInt8(ascii: "\n"))
        Terminal.write(bytes)
    }
}
