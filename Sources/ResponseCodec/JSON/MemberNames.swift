/// Member names and string values as JSON compares them: as sequences of Unicode scalars (equal
/// UTF-8 bytes), as the parser does (RFC 7493 §2.3), never by `String`'s canonical equivalence.
enum MemberNames {
    /// Whether `lhs` and `rhs` are the same scalar sequence.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8
        let right = rhs.utf8
        // A native string knows its UTF-8 length, so most unequal names part here.
        guard left.count == right.count else { return false }
        let equal = left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in leftBytes.elementsEqual(rightBytes) }
        }
        return (equal ?? nil) ?? left.elementsEqual(right)
    }

    /// The first and last eight bytes of the name `input[start ..< start + length]` as
    /// little-endian words: the head zero-padded and the tail 0 when the name is shorter than
    /// eight bytes. Two names of up to 16 bytes are equal when their lengths and words are. A
    /// short name is read with one word load when the input has eight bytes from `start`, else
    /// byte by byte, so nothing past the input is read.
    @inline(__always)
    static func words(of input: UnsafeRawBufferPointer, from start: Int, length: Int) -> (
        head: UInt64, tail: UInt64
    ) {
        if length >= 8 {
            return (
                UInt64(littleEndian: input.loadUnaligned(fromByteOffset: start, as: UInt64.self)),
                UInt64(
                    littleEndian: input.loadUnaligned(fromByteOffset: start &+ length &- 8, as: UInt64.self))
            )
        }
        if start &+ 8 <= input.count {
            let word = UInt64(littleEndian: input.loadUnaligned(fromByteOffset: start, as: UInt64.self))
            // length is 0...7, so the shift stays below 64.
            return (word & ((1 &<< (UInt64(length) &* 8)) &- 1), 0)
        }
        return (bytewiseHead(of: input, from: start, length: length), 0)
    }

    /// The head word of a short name near the input's end, read byte by byte; kept out of line
    /// so that the word loads above stay small where they are inlined.
    @inline(never)
    private static func bytewiseHead(of input: UnsafeRawBufferPointer, from start: Int, length: Int) -> UInt64
    {
        var head: UInt64 = 0
        for offset in 0..<length {
            head |= UInt64(input[start &+ offset]) << (UInt64(offset) &* 8)
        }
        return head
    }
}

/// A name in the input as a ``NameTable`` compares it: where its bytes start, how many there
/// are, and their head and tail words (``MemberNames/words(of:from:length:)``).
struct NameWords: Equatable {
    let start: Int
    let length: Int
    let head: UInt64
    let tail: UInt64
}

extension NameWords {
    /// Reads the words of `input[start ..< start + length]`.
    init(in input: UnsafeRawBufferPointer, from start: Int, length: Int) {
        (head, tail) = MemberNames.words(of: input, from: start, length: length)
        self.start = start
        self.length = length
    }
}

/// The names of a closed set of protocol values (member names, kinds, results), matched against
/// UTF-8 bytes read straight from the input, so that a known name needs no `String`.
///
/// The names are grouped by length, and each is kept with its first and last eight bytes as two
/// words: a lookup goes straight to the one or two names of the input's length, and rules each
/// out, or (for a name of up to 16 bytes) matches it, with two integer comparisons.
///
/// The entries live in memory the table allocates once, never changes and never frees (each
/// table is a `static let`), read without bounds checks: a lookup is on the path of every member
/// of every response, where the checks of three arrays cost as much as the comparisons. Holding
/// no reference, a table is copied without reference counting. `@unchecked Sendable` for that
/// reason: after `init` nothing is written.
struct NameTable<Name: CaseIterable & RawRepresentable & Sendable>: @unchecked Sendable
where Name.RawValue == String {
    /// One name: its first and last eight bytes as words (``MemberNames/words(of:from:length:)``)
    /// and its case.
    private struct Entry {
        let head: UInt64
        let tail: UInt64
        let name: Name
    }

    /// The entries, sorted by name length.
    private let entries: UnsafeMutablePointer<Entry>

    /// `starts[n] ..< starts[n + 1]` are the positions of the names of `n` bytes, for `n` up to
    /// ``maxLength``.
    private let starts: UnsafeMutablePointer<Int>

    /// The length of the longest name, in bytes.
    let maxLength: Int

    /// The table of every case of `Name`, by its raw value's UTF-8 bytes.
    init() {
        let sorted = Name.allCases.map { ($0, Array($0.rawValue.utf8)) }.sorted { $0.1.count < $1.1.count }
        let bytes = sorted.map(\.1)
        maxLength = bytes.last?.count ?? 0
        entries = .allocate(capacity: sorted.count)
        for (position, (name, utf8)) in sorted.enumerated() {
            let (head, tail) = utf8.withUnsafeBytes { MemberNames.words(of: $0, from: 0, length: $0.count) }
            (entries + position).initialize(to: Entry(head: head, tail: tail, name: name))
        }
        starts = .allocate(capacity: maxLength + 2)
        for length in 0...(maxLength + 1) {
            (starts + length).initialize(to: bytes.firstIndex { $0.count >= length } ?? bytes.count)
        }
    }

    /// The case whose name is exactly `bytes`, or `nil`.
    func match(_ bytes: UnsafeRawBufferPointer) -> Name? {
        match(in: bytes, from: 0, to: bytes.count)
    }

    /// The case whose name is exactly `input[start..<end]`, or `nil`. When eight bytes can be
    /// read from `start`, a short name's head word is one load (``MemberNames/words(of:from:length:)``).
    @inline(__always)
    func match(in input: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Name? {
        let length = end &- start
        guard length >= 0 && length <= maxLength else { return nil }
        return match(NameWords(in: input, from: start, length: length), in: input)
    }

    /// The case whose name is `name`, read from `input`, or `nil`.
    @inline(__always)
    func match(_ name: NameWords, in input: UnsafeRawBufferPointer) -> Name? {
        guard name.length <= maxLength else { return nil }
        var position = starts[name.length]
        let stop = starts[name.length &+ 1]
        while position < stop {
            let entry = entries + position
            if entry.pointee.head == name.head && entry.pointee.tail == name.tail
                && (name.length <= 16 || isWhole(position, name, in: input))
            {
                return entry.pointee.name
            }
            position &+= 1
        }
        return nil
    }

    /// Whether the name at `position` is all of `name`'s bytes: head and tail words cover names
    /// of up to 16 bytes, longer ones are compared whole.
    @inline(never)
    private func isWhole(_ position: Int, _ name: NameWords, in input: UnsafeRawBufferPointer) -> Bool {
        entries[position].name.rawValue.utf8.elementsEqual(input[name.start..<name.start &+ name.length])
    }

    /// The case whose name is the same scalar sequence as `name`, or `nil`.
    func match(_ name: String) -> Name? {
        StringEscaping.withUTF8(name) { match(UnsafeRawBufferPointer($0)) }
    }
}
