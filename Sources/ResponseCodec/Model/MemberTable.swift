/// Where each protocol member sits in a parsed response object, found in one pass over its
/// names, so that the response rules look members up without comparing names again.
///
/// Positions are packed 7 bits a member into one word; a member past position 126 (behind that
/// many unknown members) is marked for a search instead.
struct MemberTable {
    /// The protocol members the object has.
    private(set) var present: WireMember.Set = []

    /// Whether the object has a member whose name is none of the protocol's.
    private(set) var hasUnknownMembers = false

    /// Position + 1 of each member, 7 bits each in ``WireMember/ordinal`` order; 0 when absent,
    /// ``Self/searchMark`` when too far to pack.
    private var packed: UInt64 = 0

    private static let bitsPerMember: UInt64 = 7
    private static let searchMark: UInt64 = (1 << bitsPerMember) - 1

    /// Classifies every member name of `object`.
    init(_ object: JSONObject) {
        for position in object.indices {
            guard let member = WireMember(name: object[position].key) else {
                hasUnknownMembers = true
                continue
            }
            present.insert(member)
            let stored = UInt64(position) + 1 < Self.searchMark ? UInt64(position) + 1 : Self.searchMark
            packed |= stored << (Self.bitsPerMember * UInt64(member.ordinal))
        }
    }

    /// The position of `member` in `object` (the object this table was built from), or `nil`.
    func position(of member: WireMember, in object: JSONObject) -> Int? {
        let stored = (packed >> (Self.bitsPerMember * UInt64(member.ordinal))) & Self.searchMark
        switch stored {
        case 0: return nil
        case Self.searchMark:
            return object.indices.first { MemberNames.equal(object[$0].key, member.rawValue) }
        default: return Int(stored) - 1
        }
    }
}
