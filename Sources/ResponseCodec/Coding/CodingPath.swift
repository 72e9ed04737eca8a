/// One step of a coding path: a member of an object or an element of an array.
enum CodingPathComponent: Sendable {
    /// The object member with this (unescaped) name.
    case key(String)
    /// The array element at this index.
    case index(Int)

    /// The component as the coding key a `Decoder` or `Encoder` reports in `codingPath`.
    var codingKey: any CodingKey {
        switch self {
        case .key(let name): MemberKey(name)
        case .index(let index): IndexKey(index)
        }
    }
}

/// An immutable link of a coding path, shared by every container below it, so that a container
/// remembers its place with one reference instead of a copied array of keys.
final class CodingPathNode: Sendable {
    /// The node of the enclosing container; `nil` for a child of the root.
    let parent: CodingPathNode?
    /// The last step of the path this node names.
    let component: CodingPathComponent

    /// Creates the node for `component` below `parent`.
    init(parent: CodingPathNode?, component: CodingPathComponent) {
        self.parent = parent
        self.component = component
    }
}

/// A coding path held lazily: the node of the enclosing container plus an optional last step that
/// has no node yet. Building one allocates nothing; the key array, the pointer string and the node
/// are materialized only when a container needs a node, or when someone asks (in practice: on error).
struct CodingPath {
    /// The path of the enclosing container.
    var parent: CodingPathNode?
    /// The step below `parent`, or `nil` when the path ends at `parent`.
    var last: CodingPathComponent?

    /// Creates a path; the defaults name the root.
    init(parent: CodingPathNode? = nil, last: CodingPathComponent? = nil) {
        self.parent = parent
        self.last = last
    }

    /// The shared node naming this path (allocated now if `last` is set); `nil` for the root.
    func node() -> CodingPathNode? {
        guard let last else { return parent }
        return CodingPathNode(parent: parent, component: last)
    }

    /// The steps from the root down.
    var components: [CodingPathComponent] {
        var reversed: [CodingPathComponent] = []
        if let last { reversed.append(last) }
        var node = parent
        while let current = node {
            reversed.append(current.component)
            node = current.parent
        }
        return reversed.reversed()
    }

    /// The path as Codable reports it: ``MemberKey`` for members, ``IndexKey`` for elements.
    var codingPath: [any CodingKey] { components.map(\.codingKey) }

    /// The path as an RFC 6901 JSON Pointer.
    var pointer: String { JSONPointer.string(from: codingPath) }
}

/// The coding key of an object member: in the paths this library reports, and for containers
/// that see every member a document has.
struct MemberKey: CodingKey, Sendable {
    /// The member name.
    let stringValue: String

    /// Creates the key for the member named `name`.
    init(_ name: String) { stringValue = name }

    /// Creates the key for the member named `stringValue`.
    init(stringValue: String) { self.stringValue = stringValue }

    /// Always `nil`: a member key is never an array index.
    init?(intValue: Int) { nil }

    /// Always `nil`: a member key is never an array index.
    var intValue: Int? { nil }
}

/// The coding key of an array element in the paths this library reports; spelled like
/// Foundation's (`"Index 2"`), with the index as `intValue`.
struct IndexKey: CodingKey, Sendable {
    /// The element index.
    let index: Int

    /// Creates the key for the element at `index`.
    init(_ index: Int) { self.index = index }

    /// Creates the key for the element at `intValue`.
    init(intValue: Int) { index = intValue }

    /// Always `nil`: an index key is made from an index only.
    init?(stringValue: String) { nil }

    /// `"Index N"`, as Foundation spells it.
    var stringValue: String { "Index \(index)" }

    /// The element index.
    var intValue: Int? { index }
}
