/// The keyed container of ``TreeDecoder``: reads the members of one JSON object, strictly.
/// A member is found by its key's `stringValue`; an absent one is `missing_field`.
struct TreeKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// The decoder that nested values are decoded with.
    let decoder: TreeDecoder
    /// The object being read.
    let object: JSONObject
    /// The path of the object; `nil` at the root.
    let node: CodingPathNode?

    /// The keys from the root to this object.
    var codingPath: [any CodingKey] { CodingPath(parent: node).codingPath }

    /// The keys of the members that `Key` can represent, in the object's canonical order.
    var allKeys: [Key] { object.members.compactMap { Key(stringValue: $0.key) } }

    /// Whether the object has a member for `key` (a `null` member counts).
    func contains(_ key: Key) -> Bool { value(named: key.stringValue) != nil }

    /// The value of the member named exactly `name`, or `nil` if absent.
    private func value(named name: String) -> JSONValue? { object[name] }

    /// The lazily built path of the member for `name`.
    private func path(_ name: String) -> CodingPath { CodingPath(parent: node, last: .key(name)) }

    /// The member value for `key` and its path; `missing_field` when the member is absent.
    private func member(_ key: Key) throws(ResponseCodecError) -> (JSONValue, CodingPath) {
        let name = key.stringValue
        guard let value = value(named: name) else { throw ScalarDecoding.missingField(at: path(name)) }
        return (value, path(name))
    }

    /// Whether the member for `key` is `null`; `missing_field` when it is absent.
    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try member(key).0 { return true }
        return false
    }

    /// The member as a boolean.
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        let (value, path) = try member(key)
        return try ScalarDecoding.bool(value, at: path)
    }

    /// The member as a string.
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        let (value, path) = try member(key)
        return try ScalarDecoding.string(value, at: path)
    }

    /// The member as a double.
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        let (value, path) = try member(key)
        return try ScalarDecoding.double(value, at: path)
    }

    /// The member as a float.
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        let (value, path) = try member(key)
        return try ScalarDecoding.float(value, at: path)
    }

    /// The member as an integer of type `T`.
    private func integer<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws(ResponseCodecError) -> T {
        let (value, path) = try member(key)
        return try ScalarDecoding.integer(type, value, at: path)
    }

    /// The member as an integer (`Int`, `UInt8`, …: the standard widths).
    func decode<T: FixedWidthInteger & Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try integer(type, key)
    }
    /// The member as an integer.
    func decode(_ type: Int128.Type, forKey key: Key) throws -> Int128 { try integer(type, key) }
    /// The member as an integer.
    func decode(_ type: UInt128.Type, forKey key: Key) throws -> UInt128 { try integer(type, key) }

    /// The member as a `T`; a ``JSONValue`` member is returned as it is.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let (value, path) = try member(key)
        return try decoder.decodeChild(type, from: value, at: path)
    }

    /// A keyed container over the member, which must be an object.
    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, path) = try member(key)
        guard case .object(let nested) = value else {
            throw ScalarDecoding.typeMismatch(expected: "object", found: value, at: path)
        }
        return KeyedDecodingContainer(
            TreeKeyedDecodingContainer<NestedKey>(decoder: decoder, object: nested, node: path.node()))
    }

    /// An unkeyed container over the member, which must be an array.
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let (value, path) = try member(key)
        guard case .array(let elements) = value else {
            throw ScalarDecoding.typeMismatch(expected: "array", found: value, at: path)
        }
        return TreeUnkeyedDecodingContainer(decoder: decoder, elements: elements, node: path.node())
    }

    /// A decoder for the member named `super`; `missing_field` when it is absent.
    func superDecoder() throws -> any Decoder {
        try superDecoder(name: "super")
    }

    /// A decoder for the member for `key`; `missing_field` when it is absent.
    func superDecoder(forKey key: Key) throws -> any Decoder {
        try superDecoder(name: key.stringValue)
    }

    /// A separate decoder positioned at the member `name`.
    private func superDecoder(name: String) throws(ResponseCodecError) -> any Decoder {
        guard let value = value(named: name) else { throw ScalarDecoding.missingField(at: path(name)) }
        return TreeDecoder(value: value, path: path(name), userInfo: decoder.userInfo)
    }
}
