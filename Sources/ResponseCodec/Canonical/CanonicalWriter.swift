/// Appends RFC 8785 (JSON Canonicalization Scheme) bytes to a byte buffer.
///
/// Two ways to use it, freely mixed:
/// - ``write(_:)`` serializes a whole ``JSONValue`` tree, without recursion, so that nesting
///   depth is bounded by memory and not by the call stack;
/// - the streaming calls (``beginObject()``, ``writeMemberName(_:)``, a value, ...) let another
///   component emit a document without building a tree first, closing what it opened in its
///   last ``writeTokens(atLeast:_:)`` (as a response's ``WireDocument`` does).
///
/// The writer inserts every `,` itself: between members and between elements, never after a
/// member name. It adds no whitespace (RFC 8785 §3.2.1). A streaming caller is responsible for
/// the rest of the canonical form: writing one top-level value, member names unique and in
/// ``UTF16Order`` (RFC 8785 §3.2.3), every container it opens closed.
///
/// Bytes go into the buffer's spare capacity through a ``ByteSink``, a token at a time (a
/// whole run of tokens for ``write(_:)``), so that no byte pays for its own capacity check.
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

    /// Creates a writer that appends to `bytes`, as if they were written before.
    init(appendingTo bytes: consuming [UInt8]) {
        self.bytes = bytes
    }

    /// Writes one token, a value or a member name, of at most `maximumLength` bytes (its
    /// separator included), preceded by the `,` that separates it from the previous value if one
    /// is due.
    @inline(__always)
    private mutating func writeToken(maximumLength: Int, _ body: (inout ByteSink) -> Void) {
        let separator = needsSeparator
        bytes.appendThroughSink(atLeast: maximumLength) { sink in
            if separator { sink.put(ASCII.comma) }
            body(&sink)
        }
    }

    // MARK: - Containers

    /// Writes `{`, opening an object as the next value.
    mutating func beginObject() {
        writeToken(maximumLength: 2) { $0.put(ASCII.leftBrace) }
        needsSeparator = false
    }

    /// Writes `[`, opening an array as the next value.
    mutating func beginArray() {
        writeToken(maximumLength: 2) { $0.put(ASCII.leftBracket) }
        needsSeparator = false
    }

    /// Writes a member name and its `:`; the member's value must be written next.
    ///
    /// The name is escaped like any string (RFC 8785 §3.2.2.2). Names must come in
    /// ``UTF16Order`` and be unique within their object (RFC 8785 §3.2.3); the writer does not check.
    mutating func writeMemberName(_ name: String) {
        StringEscaping.withUTF8(name) { utf8 in
            writeToken(maximumLength: StringEscaping.quotedLengthBound(utf8) + 2) { sink in
                sink.putQuoted(utf8)
                sink.put(ASCII.colon)
            }
        }
        needsSeparator = false
    }

    // MARK: - Scalars

    /// Writes the literal `null` as the next value.
    mutating func writeNull() {
        writeToken(maximumLength: 5) { $0.put("null") }
        needsSeparator = true
    }

    /// Writes `true` or `false` as the next value.
    mutating func writeBool(_ value: Bool) {
        writeToken(maximumLength: 6) { $0.put(value ? "true" : "false") }
        needsSeparator = true
    }

    /// Writes `string` as the next value: quoted, with the escapes of RFC 8785 §3.2.2.2 and
    /// every other character as raw UTF-8.
    mutating func writeString(_ string: String) {
        StringEscaping.withUTF8(string) { utf8 in
            writeToken(maximumLength: StringEscaping.quotedLengthBound(utf8) + 1) { $0.putQuoted(utf8) }
        }
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
        writeToken(maximumLength: ECMAScriptNumberFormatter.maximumLength + 1) { sink in
            ECMAScriptNumberFormatter.append(value, to: &sink)
        }
        needsSeparator = true
    }

    /// Writes `value` as the next value, as its exact decimal digits.
    ///
    /// The caller guarantees `abs(value) <= 2^53 - 1`, where the digits are the canonical form
    /// of the double `Double(value)` (RFC 8785 §3.2.2.3; ECMA-262 Number::toString step 6.a).
    /// A larger magnitude is still written as its exact digits, which then may not be canonical.
    mutating func writeInteger(_ value: Int) {
        writeToken(maximumLength: ECMAScriptNumberFormatter.maximumLength + 1) { sink in
            ECMAScriptNumberFormatter.appendInteger(
                magnitude: UInt64(value.magnitude), negative: value < 0, to: &sink)
        }
        needsSeparator = true
    }

    /// Runs `body` on a sink with room for at least `minimum` bytes, for callers that write
    /// several tokens in one go and keep track of separators themselves (``write(_:)``, a
    /// response's members); the tokens must leave a complete value behind.
    mutating func writeTokens<R, E: Error>(
        atLeast minimum: Int, _ body: (inout ByteSink) throws(E) -> R
    ) throws(E) -> R {
        let result = try bytes.appendThroughSink(atLeast: minimum, body)
        needsSeparator = true
        return result
    }

    /// The error for a NaN or an infinity found at `pointer`.
    static func nonFiniteNumberError(_ value: Double, pointer: String) -> ResponseCodecError {
        ResponseCodecError(
            .numberOutOfRange, pointer: pointer,
            reason: "the number \(value) has no JSON representation (RFC 8785 §3.2.2.3)")
    }
}
