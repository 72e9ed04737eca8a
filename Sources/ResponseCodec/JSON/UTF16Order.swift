/// The member order of RFC 8785 §3.2.3: names compared as arrays of UTF-16 code units.
///
/// This differs from comparing UTF-8 bytes (code point order) only when one name has a
/// supplementary-plane character (U+10000 and up, a surrogate pair in UTF-16, 0xD800...0xDBFF)
/// where the other has a BMP character from U+E000 to U+FFFF: UTF-16 puts the pair first.
package enum UTF16Order {
    /// Whether `lhs` sorts strictly before `rhs` by UTF-16 code units.
    package static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let answer = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in
                precedes(UnsafeRawBufferPointer(left), UnsafeRawBufferPointer(right))
            }
        }
        if let answer = answer ?? nil { return answer }
        return precedes(Array(lhs.utf8), Array(rhs.utf8))
    }

    /// Whether the UTF-8 bytes `lhs` sort strictly before `rhs` by UTF-16 code units: the first
    /// differing byte decides, after the mapping of ``utf16Rank(_:)``; a proper prefix sorts first.
    @inline(__always)
    static func precedes(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
        let common = Swift.min(lhs.count, rhs.count)
        var position = 0
        while position < common {
            let a = lhs[position]
            let b = rhs[position]
            // Both are at the same offset of a scalar that differs.
            if a != b { return utf16Rank(a) < utf16Rank(b) }
            position &+= 1
        }
        return lhs.count < rhs.count
    }

    /// The order of two byte arrays, for strings without contiguous UTF-8.
    private static func precedes(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        lhs.withUnsafeBytes { left in rhs.withUnsafeBytes { right in precedes(left, right) } }
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
