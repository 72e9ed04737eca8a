/// Where two byte strings first differ, shown readably around that offset: what a golden
/// mismatch prints so that a person sees the fault without a hex editor.
public struct ByteDiff: Sendable, Hashable, CustomStringConvertible {
    /// The first differing offset, or `nil` when the bytes are equal.
    public let offset: Int?
    /// The expected bytes around the offset, escaped.
    public let expectedContext: String
    /// The actual bytes around the offset, escaped.
    public let actualContext: String

    /// Compares `expected` with `actual`.
    public init(expected: [UInt8], actual: [UInt8], radius: Int = 24) {
        let common = zip(expected, actual).prefix { $0 == $1 }.count
        guard common < max(expected.count, actual.count) else {
            offset = nil
            expectedContext = ""
            actualContext = ""
            return
        }
        offset = common
        let start = max(0, common - radius)
        expectedContext = Self.printable(expected[start..<min(expected.count, common + radius)])
        actualContext = Self.printable(actual[start..<min(actual.count, common + radius)])
    }

    /// `first difference at byte N: expected «…» got «…»`.
    public var description: String {
        guard let offset else { return "identical" }
        return "first difference at byte \(offset): expected «\(expectedContext)» got «\(actualContext)»"
    }

    /// Bytes as text: printable ASCII as is, everything else as `\xNN`.
    public static func printable(_ bytes: ArraySlice<UInt8>) -> String {
        var text = ""
        for byte in bytes {
            if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text +=
                    byte == UInt8(ascii: "\\")
                    ? "\\\\" : "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return text
    }
}
