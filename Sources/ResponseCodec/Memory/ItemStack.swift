/// A growable stack of values in memory it manages itself, from which the top items are moved
/// (not copied) into a new array. The parser keeps the items of its open containers on it, and the
/// tree walk of the writer its open containers.
///
/// `Array` cannot hand over a range of its elements without copying them, and copying costs one
/// atomic retain and one release per heap-allocated element; building through
/// `Array(unsafeUninitializedCapacity:)` goes through an unspecialized runtime path. Here the items
/// are moved one by one into an array reserved at the exact size, so no reference count changes.
/// A push or a pop is a bounds test and a move, without `Array`'s uniqueness check.
/// Noncopyable, so that exactly one owner deinitializes what is left (after an error) and frees
/// the memory.
struct ItemStack<Element>: ~Copyable {
    /// The storage: `capacity` slots, the first `count` initialized; `nil` until the first push.
    private var base: UnsafeMutablePointer<Element>?

    /// The number of slots allocated.
    private var capacity = 0

    /// The number of items on the stack.
    private(set) var count = 0

    /// Creates an empty stack; nothing is allocated until the first push.
    init() {}

    /// Deinitializes the items left (after a parse error) and frees the storage.
    deinit {
        if let base {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }

    /// Pushes `item`.
    @inline(__always)
    mutating func append(_ item: consuming Element) {
        if count == capacity { grow() }
        guard let base else { return }  // unreachable: grow() has allocated
        (base + count).initialize(to: item)
        count &+= 1
    }

    /// The slot at `position`, which must be below ``count``, for reading or updating an item
    /// in place; `nil` only if nothing was ever pushed.
    @inline(__always)
    func slot(_ position: Int) -> UnsafeMutablePointer<Element>? {
        base.map { $0 + position }
    }

    /// Removes the top item and returns it; `nil` when the stack is empty.
    @inline(__always)
    mutating func popLast() -> Element? {
        guard let base, count > 0 else { return nil }
        count &-= 1
        return (base + count).move()
    }

    /// The items, bottom first, copied into an array (for error reports).
    func copiedItems() -> [Element] {
        guard let base else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Removes the items from `start` up and returns them, in order, in an array of exactly that
    /// size. `start` must be at most ``count``.
    @inline(__always)
    mutating func popArray(from start: Int) -> [Element] {
        guard let base, count > start else { return [] }
        var items: [Element] = []
        items.reserveCapacity(count - start)
        var position = start
        while position < count {
            items.append((base + position).move())
            position &+= 1
        }
        count = start
        return items
    }

    /// Doubles the storage (16 slots at first), moving the items.
    @inline(never)
    private mutating func grow() {
        let newCapacity = capacity == 0 ? 16 : capacity * 2
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let base {
            newBase.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = newBase
        capacity = newCapacity
    }
}
