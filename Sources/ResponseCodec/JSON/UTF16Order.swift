/// The member order of RFC 8785 §3.2.3: names compared as arrays of UTF-16 code units.
///
/// This differs from comparing UTF-8 bytes (code point order) only when one name has a
/// supplementary-plane character (U+10000 and up, a surrogate pair in UTF-16, 0xD800...0xDBFF)
/// where the other has a BMP character from U+E000 to U+FFFF: UTF-16 puts the pair first.
public enum UTF16Order {
    /// Whether `lhs` sorts strictly before `rhs` by UTF-16 code units.
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs.utf8.makeIterator()
        var right = rhs.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let a?, let b?):
                if a == b { continue }
                // First differing byte: both are at the same offset of a scalar that differs.
                // Lead bytes 0xF0...0xF4 (4-byte, supplementary) sort before 0xEE/0xEF lead bytes
                // (U+E000...U+FFFF) in UTF-16, though after them in UTF-8.
                return utf16Rank(a) < utf16Rank(b)
            }
        }
    }

    /// Maps a UTF-8 byte at the first difference to a key that orders as UTF-16 does.
    /// Only lead bytes of U+E000...U+FFFF (0xEE, 0xEF) and of supplementary scalars (0xF0...0xF4)
    /// need moving; continuation and other bytes keep their byte order.
    @inline(__always)
    private static func utf16Rank(_ byte: UInt8) -> UInt16 {
        switch byte {
        case 0xEE...0xEF: UInt16(byte) + 0x10  // after the supplementary lead bytes
        case 0xF0...0xF4: UInt16(byte) - 0x02  // into the place of 0xEE...0xF2, below U+E000
        default: UInt16(byte)
        }
    }
}
