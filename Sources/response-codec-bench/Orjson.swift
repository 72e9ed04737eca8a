import Foundation

/// Python's orjson, measured side by side in the same run (`--orjson`): a child `python3` times
/// `orjson.dumps(obj, option=OPT_SORT_KEYS)` and `orjson.loads(bytes)` on one document, one
/// round at a time on request, so that its rounds alternate with the Swift rows' (see
/// ``Sampler/measure(_:)``).
///
/// orjson cannot write RFC 8785 (its number and escape rules differ), so it gets encode and
/// decode rows only; its decode builds Python objects and checks no response rule. It is the
/// issue's yardstick for speed, not a conformance peer.
final class OrjsonChild {
    /// The Python program (argv: the document's path). It reads commands, one a line:
    /// `warm OP DURATION_NS MINIMUM_NS` warms up OP (encode or decode) and sizes its round;
    /// `round OP MINIMUM_NS` runs one round and answers its ns/op, or `short` (and resizes).
    static let script = """
        import sys, time, orjson
        data = open(sys.argv[1], "rb").read()
        value = orjson.loads(data)
        operations = {
            "encode": lambda: orjson.dumps(value, option=orjson.OPT_SORT_KEYS),
            "decode": lambda: orjson.loads(data),
        }
        per_round = {}
        print(orjson.__version__, flush=True)
        for line in sys.stdin:
            words = line.split()
            operation = operations[words[1]]
            if words[0] == "warm":
                duration, minimum = int(words[2]), int(words[3])
                start, count = time.perf_counter_ns(), 0
                while time.perf_counter_ns() - start < duration:
                    operation(); count += 1
                estimate = (time.perf_counter_ns() - start) / count
                per_round[words[1]] = max(1, int(minimum / estimate) + 1)
                print(per_round[words[1]], flush=True)
            else:
                minimum, count = int(words[2]), per_round[words[1]]
                start = time.perf_counter_ns()
                for _ in range(count):
                    operation()
                elapsed = time.perf_counter_ns() - start
                if elapsed < minimum:
                    per_round[words[1]] = int(count * 1.2 * minimum / max(elapsed, 1)) + 1
                    print("short", flush=True)
                else:
                    print(elapsed / count, flush=True)
        """

    /// The orjson version the child reported.
    private(set) var version = ""

    private let process = Process()
    private let input: FileHandle
    private let output: FileHandle
    private let file: URL
    private var pending = Data()

    /// Starts a child for `bytes`; throws when `python3` or orjson is missing.
    init(_ bytes: [UInt8]) throws {
        file = FileManager.default.temporaryDirectory
            .appendingPathComponent("response-codec-bench-\(ProcessInfo.processInfo.processIdentifier).json")
        try Data(bytes).write(to: file)
        let toChild = Pipe()
        let fromChild = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, file.path]
        process.standardInput = toChild
        process.standardOutput = fromChild
        process.standardError = FileHandle.nullDevice
        try process.run()
        input = toChild.fileHandleForWriting
        output = fromChild.fileHandleForReading
        guard let line = readLine(), !line.isEmpty else {
            process.waitUntilExit()
            throw BenchError("python3 with orjson did not start (is orjson installed?)")
        }
        version = line
    }

    deinit {
        try? input.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: file)
    }

    /// Sends one command and returns the child's answer.
    fileprivate func ask(_ command: String) throws -> String {
        input.write(Data((command + "\n").utf8))
        guard let answer = readLine() else { throw BenchError("the orjson child stopped answering") }
        return answer
    }

    /// The next line the child wrote, without its newline; `nil` at the end of its output.
    private func readLine() -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            let chunk = output.availableData
            if chunk.isEmpty { return nil }
            pending.append(chunk)
        }
    }

    /// A contestant that times `operation` (encode or decode) in this child.
    func contestant(_ operation: Operation) -> any Contestant {
        OrjsonContestant(child: self, operation: operation)
    }
}

/// One of orjson's operations, timed in its child round by round.
private final class OrjsonContestant: Contestant {
    let child: OrjsonChild
    let operation: Operation
    private(set) var operationsPerRound = 1

    init(child: OrjsonChild, operation: Operation) {
        self.child = child
        self.operation = operation
    }

    func warmUp(for duration: UInt64, minimumRound: UInt64) throws {
        let answer = try child.ask("warm \(operation.rawValue) \(duration) \(minimumRound)")
        guard let count = Int(answer) else { throw BenchError("orjson child: unexpected answer '\(answer)'") }
        operationsPerRound = count
    }

    func round(minimumRound: UInt64) throws -> Double? {
        let answer = try child.ask("round \(operation.rawValue) \(minimumRound)")
        if answer == "short" { return nil }
        guard let perOperation = Double(answer) else {
            throw BenchError("orjson child: unexpected answer '\(answer)'")
        }
        return perOperation
    }
}
