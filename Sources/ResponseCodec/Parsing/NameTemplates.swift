/// The member names of the last object read at each depth, so that the next object at that
/// depth, usually the next record of an array, can take each of its names as the one expected
/// at that position after a comparison of one or two words.
///
/// A record's names are the same as the previous record's, in the same order, so a name that
/// matches the template needs no scan for its end, no `String` and no
/// order check: the template is a strictly increasing sequence of distinct names (below), so a
/// name equal to entry `k`, after names equal to entries `0..<k`, sorts after the name before it
/// and repeats none (RFC 7493 §2.3, RFC 8785 §3.2.3), just as when the names are compared.
///
/// How a template is kept: an object starts out *predicting*. At the first name that does not
/// match (or past the template's end) the template is cut to the names matched so far and the
/// object goes on *recording*: each further name is appended after the parser's usual checks,
/// as long as it has no escapes and the object's names are still in canonical order. An object
/// whose names fall out of order, or that has an escaped name, stops recording. So every entry
/// follows the one before it in the object it was read from, and the template stays sorted and
/// free of repeats.
struct NameTemplates: ~Copyable {
    /// What the open object does with its depth's template.
    enum Mode: UInt8 {
        /// Neither: the object is too deep, or it has stopped recording.
        case off
        /// Every name so far matched the template; the next is compared with the next entry.
        case predicting
        /// A name differed; the names from there on are appended to the template.
        case recording
    }

    /// One name of a template.
    struct Entry {
        /// The number of raw bytes between the quotes.
        let length: Int
        /// The first eight bytes (little-endian, zero-padded for a shorter name).
        let head: UInt64
        /// The last eight bytes for a name of at least eight bytes; 0 otherwise.
        let tail: UInt64
        /// The offset of the name's first byte in the input, for comparing longer names whole.
        let start: Int
        /// The name.
        let key: String
    }

    /// Objects at this depth or deeper keep no template.
    static let depthLimit = 8

    /// The most names a template holds; an object with more stops recording there. Small
    /// enough that a template's block stays in the allocator's fast per-thread cache.
    static let capacity = 16

    /// One template: ``capacity`` slots, the first `count` initialized.
    private struct Block {
        var entries: UnsafeMutablePointer<Entry>
        var count: Int
    }

    /// The template of each depth below ``depthLimit``, `nil` until a name is recorded there;
    /// the table itself is allocated at the first name recorded, so that documents without
    /// records pay nothing.
    private var blocks: UnsafeMutablePointer<Block?>?

    /// Creates empty templates; nothing is allocated yet.
    init() {}

    /// Frees the entries and the names they hold.
    deinit {
        guard let blocks else { return }
        for depth in 0..<Self.depthLimit {
            guard let block = blocks[depth] else { continue }
            block.entries.deinitialize(count: block.count)
            block.entries.deallocate()
        }
        blocks.deinitialize(count: Self.depthLimit)
        blocks.deallocate()
    }

    /// The name at `start` in `input` (escape-free, followed by its closing quote) when it is
    /// entry `position` of the template at `depth`, with the offset of its closing quote.
    @inline(__always)
    func match(depth: Int, position: Int, in input: UnsafeRawBufferPointer, at start: Int) -> (
        key: String, end: Int
    )? {
        guard let blocks, let block = blocks[depth], position < block.count else { return nil }
        let entry = block.entries + position
        let length = entry.pointee.length
        let end = start &+ length
        guard end < input.count, input[end] == ASCII.quote else { return nil }
        let (head, tail) = MemberNames.words(of: input, from: start, length: length)
        guard head == entry.pointee.head, tail == entry.pointee.tail else { return nil }
        // The words cover the first and last eight bytes; a longer name's middle is compared too.
        var offset = 8
        while offset < length &- 8 {
            guard input[start &+ offset] == input[entry.pointee.start &+ offset] else { return nil }
            offset &+= 1
        }
        return (entry.pointee.key, end)
    }

    /// Cuts the template at `depth` to its first `count` entries.
    @inline(__always)
    mutating func truncate(depth: Int, to count: Int) {
        guard let blocks, let block = blocks[depth], block.count > count else { return }
        (block.entries + count).deinitialize(count: block.count &- count)
        blocks[depth]?.count = count
    }

    /// Appends the name `key`, whose raw bytes are `input[start..<end]`, to the template at
    /// `depth`; returns `false` (appending nothing) when the template is full.
    mutating func append(
        depth: Int, key: String, in input: UnsafeRawBufferPointer, from start: Int, to end: Int
    ) -> Bool {
        let length = end &- start
        let (head, tail) = MemberNames.words(of: input, from: start, length: length)
        let table = blocks ?? allocateTable()
        let block = table[depth] ?? Block(entries: .allocate(capacity: Self.capacity), count: 0)
        guard block.count < Self.capacity else { return false }
        (block.entries + block.count).initialize(
            to: Entry(length: length, head: head, tail: tail, start: start, key: key))
        table[depth] = Block(entries: block.entries, count: block.count &+ 1)
        return true
    }

    /// Allocates the table of templates, all absent.
    @inline(never)
    private mutating func allocateTable() -> UnsafeMutablePointer<Block?> {
        let table = UnsafeMutablePointer<Block?>.allocate(capacity: Self.depthLimit)
        table.initialize(repeating: nil, count: Self.depthLimit)
        blocks = table
        return table
    }
}
