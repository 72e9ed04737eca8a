import Testing

@testable import ResponseCodec

/// ECMAScript number serialization (RFC 8785 §3.2.2.3, ECMA-262 Number::toString).
@Suite("ECMAScript number formatting")
struct NumberFormattingTests {
    /// RFC 8785 Appendix B: IEEE 754 bit patterns and their required serialization.
    static let appendixB: [(UInt64, String)] = [
        (0x0000_0000_0000_0000, "0"),
        (0x8000_0000_0000_0000, "0"),
        (0x0000_0000_0000_0001, "5e-324"),
        (0x8000_0000_0000_0001, "-5e-324"),
        (0x7FEF_FFFF_FFFF_FFFF, "1.7976931348623157e+308"),
        (0xFFEF_FFFF_FFFF_FFFF, "-1.7976931348623157e+308"),
        (0x4340_0000_0000_0000, "9007199254740992"),
        (0xC340_0000_0000_0000, "-9007199254740992"),
        (0x4430_0000_0000_0000, "295147905179352830000"),
        (0x44B5_2D02_C7E1_4AF5, "9.999999999999997e+22"),
        (0x44B5_2D02_C7E1_4AF6, "1e+23"),
        (0x44B5_2D02_C7E1_4AF7, "1.0000000000000001e+23"),
        (0x444B_1AE4_D6E2_EF4E, "999999999999999700000"),
        (0x444B_1AE4_D6E2_EF4F, "999999999999999900000"),
        (0x444B_1AE4_D6E2_EF50, "1e+21"),
        (0x3EB0_C6F7_A0B5_ED8C, "9.999999999999997e-7"),
        (0x3EB0_C6F7_A0B5_ED8D, "0.000001"),
        (0x41B3_DE43_5555_5553, "333333333.3333332"),
        (0x41B3_DE43_5555_5554, "333333333.33333325"),
        (0x41B3_DE43_5555_5555, "333333333.3333333"),
        (0x41B3_DE43_5555_5556, "333333333.3333334"),
        (0x41B3_DE43_5555_5557, "333333333.33333343"),
        (0xBECB_F647_612F_3696, "-0.0000033333333333333333"),
        (0x4314_3FF3_C1CB_0959, "1424953923781206.2"),
    ]

