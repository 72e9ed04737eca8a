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

    /// Sets the member for `key` to the number `convert` makes of it at the member's path.
    private func number<T>(
        _ value: T, _ key: Key, _ convert: (T, CodingPath) throws(ResponseCodecError) -> JSONValue
    ) throws(ResponseCodecError) {
        let name = key.stringValue
        builder.set(name, .value(try convert(value, path(name))))
    }

    /// Encodes `null` for `key`.
    mutating func encodeNil(forKey key: Key) throws { builder.set(key.stringValue, .value(.null)) }
    /// Encodes a boolean for `key`.
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        builder.set(key.stringValue, .value(.bool(value)))
    }
    /// Encodes a string for `key`.
    mutating func encode(_ value: String, forKey key: Key) throws {
        builder.set(key.stringValue, .value(.string(value)))
    }
    /// Encodes a finite double for `key`.
    mutating func encode(_ value: Double, forKey key: Key) throws {
        try number(value, key, NumberEncoding.double)
    }
    /// Encodes a finite float for `key`, converted exactly.
    mutating func encode(_ value: Float, forKey key: Key) throws {
        try number(value, key, NumberEncoding.float)
    }
    /// Encodes an integer within ±(2^53 − 1) for `key` (`Int`, `UInt8`, …: the standard widths).
    mutating func encode<T: FixedWidthInteger & Encodable>(_ value: T, forKey key: Key) throws {
        try number(value, key, NumberEncoding.integer)
    }
    /// Encodes an integer within ±(2^53 − 1) for `key`.
    mutating func encode(_ value: Int128, forKey key: Key) throws {
        try number(value, key, NumberEncoding.integer)
    }
    /// Encodes an integer within 2^53 − 1 for `key`.
    mutating func encode(_ value: UInt128, forKey key: Key) throws {
        try number(value, key, NumberEncoding.integer)
    }

    /// Encodes any value for `key`; a ``JSONValue`` is taken as it is.
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let name = key.stringValue
        builder.set(name, try encoder.encodeChild(value, at: path(name)))
    }

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

    /// Appends the number `convert` makes of `value` at the next element's path.
    private func number<T>(
        _ value: T, _ convert: (T, CodingPath) throws(ResponseCodecError) -> JSONValue
    ) throws(ResponseCodecError) {
        builder.append(.value(try convert(value, path)))
    }

    /// Appends `null`.
    mutating func encodeNil() throws { builder.append(.value(.null)) }
    /// Appends a boolean.
    mutating func encode(_ value: Bool) throws { builder.append(.value(.bool(value))) }
    /// Appends a string.
    mutating func encode(_ value: String) throws { builder.append(.value(.string(value))) }
    /// Appends a finite double.
    mutating func encode(_ value: Double) throws { try number(value, NumberEncoding.double) }
    /// Appends a finite float, converted exactly.
    mutating func encode(_ value: Float) throws { try number(value, NumberEncoding.float) }
    /// Appends an integer within ±(2^53 − 1) (`Int`, `UInt8`, …: the standard widths).
    mutating func encode<T: FixedWidthInteger & Encodable>(_ value: T) throws {
        try number(value, NumberEncoding.integer)
    }
    /// Appends an integer within ±(2^53 − 1).
    mutating func encode(_ value: Int128) throws { try number(value, NumberEncoding.integer) }
    /// Appends an integer within 2^53 − 1.
    mutating func encode(_ value: UInt128) throws { try number(value, NumberEncoding.integer) }

    /// Appends any value; a ``JSONValue`` is taken as it is.
    mutating func encode<T: Encodable>(_ value: T) throws {
        builder.append(try encoder.encodeChild(value, at: path))
    }

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
