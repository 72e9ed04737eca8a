/// The one error type of ResponseCodec: every rejection of bad input, from the byte-level
/// parser up to the response rules, is reported as a `ResponseCodecError`.
///
/// An error is immutable: only the library sets its members, and it sets ``offset``, ``line``
/// and ``column`` together, so the three always agree.
///
/// Two errors are equal, and hash alike, when their ``code`` is equal, as swift-asn1's errors
/// are: `catch let error where error == ResponseCodecError(.syntax, reason: "")` matches any
/// syntax error. Compare ``pointer`` and ``offset`` yourself where they matter; the ``reason``
/// is prose for people and may change between releases.
///
/// Spec: `spec/response-format.md`, section "Error codes".
public struct ResponseCodecError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The stable, language-neutral error code, shared by every conforming runtime.
    public private(set) var code: Code

    /// An RFC 6901 JSON Pointer to the offending value; `""` names the whole document.
    ///
    /// For ``Code/missingField`` the pointer names the absent member.
    public package(set) var pointer: String

    /// The zero-based byte offset in the input where the fault was found, or `nil` when the
    /// error did not come from parsing bytes (for example a factory argument out of range).
    public private(set) var offset: Int?

    /// The one-based line of ``offset``, counted by `\n` bytes; `nil` when `offset` is `nil`.
    public private(set) var line: Int?

    /// The one-based column of ``offset``, counted in bytes from the start of its line;
    /// `nil` when `offset` is `nil`.
    public private(set) var column: Int?

    /// A human-readable explanation. Not part of the protocol: do not match on it.
    public private(set) var reason: String

    /// How ``reason`` spells the offending number, when it names one that the input may spell
    /// otherwise (`1e19` read as the `Int` 9223372036854775807): ``respell(_:)`` puts the input's
    /// own spelling in its place, so that a reason never quotes a value the input did not hold.
    var valueSpelling: String?

    /// Creates an error without a source location.
    public init(_ code: Code, pointer: String = "", reason: String) {
        self.code = code
        self.pointer = pointer
        self.offset = nil
        self.line = nil
        self.column = nil
        self.reason = reason
    }

    /// Creates an error about the integer `value`, which `reason` spells in decimal (see
    /// ``valueSpelling``).
    init(_ code: Code, pointer: String, value: Int, reason: String) {
        self.init(code, pointer: pointer, reason: reason)
        valueSpelling = String(value)
    }

    /// Creates an error located at `offset` within `input`; line and column are derived
    /// from the bytes only now, when the error is reported.
    package init(_ code: Code, pointer: String, offset: Int, in input: UnsafeRawBufferPointer, reason: String)
    {
        self.init(code, pointer: pointer, reason: reason)
        self.locate(at: offset, in: input)
    }

    /// Sets ``offset``, ``line`` and ``column`` from a byte offset within `input`.
    package mutating func locate(at offset: Int, in input: UnsafeRawBufferPointer) {
        let end = Swift.min(Swift.max(offset, 0), input.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            if input[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        self.offset = offset
        self.line = line
        self.column = end - lineStart + 1
    }

    /// Replaces ``valueSpelling`` in ``reason`` with `spelling`, the number as the input wrote it.
    package mutating func respell(_ spelling: String) {
        guard let old = valueSpelling, old != spelling else { return }
        // A plain search: `firstRange(of:)` is not available before macOS 13's string processing.
        var start = reason.startIndex
        while start < reason.endIndex, !reason[start...].hasPrefix(old) { start = reason.index(after: start) }
        guard start < reason.endIndex else { return }
        reason.replaceSubrange(start..<reason.index(start, offsetBy: old.count), with: spelling)
        valueSpelling = spelling
    }

    /// Whether the two errors have the same ``code``.
    public static func == (lhs: ResponseCodecError, rhs: ResponseCodecError) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the ``code``, the only member that equality compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }

    /// `error: <code> at <pointer> (offset N, line L:C): <reason>`: the one-line form the CLI prints.
    public var description: String {
        var text = "error: \(code.rawValue) at \"\(pointer)\""
        if let offset, let line, let column {
            text += " (offset \(offset), line \(line):\(column))"
        }
        return text + ": \(reason)"
    }
}

extension ResponseCodecError {
    /// A stable error code. The raw values are the protocol's spelling, shared by every runtime.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as it appears on the wire, in manifests and in CLI output (for example `syntax`).
        public let rawValue: String

        /// Creates a code from its protocol spelling. Prefer the static members.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The code's protocol spelling.
        public var description: String { rawValue }

        /// The bytes are not JSON text (RFC 8259 grammar), or the document is empty or has trailing data.
        public static let syntax = Code(rawValue: "syntax")
        /// The bytes are not well-formed UTF-8 (RFC 3629), or begin with a byte order mark.
        public static let invalidUTF8 = Code(rawValue: "invalid_utf8")
        /// A `\\u` escape names a lone surrogate, such as `"\\uD800"` alone (RFC 7493 §2.1). A raw surrogate
        /// encoded in UTF-8 is ``invalidUTF8``, since RFC 3629 forbids it.
        public static let invalidUnicode = Code(rawValue: "invalid_unicode")
        /// An object names the same member twice, compared after unescaping (RFC 7493 §2.3).
        public static let duplicateKey = Code(rawValue: "duplicate_key")
        /// A number cannot be carried by an IEEE 754 double as sent (RFC 7493 §2.2).
        public static let numberOutOfRange = Code(rawValue: "number_out_of_range")
        /// Arrays and objects nest deeper than the decoder's depth limit.
        public static let depthExceeded = Code(rawValue: "depth_exceeded")
        /// The document or one of its strings is larger than the decoder's size limits.
        public static let tooLarge = Code(rawValue: "too_large")
        /// A value has the wrong JSON type for its place.
        public static let typeMismatch = Code(rawValue: "type_mismatch")
        /// A required member is absent.
        public static let missingField = Code(rawValue: "missing_field")
        /// A member is not allowed for the response's kind and result, or is unknown.
        public static let unexpectedField = Code(rawValue: "unexpected_field")
        /// The `kind` member names no known response kind.
        public static let unknownKind = Code(rawValue: "unknown_kind")
        /// The `result` member names no result allowed for the response's kind.
        public static let unknownResult = Code(rawValue: "unknown_result")
        /// A value has the right type but breaks a rule of the protocol (a countdown below 30,
        /// an HTTP status outside 100 to 599, an unknown factory argument).
        public static let invalidValue = Code(rawValue: "invalid_value")
        /// A valid document that is not byte-for-byte in RFC 8785 canonical form (reported by verify only).
        public static let notCanonical = Code(rawValue: "not_canonical")

        /// Every code this version of the library can report, in the order the spec lists them.
        public static let allCases: [Code] = [
            .syntax, .invalidUTF8, .invalidUnicode, .duplicateKey, .numberOutOfRange, .depthExceeded,
            .tooLarge, .typeMismatch, .missingField, .unexpectedField, .unknownKind, .unknownResult,
            .invalidValue, .notCanonical,
        ]
    }
}
