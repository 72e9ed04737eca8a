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
    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    /// The lazily built path of the member for `name`.
    private func path(_ name: String) -> CodingPath { CodingPath(parent: node, last: .key(name)) }

    /// The value of the member `name` and its path; `missing_field` when the member is absent.
    private func member(_ name: String) throws(ResponseCodecError) -> (JSONValue, CodingPath) {
        guard let value = object[name] else { throw ScalarDecoding.missingField(at: path(name)) }
        return (value, path(name))
    }

    /// Whether the member for `key` is `null`; `missing_field` when it is absent.
    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try member(key.stringValue).0 { return true }
        return false
    }

    /// The member as a `T`; a ``JSONValue`` member is returned as it is. This one method also
    /// answers the per-type requirements (`Bool`, `String`, `Int8`, …): a scalar decodes itself
    /// through the decoder's single-value container, at the member's path.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.decodeChild(type, at: member(key.stringValue))
    }
    /// The member as an integer (this width has a default that refuses it, so it is spelled out).
    func decode(_ type: Int128.Type, forKey key: Key) throws -> Int128 {
        try decoder.decodeChild(type, at: member(key.stringValue))
    }
    /// The member as an integer (this width has a default that refuses it, so it is spelled out).
    func decode(_ type: UInt128.Type, forKey key: Key) throws -> UInt128 {
        try decoder.decodeChild(type, at: member(key.stringValue))
    }

    /// A keyed container over the member, which must be an object.
    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.keyedContainer(type, at: member(key.stringValue))
    }

    /// An unkeyed container over the member, which must be an array.
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.unkeyedContainer(at: member(key.stringValue))
    }

    /// A decoder for the member named `super`; `missing_field` when it is absent.
    func superDecoder() throws -> any Decoder { decoder.superDecoder(at: try member("super")) }

    /// A decoder for the member for `key`; `missing_field` when it is absent.
    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder.superDecoder(at: try member(key.stringValue))
    }
}
