@testable import ResponseCodec

/// Helpers shared by the canonical-form tests.
enum CanonicalTestSupport {
    /// The ECMAScript form of `value`, as ``ECMAScriptNumberFormatter`` writes it.
    static func formatted(_ value: Double) -> String {
        var bytes: [UInt8] = []
        ECMAScriptNumberFormatter.append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The form `value` gets from the shortest-digits path alone, bypassing the integer fast path.
    static func formattedByShortestDigits(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.appendThroughSink(atLeast: ECMAScriptNumberFormatter.maximumLength) {
            ECMAScriptNumberFormatter.appendShortest(value, to: &$0)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The canonical text of `value`, for readable comparisons.
    static func canonicalText(_ value: JSONValue) throws -> String {
        String(decoding: try value.canonicalBytes(), as: UTF8.self)
    }

    /// What a writer holds after `body` ran on a fresh one.
    static func written(_ body: (inout CanonicalWriter) throws -> Void) rethrows -> String {
        var writer = CanonicalWriter()
        try body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

/// A small deterministic pseudo-random generator (SplitMix64), so that the property tests
/// check the same values on every run.
struct SplitMix64: RandomNumberGenerator {
    /// The generator's state.
    private var state: UInt64

    /// Creates a generator from a fixed seed.
    init(seed: UInt64) { state = seed }

    /// The next 64 pseudo-random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