    /// Boundaries between the layouts of Number::toString steps 6 to 10, powers of two and
    /// other edge values, with the strings an ECMAScript engine prints for them.
    static let boundaries: [(UInt64, String)] = [
        (0x444B_1AE4_D6E2_EF52, "1.0000000000000003e+21"),  // just above 1e21: exponent (step 9)
        (0x4415_AF1D_78B5_8C40, "100000000000000000000"),  // 1e20: digits then zeros (step 6)
        (0x441A_ABDF_2145_B430, "123000000000000000000"),  // 123e18
        (0x4480_F0CF_064D_D592, "1e+22"),
        (0x3E7A_D7F2_9ABC_AF48, "1e-7"),  // below 1e-6: exponent (step 9)
        (0xBE7A_D7F2_9ABC_AF48, "-1e-7"),
        (0x3E84_21F5_F40D_8376, "1.5e-7"),  // several digits with an exponent (step 10)
        (0x3EA0_C6F7_A0B5_ED8D, "5e-7"),
        (0x3EB9_2A73_7110_E454, "0.0000015"),  // at least 1e-6: leading zeros (step 8)
        (0x3EB4_B3FD_5942_CD96, "0.000001234"),
        (0x433F_FFFF_FFFF_FFFF, "9007199254740991"),  // 2^53 - 1, the largest safe integer
        (0xC33F_FFFF_FFFF_FFFF, "-9007199254740991"),
        (0x4340_0000_0000_0001, "9007199254740994"),  // 2^53 + 2
        (0x4350_0000_0000_0000, "18014398509481984"),  // 2^54
        (0x43B0_0000_0000_0000, "1152921504606847000"),  // 2^60: shortest digits, then zeros
        (0x43F0_0000_0000_0000, "18446744073709552000"),  // 2^64
        (0x43E5_6A95_319D_63E1, "12345678901234567000"),
        (0x4450_0000_0000_0000, "1.1805916207174113e+21"),  // 2^70
        (0x4630_0000_0000_0000, "1.2676506002282294e+30"),  // 2^100
        (0x7E70_0000_0000_0000, "1.0715086071862673e+301"),  // 2^1000
        (0x7FE0_0000_0000_0000, "8.98846567431158e+307"),  // 2^1023
        (0x7FDF_FFFF_FFFF_FFFF, "8.988465674311579e+307"),
        (0x3FE0_0000_0000_0000, "0.5"),  // 2^-1
        (0x3FC0_0000_0000_0000, "0.125"),  // 2^-3
        (0x3F50_0000_0000_0000, "0.0009765625"),  // 2^-10
        (0x3EB0_0000_0000_0000, "9.5367431640625e-7"),  // 2^-20
        (0x3E70_0000_0000_0000, "5.960464477539063e-8"),  // 2^-24
        (0x39B0_0000_0000_0000, "7.888609052210118e-31"),  // 2^-100
        (0x0010_0000_0000_0000, "2.2250738585072014e-308"),  // smallest normal
        (0x0000_0000_0000_0002, "1e-323"),  // subnormal
        (0x3FF0_0000_0000_0000, "1"),
        (0xBFF0_0000_0000_0000, "-1"),
        (0x4059_0000_0000_0000, "100"),
        (0x4341_C379_37E0_8000, "10000000000000000"),  // 1e16
        (0x7E37_E43C_8800_759C, "1e+300"),
        (0x3FB9_9999_9999_999A, "0.1"),
        (0x3FD3_3333_3333_3334, "0.30000000000000004"),  // 0.1 + 0.2
        (0x3FD5_5555_5555_5555, "0.3333333333333333"),  // 1 / 3
        (0x405E_DD2F_1A9F_BE77, "123.456"),
        (0xBFF8_0000_0000_0000, "-1.5"),
        (0x4004_0000_0000_0000, "2.5"),
        (0x4011_6666_6666_6666, "4.35"),
        (0x430C_6BF5_2634_0004, "1000000000000000.5"),
    ]

    @Test("RFC 8785 Appendix B", arguments: appendixB)
    func appendixBValue(bits: UInt64, expected: String) {
        #expect(CanonicalTestSupport.formatted(Double(bitPattern: bits)) == expected)
    }

    @Test("Layout boundaries and powers of two", arguments: boundaries)
    func boundaryValue(bits: UInt64, expected: String) {
        #expect(CanonicalTestSupport.formatted(Double(bitPattern: bits)) == expected)
    }

    @Test(
        "The shortest-digits path agrees on every case, integers included", arguments: appendixB + boundaries)
    func shortestPathAgrees(bits: UInt64, expected: String) {
        #expect(CanonicalTestSupport.formattedByShortestDigits(Double(bitPattern: bits)) == expected)
    }

    @Test("Integers below 2^53 print as their digits on both paths")
    func integerDigits() {
        var generator = SplitMix64(seed: 53)
        var values: [Int64] = [
            0, 1, -1, 9, 10, 99, 100, 1_000_000, 9_007_199_254_740_991, -9_007_199_254_740_991,
        ]
        for _ in 0..<2_000 {
            let magnitude = Int64(generator.next() >> UInt64.random(in: 11...63, using: &generator))
            values.append(generator.next() & 1 == 0 ? magnitude : -magnitude)
        }
        for integer in values {
            let value = Double(integer)
            #expect(CanonicalTestSupport.formatted(value) == String(integer))
            #expect(CanonicalTestSupport.formattedByShortestDigits(value) == String(integer))
        }
    }

