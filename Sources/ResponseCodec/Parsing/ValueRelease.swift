/// Releasing deep values without recursion.
///
/// Dropping the last reference to a nested array or object releases its children from inside
/// its own deinitializer, one stack frame chain per level. A value nested as deep as a raised
/// ``JSONLimits/maxDepth`` allows can therefore overflow the stack when it is dropped, even though
/// parsing it did not.
extension JSONValue {
    /// The nesting depth above which the parser releases partial results with
    /// ``releaseIteratively(_:)`` rather than relying on recursive deinitialization.
    static let recursiveReleaseDepthLimit = 1_024

    /// Drops `values` (the caller passes its last references) level by level from an explicit
    /// work list: each container's children are moved to the list before the container itself
    /// is freed, so no deinitializer ever frees a child. Stack use is constant; heap use is
    /// proportional to the widest level.
    static func releaseIteratively(_ values: consuming [JSONValue]) {
        var pending = values
        while let value = pending.popLast() {
            switch value {
            case .array(let elements):
                pending.append(contentsOf: elements)
            case .object(let object):
                for member in object.members { pending.append(member.value) }
            default:
                break
            }
        }
    }
}
