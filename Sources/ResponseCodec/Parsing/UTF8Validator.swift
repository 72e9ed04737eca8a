/// The UTF-8 check of spec/response-format.md §6.2 step 2.
///
/// RFC 8259 §8.1 requires JSON exchanged between systems to be UTF-8 and forbids a leading
/// byte order mark; RFC 3629 §3-§4 defines which byte sequences are well-formed. The parser
/// checks each multi-byte sequence of a string as it reads it (``wellFormedLength(in:at:)``),
/// so that its strings may copy the input's bytes as they are; when a document fails, the whole
/// input is checked (``firstFault(in:)``), so that an encoding fault is reported even when a
/// syntax fault comes before it.
enum UTF8Validator {
    /// Where and why the input stops being well-formed UTF-8.
    struct Fault: Equatable {
        /// The offset of the first byte of the ill-formed sequence (the lead byte of a truncated
        /// or overlong sequence, or the stray byte itself); 0 for a byte order mark.
        var offset: Int
        /// A short explanation for the error's reason.
        var reason: String
    }

    /// The first UTF-8 fault of `input`, or `nil` when all of it is well-formed and has no BOM.
    ///
    /// Offsets match Python's `bytes.decode("utf-8")` error `start`: a sequence is reported at its
    /// first byte, whichever of its bytes turns out to be wrong.
    static func firstFault(in input: UnsafeRawBufferPointer) -> Fault? {
        let count = input.count
        // RFC 8259 §8.1: implementations MUST NOT add a byte order mark; this library rejects one.
        if count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF {
            return Fault(offset: 0, reason: "a byte order mark (EF BB BF) is not allowed before JSON text")
        }
        var index = 0
        while index < count {
            // ASCII fast path: eight bytes at a time while none has its high bit set.
            if index &+ 8 <= count {
                let word = UInt64(littleEndian: input.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let high = word & 0x8080_8080_8080_8080
                if high == 0 {
                    index &+= 8
                    continue
                }
                // Little-endian order: the lowest set bit belongs to the first non-ASCII byte.
                index &+= high.trailingZeroBitCount &>> 3
            } else if input[index] < 0x80 {
                index &+= 1
                continue
            }
            let length = wellFormedLength(in: input, at: index)
            guard length > 0 else {
                return Fault(offset: index, reason: reason(in: input, at: index))
            }
            index &+= length
        }
        return nil
    }

    /// The length of the well-formed multi-byte sequence whose lead byte (0x80 or above) is at
    /// `start`, or 0 when it is ill-formed.
    @inline(__always)
    static func wellFormedLength(in input: UnsafeRawBufferPointer, at start: Int) -> Int {
        guard let (length, second) = sequence(ledBy: input[start]), start &+ length <= input.count,
            second.contains(input[start &+ 1])
        else { return 0 }
        var position = start &+ 2
        while position < start &+ length {
            guard input[position] & 0xC0 == 0x80 else { return 0 }
            position &+= 1
        }
        return length
    }

    /// The length of the sequence that `lead` starts and the range of its second byte, following
    /// the table of well-formed byte sequences (RFC 3629 §4; Unicode Standard Table 3-7); `nil`
    /// for a byte that cannot lead one (80...BF stray continuation, C0/C1 overlong, F5...FF).
    ///
    /// After E0, ED, F0 and F4 the second byte's range is narrower than 80...BF: that rules out
    /// overlong forms, UTF-16 surrogates and scalars beyond U+10FFFF.
    @inline(__always)
    private static func sequence(ledBy lead: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xE1...0xEC, 0xEE, 0xEF: (3, 0x80...0xBF)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: nil
        }
    }

    /// Explains why the sequence at `start`, whose first byte is 0x80 or above, is ill-formed;
    /// runs only once a fault is certain.
    static func reason(in input: UnsafeRawBufferPointer, at start: Int) -> String {
        let lead = input[start]
        guard let (length, second) = sequence(ledBy: lead) else {
            switch lead {
            case 0xC0, 0xC1: return "lead byte \(ASCII.hex(lead)) starts an overlong encoding"
            case 0xF5...0xFF: return "byte \(ASCII.hex(lead)) never appears in UTF-8"
            default: return "continuation byte \(ASCII.hex(lead)) without a lead byte"  // 80...BF
            }
        }
        for position in (start + 1)..<(start + length) {
            guard position < input.count else {
                return "sequence starting with \(ASCII.hex(lead)) is truncated"
            }
            let byte = input[position]
            guard byte & 0xC0 == 0x80 else {
                return "sequence starting with \(ASCII.hex(lead)) is cut short by \(ASCII.hex(byte))"
            }
            if position == start + 1 && !second.contains(byte) {
                switch lead {
                case 0xE0: return "overlong three-byte encoding"
                case 0xED: return "encoded UTF-16 surrogate (U+D800...U+DFFF)"
                case 0xF0: return "overlong four-byte encoding"
                default: return "code point above U+10FFFF"  // F4
                }
            }
        }
        return "ill-formed sequence starting with \(ASCII.hex(lead))"
    }
}
