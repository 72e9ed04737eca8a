/// The bytes the JSON grammar names, each spelled once (RFC 8259 §2, §6, §7).
///
/// JSON's structural characters, literals, number characters and escape letters are all
/// ASCII, so the parser compares raw UTF-8 bytes with these constants and never decodes
/// characters outside strings, and the canonical writer and the number formatter emit them.
enum ASCII {
    /// `"`: opens and closes a string (RFC 8259 §7).
    static let quote = UInt8(ascii: "\"")
    /// `\`: begins an escape sequence in a string (RFC 8259 §7).
    static let backslash = UInt8(ascii: "\\")
    /// `/`: may be escaped as `\/` (RFC 8259 §7).
    static let slash = UInt8(ascii: "/")
    /// `,`: the value separator (RFC 8259 §2).
    static let comma = UInt8(ascii: ",")
    /// `:`: the name separator (RFC 8259 §2).
    static let colon = UInt8(ascii: ":")
    /// `[`: begin-array (RFC 8259 §2).
    static let leftBracket = UInt8(ascii: "[")
    /// `]`: end-array (RFC 8259 §2).
    static let rightBracket = UInt8(ascii: "]")
    /// `{`: begin-object (RFC 8259 §2).
    static let leftBrace = UInt8(ascii: "{")
    /// `}`: end-object (RFC 8259 §2).
    static let rightBrace = UInt8(ascii: "}")

    /// Space, one of the four insignificant whitespace bytes (RFC 8259 §2).
    static let space = UInt8(ascii: " ")
    /// Horizontal tab, whitespace (RFC 8259 §2).
    static let tab = UInt8(ascii: "\t")
    /// Line feed, whitespace (RFC 8259 §2); also the line separator of error locations.
    static let lineFeed = UInt8(ascii: "\n")
    /// Carriage return, whitespace (RFC 8259 §2).
    static let carriageReturn = UInt8(ascii: "\r")
    /// Backspace, the value of the `\b` escape (RFC 8259 §7).
    static let backspace: UInt8 = 0x08
    /// Form feed, the value of the `\f` escape (RFC 8259 §7); not whitespace in JSON.
    static let formFeed: UInt8 = 0x0C
    /// The first byte that needs no escape in a string: U+0000...U+001F must be escaped
    /// (RFC 8259 §7, RFC 8785 §3.2.2.2).
    static let firstUnescaped: UInt8 = 0x20

    /// `-`: the minus sign of a number (RFC 8259 §6).
    static let minus = UInt8(ascii: "-")
    /// `+`: an exponent sign (RFC 8259 §6).
    static let plus = UInt8(ascii: "+")
    /// `.`: the decimal point (RFC 8259 §6).
    static let period = UInt8(ascii: ".")
    /// `0`, the first decimal digit (RFC 8259 §6).
    static let zero = UInt8(ascii: "0")
    /// `9`, the last decimal digit (RFC 8259 §6).
    static let nine = UInt8(ascii: "9")
    /// `e`, the exponent marker (RFC 8259 §6), the one ECMAScript writes.
    static let lowerE = UInt8(ascii: "e")
    /// `E`, the exponent marker (RFC 8259 §6).
    static let upperE = UInt8(ascii: "E")

    /// `t`: starts `true`; `\t` is the tab escape (RFC 8259 §3, §7).
    static let lowerT = UInt8(ascii: "t")
    /// `f`: starts `false`; `\f` is the form feed escape (RFC 8259 §3, §7).
    static let lowerF = UInt8(ascii: "f")
    /// `n`: starts `null`; `\n` is the line feed escape (RFC 8259 §3, §7).
    static let lowerN = UInt8(ascii: "n")
    /// `b`: `\b` is the backspace escape (RFC 8259 §7).
    static let lowerB = UInt8(ascii: "b")
    /// `r`: `\r` is the carriage return escape (RFC 8259 §7).
    static let lowerR = UInt8(ascii: "r")
    /// `u`: `\u` begins a four-hex-digit escape (RFC 8259 §7).
    static let lowerU = UInt8(ascii: "u")
    /// `a`, the first lowercase hex digit letter (RFC 8259 §7, `HEXDIG` of RFC 5234).
    static let lowerA = UInt8(ascii: "a")

    /// Whether `byte` is one of the four whitespace bytes of RFC 8259 §2 (space, tab, LF, CR).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == lineFeed || byte == carriageReturn || byte == tab
    }

    /// Whether `byte` is a decimal digit `0`...`9` (RFC 8259 §6 `DIGIT`).
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- zero < 10
    }

    /// The value of a hexadecimal digit (`0`-`9`, `a`-`f`, `A`-`F`, RFC 5234 `HEXDIG` as RFC 8259 §7
    /// uses it, case-insensitively), or `nil` if `byte` is not one.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt32? {
        if byte &- zero < 10 { return UInt32(byte &- zero) }
        let folded = byte | 0x20  // ASCII letters: lowercase
        if folded &- lowerA < 6 { return UInt32(folded &- lowerA) + 10 }
        return nil
    }

    /// The lowercase hexadecimal digit for `nibble` (0...15); RFC 8785 §3.2.2.2 asks for
    /// lowercase `\u00xx` escapes.
    @inline(__always)
    static func lowerHexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? zero &+ nibble : lowerA &+ (nibble &- 10)
    }

    /// A readable spelling of `byte` for error reasons: `'x'` for printable ASCII, ``hex(_:)`` otherwise.
    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte <= 0x7E {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        return hex(byte)
    }

    /// `byte` as `0xNN`, two uppercase hex digits, for error reasons.
    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0x0\(digits)" : "0x\(digits)"
    }
}
