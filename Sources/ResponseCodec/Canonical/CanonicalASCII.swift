/// The ASCII bytes the canonical writer and the number formatter emit, each named once.
///
/// A separate name from any `ASCII` helper of the parser, so that the two can evolve apart.
enum CanonicalASCII {
    /// `"`, which opens and closes a string (RFC 8259 §7).
    static let quote = UInt8(ascii: "\"")
    /// `\`, which starts an escape sequence (RFC 8259 §7).
    static let backslash = UInt8(ascii: "\\")
    /// `,`, between array elements and between object members.
    static let comma = UInt8(ascii: ",")
    /// `:`, between a member name and its value.
    static let colon = UInt8(ascii: ":")
    /// `{`, which opens an object.
    static let openBrace = UInt8(ascii: "{")
    /// `}`, which closes an object.
    static let closeBrace = UInt8(ascii: "}")
    /// `[`, which opens an array.
    static let openBracket = UInt8(ascii: "[")
    /// `]`, which closes an array.
    static let closeBracket = UInt8(ascii: "]")
    /// `-`, the sign of a negative number or exponent.
    static let minus = UInt8(ascii: "-")
    /// `+`, the sign of a non-negative exponent (ECMA-262 Number::toString step 10).
    static let plus = UInt8(ascii: "+")
    /// `.`, the decimal point.
    static let period = UInt8(ascii: ".")
    /// `0`, the first decimal digit; digit `d` is `zero + d`.
    static let zero = UInt8(ascii: "0")
    /// `9`, the last decimal digit.
    static let nine = UInt8(ascii: "9")
    /// `e`, the exponent marker ECMAScript writes (lowercase).
    static let lowercaseE = UInt8(ascii: "e")
    /// `E`, the exponent marker some formatters write in uppercase.
    static let uppercaseE = UInt8(ascii: "E")
    /// `b`, as in the escape `\b` (U+0008).
    static let lowercaseB = UInt8(ascii: "b")
    /// `t`, as in the escape `\t` (U+0009).
    static let lowercaseT = UInt8(ascii: "t")
    /// `n`, as in the escape `\n` (U+000A).
    static let lowercaseN = UInt8(ascii: "n")
    /// `f`, as in the escape `\f` (U+000C).
    static let lowercaseF = UInt8(ascii: "f")
    /// `r`, as in the escape `\r` (U+000D).
    static let lowercaseR = UInt8(ascii: "r")
    /// `u`, as in the escape `\u00xx`.
    static let lowercaseU = UInt8(ascii: "u")
    /// `a`, the first lowercase hexadecimal letter; nibble `10 + d` is `lowercaseA + d`.
    static let lowercaseA = UInt8(ascii: "a")

    /// The first byte that needs no escape in a string: U+0000...U+001F must be escaped
    /// (RFC 8785 §3.2.2.2).
    static let firstUnescaped: UInt8 = 0x20

    /// The literal `null`.
    static let nullLiteral: [UInt8] = Array("null".utf8)
    /// The literal `true`.
    static let trueLiteral: [UInt8] = Array("true".utf8)
    /// The literal `false`.
    static let falseLiteral: [UInt8] = Array("false".utf8)

    /// The lowercase hexadecimal digit for `nibble` (0...15); RFC 8785 §3.2.2.2 asks for
    /// lowercase `\u00xx` escapes.
    @inline(__always)
    static func lowercaseHexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? zero &+ nibble : lowercaseA &+ (nibble &- 10)
    }
}
