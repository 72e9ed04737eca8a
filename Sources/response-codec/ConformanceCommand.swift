import Foundation
import ResponseCodec
import ResponseConformance

/// `conformance`: every case of the corpus against one runtime.
enum ConformanceCommand: Command {
    static let name = "conformance"
    static let summary = "Run the golden corpus against the built-in implementation or a testee."
    static let options: Set<String> = ["--testee", "--golden", "--failure-list"]
    static let flags: Set<String> = ["--verbose"]
    static let help = """
        USAGE: response-codec conformance [--testee "CMD"] [--golden DIR] [--failure-list FILE]

        Runs every valid, invalid and factory-error case of DIR/manifest.json (default: golden)
        against the built-in Swift implementation, or against the program CMD speaking the
        testee protocol. Prints one line per failing case, then 'N passed, N failed'.
        Exits 0 only when every case passes or is on the failure list; a listed case that
        passes, or a listed id the corpus lacks, is an error too.

        OPTIONS:
          --testee <cmd>         Command line of the testee (run with /bin/sh -c).
          --golden <dir>         The golden directory (default: golden).
          --failure-list <file>  Known failures: 'case-id # reason' per line.
          --verbose              Also list expected failures with their reasons.
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        try arguments.expectNoPositionals()
        let corpus = try GoldenCorpus(path: arguments.value("--golden"))
        var failureList = FailureList()
        if let path = arguments.value("--failure-list") {
            failureList = try FailureList(
                parsing: String(decoding: try Terminal.read(path: path), as: UTF8.self))
        }
        let runner = ConformanceRunner(manifest: corpus.manifest, readFile: corpus.read)
        let run: ConformanceRunner.Run
        if let command = arguments.value("--testee") {
            let testee = try ProcessTestee(command: command)
            run = runner.run(testee: testee.send)
            testee.finish()
        } else {
            let testee = BuiltInTestee()
            run = runner.run { testee.respond(to: $0) }
        }
        return report(
            failureList.verdict(for: run), list: failureList, verbose: arguments.flag("--verbose"))
    }

    private static func report(_ verdict: FailureList.Verdict, list: FailureList, verbose: Bool) -> Int32 {
        for outcome in verdict.failed {
            Terminal.out("FAIL \(outcome.id): \(outcome.failure.map(String.init(describing:)) ?? "")\n")
        }
        for id in verdict.unexpectedPasses {
            Terminal.out("STALE \(id): listed as a known failure but passes; remove it from the list\n")
        }
        for id in verdict.unknownIDs {
            Terminal.out("STALE \(id): listed as a known failure but the corpus has no such case\n")
        }
        if verbose {
            for outcome in verdict.expectedFailures {
                Terminal.out(
                    "known \(outcome.id) (\(list.reasons[outcome.id] ?? "")): \(outcome.failure.map(String.init(describing:)) ?? "")\n"
                )
            }
        }
        let failed = verdict.failed.count + verdict.unexpectedPasses.count + verdict.unknownIDs.count
        var summary = "\(verdict.passed.count) passed, \(failed) failed"
        if !verdict.expectedFailures.isEmpty {
            summary += ", \(verdict.expectedFailures.count) known failures"
        }
        Terminal.out(summary + "\n")
        return verdict.isSuccess ? ExitStatus.success : ExitStatus.invalidInput
    }
}
