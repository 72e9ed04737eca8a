/// A runtime's list of known failures: cases it is allowed to fail, each with a reason.
///
/// The list cannot go stale: a listed case that passes, or a listed id the corpus does not
/// have, is itself an error, so a fixed runtime must shrink its list.
///
/// Format: one case id per line, then `#` and the reason; blank lines and lines starting with
/// `#` are comments.
public struct FailureList: Sendable, Hashable {
    /// Listed case ids with their reasons.
    public private(set) var reasons: [String: String] = [:]

    /// An empty list.
    public init() {}

    /// Parses the list's text. A line without a reason is a format error.
    public init(parsing text: String) throws(FailureListError) {
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let hash = line.firstIndex(of: "#") else {
                throw FailureListError(line: number + 1, reason: "no `# reason` after the case id")
            }
            let id = String(line[..<hash]).trimmingSpaces()
            let reason = String(line[line.index(after: hash)...]).trimmingSpaces()
            guard !id.isEmpty, !reason.isEmpty else {
                throw FailureListError(line: number + 1, reason: "a line needs a case id and a reason")
            }
            guard reasons.updateValue(reason, forKey: id) == nil else {
                throw FailureListError(line: number + 1, reason: "\(id) is listed twice")
            }
        }
    }

    /// How a run went, once the list is taken into account.
    public struct Verdict: Sendable, Hashable {
        /// Cases that passed.
        public var passed: [String] = []
        /// Cases that failed and are not listed: real failures.
        public var failed: [ConformanceRunner.Outcome] = []
        /// Cases that failed and are listed: allowed.
        public var expectedFailures: [ConformanceRunner.Outcome] = []
        /// Listed cases that passed: the list is stale.
        public var unexpectedPasses: [String] = []
        /// Listed ids the corpus does not have.
        public var unknownIDs: [String] = []
        /// Cases without a verdict because the testee stopped (listed or not).
        public var unanswered: [String] = []

        /// Whether the run is green: every case answered, nothing failed unlisted, and the list
        /// is exact.
        public var isSuccess: Bool {
            failed.isEmpty && unexpectedPasses.isEmpty && unknownIDs.isEmpty && unanswered.isEmpty
        }
    }

    /// Judges a run against the list. An unanswered case is neither a pass nor a failure, so
    /// a listed one is not stale.
    public func verdict(for run: ConformanceRunner.Run) -> Verdict {
        verdict(for: run.outcomes, unanswered: run.unanswered)
    }

    /// Judges outcomes against the list; `unanswered` are the corpus's cases without an outcome.
    public func verdict(for outcomes: [ConformanceRunner.Outcome], unanswered: [String] = []) -> Verdict {
        var verdict = Verdict()
        verdict.unanswered = unanswered
        var seen = Set(unanswered)
        for outcome in outcomes {
            seen.insert(outcome.id)
            let listed = reasons[outcome.id] != nil
            switch (outcome.failure, listed) {
            case (nil, false): verdict.passed.append(outcome.id)
            case (nil, true): verdict.unexpectedPasses.append(outcome.id)
            case (_?, false): verdict.failed.append(outcome)
            case (_?, true): verdict.expectedFailures.append(outcome)
            }
        }
        verdict.unknownIDs = reasons.keys.filter { !seen.contains($0) }.sorted()
        return verdict
    }
}

/// A malformed failure list.
public struct FailureListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The one-based line number.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// `failure list line N: reason`.
    public var description: String { "failure list line \(line): \(reason)" }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let isSpace = { (character: Character) in character == " " || character == "\t" || character == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else {
            return ""
        }
        return String(self[first...last])
    }
}
