import Testing

@testable import ResponseCodec

/// The writer's fast paths against their plain definitions: the arithmetic shortest digits
/// against Swift's description, and the word-at-a-time string escaping against a byte loop.
@Suite("Canonical fast paths")
struct FastPathTests {
    /// The digits Swift's description gives, the reference for ``ShortestDecimal/init(fewDigits:)``.
    private func described(_ value: Double) -> ShortestDecimal? { ShortestDecimal(value) }

    @Test("Decimals with up to 15 significant digits take the arithmetic path and agree with the description")
    func fewDigitsAgree() {
        var random = SplitMix64(seed: 0x5EED_0001)
        var arithmetic = 0
        for _ in 0..<200_000 {
            let digits = Int.random(in: 1...15, using: &random)
            let mantissa = Double(UInt64.random(in: 1..<UInt64(pow10(digits)), using: &random))
            let exponent = Int.random(in: -22...6, using: &random)
            let value = exponent < 0 ? mantissa / pow10(-exponent) : mantissa * pow10(exponent)
            let fast = ShortestDecimal(fewDigits: value)
            if let fast {
                arithmetic += 1
                #expect(fast == described(value), "\(value)")
            }
        }
        #expect(arithmetic > 150_000)
    }

    @Test("Any double: the arithmetic path answers only when it agrees with the description")
    func randomBitsAgree() {
        var random = SplitMix64(seed: 0x5EED_0002)
        for _ in 0..<200_000 {
            let value = Double(bitPattern: random.next() & 0x7FFF_FFFF_FFFF_FFFF)
            guard value.isFinite, let fast = ShortestDecimal(fewDigits: value) else { continue }
            #expect(fast == described(value), "\(value)")
        }
    }

    @Test(
        "Edge values of the arithmetic path",
        arguments: [
            0.1, 0.2, 0.3, 0.5, 1.5, 0.125, 1.87, 12.5, 49.99, 999.99, 0.000001, 1e-7, 1.5e-7, 123.456,
            0x1p-1, 0x1p-20, 0x1p49 + 0.5, 0x1p50 - 0.25, 1.0 / 3.0, 2.0 / 3.0, 0.1 + 0.2, 1e-22, 9.5e-22,
            1e21, .leastNonzeroMagnitude, 2.2250738585072014e-308, 4.35, 333_333_333.3333333,
            1_424_953_923_781_206.2,
        ])
    func edges(value: Double) {
        if let fast = ShortestDecimal(fewDigits: value) {
            #expect(fast == described(value))
        }
        #expect(
            CanonicalTestSupport.formattedByShortestDigits(value)
                == CanonicalTestSupport.formattedByShortestDigits(-value).dropFirst())
    }

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

    /// `bytes` quoted by ``ByteSink/putQuoted(_:)`` into a buffer of exactly its quoted length,
    /// so that no write may reach past the room the writer reserves.
    private func quotedInExactRoom(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { utf8 in
            let length = StringEscaping.quotedLength(utf8)
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: length)
            defer { buffer.deallocate() }
            buffer.initialize(repeating: 0)
            var sink = ByteSink(buffer, count: 0)
            sink.putQuoted(utf8)
            return Array(buffer[..<sink.count])
        }
    }

    @Test(
        "A byte right after one that needs an escape is counted and written as itself",
        arguments: [
            [0x22, 0x23], [0x5C, 0x5D], [0x1F, 0x20], [0x00, 0x20], [0x00, 0x01], [0x22, 0x22], [0x0A, 0x5C],
        ] as [[UInt8]])
    func bytesAfterAnEscape(pair: [UInt8]) {
        // The word scans flag bytes after a real hit too (a borrow), so each must be checked.
        for length in 2...40 {
            for position in 0...(length - 2) {
                var bytes = [UInt8](repeating: 0x6D, count: length)
                bytes.replaceSubrange(position..<position + 2, with: pair)
                let expected = referenceQuoted(bytes)
                #expect(quotedInExactRoom(bytes) == expected, "\(bytes)")
                #expect(bytes.withUnsafeBufferPointer(StringEscaping.quotedLength) == expected.count)
            }
        }
    }

    @Test("Strings of every length up to 40 are written within exactly their quoted length")
    func exactRoom() {
        var random = SplitMix64(seed: 0x5EED_0004)
        let alphabet: [UInt8] = Array("ab\"\\ ".utf8) + [0x00, 0x0A, 0x1F, 0xC3]
        for length in 0...40 {
            for _ in 0..<200 {
                let bytes = (0..<length).map { _ in
                    random.next() % 6 == 0 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : 0x6D
                }
                #expect(quotedInExactRoom(bytes) == referenceQuoted(bytes), "\(bytes)")
            }
        }
    }

    /// 10^exponent, exactly for 0...22.
    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
