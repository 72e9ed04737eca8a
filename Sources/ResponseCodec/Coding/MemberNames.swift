/// Member names as the coders compare them: as sequences of Unicode scalars (equal UTF-8 bytes),
/// as the parser does, never by `String`'s canonical equivalence.
enum MemberNames {
    /// Whether `lhs` and `rhs` are the same scalar sequence.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }
}
