extension ByteSink {
    /// Writes `utf8` between quotes, escaped per RFC 8785 §3.2.2.2: plain bytes are copied
    /// eight at a time while a whole word needs no escape, then one at a time, and each byte
    /// that needs an escape is replaced by its escape sequence. Needs
    /// ``StringEscaping/quotedLength(_:)`` bytes of room.
    @inline(__always)
    mutating func putQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        let length = utf8.count
        // This check covers the quotes and the bytes between them; each escape, which writes
        // more, checks again that the rest and the closing quote fit.
        precondition(length &+ 2 <= room, "ByteSink overflow")
        putInCheckedRoom(ASCII.quote)
        if let source = utf8.baseAddress, !putPlainShort(source, length) {
            putEscaping(source, length)
        }
        putInCheckedRoom(ASCII.quote)
    }

    /// Writes a string of at most 16 bytes that needs no escape with two overlapping loads and
    /// stores; returns `false`, having written nothing, for a longer string or one with a byte
    /// that needs an escape. Reads only the `length` bytes at `source`.
    @inline(__always)
    private mutating func putPlainShort(_ source: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let raw = UnsafeRawPointer(source)
        switch length {
        case 0:
            return true
        case 1...3:
            for offset in 0..<length where StringEscaping.needsEscape(source[offset]) { return false }
            for offset in 0..<length { put(source[offset]) }
            return true
        case 4...7:
            // One word holds both halves, which between them cover every byte.
            let head = UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self))
            let tail = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self))
            guard StringEscaping.escapeFlags(UInt64(head) | UInt64(tail) &<< 32) == 0 else { return false }
            putOverlapping(head, tail, length: length)
            return true
        case 8...16:
            let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: length &- 8, as: UInt64.self))
            guard StringEscaping.escapeFlags(head) | StringEscaping.escapeFlags(tail) == 0 else {
                return false
            }
            putOverlapping(head, tail, length: length)
            return true
        default:
            return false
        }
    }

    /// Writes `length` bytes at `source`, escaping those that need it: sixteen at a time while
    /// two words need no escape, then eight, otherwise up to the first byte that does, which is
    /// then escaped; the last bytes as the word that ends the string when no byte of that word
    /// needs an escape, else one at a time.
    private mutating func putEscaping(_ source: UnsafePointer<UInt8>, _ length: Int) {
        // Room for the rest and the closing quote holds throughout: the caller checked it, and
        // each escape checks it again after its extra bytes.
        var index = 0
        while length &- index >= 16 {
            let first = StringEscaping.word(at: source + index)
            let second = StringEscaping.word(at: source + (index &+ 8))
            let firstFlags = StringEscaping.escapeFlags(first)
            let secondFlags = StringEscaping.escapeFlags(second)
            guard firstFlags | secondFlags != 0 else {
                putWords(first, second, keeping: 16)
                index &+= 16
                continue
            }
            // Keep the plain bytes before the first that needs an escape, then escape it.
            let plain =
                firstFlags != 0
                ? firstFlags.trailingZeroBitCount &>> 3 : 8 &+ secondFlags.trailingZeroBitCount &>> 3
            putWords(first, second, keeping: plain)
            index &+= plain
            putEscaped(source[index], remaining: length &- index &- 1)
            index &+= 1
        }
        while length &- index >= 8 {
            let word = StringEscaping.word(at: source + index)
            let flags = StringEscaping.escapeFlags(word)
            guard flags != 0 else {
                putWord(word, keeping: 8)
                index &+= 8
                continue
            }
            let plain = flags.trailingZeroBitCount &>> 3
            putWord(word, keeping: plain)
            index &+= plain
            putEscaped(source[index], remaining: length &- index &- 1)
            index &+= 1
        }
        guard index < length else { return }
        // When the word ending at the last byte needs no escape, the bytes of it already
        // written were copied as they are, and end where the sink is now.
        if length >= 8 {
            let last = StringEscaping.word(at: source + (length &- 8))
            if StringEscaping.escapeFlags(last) == 0 {
                putEnding(last, keeping: length &- index)
                return
            }
        }
        while index < length {
            let byte = source[index]
            index &+= 1
            if StringEscaping.needsEscape(byte) {
                putEscaped(byte, remaining: length &- index)
            } else {
                put(byte)
            }
        }
    }

    /// Writes the escape sequence of `byte`, checking that the `remaining` bytes of the string
    /// and its closing quote still fit after the escape's extra bytes.
    @inline(__always)
    private mutating func putEscaped(_ byte: UInt8, remaining: Int) {
        putEscapeSequence(for: byte)
        precondition(remaining &+ 1 <= room, "ByteSink overflow")
    }

    /// Writes the escape sequence of a byte that needs one: a control character, `"` or `\`.
    private mutating func putEscapeSequence(for byte: UInt8) {
        // RFC 8785 §3.2.2.2: the two-character escapes, where JSON has one.
        if let letter = StringEscaping.shortEscape(byte) {
            put(ASCII.backslash, letter)
            return
        }
        // RFC 8785 §3.2.2.2: any other control character as \u00xx, hex digits lowercase.
        put(ASCII.backslash, ASCII.lowerU)
        put(ASCII.zero, ASCII.zero)
        put(ASCII.lowerHexDigit(byte >> 4), ASCII.lowerHexDigit(byte & 0x0F))
    }
}
