// Serializing a whole JSONValue tree. The walk keeps its own stack of open containers instead
// of recursing, so a value nested 100,000 levels deep costs heap, not call stack.

extension CanonicalWriter {
    /// Appends `value` in canonical form as the next value (RFC 8785 §3.2).
    ///
    /// Objects are written in their stored order, which ``JSONObject`` keeps canonical
    /// (RFC 8785 §3.2.3). Throws `number_out_of_range` for a NaN or an infinity, with the
    /// RFC 6901 pointer of that number relative to `value` (`""` when `value` itself is the
    /// number); a streaming caller that embeds `value` in a larger document prefixes its own path.
    mutating func write(_ value: JSONValue) throws(ResponseCodecError) {
        var openContainers: [OpenContainer] = []
        var current = value
        while true {
            switch current {
            case .null:
                writeNull()
            case .bool(let flag):
                writeBool(flag)
            case .number(let number):
                guard number.isFinite else {
                    throw Self.nonFiniteNumberError(number, pointer: Self.pointer(to: openContainers))
                }
                writeFiniteNumber(number)
            case .string(let string):
                writeString(string)
            case .array(let elements):
                beginArray()
                openContainers.append(OpenContainer(.array(elements)))
            case .object(let object):
                beginObject()
                openContainers.append(OpenContainer(.object(object)))
            }
            guard let next = nextValue(closingFinishedContainersIn: &openContainers) else {
                return
            }
            current = next
        }
    }

    /// Moves the walk on to the next value to write: the next element of the innermost open
    /// array, or the next member of the innermost open object (whose name it writes), closing
    /// each container that has nothing left. Returns `nil` when the outermost one is closed.
    private mutating func nextValue(closingFinishedContainersIn stack: inout [OpenContainer]) -> JSONValue? {
        while let top = stack.last {
            let position = top.nextPosition
            switch top.container {
            case .array(let elements):
                if position < elements.count {
                    stack[stack.count - 1].nextPosition = position + 1
                    return elements[position]
                }
                endArray()
            case .object(let object):
                if position < object.count {
                    stack[stack.count - 1].nextPosition = position + 1
                    let member = object[position]
                    writeMemberName(member.key)
                    return member.value
                }
                endObject()
            }
            stack.removeLast()
        }
        return nil
    }

    /// The RFC 6901 pointer of the value being written: one reference token per open
    /// container, naming the element or member most recently taken from it.
    private static func pointer(to stack: [OpenContainer]) -> String {
        JSONPointer.string(
            from: stack.map { open in
                let position = open.nextPosition - 1
                switch open.container {
                case .array: return String(position)
                case .object(let object): return object[position].key
                }
            })
    }
}

/// An array or object whose opening bracket has been written, and how far the walk has got in it.
private struct OpenContainer {
    /// The container's contents.
    enum Contents {
        /// The elements of an open array.
        case array([JSONValue])
        /// The members of an open object, in canonical order.
        case object(JSONObject)
    }

    /// The container being written.
    let container: Contents

    /// The position of the next element or member to write; the one before it is being written.
    var nextPosition = 0

    /// Starts at the container's first element or member.
    init(_ container: Contents) {
        self.container = container
    }
}
