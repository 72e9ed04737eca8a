import Testing

@testable import ResponseCodec

/// Numbers: RFC 8259 §6 grammar, the nearest double, and the range rules (a)-(c) of
/// spec/response-format.md §5.4.
@Suite("Numbers")
struct ParserNumberTests {
    /// The number a one-number document parses to.
    func number(_ text: String) throws -> Double {
        let value = try parse(text)
        guard case .number(let number) = value else {
            Issue.record("\(text) parsed to \(value), not a number")
            return .nan
        }
        return number
    }

    /// Literals that are accepted, and the double each maps to.
    static let accepted: [(String, Double)] = [
        ("0", 0), ("-0", -0.0), ("1", 1), ("-1", -1), ("0.1", 0.1), ("1E2", 100), ("1e+2", 100),
        ("1e-2", 0.01), ("1.0", 1), ("3e1", 30), ("0.5", 0.5), ("12.5", 12.5), ("49.99", 49.99),
        ("9007199254740991", 9_007_199_254_740_991), ("9007199254740992", 9_007_199_254_740_992),
        ("-9007199254740992", -9_007_199_254_740_992),
        ("999999999999999900000", 999_999_999_999_999_868_928),
        ("100000000000000000000", 1e20), ("18446744073709552000", 0x1p64),
        ("0.10000000000000001", 0.1), ("0.30000000000000004", 0.30000000000000004),
        ("5e-324", .leastNonzeroMagnitude), ("4.9406564584124654e-324", .leastNonzeroMagnitude),
        ("2.4703282292062328e-324", .leastNonzeroMagnitude),
        ("2.2250738585072011e-308", Double(bitPattern: 0x000F_FFFF_FFFF_FFFF)),
        ("2.2250738585072014e-308", .leastNormalMagnitude),
        ("2.225073858507201e-308", Double(bitPattern: 0x000F_FFFF_FFFF_FFFF)),
        ("1.7976931348623157e308", .greatestFiniteMagnitude),
        ("-1.7976931348623157e308", -.greatestFiniteMagnitude),
        ("1e22", 1e22), ("1e23", 1e23), ("123e25", 123e25), ("1.5e300", 1.5e300),
        ("0e400", 0), ("0.000e-400", 0), ("-0.0", -0.0), ("0.000001", 0.000001),
        ("123456789012345", 123_456_789_012_345), ("1234567890123456", 1_234_567_890_123_456),
        ("3.141592653589793238462643383279", 3.141592653589793),
        ("1" + String(repeating: "0", count: 20), 1e20),
        ("0." + String(repeating: "0", count: 400) + "1e400", 0.1),
    ]

    /// Each accepted literal parses to its nearest double, sign of zero included.
    @Test("accepted numbers map to the nearest double", arguments: accepted)
    func accept(_ text: String, _ expected: Double) throws {
        let value = try number(text)
        #expect(value == expected)
        #expect(value.sign == expected.sign)
    }

    /// Literals that break rule (a), (b) or (c).
    static let rejected: [String] = [
        "1e400", "-1e400", "1e-400", "-1e-400", "2e-324", "2.4703282292062327e-324",
        "1.8e308", "9007199254740993", "-9007199254740993", "123456789012345678",
        "1000000000000000000000", "-1000000000000000000000", "999999999999999999999",
        "18446744073709551616", "1e99999999999999999999", "0.1e-99999999999999999999",
    ]

    /// Each rejected literal fails with `number_out_of_range` at offset 0.
    @Test("number_out_of_range: rules (a), (b) and (c)", arguments: rejected)
    func reject(_ text: String) throws {
        let error = try #require(parseError(text))
        #expect(error.code == .numberOutOfRange)
        #expect(error.offset == 0)
        #expect(error.pointer == "")
    }

    /// Subnormal doubles are values like any other.
    @Test("subnormal values")
    func subnormals() throws {
        #expect(try number("1e-310") == Double("1e-310"))
        #expect(try number("4.450147717014403e-308") == 4.450147717014403e-308)
        #expect(try number("-1e-320") == Double("-1e-320"))
        #expect(try number("1e-320").isSubnormal)
    }

    /// Literals of up to 15 digits with varied exponents, which take the fast paths, match `Double(String)`.
    @Test("the fast paths agree with the standard library on generated literals")
    func fastPathsAgree() throws {
        var generator = ParserTestGenerator(seed: 0x5EED)
        for _ in 0..<4_000 {
            let digits = Int(generator.next() % 15) + 1
            var mantissa = ""
            for position in 0..<digits {
                let digit = generator.next() % 10
                mantissa.append(String(position == 0 && digit == 0 ? 1 : digit))
            }
            let exponent = Int(generator.next() % 70) - 35
            let point = Int(generator.next() % UInt64(digits + 1))
            let integerPart = point == 0 ? "0" : String(mantissa.prefix(point))
            let fraction = String(mantissa.dropFirst(point))
            let text = integerPart + (fraction.isEmpty ? "" : "." + fraction) + "e\(exponent)"
            let expected = try #require(Double(text))
            #expect(try number(text) == expected, "\(text)")
        }
    }

    /// Rule (c): the ECMAScript form of the nearest double must be the literal.
    @Test("integer literals are canonical when they are the ECMAScript form of their double")
    func integerCanonical() {
        func check(_ literal: String, _ value: Double) -> Bool {
            StrictJSONParser.integerLiteralIsCanonical(Array(literal.utf8), value: value)
        }
        #expect(check("9007199254740992", 9_007_199_254_740_992))
        #expect(!check("9007199254740993", 9_007_199_254_740_992))
        #expect(check("-9007199254740992", -9_007_199_254_740_992))
        #expect(!check("9007199254740992", -9_007_199_254_740_992))
        #expect(check("100000000000000000000", 1e20))
        #expect(!check("1000000000000000000000", 1e21))
        #expect(check("999999999999999900000", 999_999_999_999_999_868_928))
        #expect(!check("999999999999999900001", 999_999_999_999_999_868_928))
        #expect(check("123", 123))
        #expect(check("0", 0))
        #expect(!check("-0", -0.0))
        #expect(!check("1", 0.5))
        #expect(!check("1", .infinity))
        #expect(check("295147905179352830000", 0x1p68))
    }

    /// The digits and decimal point that rule (c) compares, taken from `description`.
    @Test("shortest digits come from Swift's round-trip description")
    func shortestDigits() {
        #expect(
            ShortestDecimal(0x1p53)
                == ShortestDecimal(digits: 9_007_199_254_740_992, digitCount: 16, pointPosition: 16))
        #expect(ShortestDecimal(1e20) == ShortestDecimal(digits: 1, digitCount: 1, pointPosition: 21))
        #expect(ShortestDecimal(0.0125) == ShortestDecimal(digits: 125, digitCount: 3, pointPosition: -1))
    }
}

/// A small deterministic random number generator (the SplitMix64 algorithm) for generated test inputs.
struct ParserTestGenerator: RandomNumberGenerator {
    /// The generator state.
    var state: UInt64

    /// A generator starting from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
