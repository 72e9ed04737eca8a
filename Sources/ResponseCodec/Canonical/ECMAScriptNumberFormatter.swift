/// Writes a double exactly as ECMAScript's `Number.prototype.toString()` does (ECMA-262,
/// ES2023 §6.1.6.1.20 Number::toString with radix 10), the number form RFC 8785 §3.2.2.3 requires.
///
/// Examples: `-0` → `0`, `1e21` → `1e+21`, `1e20` → `100000000000000000000`, `1e-7` → `1e-7`,
/// `0.000001` → `0.000001`, the largest double → `1.7976931348623157e+308`, the smallest → `5e-324`.
///
/// The digits are the shortest that read back as the same double (Number::toString step 5) and,
/// among those, the closest to it, the even one on a tie (step 5 as its Note 2 recommends and
/// engines implement). Integral values below 2^53 in magnitude, the common case,
/// are written straight from their integer value. Values with up to about 15 significant digits
/// (prices, ratios) find their digits by a few exact multiplications and divisions
/// (``ShortestDecimal/init(fewDigits:)``); the others take their shortest digits from Swift's
/// `description`, whose SwiftDtoa algorithm makes the same choice. Either way the digits are laid
/// out by the ECMAScript rules. Nothing is allocated on the heap except, for a value whose Swift
/// description is longer than 15 bytes, that description.
enum ECMAScriptNumberFormatter {
    /// The longest form: 25 bytes (`-0.00000dddddddddddddddddd`).
    static let maximumLength = 25

    /// Appends the ECMAScript form of `value` to `bytes`.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        bytes.appendThroughSink(atLeast: maximumLength) { append(value, to: &$0) }
    }

    /// Writes the ECMAScript form of `value`; needs ``maximumLength`` bytes of room.
    ///
    /// Meant for finite values: a NaN or an infinity, which JSON cannot hold, is written as
    /// ECMAScript would (`NaN`, `Infinity`, `-Infinity`; Number::toString steps 1, 3 and 4), so
    /// callers that emit JSON must reject them first.
    static func append(_ value: Double, to sink: inout ByteSink) {
        // Fast path: an integer of magnitude below 2^53 is exactly representable, as are all
        // integers with fewer digits, so its own digits are the shortest (step 5) and, having
        // at most 16 of them (n <= 16), are written without exponent (step 6.a). Covers +0 and
        // -0 (step 2) and the sign (step 3).
        if value.magnitude < 0x1p53 {
            let integer = Int64(value)  // in range: |value| < 2^53; NaN fails the comparison
            if Double(integer) == value {
                appendInteger(magnitude: integer.magnitude, negative: integer < 0, to: &sink)
                return
            }
        }
        guard value.isFinite else {
            appendNonFinite(value, to: &sink)
            return
        }
        appendShortest(value, to: &sink)
    }

    /// Writes the decimal digits of an integer, with a `-` when `negative` and the magnitude is
    /// not zero. For magnitudes up to 2^53 this is the ECMAScript form of the double of that value.
    static func appendInteger(magnitude: UInt64, negative: Bool, to sink: inout ByteSink) {
        if negative && magnitude != 0 { sink.put(ASCII.minus) }
        sink.putDecimal(magnitude)
    }

    /// Writes a finite value by its shortest round-trip digits. Also correct for integral
    /// values; ``append(_:to:)-(_,ByteSink)`` only routes the others here.
    static func appendShortest(_ value: Double, to sink: inout ByteSink) {
        guard let decimal = ShortestDecimal(fewDigits: value.magnitude) ?? ShortestDecimal(value.magnitude)
        else {
            sink.put(ASCII.zero)  // zero: step 2
            return
        }
        appendLaidOut(decimal, negative: value < 0, to: &sink)
    }

    /// ECMA-262 Number::toString steps 3 and 6 to 12: the sign, then the decimal point or the exponent.
    ///
    /// With digits `d1...dk` and the point after `n` of them (the value is `0.d1...dk × 10^n`):
    /// - `-5 <= n <= 21` (step 6), and
    ///   - `n >= k`: the digits, then `n - k` zeros (step 6.a);
    ///   - `0 < n < k`: the first `n` digits, `.`, the others (step 6.b);
    ///   - `n <= 0`: `0.`, `-n` zeros, the digits (step 6.c);
    /// - otherwise `d1`, then `.d2...dk` if `k > 1`, then `e`, the sign of `n - 1`, and
    ///   `abs(n - 1)` (steps 9 to 12).
    private static func appendLaidOut(_ decimal: ShortestDecimal, negative: Bool, to sink: inout ByteSink) {
        let digits = decimal.digits
        let digitCount = decimal.digitCount
        let pointPosition = decimal.pointPosition
        if negative { sink.put(ASCII.minus) }  // step 3: "-" and toString(-x)
        if -5 <= pointPosition && pointPosition <= 21 {
            if digitCount <= pointPosition {
                sink.putDecimal(digits, digitCount: digitCount)  // step 6.a
                for _ in digitCount..<pointPosition { sink.put(ASCII.zero) }
            } else if 0 < pointPosition {
                sink.putDecimal(digits, digitCount: digitCount, pointAfter: pointPosition)  // step 6.b
            } else {
                sink.put(ASCII.zero, ASCII.period)  // step 6.c
                for _ in 0 ..< -pointPosition { sink.put(ASCII.zero) }
                sink.putDecimal(digits, digitCount: digitCount)
            }
        } else {
            if digitCount > 1 {  // steps 11 and 12
                sink.putDecimal(digits, digitCount: digitCount, pointAfter: 1)
            } else {
                sink.putDecimal(digits, digitCount: 1)
            }
            let exponent = pointPosition - 1
            sink.put(ASCII.lowerE, exponent < 0 ? ASCII.minus : ASCII.plus)  // steps 9 and 10
            sink.putDecimal(UInt64(exponent.magnitude))
        }
    }

    /// ECMA-262 Number::toString steps 1, 3 and 4, for completeness: `NaN`, `Infinity`, `-Infinity`.
    private static func appendNonFinite(_ value: Double, to sink: inout ByteSink) {
        if value.isNaN {
            sink.put("NaN")
        } else {
            if value < 0 { sink.put(ASCII.minus) }
            sink.put("Infinity")
        }
    }
}

