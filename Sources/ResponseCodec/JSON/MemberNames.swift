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

/// The names of a closed set of protocol values (member names, kinds, results), matched against
/// UTF-8 bytes read straight from the input, so that a known name needs no `String`.
///
/// The names are grouped by length, and each is kept with its first eight bytes as one word: a
/// lookup goes straight to the one or two names of the input's length, and rules each out, or
/// (for a name of up to eight bytes) matches it, with one integer comparison. A class, so that
/// reading a table from its `static let` costs one reference, not one per array.
final class NameTable<Name: CaseIterable & RawRepresentable & Sendable>: Sendable
where Name.RawValue == String {
    /// The cases sorted by name length, and in the same order each name's first eight bytes as a
    /// word and all its bytes: trivial values side by side, so that a lookup copies nothing.
    private let cases: [Name]
    private let heads: [UInt64]
    private let tails: [UInt64]
    private let names: [[UInt8]]

    /// `starts[n] ..< starts[n + 1]` are the positions of the names of `n` bytes.
    private let starts: [Int]

    /// The length of the longest name, in bytes.
    let maxLength: Int

    /// The table of every case of `Name`, by its raw value's UTF-8 bytes.
    init() {
        let sorted = Name.allCases.map { ($0, Array($0.rawValue.utf8)) }.sorted { $0.1.count < $1.1.count }
        let names = sorted.map(\.1)
        cases = sorted.map(\.0)
        let words = names.map { name in
            name.withUnsafeBytes { MemberNames.words(of: $0, from: 0, length: $0.count) }
        }
        heads = words.map(\.head)
        tails = words.map(\.tail)
        starts = (0...(names.last?.count ?? 0) + 1).map { length in
            names.firstIndex { $0.count >= length } ?? names.count
        }
        self.names = names
        maxLength = names.last?.count ?? 0
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
        guard length &+ 1 < starts.count else { return nil }
        let (head, tail) = MemberNames.words(of: input, from: start, length: length)
        for position in starts[length]..<starts[length &+ 1]
        where heads[position] == head && tails[position] == tail {
            // Head and tail words cover names of up to 16 bytes; longer ones are compared whole.
            if length <= 16
                || names[position].withUnsafeBytes({ $0.elementsEqual(input[start..<end]) })
            {
                return cases[position]
            }
        }
        return nil
    }

    /// The case whose name is the same scalar sequence as `name`, or `nil`.
    func match(_ name: String) -> Name? {
        let utf8 = name.utf8
        let found = utf8.withContiguousStorageIfAvailable { match(UnsafeRawBufferPointer($0)) }
        return found ?? Array(utf8).withUnsafeBytes { match($0) }
    }
}
