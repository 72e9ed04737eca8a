/// State shared by every encoder of one top-level encode.
final class EncodingContext {
    /// The user info every encoder reports.
    let userInfo: [CodingUserInfoKey: Any]
    /// The first misuse of the Encoder API found where the API cannot throw (asking for a keyed
    /// container where a different value was already encoded); reported when encoding ends.
    private(set) var misuse: ResponseCodecError?

    /// Creates a context.
    init(userInfo: [CodingUserInfoKey: Any]) { self.userInfo = userInfo }

    /// Records `error` unless an earlier misuse was recorded.
    func record(_ error: ResponseCodecError) {
        if misuse == nil { misuse = error }
    }
}

/// The `Encoder` behind ``CanonicalJSONEncoder``: it builds a ``JSONValue`` tree and is its own
/// single-value container.
///
/// One instance serves a whole top-level encode: encoding a nested value swaps ``result`` and
/// ``path`` for the child's and restores them afterwards, so a nested `Encodable` costs no encoder
/// allocation. Only `superEncoder` makes a separate instance, whose result lands in its slot.
final class TreeEncoder: Encoder, SingleValueEncodingContainer {
    /// The state shared with the other encoders of this encode.
    let context: EncodingContext
    /// What the current value has encoded so far; `nil` if nothing (which becomes `{}`).
    private(set) var result: EncodedNode?
    /// The path of the current value, kept lazily.
    private(set) var path: CodingPath

    /// Creates an encoder for the value at `path`.
    init(context: EncodingContext, path: CodingPath) {
        self.context = context
        self.path = path
    }

    /// The keys from the root to the current value.
    var codingPath: [any CodingKey] { path.codingPath }

    /// The user info of this encode.
    var userInfo: [CodingUserInfoKey: Any] { context.userInfo }

    /// What the current value has encoded: ``result``, or `{}` if nothing, as with Foundation.
    var encoded: EncodedNode { result ?? .value(.object(JSONObject())) }

    /// Encodes `value`, the value at `childPath`, reusing this encoder; a ``JSONValue`` is taken
    /// as it is. A value that encodes nothing becomes `{}`.
    func encodeChild<T: Encodable>(_ value: T, at childPath: CodingPath) throws -> EncodedNode {
        if T.self == JSONValue.self, let json = value as? JSONValue { return .value(json) }
        let savedResult = result
        let savedPath = path
        result = nil
        path = childPath
        defer {
            result = savedResult
            path = savedPath
        }
        try value.encode(to: self)
        return encoded
    }

    /// The `invalid_value` error for a misuse of the Encoder API at the current value.
    private func misuse(_ reason: String) -> ResponseCodecError {
        ResponseCodecError(.invalidValue, pointer: path.pointer, reason: reason)
    }

    // MARK: Encoder

    /// A keyed container for the current value; asking again returns the same object.
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let builder: ObjectBuilder
        switch result {
        case .object(let existing)?:
            builder = existing
        case nil:
            builder = ObjectBuilder()
            result = .object(builder)
        case .value?, .array?, .deferred?:
            context.record(
                misuse("a keyed container was requested for a value that already encoded something else"))
            builder = ObjectBuilder()
        }
        return KeyedEncodingContainer(
            TreeKeyedEncodingContainer<Key>(encoder: self, builder: builder, node: path.node()))
    }

    /// An unkeyed container for the current value; asking again returns the same array.
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let builder: ArrayBuilder
        switch result {
        case .array(let existing)?:
            builder = existing
        case nil:
            builder = ArrayBuilder()
            result = .array(builder)
        case .value?, .object?, .deferred?:
            context.record(
                misuse("an unkeyed container was requested for a value that already encoded something else"))
            builder = ArrayBuilder()
        }
        return TreeUnkeyedEncodingContainer(encoder: self, builder: builder, node: path.node())
    }

    /// The encoder itself, writing the current value.
    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    // MARK: SingleValueEncodingContainer

    /// Sets the current value; `invalid_value` if it already encoded something.
    private func set(_ value: JSONValue) throws(ResponseCodecError) {
        guard result == nil else { throw misuse("a single value container can encode only one value") }
        result = .value(value)
    }

    /// Encodes `null`.
    func encodeNil() throws { try set(.null) }
    /// Encodes a boolean.
    func encode(_ value: Bool) throws { try set(.bool(value)) }
    /// Encodes a string.
    func encode(_ value: String) throws { try set(.string(value)) }
    /// Encodes a finite double; `number_out_of_range` for a NaN or an infinity.
    func encode(_ value: Double) throws {
        guard value.isFinite else {
            throw ResponseCodecError(
                .numberOutOfRange, pointer: path.pointer, reason: "\(value) is not a finite number")
        }
        try set(.number(value))
    }
    /// Encodes a finite float, converted exactly to a double.
    func encode(_ value: Float) throws { try encode(Double(value)) }
    /// Encodes an integer within ±(2^53 − 1) (`Int`, `UInt8`, …: the standard widths).
    func encode<T: FixedWidthInteger & Encodable>(_ value: T) throws { try integer(value) }
    /// Encodes an integer within ±(2^53 − 1).
    func encode(_ value: Int128) throws { try integer(value) }
    /// Encodes an integer within 2^53 − 1.
    func encode(_ value: UInt128) throws { try integer(value) }

    /// Encodes an integer as a number: JSON carries IEEE 754 doubles, so `number_out_of_range`
    /// beyond ±(2^53 − 1), never rounded.
    private func integer<T: BinaryInteger>(_ value: T) throws(ResponseCodecError) {
        guard value <= JSONValue.maxSafeInteger && value >= -JSONValue.maxSafeInteger else {
            throw ResponseCodecError(
                .numberOutOfRange, pointer: path.pointer,
                reason: "\(value) is beyond ±(2^53-1), the integers a JSON number carries exactly")
        }
        try set(.number(Double(value)))
    }

    /// Encodes any value as the current value; a ``JSONValue`` is taken as it is.
    func encode<T: Encodable>(_ value: T) throws {
        guard result == nil else { throw misuse("a single value container can encode only one value") }
        result = try encodeChild(value, at: path)
    }

    /// Takes `json` as the current value (the fast path of ``JSONValue``'s `Encodable` conformance).
    func encodeJSONValue(_ json: JSONValue) throws(ResponseCodecError) { try set(json) }
}
