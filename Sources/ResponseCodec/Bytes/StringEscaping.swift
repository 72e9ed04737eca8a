// RFC 8785 §3.2.2.2: strings are written as ECMAScript's JSON.stringify writes them
// (ECMA-262 QuoteJSONString), which for well-formed Unicode is:
//   U+0008 \b, U+0009 \t, U+000A \n, U+000C \f, U+000D \r, U+0022 \", U+005C \\,
//   the other U+0000...U+001F as \u00xx with lowercase hex digits,
//   everything else (including "/", U+007F, U+2028, U+2029, non-BMP) as itself, in UTF-8.
// A Swift `String` holds only Unicode scalar values, so there are no lone surrogates to escape.
//
// Only ASCII bytes are ever escaped, and no byte of a multi-byte UTF-8 sequence is ASCII, so the
// scans go byte by byte (eight at a time) without decoding.

/// Finding the bytes of a string that need an escape, and the length of the quoted form.
enum StringEscaping {
    /// Calls `body` with the UTF-8 bytes of `string`, without copying the string when its
    /// storage is contiguous (always, for native strings).
    @inline(__always)
    static func withUTF8<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = string
        return contiguous.withUTF8(body)
    }

    /// Strings up to this many bytes are given room for the worst case (every byte a six-byte
    /// `\u00xx`) without looking at them; longer ones are measured exactly, so that a long
    /// string never reserves six times its size.
    static let boundedLength = 128

    /// Room enough for `utf8` quoted and escaped: the worst case for a short string, the
    /// exact length for a long one.
    @inline(__always)
    static func quotedLengthBound(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        utf8.count <= boundedLength ? 6 &* utf8.count &+ 2 : quotedLength(utf8)
    }

    /// The exact length of `utf8` quoted and escaped: sixteen bytes at a time, looking closely
    /// only at a word with a byte that may need an escape, then the last bytes as the word that
    /// ends the string.
    static func quotedLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let count = utf8.count
        var length = count &+ 2
        guard let source = utf8.baseAddress, count >= 8 else {
            for byte in utf8 where needsEscape(byte) { length &+= escapeLength(byte) &- 1 }
            return length
        }
        var index = 0
        while count &- index > 16 {
            let first = word(at: source + index)
            let second = word(at: source + (index &+ 8))
            let firstFlags = escapeFlags(first)
            let secondFlags = escapeFlags(second)
            if firstFlags | secondFlags != 0 {
                length &+= extraLength(first, candidates: firstFlags)
                length &+= extraLength(second, candidates: secondFlags)
            }
            index &+= 16
        }
        if count &- index > 8 {
            let middle = word(at: source + index)
            length &+= extraLength(middle, candidates: escapeFlags(middle))
            index &+= 8
        }
        // 1 to 8 bytes are left: the word ending at the last byte, without the bytes before
        // `index`, which are counted already.
        let last = word(at: source + (count &- 8))
        let counted = UInt64(truncatingIfNeeded: 8 &- (count &- index)) &* 8
        length &+= extraLength(last, candidates: escapeFlags(last) & ~0 &<< counted)
        return length
    }

    /// What escaping adds to the length of the bytes of `word` whose high bits are among
    /// `candidates`: each candidate is checked, since ``escapeFlags(_:)`` may flag bytes after
    /// one that needs an escape.
    @inline(__always)
    private static func extraLength(_ word: UInt64, candidates: UInt64) -> Int {
        var extra = 0
        var rest = candidates
        while rest != 0 {
            // The flag is the high bit of its byte, so clearing the low three bits of its
            // position gives the byte's first bit.
            let byte = UInt8(truncatingIfNeeded: word &>> UInt64(rest.trailingZeroBitCount & ~7))
            if needsEscape(byte) { extra &+= escapeLength(byte) &- 1 }
            rest &= rest &- 1
        }
        return extra
    }

    /// The eight bytes at `pointer` as a word, the first in the low bits.
    @inline(__always)
    static func word(at pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The length of the escape sequence of a byte that needs one: 2 (`\n`, `\"`, ...) or 6 (`\u001f`).
    @inline(__always)
    static func escapeLength(_ byte: UInt8) -> Int {
        shortEscape(byte) == nil ? 6 : 2
    }

    /// The letter of the two-character escape of `byte` (RFC 8785 §3.2.2.2), if it has one.
    @inline(__always)
    static func shortEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x08: ASCII.lowerB
        case 0x09: ASCII.lowerT
        case 0x0A: ASCII.lowerN
        case 0x0C: ASCII.lowerF
        case 0x0D: ASCII.lowerR
        case ASCII.quote, ASCII.backslash: byte
        default: nil
        }
    }

    /// Whether `byte` needs an escape: a control byte below 0x20, `"` or `\`.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < ASCII.firstUnescaped || byte == ASCII.quote
            || byte == ASCII.backslash
    }

    /// The high bit of each byte of `word` (eight bytes, little-endian: the first in the low
    /// bits) that needs an escape, and possibly of bytes after it (see ``matchBits(of:in:)``).
    /// The parser's plain runs end at the same bytes.
    @inline(__always)
    static func escapeFlags(_ word: UInt64) -> UInt64 {
        let controls = (word &- wordOnes &* UInt64(ASCII.firstUnescaped)) & ~word
        let hits =
            controls | matchBits(of: ASCII.quote, in: word)
            | matchBits(of: ASCII.backslash, in: word)
        return hits & (wordOnes &<< 7)
    }

    /// The high bit of each byte of `word` equal to `byte`, and possibly of bytes after the first
    /// of them.
    @inline(__always)
    static func flags(of byte: UInt8, in word: UInt64) -> UInt64 {
        matchBits(of: byte, in: word) & (wordOnes &<< 7)
    }

    /// ``flags(of:in:)`` before the high bits are kept: a zero byte of `word ^ (0x01…01·byte)`
    /// shows as `(x - 0x01…01) & ~x`, where a borrow can mark only bytes above a real hit, so the
    /// lowest high bit is exact.
    @inline(__always)
    private static func matchBits(of byte: UInt8, in word: UInt64) -> UInt64 {
        let matches = word ^ (wordOnes &* UInt64(byte))
        return (matches &- wordOnes) & ~matches
    }

    /// 0x01 in every byte of a word.
    private static let wordOnes: UInt64 = 0x0101_0101_0101_0101
}
