/// A small direct-mapped cache from the raw bytes of escape-free member names to the `String`s
/// made from them.
///
/// An array of records repeats the same few names in every record; making a `String` validates
/// and copies bytes, while a cache hit costs one hash and a comparison of at most two words
/// (names of up to 16 bytes, the usual case). Noncopyable: it owns its slots.
struct NameCache: ~Copyable {
    /// One cached name.
    struct Entry {
        /// The number of raw bytes; -1 for an empty slot.
        var length = -1
        /// The first eight bytes (little-endian, zero-padded for shorter names).
        var head: UInt64 = 0
        /// The last eight bytes, for names longer than eight bytes; 0 otherwise.
        var tail: UInt64 = 0
        /// The name.
        var name = ""
    }

    /// Names longer than this are not cached: comparing them would cost about as much as making them.
    static let maxCachedLength = 16

    /// The slots, allocated at the first lookup so that documents without objects pay nothing.
    private var slots: UnsafeMutablePointer<Entry>?

    /// The number of slots, a power of two scaled to the document (16 to 64), or 0 when the
    /// document is too small for a cache to pay for itself.
    private let slotCount: Int

    /// log2 of ``slotCount``.
    private let slotBits: Int

    /// Documents smaller than this many bytes get no cache.
    static let minDocumentSize = 1_024

    /// Creates an empty cache sized for a document of `documentSize` bytes.
    init(documentSize: Int) {
        var bits = 4
        while bits < 6 && (1 << bits) * 256 < documentSize { bits += 1 }
        slotBits = bits
        slotCount = documentSize < Self.minDocumentSize ? 0 : 1 << bits
    }

    /// Frees the slots and the names they hold.
    deinit {
        if let slots {
            slots.deinitialize(count: slotCount)
            slots.deallocate()
        }
    }

    /// The name made from `input[start..<end]`, valid UTF-8 without escapes: the cached string when
    /// these bytes were seen before, else a new one.
    ///
    /// Two-way set associative: a name's hash picks a pair of slots, and a new name goes to the
    /// first slot while the name there moves to the second, so two names that share a pair do
    /// not evict each other.
    @inline(__always)
    mutating func name(in input: UnsafeRawBufferPointer, from start: Int, to end: Int) -> String {
        let length = end - start
        guard length <= Self.maxCachedLength && slotCount > 0 else {
            return String(alreadyValidatedUTF8: UnsafeRawBufferPointer(rebasing: input[start..<end]))
        }
        let table = slots ?? allocateSlots()
        let (head, tail) = MemberNames.words(of: input, from: start, length: length)
        let mixed = (head ^ (tail &>> 3) ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
        let first = table + (Int(truncatingIfNeeded: mixed &>> UInt64(64 - slotBits)) & ~1)
        let second = first + 1
        if first.pointee.length == length && first.pointee.head == head && first.pointee.tail == tail {
            return first.pointee.name
        }
        if second.pointee.length == length && second.pointee.head == head && second.pointee.tail == tail {
            return second.pointee.name
        }
        let name = String(alreadyValidatedUTF8: UnsafeRawBufferPointer(rebasing: input[start..<end]))
        second.pointee = first.pointee
        first.pointee = Entry(length: length, head: head, tail: tail, name: name)
        return name
    }

    /// Allocates the empty slots.
    @inline(never)
    private mutating func allocateSlots() -> UnsafeMutablePointer<Entry> {
        let table = UnsafeMutablePointer<Entry>.allocate(capacity: slotCount)
        for position in 0..<slotCount {
            (table + position).initialize(to: Entry())
        }
        slots = table
        return table
    }
}
