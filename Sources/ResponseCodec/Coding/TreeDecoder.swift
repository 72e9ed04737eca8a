/// The `Decoder` behind ``StrictJSONDecoder``: it reads a parsed ``JSONValue`` and is its own
/// single-value container.
///
/// One instance serves a whole top-level decode: decoding a nested value swaps ``value`` and
/// ``path`` for the child's and restores them afterwards, so a nested `Decodable` costs no
/// decoder allocation. Containers keep their own object or array and their path node, so they
/// stay valid while children are decoded. Only `superDecoder` makes a separate instance.
final class TreeDecoder: Decoder, SingleValueDecodingContainer {
    /// The value being decoded at the current level.
    private(set) var value: JSONValue
    /// The path of ``value``, kept lazily.
    private(set) var path: CodingPath
    /// The decoder's user info; carries ``DecodingOptions/UnknownMembers`` under `.unknownMembers`.
    let userInfo: [CodingUserInfoKey: Any]

    /// Creates a decoder positioned at `value`.
    init(value: JSONValue, path: CodingPath, userInfo: [CodingUserInfoKey: Any]) {
        self.value = value
        self.path = path
        self.userInfo = userInfo
    }

    /// The keys from the root to the current value.
    var codingPath: [any CodingKey] { path.codingPath }

    /// Decodes a `T` from `child`, a value and its path, reusing this decoder.
    func decodeChild<T: Decodable>(_ type: T.Type, at child: (JSONValue, CodingPath)) throws -> T {
        if T.self == JSONValue.self, let json = child.0 as? T { return json }
        let savedValue = value
        let savedPath = path
        value = child.0
        path = child.1
        defer {
            value = savedValue
            path = savedPath
        }
        return try T(from: self)
    }

    /// A keyed container over `child`, a value and its path; the value must be an object.
    func keyedContainer<Key: CodingKey>(_ type: Key.Type, at child: (JSONValue, CodingPath))
        throws(ResponseCodecError) -> KeyedDecodingContainer<Key>
    {
        guard case .object(let object) = child.0 else {
            throw ScalarDecoding.typeMismatch(expected: "object", found: child.0, at: child.1)
        }
        return KeyedDecodingContainer(
            TreeKeyedDecodingContainer<Key>(decoder: self, object: object, node: child.1.node()))
    }

    /// An unkeyed container over `child`, a value and its path; the value must be an array.
    func unkeyedContainer(at child: (JSONValue, CodingPath)) throws(ResponseCodecError)
        -> any UnkeyedDecodingContainer
    {
        guard case .array(let elements) = child.0 else {
            throw ScalarDecoding.typeMismatch(expected: "array", found: child.0, at: child.1)
        }
        return TreeUnkeyedDecodingContainer(decoder: self, elements: elements, node: child.1.node())
    }

    /// A separate decoder positioned at `child`, a value and its path.
    func superDecoder(at child: (JSONValue, CodingPath)) -> any Decoder {
        TreeDecoder(value: child.0, path: child.1, userInfo: userInfo)
    }

    // MARK: Decoder

    /// A keyed container over the current value, which must be an object.
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try keyedContainer(type, at: (value, path))
    }

    /// An unkeyed container over the current value, which must be an array.
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try unkeyedContainer(at: (value, path)) }

    /// The decoder itself, reading the current value.
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: SingleValueDecodingContainer

    /// Whether the current value is `null`.
    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    /// The current value as a boolean.
    func decode(_ type: Bool.Type) throws -> Bool { try ScalarDecoding.bool(value, at: path) }
    /// The current value as a string.
    func decode(_ type: String.Type) throws -> String { try ScalarDecoding.string(value, at: path) }
    /// The current value as a double.
    func decode(_ type: Double.Type) throws -> Double { try ScalarDecoding.double(value, at: path) }
    /// The current value as a float.
    func decode(_ type: Float.Type) throws -> Float { try ScalarDecoding.float(value, at: path) }
    /// The current value as an integer (`Int`, `UInt8`, …: the standard widths).
    func decode<T: FixedWidthInteger & Decodable>(_ type: T.Type) throws -> T {
        try ScalarDecoding.integer(type, value, at: path)
    }
    /// The current value as an integer.
    func decode(_ type: Int128.Type) throws -> Int128 { try ScalarDecoding.integer(type, value, at: path) }
    /// The current value as an integer.
    func decode(_ type: UInt128.Type) throws -> UInt128 { try ScalarDecoding.integer(type, value, at: path) }

    /// The current value as a `T`; a ``JSONValue`` is returned as it is.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == JSONValue.self, let json = value as? T { return json }
        return try T(from: self)
    }
}
