/// Strings (RFC 8259 §7) and the I-JSON rules on them: no lone surrogates (RFC 7493 §2.1) and
/// the ``JSONLimits/maxStringBytes`` limit on the unescaped UTF-8 length.
///
/// Strings are where the grammar lets bytes above 0x7F stand, so they are where the pass checks
/// UTF-8 (spec/response-format.md §6.2 step 2): each multi-byte sequence as its run is scanned.
extension ByteParser {
    /// Reads the string whose opening quote is at `index` and returns it unescaped; `index`
    /// ends after the closing quote.
    ///
    /// A string without escapes becomes a `String` straight from the input bytes, which the scan
    /// of its run has checked as UTF-8; one with escapes goes to ``parseEscapedString(open:runEnd:)``.
    @inline(__always)
    mutating func parseString() throws(ResponseCodecError) -> String {
        try parseStringNotingEnd().string
    }

    /// ``parseString()``, with the offset of the closing quote when the string has no escapes,
    /// so that its raw bytes are its UTF-8; -1 when it has escapes.
    @inline(__always)
    mutating func parseStringNotingEnd() throws(ResponseCodecError) -> (string: String, plainEnd: Int) {
        let open = index
        let contentStart = open + 1
        let runEnd = endOfPlainRun(from: contentStart)
        if runEnd - contentStart > limits.maxStringBytes { throw stringTooLarge(at: open) }
        if runEnd < count && input[runEnd] == ASCII.quote {
            index = runEnd + 1
            let utf8 = UnsafeRawBufferPointer(rebasing: input[contentStart..<runEnd])
            return (String(alreadyValidatedUTF8: utf8), runEnd)
        }
        return (try parseEscapedString(open: open, runEnd: runEnd), -1)
    }

