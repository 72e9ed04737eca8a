import Foundation
import ResponseCodec
import ResponseConformance
import Testing

/// `response-codec conformance --testee` against testees that misbehave: the built executable
/// runs, on a corpus of four valid cases (twelve requests), a Python proxy in front of
/// `response-codec testee` that exits, hangs, prints noise or garbles an answer at a given
/// request. What is checked is what another runtime's CI sees: the exit status, the exact
/// lines on stdout, the testee's stderr, and that nothing waits for long.
@Suite("Conformance runner against misbehaving testees")
struct RunnerMisbehaviorTests {
    /// What a run of the runner gave.
    struct RunResult {
        var status: Int32
        var lines: [String]
        var stderr: String
        var seconds: Double
    }

    /// The proxy: `proxy.py CODEC MODE AT` answers through `CODEC testee`, and misbehaves at
    /// request AT (counted from 0) as MODE says.
    static let proxy = #"""
        import subprocess, sys, time
        codec, mode, at = sys.argv[1], sys.argv[2], int(sys.argv[3])
        inner = subprocess.Popen([codec, "testee"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        noise = [b"debug: " + b"x" * 120, b'{"debug":true}', b"", b'["id"]']
        for count, line in enumerate(sys.stdin.buffer):
            if count == at and mode == "exit":
                sys.stderr.write(f"proxy: giving up after {at} answers\n")
                sys.exit(3)
            if count == at and mode == "hang":
                time.sleep(600)
            if count == 0 and mode == "slow-start":
                time.sleep(at / 1000)
            inner.stdin.write(line)
            inner.stdin.flush()
            answer = inner.stdout.readline()
            if mode == "noise":
                sys.stdout.buffer.write(noise[count % 4] + b"\n")
            if count == at and mode == "wrong-id":
                answer = answer.replace(b'"id":"', b'"id":"other-', 1)
            if count == at and mode == "duplicate":
                answer = b'{"ok":true,' + answer[1:]
            sys.stdout.buffer.write(answer)
            sys.stdout.flush()
        if mode == "linger":
            time.sleep(600)
        """#

    /// The first four valid cases of the corpus, the corpus the runs use.
    static let cases = Array(Corpus.manifest.valid.prefix(4))

    /// A scratch folder with the proxy and the four cases' manifest and golden files.
    static let scratch: Result<URL, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("runner-misbehavior-\(getpid())", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(proxy.utf8).write(to: folder.appendingPathComponent("proxy.py"))
        let golden = folder.appendingPathComponent("golden", isDirectory: true)
        let manifest = try CanonicalJSONEncoder().encode(Manifest(valid: cases))
        try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
        try Data(manifest).write(to: golden.appendingPathComponent("manifest.json"))
        for valid in cases {
            let url = golden.appendingPathComponent(valid.file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(try Corpus.read(valid.file)).write(to: url)
        }
        return folder
    }

    /// `response-codec`, built next to this test binary (`swift test` builds every product).
    static let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("response-codec")

    /// Runs the runner against the proxy in `mode` at request `at`, with `options`.
    func run(_ mode: String, at: Int, _ options: [String] = []) throws -> RunResult {
        let folder = try Self.scratch.get()
        let codec = Self.executable.path
        try #require(FileManager.default.isExecutableFile(atPath: codec), "no \(codec): run swift build")
        let stdout = folder.appendingPathComponent("\(mode)-\(at).out")
        let stderr = folder.appendingPathComponent("\(mode)-\(at).err")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = Self.executable
        process.arguments =
            [
                "conformance", "--golden", folder.appendingPathComponent("golden").path,
                "--testee",
                "python3 \(folder.appendingPathComponent("proxy.py").path) \(codec) \(mode) \(at)",
            ] + options
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        let start = Date()
        try process.run()
        while process.isRunning && Date().timeIntervalSince(start) < 60 { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("the runner was still running after 60 s")
        }
        process.waitUntilExit()
        let text = String(decoding: try Data(contentsOf: stdout), as: UTF8.self)
        return RunResult(
            status: process.terminationStatus,
            lines: text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init),
            stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self),
            seconds: Date().timeIntervalSince(start))
    }

    /// The id of case `index`.
    func id(_ index: Int) -> String { Self.cases[index].id }

    @Test("the corpus of the runs has four cases")
    func corpus() {
        #expect(Self.cases.count == 4)
    }

    @Test("a testee that exits early: the cases judged, the exit status, the rest unanswered")
    func exitsEarly() throws {
        let result = try run("exit", at: 10)
        #expect(result.status == 1)
        #expect(
            result.lines == [
                "ABORT the testee exited with status 3 before answering \(id(3)) (decode)",
                "3 passed, 0 failed, 1 unanswered",
            ])
        #expect(result.stderr.contains("proxy: giving up after 10 answers\n"), "the testee's last words")
    }

    @Test("a testee that exits before its first answer")
    func exitsAtOnce() throws {
        let result = try run("exit", at: 0)
        #expect(result.status == 1)
        #expect(
            result.lines == [
                "ABORT the testee exited with status 3 before answering \(id(0)) (encode)",
                "0 passed, 0 failed, 4 unanswered",
            ])
    }

    @Test("a testee that stops answering is killed after --timeout, naming the case")
    func stopsAnswering() throws {
        let result = try run("hang", at: 5, ["--timeout", "2"])
        #expect(result.status == 1)
        #expect(
            result.lines == [
                "ABORT no answer to \(id(1)) (verify) within 2 s (--timeout); the testee was killed",
                "1 passed, 0 failed, 3 unanswered",
            ])
        #expect(result.seconds < 15, "the run took \(result.seconds) s")
    }

    @Test("the first answer has the start-up allowance, and its expiry says so")
    func startupTimeout() throws {
        let result = try run("hang", at: 0, ["--timeout", "0.5", "--startup-timeout", "1.5"])
        #expect(result.status == 1)
        #expect(
            result.lines == [
                "ABORT no answer to \(id(0)) (encode) within 1.5 s (--startup-timeout, the first answer's allowance)"
                    + "; the testee was killed",
                "0 passed, 0 failed, 4 unanswered",
            ])
    }

    @Test("a slow start within the start-up allowance passes")
    func slowStart() throws {
        let result = try run("slow-start", at: 1500, ["--timeout", "1", "--startup-timeout", "10"])
        #expect(result.status == 0)
        #expect(result.lines == ["4 passed, 0 failed"])
    }

    @Test("lines that are not answers are shown once, cut short, and shift nothing")
    func noise() throws {
        let result = try run("noise", at: 0)
        let noise = ["debug: " + String(repeating: "x", count: 73) + "…", #"{"debug":true}"#, "", #"["id"]"#]
        let steps = Self.cases.flatMap { valid in
            ["encode", "decode", "verify"].map { "\(valid.id) (\($0))" }
        }
        let shown = (0..<10).map {
            "SKIP not an answer (a JSON object with a string \"id\") while waiting for \(steps[$0]): "
                + noise[$0 % 4]
        }
        #expect(result.status == 0)
        #expect(result.lines == shown + ["SKIP 2 more lines that were not answers", "4 passed, 0 failed"])
    }

    @Test("an answer with another id fails that case only")
    func wrongID() throws {
        let result = try run("wrong-id", at: 4)
        #expect(result.status == 1)
        #expect(result.lines.count == 2)
        let fail = try #require(result.lines.first)
        #expect(fail.hasPrefix("FAIL \(id(1)): decode: expected ok {"), "\(fail)")
        #expect(fail.hasSuffix("got no answer: answer for 'other-\(id(1))' while waiting for '\(id(1))'"))
        #expect(result.lines.last == "3 passed, 1 failed")
    }

    @Test("an answer that is not I-JSON is a bad answer, not a skipped line")
    func duplicateName() throws {
        let result = try run("duplicate", at: 0)
        #expect(result.status == 1)
        let fail = try #require(result.lines.first)
        #expect(fail.hasPrefix("FAIL \(id(0)): encode: expected ok {"), "\(fail)")
        #expect(fail.contains("got no answer: the answer is not a response"), "\(fail)")
        #expect(fail.contains(#"duplicate_key at "/ok""#), "\(fail)")
        #expect(result.lines.last == "3 passed, 1 failed")
    }

    @Test("a testee that does not exit after its input closes is killed, with a note")
    func lingers() throws {
        let result = try run("linger", at: 0, ["--timeout", "1"])
        #expect(result.status == 0)
        #expect(
            result.lines == [
                "NOTE the testee did not exit within 1 s after its input closed; it was killed",
                "4 passed, 0 failed",
            ])
        #expect(result.seconds < 15, "the run took \(result.seconds) s")
    }
}
