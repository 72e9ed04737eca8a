/// Member names as the coders compare them: as sequences of Unicode scalars (equal UTF-8 bytes),
/// as the parser does, never by `String`'s canonical equivalence.
enum MemberNames {
    /// Whether `lhs` and `rhs` are the same scalar sequence.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    /// The value of the member of `object` named exactly `name`, found by binary search in the
    /// canonical order; `nil` if there is none.
    ///
    /// Not `JSONObject`'s subscript: its getter returns `.null`, not `nil`, for an absent name
    /// (its `nil` literal becomes `JSONValue.null`), and it compares names as `String`s, which
    /// treats canonically equivalent but different scalar sequences as equal.
    static func value(named name: String, in object: JSONObject) -> JSONValue? {
        let members = object.members
        var low = 0
        var high = members.count
        while low < high {
            let middle = (low + high) / 2
            if UTF16Order.precedes(members[middle].key, name) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < members.count, equal(members[low].key, name) else { return nil }
        return members[low].value
    }
}
