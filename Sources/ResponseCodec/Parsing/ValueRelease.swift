/// Releasing deep values without recursion.
///
/// Dropping the last reference to a nested array or object releases its children from inside
/// its own deinitializer, one chain of stack frames per level. A value nested as deep as a raised
/// ``JSONLimits/maxDepth`` allows can therefore overflow the stack when it is dropped, even though
/// parsing it did not.
extension JSONValue {
    /// The nesting depth above which the parser releases partial results with
    /// ``releaseIteratively(_:)`` rather than relying on recursive deinitialization.
    static let recursiveReleaseDepthLimit = 1_024

    /// Empties `values`, releasing the values level by level from an explicit work list: each
    /// container's children are moved to the list before the container itself is freed, so no
    /// deinitializer ever frees a child and stack use is constant.
    ///
    /// Takes the array `inout` so that the caller's own references are the ones drained: only what
    /// nothing else references is freed here (a subtree still referenced elsewhere is freed,
    /// recursively, whenever that reference goes). Meant for trees such as the parser builds; a
    /// subtree shared by several parents is visited once per parent.
    static func releaseIteratively(_ values: inout [JSONValue]) {
        while let value = values.popLast() {
            switch value {
            case .array(let elements):
                values.append(contentsOf: elements)
            case .object(let object):
                for member in object.members { values.append(member.value) }
            default:
                break
            }
        }
    }
}
