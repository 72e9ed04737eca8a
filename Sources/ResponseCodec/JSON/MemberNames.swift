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
}

extension MemberNames {
    /// The case of `type` whose raw value is the same scalar sequence as `name`, or `nil`.
    static func matchingCase<Name: CaseIterable & RawRepresentable>(of type: Name.Type, named name: String)
        -> Name? where Name.RawValue == String
    {
        let utf8 = name.utf8
        let found = utf8.withContiguousStorageIfAvailable {
            matchingCase(of: type, named: UnsafeRawBufferPointer($0))
        }
        return found ?? Array(utf8).withUnsafeBytes { matchingCase(of: type, named: $0) }
    }

    /// The case of `type` whose raw value is exactly these UTF-8 bytes, or `nil`: how a name or
    /// a `kind` read straight from the input becomes a protocol value without a `String`.
    static func matchingCase<Name: CaseIterable & RawRepresentable>(
        of type: Name.Type, named bytes: UnsafeRawBufferPointer
    ) -> Name? where Name.RawValue == String {
        for candidate in Name.allCases {
            let utf8 = candidate.rawValue.utf8
            guard utf8.count == bytes.count else { continue }
            let equal = utf8.withContiguousStorageIfAvailable {
                UnsafeRawBufferPointer($0).elementsEqual(bytes)
            }
            if equal ?? utf8.elementsEqual(bytes) { return candidate }
        }
        return nil
    }
}
