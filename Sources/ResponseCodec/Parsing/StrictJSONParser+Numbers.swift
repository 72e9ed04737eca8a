/// Numbers (RFC 8259 §6) and the range rules of spec/response-format.md §5.4 (RFC 7493 §2.2).
extension ByteParser {
    /// Exact powers of ten 10^0...10^22: all are exactly representable as doubles
    /// (5^22 < 2^53), which the Clinger fast path relies on.
    static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// 2^53 - 1, the largest integer below which every integer is a double (RFC 7493 §2.2).
    static var maxSafeInteger: UInt64 { UInt64(JSONValue.maxSafeInteger) }

    /// Reads the number at `index` (RFC 8259 §6:
    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`) and returns the nearest double,
    /// ties to even; `index` ends after the number.
    ///
    /// Syntax faults are at the first byte that cannot continue the number. Once the number
    /// ends, `number_out_of_range` is reported at its first byte when (a) the double is
    /// infinite, (b) it is zero though a digit is not, or (c) it is an integer literal above
    /// 2^53 - 1 that is not the ECMAScript form of its double (spec/response-format.md §5.4).
    ///
    /// The sign and the integer part are read here, inlined where numbers are read, so that the
    /// common short integer returns at once; the rest is ``parseNumber(from:integerEnd:_:)``.
    @inline(__always)
    mutating func parseNumber() throws(ResponseCodecError) -> Double {
        let start = index
        var position = start
        let negative = input[position] == ASCII.minus
        if negative { position += 1 }

        // The first (up to) 19 significant digits, exact in a UInt64, and the power of ten
        // that scales them: value = mantissa * 10^(exponent + scale).
        var digits = NumberDigits()

        // Integer part: `0` alone, or a nonzero digit and any digits.
        guard position < count, ASCII.isDigit(input[position]) else {
            throw syntaxFault(at: position, expected: "a digit")
        }
        if input[position] == ASCII.zero {
            position += 1
        } else {
            while position < count {
                let digit = input[position] &- ASCII.zero
                guard digit < 10 else { break }
                digits.significant += 1
                if digits.significant <= 19 {
                    digits.mantissa = digits.mantissa &* 10 &+ UInt64(digit)
                } else {
                    digits.scale += 1
                }
                position += 1
            }
        }

        // The common integer of at most 15 digits, with neither fraction nor exponent, is an
        // exact double, and none of the range rules can reject it.
        if digits.significant <= 15
            && (position == count
                || (input[position] != ASCII.period && input[position] | 0x20 != ASCII.lowerE))
        {
            index = position
            let magnitude = Double(digits.mantissa)
            return negative ? -magnitude : magnitude
        }
        return try parseNumber(from: start, integerEnd: position, digits)
    }

    /// The digits of a number literal read so far: value = mantissa * 10^(exponent + scale).
    struct NumberDigits {
        /// The first (up to) 19 significant digits, exact in a UInt64.
        var mantissa: UInt64 = 0
        /// How many significant digits there are, all of them.
        var significant = 0
        /// The power of ten that scales the mantissa, before the exponent.
        var scale = 0
    }

    /// Reads the fraction and exponent of the number that starts at `start` and whose integer
    /// part ends at `integerEnd`, and applies the range rules (see ``parseNumber()``).
    @inline(never)
    private mutating func parseNumber(from start: Int, integerEnd: Int, _ digits: NumberDigits)
        throws(ResponseCodecError) -> Double
    {
        let negative = input[start] == ASCII.minus
        var position = integerEnd
        var mantissa = digits.mantissa
        var significantDigits = digits.significant
        var scale = digits.scale

        // Fraction: `.` and at least one digit.
        if position < count && input[position] == ASCII.period {
            position += 1
            let fractionStart = position
            while position < count {
                let digit = input[position] &- ASCII.zero
                guard digit < 10 else { break }
                if significantDigits == 0 && digit == 0 {
                    scale -= 1  // a leading zero of the fraction only scales
                } else {
                    significantDigits += 1
                    if significantDigits <= 19 {
                        mantissa = mantissa &* 10 &+ UInt64(digit)
                        scale -= 1
                    }
                }
                position += 1
            }
            guard position > fractionStart else {
                throw syntaxFault(at: position, expected: "a digit after '.'")
            }
        }

        // Exponent: `e` or `E`, an optional sign and at least one digit. Saturates far beyond
        // any exponent a double can need, so it cannot overflow.
        var exponent = 0
        if position < count && (input[position] | 0x20) == ASCII.lowerE {
            position += 1
            var exponentNegative = false
            if position < count && (input[position] == ASCII.plus || input[position] == ASCII.minus) {
                exponentNegative = input[position] == ASCII.minus
                position += 1
            }
            let exponentStart = position
            while position < count {
                let digit = input[position] &- ASCII.zero
                guard digit < 10 else { break }
                if exponent < 1 << 40 { exponent = exponent * 10 + Int(digit) }
                position += 1
            }
            guard position > exponentStart else {
                throw syntaxFault(at: position, expected: "a digit in the exponent")
            }
            if exponentNegative { exponent = -exponent }
        }
        index = position

        let isIntegerLiteral = position == integerEnd
        let magnitude =
            fastMagnitude(mantissa, digits: significantDigits, powerOfTen: exponent + scale)
            ?? slowValue(from: start, to: position).magnitude
        let value = negative ? -magnitude : magnitude

        // (a) and (b): the double cannot carry the number.
        if !value.isFinite {
            throw fault(
                .numberOutOfRange, at: start, "number is too large for an IEEE 754 double (RFC 7493 §2.2)")
        }
        if value == 0 && significantDigits > 0 {
            throw fault(
                .numberOutOfRange, at: start, "nonzero number underflows to zero as an IEEE 754 double")
        }
        // (c): an integer literal beyond 2^53 - 1 must be what ECMAScript prints for its double.
        if isIntegerLiteral
            && (significantDigits > 16 || (significantDigits == 16 && mantissa > Self.maxSafeInteger))
            && !StrictJSONParser.integerLiteralIsCanonical(
                UnsafeRawBufferPointer(rebasing: input[start..<position]), value: value)
        {
            throw fault(
                .numberOutOfRange, at: start,
                "integer above 2^53 - 1 is not exactly representable as an IEEE 754 double (RFC 7493 §2.2)")
        }
        return value
    }

    /// The correctly rounded value of `mantissa * 10^powerOfTen` when it can be computed exactly
    /// with one double operation, else `nil`.
    ///
    /// Clinger's fast path: a mantissa of at most 15 digits is an exact double, and so is
    /// 10^k for k ≤ 22, so one IEEE multiplication or division rounds only once. An integer
    /// literal of up to 15 digits is the case `powerOfTen == 0`. When the mantissa has room, some
    /// of a larger exponent moves into it (`123e25` is `123000e22`).
    @inline(__always)
    func fastMagnitude(_ mantissa: UInt64, digits: Int, powerOfTen: Int) -> Double? {
        if mantissa == 0 { return 0 }
        guard digits <= 15 else { return nil }
        let powers = Self.exactPowersOfTen
        if powerOfTen >= 0 {
            if powerOfTen <= 22 { return Double(mantissa) * powers[powerOfTen] }
            let shift = powerOfTen - 22
            guard digits + shift <= 15 else { return nil }
            var widened = mantissa
            for _ in 0..<shift { widened &*= 10 }
            return Double(widened) * powers[22]
        }
        guard powerOfTen >= -22 else { return nil }
        return Double(mantissa) / powers[-powerOfTen]
    }

    /// The correctly rounded value of the number literal in `start..<end`, from the standard
    /// library's decimal-to-double conversion; infinity on overflow, zero on underflow.
    @inline(never)
    func slowValue(from start: Int, to end: Int) -> Double {
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: input[start..<end]), as: UTF8.self)
        // The grammar has been checked, so the conversion cannot fail; a NaN would still be
        // reported as out of range rather than accepted.
        return Double(text) ?? .nan
    }
}

extension StrictJSONParser {
    /// Whether the integer literal `literal` (`-?[1-9][0-9]*` or `0`) is exactly the ECMAScript
    /// `Number.prototype.toString` form of `value`, its nearest double (ECMA-262 §6.1.6.1.20,
    /// Number::toString; spec/response-format.md §5.4 (c)).
    ///
    /// For an integral |value| below 10^21, ECMAScript prints the shortest round-trip digits of
    /// the value followed by zeros up to the decimal point; from 10^21 on it uses exponent form,
    /// which no integer literal matches. The shortest digits are those of ``ShortestDecimal``.
    static func integerLiteralIsCanonical(_ literal: some Collection<UInt8>, value: Double) -> Bool {
        guard value.isFinite else { return false }
        var digits = literal[...]
        let literalNegative = digits.first == ASCII.minus
        if literalNegative { digits = digits.dropFirst() }
        if value == 0 {
            // ECMAScript prints both zeros as "0".
            return !literalNegative && digits.elementsEqual([ASCII.zero])
        }
        let magnitude = value.magnitude
        // From 2^52 on every double is an integer; below it, an integer survives the trip through Int64.
        let isIntegral = magnitude >= 0x1p52 || Double(Int64(magnitude)) == magnitude
        guard literalNegative == (value < 0), magnitude < 1e21, isIntegral,
            let shortest = ShortestDecimal(magnitude), digits.count == shortest.pointPosition
        else { return false }
        // ES form: the `digitCount` shortest digits, then zeros up to the decimal point. Both
        // digit runs start with a nonzero digit, so equal values of equal length are equal runs.
        var leading: UInt64 = 0
        for (position, byte) in digits.enumerated() {
            if position < shortest.digitCount {
                leading = leading &* 10 &+ UInt64(byte &- ASCII.zero)
            } else if byte != ASCII.zero {
                return false
            }
        }
        return leading == shortest.digits
    }
}
