import Testing

@testable import ResponseCodec

/// The writer's fast paths against their plain definitions: the word-at-a-time string escaping
/// against a byte loop.
@Suite("Canonical fast paths")
struct FastPathTests {
    /// The quoted form of `bytes` by the plain rule, one byte at a time (RFC 8785 §3.2.2.2).
    private func referenceQuoted(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x22]
        let short: [UInt8: UInt8] = [
            0x08: 0x62, 0x09: 0x74, 0x0A: 0x6E, 0x0C: 0x66, 0x0D: 0x72, 0x22: 0x22, 0x5C: 0x5C,
        ]
        for byte in bytes {
            if let letter = short[byte] {
                result += [0x5C, letter]
            } else if byte < 0x20 {
                let hex = Array("0123456789abcdef".utf8)
                result += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                result.append(byte)
            }
        }
        return result + [0x22]
    }

    @Test("Strings of every length up to 40, with escapes anywhere, are quoted as byte by byte")
    func stringsAgree() {
        var random = SplitMix64(seed: 0x5EED_0003)
        let alphabet: [UInt8] =
            Array("abcXYZ019 /~".utf8) + [0x22, 0x5C, 0x00, 0x01, 0x08, 0x0A, 0x1F, 0x7F] + [0xC3, 0xA9]
        for length in 0...40 {
            for _ in 0..<300 {
                // Mostly plain text, with an escape or a multi-byte character now and then.
                var string = ""
                while string.utf8.count < length {
                    let byte =
                        random.next() % 8 == 0 ? alphabet.randomElement(using: &random)! : UInt8(ascii: "m")
                    string += byte == 0xC3 || byte == 0xA9 ? "é" : String(UnicodeScalar(byte))
                }
                let expected = referenceQuoted(Array(string.utf8))
                #expect(
                    Array(CanonicalTestSupport.written { $0.writeString(string) }.utf8) == expected,
                    "\(Array(string.utf8))")
                #expect(StringEscaping.withUTF8(string, StringEscaping.quotedLength) == expected.count)
            }
        }
    }
}
