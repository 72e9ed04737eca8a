/// The keyed container of ``TreeEncoder``: writes the members of one object. A member is named by
/// its key's `stringValue`; encoding a key twice keeps the last value.
struct TreeKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    /// The encoder that nested values are encoded with.
    let encoder: TreeEncoder
    /// The object being written.
    let builder: ObjectBuilder
    /// The path of the object; `nil` at the root.
    let node: CodingPathNode?

    /// The keys from the root to this object.
    var codingPath: [any CodingKey] { CodingPath(parent: node).codingPath }

    /// The lazily built path of the member `name`.
    private func path(_ name: String) -> CodingPath { CodingPath(parent: node, last: .key(name)) }

    /// Sets the member `name` to what `value` encodes to at the member's path.
    private func set<T: Encodable>(_ value: T, _ name: String) throws {
        builder.set(name, try encoder.encodeChild(value, at: path(name)))
    }

    /// Encodes `null` for `key`.
    mutating func encodeNil(forKey key: Key) throws { builder.set(key.stringValue, .value(.null)) }

    /// Encodes any value for `key`; a ``JSONValue`` is taken as it is. This one method also
    /// answers the per-type requirements (`Bool`, `String`, `Int8`, …): a scalar encodes itself
    /// through the encoder's single-value container, at the member's path.
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try set(value, key.stringValue) }
    /// Encodes an integer for `key` (this width has a default that refuses it, so it is spelled out).
    mutating func encode(_ value: Int128, forKey key: Key) throws { try set(value, key.stringValue) }
    /// Encodes an integer for `key` (this width has a default that refuses it, so it is spelled out).
    mutating func encode(_ value: UInt128, forKey key: Key) throws { try set(value, key.stringValue) }

    /// A keyed container for the member `key` (the existing one if `key` already holds an object).
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let name = key.stringValue
        let nested = TreeKeyedEncodingContainer<NestedKey>(
            encoder: encoder, builder: builder.nestedObject(name), node: path(name).node())
        return KeyedEncodingContainer(nested)
    }

    /// An unkeyed container for the member `key` (the existing one if `key` already holds an array).
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let name = key.stringValue
        return TreeUnkeyedEncodingContainer(
            encoder: encoder, builder: builder.nestedArray(name), node: path(name).node())
    }

    /// An encoder whose value becomes the member `super`.
    mutating func superEncoder() -> any Encoder { superEncoder(name: "super") }

    /// An encoder whose value becomes the member `key`.
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(name: key.stringValue) }

    /// A separate encoder whose value becomes the member `name`.
    private func superEncoder(name: String) -> any Encoder {
        let sub = TreeEncoder(context: encoder.context, path: path(name))
        builder.set(name, .deferred(sub))
        return sub
    }
}

/// The unkeyed container of ``TreeEncoder``: appends the elements of one array.
struct TreeUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    /// The encoder that nested values are encoded with.
    let encoder: TreeEncoder
    /// The array being written.
    let builder: ArrayBuilder
    /// The path of the array; `nil` at the root.
    let node: CodingPathNode?

    /// The keys from the root to this array.
    var codingPath: [any CodingKey] { CodingPath(parent: node).codingPath }

    /// The number of elements encoded so far.
    var count: Int { builder.elements.count }

    /// The lazily built path of the next element.
    private var path: CodingPath { CodingPath(parent: node, last: .index(count)) }

    /// Appends what `value` encodes to at the next element's path.
    private func append<T: Encodable>(_ value: T) throws {
        builder.append(try encoder.encodeChild(value, at: path))
    }

    /// Appends `null`.
    mutating func encodeNil() throws { builder.append(.value(.null)) }

    /// Appends any value; a ``JSONValue`` is taken as it is. This one method also answers the
    /// per-type requirements (`Bool`, `String`, `Int8`, …): a scalar encodes itself through the
    /// encoder's single-value container, at the element's path.
    mutating func encode<T: Encodable>(_ value: T) throws { try append(value) }
    /// Appends an integer (this width has a default that refuses it, so it is spelled out).
    mutating func encode(_ value: Int128) throws { try append(value) }
    /// Appends an integer (this width has a default that refuses it, so it is spelled out).
    mutating func encode(_ value: UInt128) throws { try append(value) }

    /// Appends an object and returns its keyed container.
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBuilder()
        let node = path.node()
        builder.append(.object(nested))
        return KeyedEncodingContainer(
            TreeKeyedEncodingContainer<NestedKey>(encoder: encoder, builder: nested, node: node))
    }

    /// Appends an array and returns its unkeyed container.
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayBuilder()
        let node = path.node()
        builder.append(.array(nested))
        return TreeUnkeyedEncodingContainer(encoder: encoder, builder: nested, node: node)
    }

    /// Appends a slot and returns an encoder whose value fills it.
    mutating func superEncoder() -> any Encoder {
        let sub = TreeEncoder(context: encoder.context, path: path)
        builder.append(.deferred(sub))
        return sub
    }
}