    /// Reads the rest of the string whose opening quote is at `open`, given that its first run
    /// of plain bytes ends at `runEnd` with something other than the closing quote. Runs of plain
    /// bytes are copied in one go into ``scratch`` and each escape is decoded between them.
    ///
    /// Faults, in byte order: an ill-formed UTF-8 sequence (`invalid_utf8` at its first byte), a
    /// raw control byte 0x00...0x1F (syntax at that byte, RFC 8259 §7),
    /// a bad escape (syntax at the byte after the backslash, or at a bad hex digit), a lone
    /// surrogate (`invalid_unicode` at its backslash, RFC 7493 §2.1), the end of the input, and an
    /// unescaped length over the limit (`too_large` at the opening quote, as soon as the length
    /// passes the limit).
    @inline(never)
    mutating func parseEscapedString(open: Int, runEnd firstRunEnd: Int) throws(ResponseCodecError) -> String
    {
        let limit = limits.maxStringBytes
        var position = open + 1
        var runEnd = firstRunEnd
        scratch.removeAll(keepingCapacity: true)
        // Room for a typical escaped string at once, rather than growing from nothing.
        if scratch.capacity < Self.scratchCapacity { scratch.reserveCapacity(Self.scratchCapacity) }
        while true {
            scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[position..<runEnd]))
            position = runEnd
            guard position < count else { throw syntaxFault(at: count, expected: "'\"' to close the string") }
            let byte = input[position]
            if byte == ASCII.quote {
                index = position + 1
                return scratch.withUnsafeBytes { String(alreadyValidatedUTF8: $0) }
            }
            if byte >= 0x80 { throw invalidUTF8(at: position) }
            if byte != ASCII.backslash {
                throw fault(
                    .syntax, at: position,
                    "control character \(ASCII.describe(byte)) must be escaped in a string (RFC 8259 §7)")
            }
            position = try decodeEscape(at: position)
            if scratch.count > limit { throw stringTooLarge(at: open) }
            runEnd = endOfPlainRun(from: position)
            if scratch.count + (runEnd - position) > limit { throw stringTooLarge(at: open) }
        }
    }

    /// The capacity ``scratch`` starts with when a string first needs it.
    static let scratchCapacity = 256

    /// The offset of the first byte at or after `start` that ends a run of plain string bytes:
    /// a quote, a backslash or a control byte below 0x20 (the bytes the canonical form escapes,
    /// ``StringEscaping/escapeFlags(_:)``), or the first byte of an ill-formed UTF-8 sequence
    /// (``UTF8Validator/wellFormedLength(in:at:)``); `count` if there is none.
    @inline(__always)
    func endOfPlainRun(from start: Int) -> Int {
        let end = Self.endOfASCIIRun(in: input, from: start)
        guard end < count && input[end] >= 0x80 else { return end }
        return Self.endOfPlainRun(in: input, fromNonASCII: end)
    }

    /// ``endOfPlainRun(from:)`` from the byte above 0x7F at `start`. Static, so that calling it
    /// out of line does not copy the parser.
    @inline(never)
    static func endOfPlainRun(in input: UnsafeRawBufferPointer, fromNonASCII start: Int) -> Int {
        var position = start
        while position < input.count && input[position] >= 0x80 {
            let length = UTF8Validator.wellFormedLength(in: input, at: position)
            guard length > 0 else { return position }
            position = endOfASCIIRun(in: input, from: position &+ length)
        }
        return position
    }

    /// The offset of the first byte at or after `start` that is a quote, a backslash, a control
    /// byte below 0x20 or a byte above 0x7F; `count` if there is none. Eight bytes per step.
    @inline(__always)
    static func endOfASCIIRun(in input: UnsafeRawBufferPointer, from start: Int) -> Int {
        let count = input.count
        var position = start
        while position &+ 8 <= count {
            let word = UInt64(littleEndian: input.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let flags = StringEscaping.escapeFlags(word) | word & 0x8080_8080_8080_8080
            if flags != 0 {
                return position &+ (flags.trailingZeroBitCount &>> 3)
            }
            position &+= 8
        }
        while position < count {
            let byte = input[position]
            if byte >= 0x80 || StringEscaping.needsEscape(byte) { return position }
            position &+= 1
        }
        return count
    }

    /// `invalid_utf8` for the ill-formed sequence at `offset`. The entry points report the
    /// input's first fault in its place (``StrictJSONParser/parse(_:limits:nameTemplates:)``).
    @inline(never)
    func invalidUTF8(at offset: Int) -> ResponseCodecError {
        ResponseCodecError(
            .invalidUTF8, pointer: "", offset: offset, in: input,
            reason: UTF8Validator.reason(in: input, at: offset))
    }

    /// Decodes the escape whose backslash is at `start` into ``scratch`` and returns the offset
    /// after it (RFC 8259 §7). A `\u` escape of a high surrogate must be followed at once by a
    /// `\u` escape of a low surrogate; the pair becomes one supplementary scalar.
    mutating func decodeEscape(at start: Int) throws(ResponseCodecError) -> Int {
        let letterOffset = start + 1
        guard letterOffset < count else { throw syntaxFault(at: count, expected: "an escape character") }
        let letter = input[letterOffset]
        let simple: UInt8
        switch letter {
        case ASCII.quote, ASCII.backslash, ASCII.slash: simple = letter
        case ASCII.lowerB: simple = ASCII.backspace
        case ASCII.lowerF: simple = ASCII.formFeed
        case ASCII.lowerN: simple = ASCII.lineFeed
        case ASCII.lowerR: simple = ASCII.carriageReturn
        case ASCII.lowerT: simple = ASCII.tab
        case ASCII.lowerU:
            return try decodeUnicodeEscape(at: start)
        default:
            throw fault(
                .syntax, at: letterOffset,
                "invalid escape \\\(ASCII.describe(letter)); expected one of \" \\ / b f n r t u (RFC 8259 §7)"
            )
        }
        scratch.append(simple)
        return start + 2
    }

    /// Decodes the `\uXXXX` escape at `start` (and the low-surrogate escape after it, for a high
    /// surrogate) into ``scratch``, in UTF-8; returns the offset after the escape or pair.
    ///
    /// spec/response-format.md §6.2 step 3: a lone surrogate is `invalid_unicode` at the
    /// backslash of the unpaired escape; the four hex digits of a following `\u` escape are
    /// checked for syntax first. Whether a high surrogate is paired is decided by the bytes after
    /// it, so the end of the input there is a syntax fault (the string is unterminated anyway).
    mutating func decodeUnicodeEscape(at start: Int) throws(ResponseCodecError) -> Int {
        let unit = try hexQuad(at: start + 2)
        var end = start + 6
        var scalar = unit
        switch unit {
        case 0xD800...0xDBFF:
            guard end < count else { throw syntaxFault(at: count, expected: "'\"' to close the string") }
            guard input[end] == ASCII.backslash else { throw loneSurrogate(unit, at: start) }
            guard end + 1 < count else { throw syntaxFault(at: count, expected: "an escape character") }
            guard input[end + 1] == ASCII.lowerU else { throw loneSurrogate(unit, at: start) }
            let low = try hexQuad(at: end + 2)
            guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, at: start) }
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            end += 6
        case 0xDC00...0xDFFF:
            throw loneSurrogate(unit, at: start)
        default:
            break
        }
        // A surrogate is paired above or thrown, so this is a scalar value.
        guard let value = Unicode.Scalar(scalar) else { throw loneSurrogate(unit, at: start) }
        scratch.append(contentsOf: value.utf8)
        return end
    }

    /// The value of the four hex digits at `start`; a syntax fault at the first non-hex byte.
    @inline(__always)
    func hexQuad(at start: Int) throws(ResponseCodecError) -> UInt32 {
        var value: UInt32 = 0
        for position in start..<(start + 4) {
            guard position < count else { throw syntaxFault(at: count, expected: "a hex digit") }
            guard let digit = ASCII.hexValue(input[position]) else {
                throw syntaxFault(at: position, expected: "a hex digit")
            }
            value = value << 4 | digit
        }
        return value
    }

    /// `invalid_unicode` for the unpaired surrogate escape whose backslash is at `offset` (RFC 7493 §2.1).
    @inline(never)
    func loneSurrogate(_ unit: UInt32, at offset: Int) -> ResponseCodecError {
        let hex = String(unit, radix: 16, uppercase: true)
        let kind =
            unit < 0xDC00
            ? "high surrogate not followed by a low surrogate escape"
            : "low surrogate without a high surrogate before it"
        return fault(.invalidUnicode, at: offset, "\\u\(hex) is a lone \(kind) (RFC 7493 §2.1)")
    }

    /// `too_large` for the string whose opening quote is at `offset` (spec/response-format.md §5.8).
    @inline(never)
    func stringTooLarge(at offset: Int) -> ResponseCodecError {
        fault(
            .tooLarge, at: offset, "string is longer than the limit of \(limits.maxStringBytes) UTF-8 bytes")
    }
}
