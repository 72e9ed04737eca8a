import Foundation
import ResponseCodec
import ResponseConformance

/// `conformance`: every case of the corpus against one runtime.
enum ConformanceCommand: Command {
    static let name = "conformance"
    static let summary = "Run the golden corpus against the built-in implementation or a testee."
    static let options: Set<String> = [
        "--testee", "--golden", "--failure-list", "--timeout", "--startup-timeout",
    ]
    static let flags: Set<String> = ["--verbose"]
    static let help = """
        USAGE: response-codec conformance [--testee "CMD"] [--golden DIR] [--failure-list FILE]
                                          [--timeout SECONDS] [--startup-timeout SECONDS]

        Runs every case of DIR/manifest.json (default: golden) against the built-in Swift
        implementation, or against the program CMD speaking the testee protocol. Prints one
        line per failing case, then 'N passed, N failed'. Exits 0 only when every case passes
        or is on the failure list; a listed case that passes, or a listed id the corpus lacks,
        is an error too.

        A testee that exits, or gives no answer in time, ends the run: the runner prints
        'ABORT' with the reason and the case it waited for, then the summary with the number
        of cases left unanswered, and exits 1. Its stderr passes through to the runner's.
        A line of its stdout that is not an answer is shown ('SKIP') and skipped.

        OPTIONS:
          --testee <cmd>               Command line of the testee (run with /bin/sh -c).
          --golden <dir>               The golden directory (default: golden).
          --failure-list <file>        Known failures: 'case-id # reason' per line.
          --timeout <seconds>          Longest wait for one answer (default: 10).
          --startup-timeout <seconds>  Longest wait for the first answer, start-up included
                                       (default: 60; the larger of the two applies).
          --verbose                    Also list expected failures with their reasons.
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
        var notes: [String] = []
        let run: ConformanceRunner.Run
        if let command = arguments.value("--testee") {
            let timeouts = ProcessTestee.Timeouts(
                answer: try seconds(arguments, "--timeout", default: 10),
                startup: try seconds(arguments, "--startup-timeout", default: 60))
            let testee = try ProcessTestee(command: command, timeouts: timeouts) { Terminal.out($0 + "\n") }
            run = runner.run(testee: testee.send)
            let hidden = testee.skippedLines - ProcessTestee.shownSkips
            if hidden > 0 { notes.append("SKIP \(hidden) more lines that were not answers") }
            if let note = testee.finish() { notes.append("NOTE \(note)") }
        } else {
            let testee = BuiltInTestee()
            run = runner.run { testee.respond(to: $0) }
        }
        if let reason = run.stopReason { notes.append("ABORT \(reason)") }
        return report(
            failureList.verdict(for: run), notes: notes, list: failureList,
            verbose: arguments.flag("--verbose"))
    }

    /// A duration option: a positive number of seconds.
    private static func seconds(
        _ arguments: ParsedArguments, _ name: String, default: Double
    ) throws(UsageError) -> Duration {
        guard let text = arguments.value(name) else { return .seconds(`default`) }
        guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds < 1e9 else {
            throw UsageError("\(name) needs a positive number of seconds")
        }
        return .seconds(seconds)
    }

    private static func report(
        _ verdict: FailureList.Verdict, notes: [String], list: FailureList, verbose: Bool
    ) -> Int32 {
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
        for note in notes { Terminal.out(note + "\n") }
        let failed = verdict.failed.count + verdict.unexpectedPasses.count + verdict.unknownIDs.count
        var summary = "\(verdict.passed.count) passed, \(failed) failed"
        if !verdict.expectedFailures.isEmpty {
            summary += ", \(verdict.expectedFailures.count) known failures"
        }
        if !verdict.unanswered.isEmpty { summary += ", \(verdict.unanswered.count) unanswered" }
        Terminal.out(summary + "\n")
        return verdict.isSuccess ? ExitStatus.success : ExitStatus.invalidInput
    }
}
