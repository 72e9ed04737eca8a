import Foundation
import ResponseCodec
import ResponseConformance

/// Another runtime's testee program, driven over its stdin and stdout, one line per message,
/// with a deadline on every answer (spec `conformance.md` §3.1).
///
/// A testee that exits or misses a deadline ends the run (``TesteeStopped``); an answer for
/// another id fails its case; a line that is not an answer is reported and skipped.
final class ProcessTestee {
    /// How long the runner waits.
    struct Timeouts {
        /// For each answer, from the request on.
        var answer: Duration
        /// For the first answer, which includes the testee's start-up (the larger one applies).
        var startup: Duration
    }

    /// How many lines that are not answers are shown; later ones are only counted.
    static let shownSkips = 10

    private let child: ChildProcess
    private let timeouts: Timeouts
    private let notice: (String) -> Void
    /// Bytes read from the testee's stdout and not yet taken as lines.
    private var buffer: [UInt8] = []
    /// Whether an answer came yet (until then the start-up allowance applies).
    private var answered = false
    /// The lines of output that were not answers.
    private(set) var skippedLines = 0

    /// Starts `command` with `/bin/sh -c`; `notice` shows a skipped line as it is met.
    init(command: String, timeouts: Timeouts, notice: @escaping (String) -> Void) throws {
        child = try ChildProcess(shellCommand: command)
        self.timeouts = timeouts
        self.notice = notice
    }

    /// Sends one request and waits for its one-line answer.
    ///
    /// - Throws: ``TesteeStopped`` when the testee exited or missed the deadline (it is then
    ///   ended); ``TesteeError`` for an answer with another id or one that is not a response.
    func send(_ request: TesteeRequest) throws -> TesteeResponse {
        let asked = "\(request.id) (\(request.op.rawValue))"
        let startup = !answered && timeouts.startup > timeouts.answer
        let deadline = ContinuousClock.now + (startup ? timeouts.startup : timeouts.answer)
        var line = try CanonicalJSONEncoder().encode(request)
        line.append(UInt8(ascii: "\n"))
        var outcome = child.writeAll(line, until: deadline, receiving: &buffer)
        while outcome == .ready {
            while let line = nextLine() {
                if let response = try answer(in: line, to: request, asked: asked) { return response }
            }
            outcome = child.readSome(until: deadline, into: &buffer)
        }
        if outcome == .timedOut {
            child.terminate(grace: .milliseconds(500))
            let allowance =
                startup
                ? "\(Self.seconds(timeouts.startup)) (--startup-timeout, the first answer's allowance)"
                : "\(Self.seconds(timeouts.answer)) (--timeout)"
            throw TesteeStopped("no answer to \(asked) within \(allowance); the testee was killed")
        }
        let stream = outcome == .inputClosed ? "stdin" : "stdout"
        if let ended = child.wait(until: .now + .seconds(2)) {
            throw TesteeStopped("the testee \(ended) before answering \(asked)")
        }
        child.terminate(grace: .milliseconds(500))
        throw TesteeStopped(
            "the testee closed its \(stream) before answering \(asked); "
                + "still running 2 s later, it was killed")
    }

    /// Closes the testee's stdin and waits (one answer timeout) for it to exit. Returns a note
    /// when it did not exit cleanly; nothing when it did, or when the run already ended it.
    func finish() -> String? {
        guard child.termination == nil else { return nil }
        child.closeInput()
        guard let ended = child.wait(until: .now + timeouts.answer) else {
            child.terminate(grace: .milliseconds(500))
            return "the testee did not exit within \(Self.seconds(timeouts.answer)) after its input closed; "
                + "it was killed"
        }
        return ended == .exited(0) ? nil : "the testee \(ended) after its input closed"
    }

    /// The next complete line of output, without its line feed.
    private func nextLine() -> [UInt8]? {
        guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        return line
    }

    /// The response in `line`, or `nil` for a line that is not an answer (reported, skipped).
    private func answer(in line: [UInt8], to request: TesteeRequest, asked: String) throws -> TesteeResponse?
    {
        guard let id = Self.answerID(line) else {
            skippedLines += 1
            if skippedLines <= Self.shownSkips {
                notice(
                    "SKIP not an answer (a JSON object with a string \"id\") while waiting for \(asked): "
                        + Self.excerpt(line))
            }
            return nil
        }
        answered = true
        guard id == request.id else {
            throw TesteeError("answer for '\(id)' while waiting for '\(request.id)'")
        }
        do {
            return try StrictJSONDecoder().decode(TesteeResponse.self, from: line)
        } catch {
            throw TesteeError("the answer is not a response (spec conformance.md §3.2): \(error)")
        }
    }

    /// The id of a line that is an answer: a JSON object with a string `id`. The line need not be
    /// I-JSON to be one (a duplicate name makes a bad answer, not a skipped line).
    static func answerID(_ line: [UInt8]) -> String? {
        if let json = try? JSONValue(parsing: line) {
            guard case .object(let object) = json, case .string(let id)? = object["id"] else { return nil }
            return id
        }
        let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        return object?["id"] as? String
    }

    /// A line as readable text, cut at 80 characters.
    static func excerpt(_ line: [UInt8]) -> String {
        let text = ByteDiff.printable(line[...])
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }

    /// `10 s`, `0.5 s`.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        guard attoseconds != 0 else { return "\(seconds) s" }
        return "\(Double(seconds) + Double(attoseconds) / 1e18) s"
    }
}

/// A testee that broke the protocol for one case.
struct TesteeError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
