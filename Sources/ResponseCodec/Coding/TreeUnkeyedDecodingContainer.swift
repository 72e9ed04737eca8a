/// The unkeyed container of ``TreeDecoder``: reads the elements of one JSON array in order,
/// strictly. An element is consumed only when it decodes; reading past the end is `missing_field`
/// with the pointer of the absent index.
struct TreeUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    /// The decoder that nested values are decoded with.
    let decoder: TreeDecoder
    /// The array being read.
    let elements: [JSONValue]
    /// The path of the array; `nil` at the root.
    let node: CodingPathNode?
    /// The index of the next element to decode.
    private(set) var currentIndex = 0

    /// Creates a container at the first element of `elements`.
    init(decoder: TreeDecoder, elements: [JSONValue], node: CodingPathNode?) {
        self.decoder = decoder
        self.elements = elements
        self.node = node
    }

    /// The keys from the root to this array.
    var codingPath: [any CodingKey] { CodingPath(parent: node).codingPath }

    /// The number of elements.
    var count: Int? { elements.count }

    /// Whether every element has been decoded.
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// The lazily built path of the current element.
    private var path: CodingPath { CodingPath(parent: node, last: .index(currentIndex)) }

    /// The current element, not consumed; `missing_field` past the end.
    private func peek() throws(ResponseCodecError) -> JSONValue {
        guard currentIndex < elements.count else { throw ScalarDecoding.missingField(at: path) }
        return elements[currentIndex]
    }

    /// Consumes the current element if it is `null`; `missing_field` past the end.
    mutating func decodeNil() throws -> Bool {
        guard case .null = try peek() else { return false }
        currentIndex += 1
        return true
    }

    /// Consumes the current element as the result of `convert`, if it succeeds.
    private mutating func next<T>(
        _ convert: (JSONValue, CodingPath) throws(ResponseCodecError) -> T
    ) throws(ResponseCodecError) -> T {
        let result = try convert(try peek(), path)
        currentIndex += 1
        return result
    }

    /// The next element as a boolean.
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(ScalarDecoding.bool) }
    /// The next element as a string.
    mutating func decode(_ type: String.Type) throws -> String { try next(ScalarDecoding.string) }
    /// The next element as a double.
    mutating func decode(_ type: Double.Type) throws -> Double { try next(ScalarDecoding.double) }
    /// The next element as a float.
    mutating func decode(_ type: Float.Type) throws -> Float { try next(ScalarDecoding.float) }

    /// The next element as an integer of type `T`.
    private mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws(ResponseCodecError) -> T {
        try next { (value, path) throws(ResponseCodecError) in
            try ScalarDecoding.integer(type, value, at: path)
        }
    }

    /// The next element as an integer (`Int`, `UInt8`, …: the standard widths).
    mutating func decode<T: FixedWidthInteger & Decodable>(_ type: T.Type) throws -> T { try integer(type) }
    /// The next element as an integer.
    mutating func decode(_ type: Int128.Type) throws -> Int128 { try integer(type) }
    /// The next element as an integer.
    mutating func decode(_ type: UInt128.Type) throws -> UInt128 { try integer(type) }

    /// The next element as a `T`; a ``JSONValue`` element is returned as it is.
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let result = try decoder.decodeChild(type, from: try peek(), at: path)
        currentIndex += 1
        return result
    }

    /// A keyed container over the next element, which must be an object.
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let value = try peek()
        guard case .object(let object) = value else {
            throw ScalarDecoding.typeMismatch(expected: "object", found: value, at: path)
        }
        let container = TreeKeyedDecodingContainer<NestedKey>(
            decoder: decoder, object: object, node: path.node())
        currentIndex += 1
        return KeyedDecodingContainer(container)
    }

    /// An unkeyed container over the next element, which must be an array.
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let value = try peek()
        guard case .array(let nested) = value else {
            throw ScalarDecoding.typeMismatch(expected: "array", found: value, at: path)
        }
        let container = TreeUnkeyedDecodingContainer(decoder: decoder, elements: nested, node: path.node())
        currentIndex += 1
        return container
    }

    /// A separate decoder positioned at the next element, which it consumes.
    mutating func superDecoder() throws -> any Decoder {
        let sub = TreeDecoder(value: try peek(), path: path, userInfo: decoder.userInfo)
        currentIndex += 1
        return sub
    }
}
