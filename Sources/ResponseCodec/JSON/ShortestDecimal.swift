/// The shortest round-trip decimal digits of a positive finite double: the value is
/// `0.d1...dk × 10^pointPosition`, where `digits` is the integer `d1...dk` and `dk != 0`.
/// (In ECMA-262 Number::toString step 5 terms: s = `digits`, k = `digitCount`, n = `pointPosition`.)
/// The digits are the shortest that round-trip and, among those, the closest to the value.
struct ShortestDecimal: Equatable {
    /// The significant digits as an integer, without trailing zeros; at most 17 digits.
    var digits: UInt64
    /// How many decimal digits `digits` has (k).
    var digitCount: Int
    /// Where the decimal point goes, counted in digits from the left of `digits` (n).
    var pointPosition: Int

    /// Decimal digits that can be held exactly: 19 always fit in a UInt64.
    private static let maximumDigitCount = 19
}

extension ShortestDecimal {
    /// Reads the digits of `magnitude`'s Swift description, which prints the shortest digits
    /// that round-trip, and of those the closest to the value (SwiftDtoa), in any of the forms
    /// `123.456`, `1.0`, `0.001`, `1e-07`, `1.2345e+20`, `5e-324`. Returns `nil` for zero and
    /// for anything that holds no nonzero digit.
    init?(_ magnitude: Double) {
        var digits: UInt64 = 0
        var digitCount = 0
        var pointPosition = 0
        var seenPoint = false
        var inExponent = false
        var exponentNegative = false
        var exponent = 0
        for byte in magnitude.description.utf8 {
            switch byte {
            case ASCII.zero...ASCII.nine where inExponent:
                // Swift's exponents have at most 3 digits; the cap keeps a bad one harmless.
                if exponent < 100_000 { exponent = exponent * 10 + Int(byte &- ASCII.zero) }
            case ASCII.zero...ASCII.nine:
                let digit = UInt64(byte &- ASCII.zero)
                if digitCount == 0 && digit == 0 {
                    // A leading zero is not significant; after the point it moves the point left.
                    if seenPoint { pointPosition -= 1 }
                } else if digitCount < Self.maximumDigitCount {
                    digits = digits * 10 + digit
                    digitCount += 1
                    if !seenPoint { pointPosition += 1 }
                } else if !seenPoint {
                    pointPosition += 1  // never happens with Swift's at most 17 digits
                }
            case ASCII.period:
                seenPoint = true
            case ASCII.lowerE, ASCII.upperE:
                inExponent = true
            case ASCII.minus where inExponent:
                exponentNegative = true
            default:
                break  // a leading sign or an exponent's "+"
            }
        }
        guard digitCount > 0 else { return nil }
        // "100.0" gives 1000.
        self.init(
            trimming: digits, digitCount: digitCount,
            pointPosition: pointPosition + (exponentNegative ? -exponent : exponent))
    }

    /// The nonzero `digits`, `digitCount` of them with the point after `pointPosition`, without
    /// their trailing zeros, which are not significant (step 5 wants k minimal).
    init(trimming digits: UInt64, digitCount: Int, pointPosition: Int) {
        var digits = digits
        var digitCount = digitCount
        while digits % 10 == 0 {
            digits /= 10
            digitCount -= 1
        }
        self.init(digits: digits, digitCount: digitCount, pointPosition: pointPosition)
    }
}
