extension JSONValue {
    /// Whether two values denote the same JSON data (RFC 8785's data model): member order does
    /// not matter, `-0` equals `0`, and strings and names are compared as sequences of Unicode
    /// scalars — not by Swift's canonical equivalence, under which `"\u{C5}"` equals `"A\u{30A}"`
    /// although the two serialize to different bytes.
    ///
    /// Compares with a work list rather than recursion, so any depth is safe.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        var pending: [(JSONValue, JSONValue)] = []
        var current = (lhs, rhs)
        while true {
            switch current {
            case (.null, .null):
                break
            case (.bool(let left), .bool(let right)):
                guard left == right else { return false }
            case (.number(let left), .number(let right)):
                guard left == right else { return false }
            case (.string(let left), .string(let right)):
                guard MemberNames.equal(left, right) else { return false }
            case (.array(let left), .array(let right)):
                guard left.count == right.count else { return false }
                pending.append(contentsOf: zip(left, right))
            case (.object(let left), .object(let right)):
                guard left.count == right.count else { return false }
                for (leftMember, rightMember) in zip(left, right) {
                    guard MemberNames.equal(leftMember.key, rightMember.key) else { return false }
                    pending.append((leftMember.value, rightMember.value))
                }
            default:
                return false
            }
            guard let next = pending.popLast() else { return true }
            current = next
        }
    }
}

extension JSONObject {
    /// Whether two objects have the same members, names compared by Unicode scalars.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        JSONValue.object(lhs) == JSONValue.object(rhs)
    }
}

extension JSONObject.Member {
    /// Whether two members have the same name (by Unicode scalars) and the same value.
    public static func == (lhs: JSONObject.Member, rhs: JSONObject.Member) -> Bool {
        MemberNames.equal(lhs.key, rhs.key) && lhs.value == rhs.value
    }
}
