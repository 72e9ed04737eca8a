import Foundation

/// Times an operation: a warm-up, then `rounds` rounds, each running the operation enough times
/// to last at least `minimumRound`; the result is the median round's time per operation.
struct Sampler {
    /// How many timed rounds.
    let rounds: Int
    /// The shortest round, in nanoseconds.
    let minimumRound: UInt64
    /// The warm-up's length, in nanoseconds (at least one round's worth of operations).
    let warmUp: UInt64

    /// The full measurement: 9 rounds of at least 100 ms after a 200 ms warm-up.
    static let standard = Sampler(rounds: 9, minimumRound: 100_000_000, warmUp: 200_000_000)
    /// `--quick`: 3 rounds of 10 ms after a 10 ms warm-up.
    static let quick = Sampler(rounds: 3, minimumRound: 10_000_000, warmUp: 10_000_000)

    /// One timed operation's figures.
    struct Sample {
        /// The median of the rounds' nanoseconds per operation.
        let nanosecondsPerOperation: Double
        /// Every round's nanoseconds per operation, in the order run.
        let rounds: [Double]
        /// How many operations each round ran.
        let operationsPerRound: Int
    }

    /// Measures `contestants` side by side: each warms up, then their timed rounds alternate
    /// (one round of each in turn) until each has `rounds` rounds, so that a machine whose
    /// speed drifts during the run slows every contestant alike. Returns their samples in order.
    func measure(_ contestants: [any Contestant]) throws -> [Sample] {
        for contestant in contestants { try contestant.warmUp(for: warmUp, minimumRound: minimumRound) }
        var results = Array(repeating: [Double](), count: contestants.count)
        for _ in 0..<rounds {
            for (index, contestant) in contestants.enumerated() {
                var perOperation = try contestant.round(minimumRound: minimumRound)
                while perOperation == nil {  // too short: it has resized its round
                    perOperation = try contestant.round(minimumRound: minimumRound)
                }
                results[index].append(perOperation ?? 0)
            }
        }
        return zip(contestants, results).map { contestant, rounds in
            let sorted = rounds.sorted()
            return Sample(
                nanosecondsPerOperation: sorted[sorted.count / 2], rounds: rounds,
                operationsPerRound: contestant.operationsPerRound)
        }
    }

    /// A monotonic clock, in nanoseconds.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

/// Keeps a value alive as far as the optimizer can tell.
@inline(never)
func blackHole(_ value: Int) {
    if value == 0x5EED_5EED { print("") }
}

/// One side of a comparison, timed round by round so that the rounds of several can alternate.
protocol Contestant: AnyObject {
    /// The operations one round runs.
    var operationsPerRound: Int { get }
    /// Runs the operation for `duration` nanoseconds and sizes a round to last `minimumRound`.
    func warmUp(for duration: UInt64, minimumRound: UInt64) throws
    /// Runs one round and returns its nanoseconds per operation, or `nil` when the round was
    /// shorter than `minimumRound` (the round has been made longer; run it again).
    func round(minimumRound: UInt64) throws -> Double?
}

/// An operation of this process: a closure that returns something derived from its result,
/// so that the work cannot be optimized away.
final class InProcessContestant: Contestant {
    private let operation: () throws -> Int
    private var checksum = 0
    private(set) var operationsPerRound = 1

    init(_ operation: @escaping () throws -> Int) { self.operation = operation }

    func warmUp(for duration: UInt64, minimumRound: UInt64) throws {
        var count = 0
        let start = Sampler.now()
        repeat {
            checksum &+= try operation()
            count += 1
        } while Sampler.now() - start < duration
        let estimate = Double(Sampler.now() - start) / Double(count)
        operationsPerRound = max(1, Int((Double(minimumRound) / estimate).rounded(.up)))
    }

    func round(minimumRound: UInt64) throws -> Double? {
        let start = Sampler.now()
        for _ in 0..<operationsPerRound { checksum &+= try operation() }
        let elapsed = Sampler.now() - start
        blackHole(checksum)
        guard elapsed >= minimumRound else {
            operationsPerRound = Int(
                (Double(operationsPerRound) * 1.2 * Double(minimumRound) / Double(max(elapsed, 1))).rounded(
                    .up))
            return nil
        }
        return Double(elapsed) / Double(operationsPerRound)
    }
}
