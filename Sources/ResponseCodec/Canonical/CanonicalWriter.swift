/// Appends RFC 8785 (JSON Canonicalization Scheme) bytes to a byte buffer.
///
/// Two ways to use it, freely mixed:
/// - ``write(_:)`` serializes a whole ``JSONValue`` tree, without recursion, so that nesting
///   depth is bounded by memory and not by the call stack;
/// - the streaming calls (``beginObject()``, ``writeMemberName(_:)``, a value, ...,
///   ``endObject()``; ``beginArray()`` ... ``endArray()``) let another component emit a document
///   without building a tree first.
///
/// The writer inserts every `,` itself: between members and between elements, never after a
/// member name. It adds no whitespace (RFC 8785 §3.2.1). A streaming caller is responsible for
/// the rest of the canonical form: writing one top-level value, member names unique and in
/// ``UTF16Order`` (RFC 8785 §3.2.3), every begin matched by its end.
///
/// After a call throws, the bytes written so far are unspecified; discard the writer.
struct CanonicalWriter {
    /// The bytes written so far.
    var bytes: [UInt8]

    /// Whether the next value or member name must be preceded by a `,`: true after a
    /// complete value, false at the start of a container and right after a member name.
    private var needsSeparator = false

    /// Creates an empty writer whose buffer has room for `reservingCapacity` bytes.
    init(reservingCapacity capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    // MARK: - Separators (the one place that writes commas)

    /// Writes the `,` that separates this value or member from the previous one, if any.
    /// Every value writer and the member-name writer call it first.
    @inline(__always)
    private mutating func writeSeparatorIfNeeded() {
        if needsSeparator {
            bytes.append(CanonicalASCII.comma)
        }
    }

    // MARK: - Containers

    /// Writes `{`, opening an object as the next value.
    mutating func beginObject() {
        writeSeparatorIfNeeded()
        bytes.append(CanonicalASCII.openBrace)
        needsSeparator = false
    }

    /// Writes `}`, closing the innermost open object.
    mutating func endObject() {
        bytes.append(CanonicalASCII.closeBrace)
        needsSeparator = true
    }

    /// Writes `[`, opening an array as the next value.
    mutating func beginArray() {
        writeSeparatorIfNeeded()
        bytes.append(CanonicalASCII.openBracket)
        needsSeparator = false
    }

    /// Writes `]`, closing the innermost open array.
    mutating func endArray() {
        bytes.append(CanonicalASCII.closeBracket)
        needsSeparator = true
    }

    /// Writes a member name and its `:`; the member's value must be written next.
    ///
    /// The name is escaped like any string (RFC 8785 §3.2.2.2). Names must come in
    /// ``UTF16Order`` and be unique within their object (RFC 8785 §3.2.3); the writer does not check.
    mutating func writeMemberName(_ name: String) {
        writeSeparatorIfNeeded()
        appendQuoted(name)
        bytes.append(CanonicalASCII.colon)
        needsSeparator = false
    }

    // MARK: - Scalars

    /// Writes the literal `null` as the next value.
    mutating func writeNull() {
        writeSeparatorIfNeeded()
        bytes.append(contentsOf: CanonicalASCII.nullLiteral)
        needsSeparator = true
    }

    /// Writes `true` or `false` as the next value.
    mutating func writeBool(_ value: Bool) {
        writeSeparatorIfNeeded()
        bytes.append(contentsOf: value ? CanonicalASCII.trueLiteral : CanonicalASCII.falseLiteral)
        needsSeparator = true
    }

    /// Writes `string` as the next value: quoted, with the escapes of RFC 8785 §3.2.2.2 and
    /// every other character as raw UTF-8.
    mutating func writeString(_ string: String) {
        writeSeparatorIfNeeded()
        appendQuoted(string)
        needsSeparator = true
    }

    /// Writes `value` as the next value, in the ECMAScript form RFC 8785 §3.2.2.3 requires.
    ///
    /// Throws `number_out_of_range` with pointer `""` for a NaN or an infinity, which JSON
    /// cannot represent (RFC 8785 §3.2.2.3), before writing anything.
    mutating func writeNumber(_ value: Double) throws(ResponseCodecError) {
        guard value.isFinite else {
            throw Self.nonFiniteNumberError(value, pointer: "")
        }
        writeFiniteNumber(value)
    }

    /// Writes `value` as the next value, as its exact decimal digits.
    ///
    /// The caller guarantees `abs(value) <= 2^53 - 1`, where the digits are the canonical form
    /// of the double `Double(value)` (RFC 8785 §3.2.2.3; ECMA-262 Number::toString step 6.a).
    /// A larger magnitude is still written as its exact digits, which then may not be canonical.
    mutating func writeInteger(_ value: Int) {
        writeSeparatorIfNeeded()
        ECMAScriptNumberFormatter.appendInteger(
            magnitude: UInt64(value.magnitude), negative: value < 0, to: &bytes)
        needsSeparator = true
    }

    /// Writes a number already known to be finite.
    mutating func writeFiniteNumber(_ value: Double) {
        writeSeparatorIfNeeded()
        ECMAScriptNumberFormatter.append(value, to: &bytes)
        needsSeparator = true
    }

    /// The error for a NaN or an infinity found at `pointer`.
    static func nonFiniteNumberError(_ value: Double, pointer: String) -> ResponseCodecError {
        ResponseCodecError(
            .numberOutOfRange, pointer: pointer,
            reason: "the number \(value) has no JSON representation (RFC 8785 §3.2.2.3)")
    }
}
