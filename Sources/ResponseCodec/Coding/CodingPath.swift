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
