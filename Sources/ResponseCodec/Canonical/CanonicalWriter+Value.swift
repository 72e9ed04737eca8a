// Serializing a whole JSONValue tree. The walk keeps its own stack of open containers instead
// of recursing, so a value nested 100,000 levels deep costs heap, not call stack.
//
// Scalars are written where they sit in their container, never copied out of it, so a string
// costs no reference counting; only a container is retained, once, while it is open.

extension CanonicalWriter {
    /// Appends `value` in canonical form as the next value (RFC 8785 §3.2).
    ///
    /// Objects are written in their stored order, which ``JSONObject`` keeps canonical
    /// (RFC 8785 §3.2.3). Throws `number_out_of_range` for a NaN or an infinity, with the
    /// RFC 6901 pointer of that number relative to `value` (`""` when `value` itself is the
    /// number); a streaming caller that embeds `value` in a larger document prefixes its own path.
    mutating func write(_ value: JSONValue) throws(ResponseCodecError) {
        let root: OpenContainer
        switch value {
        case .null:
            writeNull()
            return
        case .bool(let flag):
            writeBool(flag)
            return
        case .number(let number):
            try writeNumber(number)
            return
        case .string(let string):
            writeString(string)
            return
        case .array(let elements):
            beginArray()
            root = OpenContainer(.array(elements))
        case .object(let object):
            beginObject()
            root = OpenContainer(.object(object.members))
        }
        var walk = ValueWalk(root)
        var room = 0
        repeat {
            room = try writeTokens(atLeast: room) { (sink) throws(ResponseCodecError) in
                try walk.writeTokens(into: &sink)
            }
        } while room > 0
    }
}

/// Where the walk over a tree stands: the innermost open container and the ones around it.
private struct ValueWalk: ~Copyable {
    /// The innermost open container; `nil` once the outermost one is closed.
    private var innermost: OpenContainer?
    /// The containers around the innermost one, outermost first.
    private var enclosing = ItemStack<OpenContainer>()

    /// Starts inside `root`, whose opening bracket is written.
    init(_ root: OpenContainer) { innermost = root }

    /// What writing one element did.
    private enum Step {
        /// The element was written.
        case wrote
        /// The element is a container, whose opening bracket was written.
        case opened
        /// The element needs this much room, which the sink does not have.
        case needsRoom(Int)
        /// The element is a NaN or an infinity, which JSON cannot hold.
        case nonFinite(Double)
    }

    /// Writes elements, members and closing brackets until the tree is complete (returns 0) or
    /// the next of them needs more room than `sink` has (returns that room; call again).
    ///
    /// The inner loops run over one container with its contents in a constant and the position
    /// in a variable, so that elements are read in place rather than copied.
    mutating func writeTokens(into sink: inout ByteSink) throws(ResponseCodecError) -> Int {
        guard var current = innermost.take() else { return 0 }
        while true {
            var position = current.nextPosition
            var step = Step.wrote
            switch current.contents {
            case .array(let elements):
                elements.withUnsafeBufferPointer { elements in
                    while position < elements.count {
                        step = Self.write(
                            elements[position], name: nil, separator: position != 0, into: &sink)
                        guard case .wrote = step else { break }
                        position &+= 1
                    }
                }
            case .object(let members):
                members.withUnsafeBufferPointer { members in
                    guard let first = members.baseAddress else { return }
                    while position < members.count {
                        // The name is read where it lies: passed on as a `String`, it would be
                        // copied first, a retain and a release for nothing.
                        let member = first + position
                        step =
                            member.pointee.key.utf8.withContiguousStorageIfAvailable { name in
                                Self.write(
                                    member.pointee.value, name: name, separator: position != 0, into: &sink)
                            } ?? Self.writeCopyingName(of: member, separator: position != 0, into: &sink)
                        guard case .wrote = step else { break }
                        position &+= 1
                    }
                }
            }
            switch step {
            case .wrote:
                // The container is complete.
                guard sink.room >= 1 else {
                    current.nextPosition = position
                    innermost = current
                    return 1
                }
                sink.putInCheckedRoom(current.closingBracket)
                guard let outer = enclosing.popLast() else { return 0 }
                current = outer
            case .opened:
                current.nextPosition = position &+ 1
                if let container = current.container(at: position) {
                    enclosing.append(consume current)
                    current = container
                }
            case .needsRoom(let room):
                current.nextPosition = position
                innermost = current
                return room
            case .nonFinite(let number):
                throw CanonicalWriter.nonFiniteNumberError(number, pointer: pointer(current, position))
            }
        }
    }

