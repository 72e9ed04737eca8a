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

    /// The current element and its path, not consumed; `missing_field` past the end.
    private func current() throws(ResponseCodecError) -> (JSONValue, CodingPath) {
        guard currentIndex < elements.count else { throw ScalarDecoding.missingField(at: path) }
        return (elements[currentIndex], path)
    }

    /// Consumes the current element if it is `null`; `missing_field` past the end.
    mutating func decodeNil() throws -> Bool {
        guard case .null = try current().0 else { return false }
        currentIndex += 1
        return true
    }

    /// Consumes the current element as what `read` makes of it, if `read` succeeds.
    private mutating func next<T>(_ read: (TreeDecoder, (JSONValue, CodingPath)) throws -> T) throws -> T {
        let result = try read(decoder, try current())
        currentIndex += 1
        return result
    }

    /// The next element as a `T`; a ``JSONValue`` element is returned as it is. This one method
    /// also answers the per-type requirements (`Bool`, `String`, `Int8`, …): a scalar decodes
    /// itself through the decoder's single-value container, at the element's path.
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next { try $0.decodeChild(type, at: $1) }
    }
    /// The next element as an integer (this width has a default that refuses it, so it is spelled out).
    mutating func decode(_ type: Int128.Type) throws -> Int128 {
        try next { try $0.decodeChild(type, at: $1) }
    }
    /// The next element as an integer (this width has a default that refuses it, so it is spelled out).
    mutating func decode(_ type: UInt128.Type) throws -> UInt128 {
        try next { try $0.decodeChild(type, at: $1) }
    }

    /// A keyed container over the next element, which must be an object.
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next { try $0.keyedContainer(type, at: $1) }
    }

    /// An unkeyed container over the next element, which must be an array.
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next { try $0.unkeyedContainer(at: $1) }
    }

    /// A separate decoder positioned at the next element, which it consumes.
    mutating func superDecoder() throws -> any Decoder { try next { $0.superDecoder(at: $1) } }
}