extension ShortestDecimal {
    /// The shortest digits of a positive `magnitude` with few significant digits (up to about
    /// 15), found by arithmetic instead of printing: for the smallest `p` from 1 to 22 such
    /// that `m = round(magnitude × 10^p)` reads back as `magnitude`. `nil` when there is no such
    /// `p` with `magnitude × 10^p < 2^50`, for zero, a non-finite value, or when more digits are
    /// needed; ``init(_:)`` then reads them from Swift's description.
    ///
    /// Why this is Number::toString step 5 exactly:
    /// - `m × 10^-p` reads back as `magnitude` exactly when the correctly rounded quotient
    ///   `Double(m) / 10^p` is `magnitude`: `m < 2^50` and `10^p` (p <= 22) are exact doubles, and
    ///   IEEE division rounds to nearest, ties to even, as reading a decimal does.
    /// - A decimal with `p` fraction digits that reads back lies within half an ulp of
    ///   `magnitude`; scaled by `10^p` that is at most one ulp of the product, at most 1/8 below
    ///   2^50. So of the integers `c`, only the one nearest to `magnitude × 10^p` can qualify, and
    ///   `m` is that one whenever it qualifies (the product is off by at most 1/8), and a product
    ///   halfway between two integers has no candidate.
    /// - So the first `p` that works gives the fewest digits, and its `m` is the only candidate
    ///   with that many digits, hence also the closest to the value.
    init?(fewDigits magnitude: Double) {
        guard magnitude > 0 else { return nil }
        var scale = 1.0
        for fractionDigits in 1...22 {
            scale *= 10  // exact: 10^p is a double for p <= 22
            let scaled = magnitude * scale
            guard scaled < 0x1p50 else { return nil }  // also false for a NaN or an infinity
            // Adding 2^52 rounds to an integer, as the doubles from 2^52 to 2^53 are exactly the
            // integers (which way a tie goes does not matter: see above); that integer is then
            // the sum's significand field.
            let shifted = scaled + 0x1p52
            let rounded = shifted - 0x1p52
            guard rounded != 0, rounded / scale == magnitude else { continue }
            let candidate = shifted.bitPattern & (1 << 52 - 1)
            var digitCount = 1
            var power: UInt64 = 10
            while candidate >= power {
                digitCount &+= 1
                power &*= 10
            }
            // Only an integral magnitude has trailing zeros here (p = 1).
            self.init(trimming: candidate, digitCount: digitCount, pointPosition: digitCount - fractionDigits)
            return
        }
        return nil
    }
}

extension Double {
    /// The number as ECMAScript's `Number.prototype.toString` writes it (`1e+21`,
    /// `10000000000000000000`): its canonical spelling (RFC 8785 §3.2.2.3), for reasons.
    package var ecmaScriptSpelling: String {
        var bytes: [UInt8] = []
        ECMAScriptNumberFormatter.append(self, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
