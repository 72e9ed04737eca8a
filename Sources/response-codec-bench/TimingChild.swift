import Foundation

/// A child process that times operations on one document round by round, so that its rounds
/// alternate with the Swift rows' (see ``Sampler/measure(_:)``): scripts/bench-peers/peers.py
/// (orjson, msgspec) and the simdjson helper speak the same line protocol, described in
/// peers.py. The child's first line says which operations run on the document, the libraries'
/// versions and notes; then it answers `warm` and `round` commands.
final class TimingChild {
    /// The libraries' versions the child reported (`orjson`, `msgspec`, `python`, `simdjson`, ...).
    let versions: [String: String]
    /// The operations that run on the document (`orjson.encode`, `simdjson.parse`, ...).
    let operations: Set<String>
    /// What the child reported missing or different (an output that is not the canonical bytes).
    let notes: [String]

    private let process = Process()
    private let input: FileHandle
    private let output: LineReader

    /// The child's first line.
    private struct Hello: Decodable {
        let versions: [String: String]
        let operations: [String]
        let notes: [String]
    }

    /// Starts `command` with the document's path as its last argument and reads its first line.
    init(_ command: [String], document path: String) throws {
        let toChild = Pipe()
        let fromChild = Pipe()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + [path]
        process.standardInput = toChild
        process.standardOutput = fromChild
        process.standardError = FileHandle.nullDevice
        try process.run()
        input = toChild.fileHandleForWriting
        output = LineReader(fromChild.fileHandleForReading)
        let name = URL(fileURLWithPath: command.last ?? "").lastPathComponent
        guard let line = output.next(),
            let hello = try? JSONDecoder().decode(Hello.self, from: Data(line.utf8))
        else {
            try? input.close()
            process.waitUntilExit()
            throw BenchError("\(name) did not start (exit status \(process.terminationStatus))")
        }
        versions = hello.versions
        operations = Set(hello.operations)
        notes = hello.notes
    }

    deinit {
        try? input.close()
        process.waitUntilExit()
    }

    /// Sends one command and returns the child's answer.
    fileprivate func ask(_ command: String) throws -> String {
        input.write(Data((command + "\n").utf8))
        guard let answer = output.next() else { throw BenchError("a peer's child process stopped answering") }
        if answer.hasPrefix("error") { throw BenchError("a peer's child process: \(answer)") }
        return answer
    }

    /// A contestant that times `operation` (one of ``operations``) in this child.
    func contestant(_ operation: String) -> any Contestant {
        ChildContestant(child: self, operation: operation)
    }
}

/// Reads a child's output line by line.
private final class LineReader {
    private let handle: FileHandle
    private var pending = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next line, without its newline; `nil` at the end of the output.
    func next() -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            pending.append(chunk)
        }
    }
}

/// One of a child's operations, timed in the child round by round.
private final class ChildContestant: Contestant {
    let child: TimingChild
    let operation: String
    private(set) var operationsPerRound = 1

    init(child: TimingChild, operation: String) {
        self.child = child
        self.operation = operation
    }

    func warmUp(for duration: UInt64, minimumRound: UInt64) throws {
        let answer = try child.ask("warm \(operation) \(duration) \(minimumRound)")
        guard let count = Int(answer) else { throw BenchError("\(operation): unexpected answer '\(answer)'") }
        operationsPerRound = count
    }

    func round(minimumRound: UInt64) throws -> Double? {
        let answer = try child.ask("round \(operation) \(minimumRound)")
        if answer == "short" { return nil }
        guard let perOperation = Double(answer) else {
            throw BenchError("\(operation): unexpected answer '\(answer)'")
        }
        return perOperation
    }
}
