// RFC 8785 §3.2.2.2: strings are written as ECMAScript's JSON.stringify writes them
// (ECMA-262 QuoteJSONString), which for well-formed Unicode is:
//   U+0008 \b, U+0009 \t, U+000A \n, U+000C \f, U+000D \r, U+0022 \", U+005C \\,
//   the other U+0000...U+001F as \u00xx with lowercase hex digits,
//   everything else (including "/", U+007F, U+2028, U+2029, non-BMP) as itself, in UTF-8.
// A Swift `String` holds only Unicode scalar values, so there are no lone surrogates to escape.

extension CanonicalWriter {
    /// Appends `string` between quotes, escaped per RFC 8785 §3.2.2.2. No separator logic:
    /// ``writeString(_:)`` and ``writeMemberName(_:)`` call it after theirs.
    mutating func appendQuoted(_ string: String) {
        bytes.append(CanonicalASCII.quote)
        var contiguous = string  // withUTF8 may make a (rare) non-contiguous copy contiguous
        contiguous.withUTF8 { utf8 in
            appendEscaped(utf8)
        }
        bytes.append(CanonicalASCII.quote)
    }

    /// The one escaping loop: copies each run of bytes that need no escape with a single
    /// append, and writes the escape sequence of each byte that needs one.
    ///
    /// Only ASCII bytes are ever escaped, and no byte of a multi-byte UTF-8 sequence is
    /// ASCII, so the scan can go byte by byte without decoding.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte >= CanonicalASCII.firstUnescaped && byte != CanonicalASCII.quote
                && byte != CanonicalASCII.backslash
            {
                index += 1
                continue
            }
            if runStart < index {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            }
            appendEscapeSequence(for: byte)
            index += 1
            runStart = index
        }
        if runStart < index {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        }
    }

    /// Appends the escape sequence of a byte that needs one: a control character, `"` or `\`.
    private mutating func appendEscapeSequence(for byte: UInt8) {
        // RFC 8785 §3.2.2.2: the two-character escapes, where JSON has one.
        let shortForm: UInt8? =
            switch byte {
            case 0x08: CanonicalASCII.lowercaseB
            case 0x09: CanonicalASCII.lowercaseT
            case 0x0A: CanonicalASCII.lowercaseN
            case 0x0C: CanonicalASCII.lowercaseF
            case 0x0D: CanonicalASCII.lowercaseR
            case CanonicalASCII.quote, CanonicalASCII.backslash: byte
            default: nil
            }
        if let shortForm {
            bytes.append(CanonicalASCII.backslash)
            bytes.append(shortForm)
            return
        }
        // RFC 8785 §3.2.2.2: any other control character as \u00xx, hex digits lowercase.
        bytes.append(CanonicalASCII.backslash)
        bytes.append(CanonicalASCII.lowercaseU)
        bytes.append(CanonicalASCII.zero)
        bytes.append(CanonicalASCII.zero)
        bytes.append(CanonicalASCII.lowercaseHexDigit(byte >> 4))
        bytes.append(CanonicalASCII.lowercaseHexDigit(byte & 0x0F))
    }
}
