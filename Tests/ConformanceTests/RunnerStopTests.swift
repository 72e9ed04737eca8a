import ResponseCodec
import ResponseConformance
import Testing

/// The runner's side of a testee that stops: the cases judged keep their outcomes, the rest are
/// unanswered, and a failure list neither passes nor calls stale what was never asked.
@Suite("Conformance runner: a testee that stops")
struct RunnerStopTests {
    /// The built-in testee, stopping before request number `limit` (counted from 0).
    func stopping(after limit: Int) -> ConformanceRunner.Run {
        let testee = BuiltInTestee()
        var asked = 0
        return ConformanceRunner(manifest: Corpus.manifest, readFile: Corpus.read).run { request in
            defer { asked += 1 }
            guard asked < limit else {
                throw TesteeStopped("gone before \(request.id) (\(request.op.rawValue))")
            }
            return testee.respond(to: request)
        }
    }

    @Test("it stops at the request, with the cases before judged", arguments: [0, 1, 3, 10])
    func stops(limit: Int) throws {
        let run = stopping(after: limit)
        let ids = Corpus.manifest.ids
        let judged = limit / 3  // the first cases are valid ones: encode, decode, verify
        try #require(Corpus.manifest.valid.count > judged)
        #expect(run.outcomes.map(\.id) == Array(ids.prefix(judged)))
        #expect(run.outcomes.allSatisfy { $0.failure == nil })
        #expect(run.unanswered == Array(ids.dropFirst(judged)))
        let step = ["encode", "decode", "verify"][limit % 3]
        #expect(run.stopReason == "gone before \(ids[judged]) (\(step))")
    }

    @Test("another error fails only the case being asked")
    func otherErrorsFailTheCase() {
        struct WrongAnswer: Error {}
        let testee = BuiltInTestee()
        var asked = 0
        let run = ConformanceRunner(manifest: Corpus.manifest, readFile: Corpus.read).run { request in
            defer { asked += 1 }
            if asked == 1 { throw WrongAnswer() }
            return testee.respond(to: request)
        }
        #expect(run.stopReason == nil && run.unanswered.isEmpty)
        #expect(run.outcomes.count == Corpus.manifest.ids.count)
        #expect(run.outcomes.compactMap(\.failure).map(\.step) == ["decode"])
    }

    @Test("a listed case left unanswered is neither stale nor a pass; the run fails")
    func failureListVerdict() throws {
        let run = stopping(after: 3)
        let unanswered = try #require(run.unanswered.first)
        let list = try FailureList(parsing: "\(unanswered) # allowed to fail\n")
        let verdict = list.verdict(for: run)
        #expect(verdict.unexpectedPasses.isEmpty && verdict.unknownIDs.isEmpty)
        #expect(verdict.passed.count == 1 && verdict.unanswered == run.unanswered)
        #expect(!verdict.isSuccess)
    }
}
