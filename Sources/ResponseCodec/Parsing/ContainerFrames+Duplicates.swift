/// One open array or object on the parser's explicit stack.
///
/// The parser never recurses over nesting: each `[` or `{` pushes a frame and the matching
/// `]` or `}` pops it, so the depth of the input costs heap memory, not thread stack. The
/// items themselves wait on two flat stacks shared by all frames (``ByteParser/elementStack``
/// and ``ByteParser/memberStack``) and are moved into an exactly sized array when their
/// container closes. The frames are also the parse path: an error's JSON Pointer (RFC 6901) is
/// read off them.
struct ContainerFrame {
    /// `true` for an object, `false` for an array.
    let isObject: Bool

    /// Where this container's items begin on ``ByteParser/elementStack`` (arrays) or
    /// ``ByteParser/memberStack`` (objects).
    let start: Int

    /// Whether the frame's current item has begun and so contributes a pointer token
    /// (spec/response-format.md §6.2 step 3): for an array, the element after the finished
    /// ones has begun (its first byte was seen); for an object, the last member on the member
    /// stack has had its name read up to the closing quote. Cleared when the item's value ends.
    var hasOpenItem = false

    /// Whether the member names so far arrived in UTF-16 order (RFC 8785 §3.2.3). While they
    /// do, a new name that sorts after the last cannot repeat any earlier one, and closing the
    /// object need not sort.
    var membersAreSorted = true

    /// What this object does with the name template of its depth (see ``NameTemplates``).
    /// Declared beside the flags above, so that the frame stays 48 bytes.
    var templateMode = NameTemplates.Mode.off

    /// The raw bytes (between the quotes) of the last member name, `lastNameStart..<lastNameEnd`,
    /// when it had no escapes, so that the next name can be ordered against it without decoding;
    /// `lastNameEnd` is -1 otherwise.
    var lastNameStart = 0

    /// See ``lastNameStart``.
    var lastNameEnd = -1

    /// Whether this object's names are also kept in a hash set, the last of
    /// ``ByteParser/nameIndexes``: built only when names arrive out of order in an object large
    /// enough that a linear duplicate scan would cost more than hashing. A flag rather than the
    /// set itself, so that a frame holds no reference and copies as plain bytes.
    var hasNameIndex = false

    /// Creates an empty frame whose items begin at `start` on their stack.
    init(isObject: Bool, start: Int) {
        self.isObject = isObject
        self.start = start
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
        MemberNames.equal(lhs.string, rhs.string)
    }

    /// Hashes the name's UTF-8 bytes.
    func hash(into hasher: inout Hasher) {
        StringEscaping.withUTF8(string) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension ByteParser {
    /// The number of members from which duplicate detection switches from a linear scan to a hash set.
    static let nameIndexThreshold = 12

    /// The RFC 6901 pointer of the value at the current position: one token per open container
    /// whose current item has begun (spec/response-format.md §6.2 step 3). Built only for errors.
    func currentPointer() -> String {
        var tokens: [String] = []
        tokens.reserveCapacity(depth)
        // Walk inside out: a frame's items end where the next deeper frame of its kind begins.
        var elementEnd = elementStack.count
        var memberEnd = memberStack.count
        let frames = depth > 0 ? outerFrames.copiedItems() + [current] : []
        for frame in frames.reversed() {
            if frame.isObject {
                if frame.hasOpenItem && memberEnd > frame.start {
                    tokens.append(memberStack.name(at: memberEnd - 1))
                }
                memberEnd = frame.start
            } else {
                if frame.hasOpenItem { tokens.append(String(elementEnd - frame.start)) }
                elementEnd = frame.start
            }
        }
        return JSONPointer.string(from: tokens.reversed())
    }

    /// An error at `offset` whose pointer is the current parse path.
    @inline(never)
    func fault(_ code: ResponseCodecError.Code, at offset: Int, _ reason: String) -> ResponseCodecError {
        ResponseCodecError(code, pointer: currentPointer(), offset: offset, in: input, reason: reason)
    }

    /// A `syntax` error at `offset`, the length of the longest valid prefix (spec/response-format.md
    /// §6.2 step 3): "expected X, found Y", or "expected X, but the input ended".
    @inline(never)
    func syntaxFault(at offset: Int, expected: String) -> ResponseCodecError {
        let found = offset < input.count ? "found \(ASCII.describe(input[offset]))" : "but the input ended"
        return fault(.syntax, at: offset, "expected \(expected), \(found)")
    }

    /// Whether `name` repeats a member already read in the innermost object (RFC 7493 §2.3).
    /// Small objects are scanned linearly; from ``nameIndexThreshold`` members on, a set of
    /// names is kept on ``ByteParser/nameIndexes``. Asked only once names have arrived out of order.
    @inline(never)
    mutating func isDuplicate(_ name: String) -> Bool {
        let start = current.start
        let memberCount = memberStack.count - start
        if memberCount < Self.nameIndexThreshold {
            for position in start..<memberStack.count
            where MemberNames.equal(memberStack.name(at: position), name) {
                return true
            }
            return false
        }
        if !current.hasNameIndex {
            var index = Set<MemberName>(minimumCapacity: memberCount * 2)
            for position in start..<memberStack.count {
                index.insert(MemberName(string: memberStack.name(at: position)))
            }
            nameIndexes.append(index)
            current.hasNameIndex = true
        }
        guard let names = nameIndexes.slot(nameIndexes.count - 1) else { return false }  // unreachable
        return names.pointee.insert(MemberName(string: name)).inserted == false
    }
}
