/// A value under construction by ``TreeEncoder``. Containers are reference types so that a
/// container handed out earlier keeps writing into the tree; ``materialize()`` turns the whole
/// tree into a ``JSONValue`` once encoding has finished.
enum EncodedNode {
    /// A finished value.
    case value(JSONValue)
    /// An object whose members are still being encoded.
    case object(ObjectBuilder)
    /// An array whose elements are still being encoded.
    case array(ArrayBuilder)
    /// Whatever a `superEncoder` encodes; `{}` if it encodes nothing.
    case deferred(TreeEncoder)

    /// The finished JSON value.
    func materialize() -> JSONValue {
        switch self {
        case .value(let value): value
        case .object(let builder): .object(builder.build())
        case .array(let builder): .array(builder.elements.map { $0.materialize() })
        case .deferred(let encoder): encoder.encoded.materialize()
        }
    }
}

/// The members of an object being encoded, in the order they were encoded. A name encoded twice
/// keeps its last value; names are compared as scalar sequences (UTF-8 bytes), as the parser does.
final class ObjectBuilder {
    /// The members, in encoding order, repeats included.
    private var members: [(name: String, node: EncodedNode)] = []

    /// Creates an empty object.
    init() {}

    /// Sets member `name` (a later value replaces an earlier one when built).
    func set(_ name: String, _ node: EncodedNode) {
        members.append((name, node))
    }

    /// The object builder of member `name`: the existing one if the member's latest value is an
    /// object builder (as Foundation reuses it), a new one otherwise.
    func nestedObject(_ name: String) -> ObjectBuilder {
        if case .object(let existing)? = latest(name) { return existing }
        let builder = ObjectBuilder()
        set(name, .object(builder))
        return builder
    }

    /// The array builder of member `name`: the existing one if the member's latest value is an
    /// array builder, a new one otherwise.
    func nestedArray(_ name: String) -> ArrayBuilder {
        if case .array(let existing)? = latest(name) { return existing }
        let builder = ArrayBuilder()
        set(name, .array(builder))
        return builder
    }

    /// The latest value set for `name`, if any.
    private func latest(_ name: String) -> EncodedNode? {
        members.last { MemberNames.equal($0.name, name) }?.node
    }

    /// The finished object: members sorted by ``UTF16Order``, each name once with its last value.
    func build() -> JSONObject {
        JSONObject(uniquingKeysWith: members.map { ($0.name, $0.node.materialize()) })
    }
}

/// The elements of an array being encoded.
final class ArrayBuilder {
    /// The elements so far.
    private(set) var elements: [EncodedNode] = []

    /// Creates an empty array.
    init() {}

    /// Appends an element.
    func append(_ node: EncodedNode) { elements.append(node) }
}
