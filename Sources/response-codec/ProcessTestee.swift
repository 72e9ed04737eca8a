import Foundation
import ResponseCodec
import ResponseConformance

/// Another runtime's testee program, driven over its stdin and stdout, one line per message.
final class ProcessTestee {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer: [UInt8] = []

    /// Starts `command` with `/bin/sh -c`.
    init(command: String) throws {
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    /// Sends one request and waits for its one-line answer.
    func send(_ request: TesteeRequest) throws -> TesteeResponse {
        var line = try CanonicalJSONEncoder().encode(request)
        line.append(UInt8(ascii: "\n"))
        try input.fileHandleForWriting.write(contentsOf: Data(line))
        let answer = try readLine()
        let response = try StrictJSONDecoder().decode(TesteeResponse.self, from: answer)
        guard response.id == request.id else {
            throw TesteeError("answer for '\(response.id)' while waiting for '\(request.id)'")
        }
        return response
    }

    /// Closes the testee's stdin and waits for it to exit.
    func finish() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    private func readLine() throws -> [UInt8] {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else {
                throw TesteeError("the testee closed its output (exit status \(exitStatus))")
            }
            buffer.append(contentsOf: chunk)
        }
    }

    private var exitStatus: String {
        process.isRunning ? "still running" : String(process.terminationStatus)
    }
}

/// A testee that broke the protocol.
struct TesteeError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
