import Foundation

/// Python's orjson, measured side by side in the same run (`--orjson`): a child `python3` times
/// `orjson.dumps(obj, option=OPT_SORT_KEYS)` and `orjson.loads(bytes)` on one document with the
/// same method as the Swift rows (warm-up, median of the rounds, each at least as long).
///
/// orjson cannot write RFC 8785 (its number and escape rules differ), so it gets encode and
/// decode rows only; its decode builds Python objects and checks no response rule. It is the
/// issue's yardstick for speed, not a conformance peer.
enum Orjson {
    /// The Python program; argv: document path, rounds, minimum round ns, warm-up ns.
    static let script = """
        import json, sys, time, orjson
        path, rounds, minimum, warm = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
        data = open(path, "rb").read()
        value = orjson.loads(data)
        def sample(operation):
            start = time.perf_counter_ns()
            count = 0
            while time.perf_counter_ns() - start < warm:
                operation(); count += 1
            per_round = max(1, count * minimum // max(1, time.perf_counter_ns() - start))
            times = []
            while len(times) < rounds:
                start = time.perf_counter_ns()
                for _ in range(per_round):
                    operation()
                elapsed = time.perf_counter_ns() - start
                if elapsed < minimum:
                    per_round *= 2
                    continue
                times.append(elapsed / per_round)
            return {"rounds": times, "ops_per_round": per_round}
        print(json.dumps({
            "version": orjson.__version__,
            "encode": sample(lambda: orjson.dumps(value, option=orjson.OPT_SORT_KEYS)),
            "decode": sample(lambda: orjson.loads(data)),
        }))
        """

    /// What one child run reports.
    struct Measurement: Decodable {
        struct Sample: Decodable {
            let rounds: [Double]
            let opsPerRound: Int

            enum CodingKeys: String, CodingKey {
                case rounds
                case opsPerRound = "ops_per_round"
            }

            /// The median round's ns/op.
            var median: Double { rounds.sorted()[rounds.count / 2] }
        }

        let version: String
        let encode: Sample
        let decode: Sample
    }

    /// Measures orjson on `bytes`, or throws why it could not (no `python3`, no orjson).
    static func measure(_ bytes: [UInt8], sampler: Sampler) throws -> Measurement {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("response-codec-bench-\(ProcessInfo.processInfo.processIdentifier).json")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", script, file.path, String(sampler.rounds), String(sampler.minimumRound),
            String(sampler.warmUp),
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).split(separator: "\n").last ?? "no message"
            throw BenchError("python3 with orjson failed: \(reason)")
        }
        return try JSONDecoder().decode(Measurement.self, from: data)
    }
}