    @Test("Random doubles read back exactly and use the layout their magnitude calls for")
    func randomRoundTrip() throws {
        var generator = SplitMix64(seed: 8785)
        var checked = 0
        while checked < 20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            checked += 1
            let text = CanonicalTestSupport.formatted(value)
            let parsed = try #require(Double(text), "\(text) is not a number")
            #expect(parsed.bitPattern == value.bitPattern || (value == 0 && parsed == 0), "\(text)")
            let magnitude = value.magnitude
            let exponential = magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21)
            #expect(text.contains("e") == exponential, "\(text)")
            #expect(!text.contains("e") || text.contains("e+") || text.contains("e-"), "\(text)")
            #expect(!text.hasSuffix(".0") && !text.contains("0e"), "\(text)")
        }
    }

    @Test("Negative zero prints as 0")
    func negativeZero() {
        #expect(CanonicalTestSupport.formatted(-0.0) == "0")
        #expect(CanonicalTestSupport.formattedByShortestDigits(-0.0) == "0")
    }

    @Test("Non-finite values get ECMAScript's spelling from the formatter alone")
    func nonFiniteSpelling() {
        #expect(CanonicalTestSupport.formatted(.nan) == "NaN")
        #expect(CanonicalTestSupport.formatted(.infinity) == "Infinity")
        #expect(CanonicalTestSupport.formatted(-.infinity) == "-Infinity")
    }

    @Test(
        "The writer rejects NaN and infinities without writing",
        arguments: [Double.nan, -Double.nan, .signalingNaN, .infinity, -.infinity])
    func writerRejectsNonFinite(value: Double) {
        var writer = CanonicalWriter()
        writer.beginArray()
        let error = #expect(throws: ResponseCodecError.self) { try writer.writeNumber(value) }
        #expect(error?.code == .numberOutOfRange)
        #expect(error?.pointer == "")
        #expect(error?.offset == nil)
        #expect(writer.bytes == Array("[".utf8))
    }

    @Test(
        "writeInteger writes exact digits",
        arguments: [
            (0, "0"), (7, "7"), (-7, "-7"), (30, "30"), (599, "599"),
            (9_007_199_254_740_991, "9007199254740991"), (-9_007_199_254_740_991, "-9007199254740991"),
            (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
        ])
    func writeInteger(value: Int, expected: String) {
        #expect(CanonicalTestSupport.written { $0.writeInteger(value) } == expected)
    }

    @Test("writeInteger writes exact digits at every digit count and pair boundary")
    func writeIntegerAtPowersOfTen() {
        var values: [Int] = [Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0...18 {
            values += [power - 1, power, power + 1, power / 2 * 10 + 5, -power]
            power = power &* 10
        }
        for value in values {
            #expect(CanonicalTestSupport.written { $0.writeInteger(value) } == String(value), "\(value)")
        }
    }

    @Test(
        "writeNumber and writeInteger agree on safe integers",
        arguments: [0, 1, -1, 30, 300, 1 << 52, (1 << 53) - 1])
    func numberAndIntegerAgree(value: Int) throws {
        let asNumber = try CanonicalTestSupport.written { try $0.writeNumber(Double(value)) }
        #expect(asNumber == CanonicalTestSupport.written { $0.writeInteger(value) })
    }

    @Test("ShortestDecimal reads every form Swift prints")
    func shortestDecimalParsing() {
        #expect(ShortestDecimal(1.0) == ShortestDecimal(digits: 1, digitCount: 1, pointPosition: 1))
        #expect(ShortestDecimal(100.0) == ShortestDecimal(digits: 1, digitCount: 1, pointPosition: 3))
        #expect(ShortestDecimal(123.456) == ShortestDecimal(digits: 123_456, digitCount: 6, pointPosition: 3))
        #expect(ShortestDecimal(0.001) == ShortestDecimal(digits: 1, digitCount: 1, pointPosition: -2))
        #expect(ShortestDecimal(1e-7) == ShortestDecimal(digits: 1, digitCount: 1, pointPosition: -6))
        #expect(
            ShortestDecimal(1.2345e20) == ShortestDecimal(digits: 12_345, digitCount: 5, pointPosition: 21))
        #expect(ShortestDecimal(0x1p-1074) == ShortestDecimal(digits: 5, digitCount: 1, pointPosition: -323))
        #expect(ShortestDecimal(0.0) == nil)
    }
}
