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

    /// Measures `operation`, which returns anything derived from its result so that the work
    /// cannot be optimized away.
    func measure(_ operation: () throws -> Int) rethrows -> Sample {
        var checksum = 0
        // Warm-up, which also estimates the cost of one operation.
        var warmUpOperations = 0
        let warmUpStart = Self.now()
        repeat {
            checksum &+= try operation()
            warmUpOperations += 1
        } while Self.now() - warmUpStart < warmUp
        let estimate = Double(Self.now() - warmUpStart) / Double(warmUpOperations)
        var operationsPerRound = max(1, Int((Double(minimumRound) / estimate).rounded(.up)))

        var results: [Double] = []
        while results.count < rounds {
            let start = Self.now()
            for _ in 0..<operationsPerRound {
                checksum &+= try operation()
            }
            let elapsed = Self.now() - start
            guard elapsed >= minimumRound else {
                // Too short (the estimate was off): run the round again, longer.
                operationsPerRound = Int(
                    (Double(operationsPerRound) * 1.2 * Double(minimumRound) / Double(max(elapsed, 1)))
                        .rounded(.up))
                continue
            }
            results.append(Double(elapsed) / Double(operationsPerRound))
        }
        blackHole(checksum)
        let sorted = results.sorted()
        return Sample(
            nanosecondsPerOperation: sorted[sorted.count / 2], rounds: results,
            operationsPerRound: operationsPerRound)
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
