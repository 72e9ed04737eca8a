/// One open array or object on the parser's explicit stack.
///
/// The parser never recurses over nesting: each `[` or `{` pushes a frame and the matching
/// `]` or `}` pops it, so the depth of the input costs heap memory, not thread stack.
/// The frames are also the parse path: an error's JSON Pointer (RFC 6901) is read off them.
struct ContainerFrame {
    /// `true` for an object, `false` for an array.
    let isObject: Bool

    /// Whether the frame's current item has begun and so contributes a pointer token
    /// (spec/decisions.md, "Error precedence" 3): for an array, element `elements.count` has
    /// begun (its first byte was seen); for an object, the member name `pendingName` has been
    /// read up to its closing quote. Cleared when the item's value ends.
    var hasOpenItem = false

    /// The finished elements of an array, in order.
    var elements: [JSONValue] = []

    /// The finished members of an object, in input order until the object is closed.
    var members: [JSONObject.Member] = []

    /// The unescaped name of the member whose value is being parsed (objects only).
    var pendingName = ""

    /// Whether `members` are already in UTF-16 order, so that closing the object need not sort.
    var membersAreSorted = true

    /// The names of `members`, hashed by scalars; built only once an object is large enough
    /// that a linear duplicate scan would cost more than hashing.
    var nameIndex: Set<MemberName>?

    /// Creates an empty frame for an array or an object.
    init(isObject: Bool) {
        self.isObject = isObject
    }
}

/// A member name that hashes and compares by its Unicode scalars (its UTF-8 bytes).
///
/// RFC 7493 §2.3 and RFC 8785 compare names as sequences of code points after unescaping.
/// Swift's `String` equality uses canonical equivalence instead (`"\u{E9}" == "e\u{301}"`), which
/// would report two distinct names as duplicates, so `String` cannot be the set element directly.
struct MemberName: Hashable {
    /// The unescaped name.
    let string: String

    /// Whether both names are the same scalar sequence.
    static func == (lhs: MemberName, rhs: MemberName) -> Bool {
        sameScalars(lhs.string, rhs.string)
    }

    /// Hashes the name's UTF-8 bytes.
    func hash(into hasher: inout Hasher) {
        var name = string
        name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Whether two strings are the same sequence of Unicode scalars, that is, have identical UTF-8
/// bytes (RFC 7493 §2.3: names are compared after unescaping, code point by code point).
func sameScalars(_ lhs: String, _ rhs: String) -> Bool {
    let left = lhs.utf8
    let right = rhs.utf8
    guard left.count == right.count else { return false }
    let equal = left.withContiguousStorageIfAvailable { leftBytes in
        right.withContiguousStorageIfAvailable { rightBytes in
            leftBytes.elementsEqual(rightBytes)
        }
    }
    return (equal ?? nil) ?? left.elementsEqual(right)
}

extension StrictJSONParser {
    /// The number of members from which duplicate detection switches from a linear scan to a hash set.
    static let nameIndexThreshold = 12

    /// The RFC 6901 pointer of the value at the current position: one token per open container
    /// whose current item has begun (spec/decisions.md, "Error precedence" 3). Built only for errors.
    func currentPointer() -> String {
        var tokens: [String] = []
        tokens.reserveCapacity(frames.count)
        for frame in frames {
            guard frame.hasOpenItem else { break }
            tokens.append(frame.isObject ? frame.pendingName : String(frame.elements.count))
        }
        return JSONPointer.string(from: tokens)
    }

    /// An error at `offset` whose pointer is the current parse path.
    @inline(never)
    func fault(_ code: ResponseCodecError.Code, at offset: Int, _ reason: String) -> ResponseCodecError {
        ResponseCodecError(code, pointer: currentPointer(), offset: offset, in: input, reason: reason)
    }

    /// A `syntax` error at `offset`, the length of the longest valid prefix (spec/decisions.md,
    /// "Error precedence" 3): "expected X, found Y", or "expected X, but the input ended".
    @inline(never)
    func syntaxFault(at offset: Int, expected: String) -> ResponseCodecError {
        let found = offset < input.count ? "found \(ASCII.describe(input[offset]))" : "but the input ended"
        return fault(.syntax, at: offset, "expected \(expected), \(found)")
    }

    /// Whether `name` repeats a member already read in the innermost object (RFC 7493 §2.3).
    /// Small objects are scanned linearly; from ``nameIndexThreshold`` members on, a set of
    /// names is kept in the frame.
    mutating func isDuplicate(_ name: String) -> Bool {
        let top = frames.count - 1
        let memberCount = frames[top].members.count
        if memberCount < Self.nameIndexThreshold {
            for member in frames[top].members where sameScalars(member.key, name) {
                return true
            }
            return false
        }
        if frames[top].nameIndex == nil {
            var index = Set<MemberName>(minimumCapacity: memberCount * 2)
            for member in frames[top].members {
                index.insert(MemberName(string: member.key))
            }
            frames[top].nameIndex = index
        }
        return frames[top].nameIndex?.insert(MemberName(string: name)).inserted == false
    }
}