    /// Writes the member at `member` whose name's UTF-8 is not contiguous (a bridged string),
    /// through a copy of the name.
    @inline(never)
    private static func writeCopyingName(
        of member: UnsafePointer<JSONObject.Member>, separator: Bool, into sink: inout ByteSink
    ) -> Step {
        StringEscaping.withUTF8(member.pointee.key) { name in
            write(member.pointee.value, name: name, separator: separator, into: &sink)
        }
    }

    /// Writes one element or member of the innermost container: the separator, the member
    /// name if any, and a scalar value or the opening bracket of a container. Writes nothing
    /// when the sink is too small or the value is not finite.
    @inline(__always)
    private static func write(
        _ value: JSONValue, name: UnsafeBufferPointer<UInt8>?, separator: Bool, into sink: inout ByteSink
    ) -> Step {
        // The separator and the quoted name with its colon come before the value.
        var prefixLength = separator ? 1 : 0
        if let name { prefixLength &+= StringEscaping.quotedLengthBound(name) &+ 1 }
        switch value {
        case .null:
            guard sink.room >= prefixLength &+ 4 else { return .needsRoom(prefixLength &+ 4) }
            putPrefix(name, separator: separator, into: &sink)
            sink.put("null")
        case .bool(let flag):
            guard sink.room >= prefixLength &+ 5 else { return .needsRoom(prefixLength &+ 5) }
            putPrefix(name, separator: separator, into: &sink)
            sink.put(flag ? "true" : "false")
        case .number(let number):
            guard number.isFinite else { return .nonFinite(number) }
            let length = prefixLength &+ ECMAScriptNumberFormatter.maximumLength
            guard sink.room >= length else { return .needsRoom(length) }
            putPrefix(name, separator: separator, into: &sink)
            ECMAScriptNumberFormatter.append(number, to: &sink)
        case .string(let string):
            return StringEscaping.withUTF8(string) { utf8 in
                let length = prefixLength &+ StringEscaping.quotedLengthBound(utf8)
                guard sink.room >= length else { return .needsRoom(length) }
                putPrefix(name, separator: separator, into: &sink)
                sink.putQuoted(utf8)
                return .wrote
            }
        case .array:
            guard sink.room >= prefixLength &+ 1 else { return .needsRoom(prefixLength &+ 1) }
            putPrefix(name, separator: separator, into: &sink)
            sink.putInCheckedRoom(ASCII.leftBracket)
            return .opened
        case .object:
            guard sink.room >= prefixLength &+ 1 else { return .needsRoom(prefixLength &+ 1) }
            putPrefix(name, separator: separator, into: &sink)
            sink.putInCheckedRoom(ASCII.leftBrace)
            return .opened
        }
        return .wrote
    }

    /// Writes the separator, if any, and the member name and its colon, if any, in room that
    /// the caller has checked (`prefixLength` in ``write(_:name:separator:into:)``).
    @inline(__always)
    private static func putPrefix(
        _ name: UnsafeBufferPointer<UInt8>?, separator: Bool, into sink: inout ByteSink
    ) {
        if separator { sink.putInCheckedRoom(ASCII.comma) }
        if let name {
            sink.putQuoted(name)
            sink.putInCheckedRoom(ASCII.colon)
        }
    }

    /// The RFC 6901 pointer of the element at `position` of `current`: one reference token per
    /// enclosing container, naming the element or member being written in it.
    private func pointer(_ current: OpenContainer, _ position: Int) -> String {
        var tokens = enclosing.copiedItems().map { $0.token(at: $0.nextPosition - 1) }
        tokens.append(current.token(at: position))
        return JSONPointer.string(from: tokens)
    }
}

/// An array or object whose opening bracket has been written, and how far the walk has got in it.
private struct OpenContainer {
    /// The container's contents.
    enum Contents {
        /// The elements of an open array.
        case array([JSONValue])
        /// The members of an open object, in canonical order.
        case object([JSONObject.Member])
    }

    /// The container being written.
    let contents: Contents

    /// The position of the next element or member to write.
    var nextPosition = 0

    /// Starts at the container's first element or member.
    init(_ contents: Contents) {
        self.contents = contents
    }

    /// `]` or `}`.
    var closingBracket: UInt8 {
        switch contents {
        case .array: ASCII.rightBracket
        case .object: ASCII.rightBrace
        }
    }

    /// The element or member at `position` when it is an array or an object (whose opening
    /// bracket the walk has written), `nil` for a scalar.
    func container(at position: Int) -> OpenContainer? {
        let value =
            switch contents {
            case .array(let elements): elements[position]
            case .object(let members): members[position].value
            }
        switch value {
        case .array(let elements): return OpenContainer(.array(elements))
        case .object(let object): return OpenContainer(.object(object.members))
        default: return nil
        }
    }

    /// The reference token of the element or member at `position`.
    func token(at position: Int) -> String {
        switch contents {
        case .array: String(position)
        case .object(let members): members[position].key
        }
    }
}
