/// The member names of a response document. `allCases` is in canonical (RFC 8785 §3.2.3) order.
///
/// Spec: `spec/response-format.md` §2 "Members"; `spec/response-family.md` §3, §4.
package enum WireMember: String, CaseIterable, CodingKey, Sendable {
    case body
    case countdown
    case headers
    case httpStatus = "http_status"
    case kind
    case output
    case result
    case transformedRow = "transformed_row"
    case transformedRowStyles = "transformed_row_styles"

    /// The member with this exact name, compared as Unicode scalars (as JSON compares names),
    /// or `nil` for a name the protocol does not know.
    init?(name: String) {
        guard let member = Self.names.match(name) else { return nil }
        self = member
    }

    /// Every member name, for matching input bytes.
    static let names = NameTable<WireMember>()

    /// The member's place in ``allCases`` (canonical order): its bit in a ``Set``.
    var ordinal: Int {
        switch self {
        case .body: 0
        case .countdown: 1
        case .headers: 2
        case .httpStatus: 3
        case .kind: 4
        case .output: 5
        case .result: 6
        case .transformedRow: 7
        case .transformedRowStyles: 8
        }
    }

    /// A set of members, one bit each: a shape is checked without hashing or allocating.
    package struct Set: OptionSet, Sendable {
        package let rawValue: UInt16

        package init(rawValue: UInt16) { self.rawValue = rawValue }

        /// The set holding only `member`.
        @inline(__always)
        init(_ member: WireMember) {
            rawValue = UInt16(1) << UInt16(member.ordinal)
        }

        /// Whether `member` is in the set.
        @inline(__always)
        package func contains(_ member: WireMember) -> Bool { contains(Set(member)) }

        /// Adds `member`.
        @inline(__always)
        mutating func insert(_ member: WireMember) { formUnion(Set(member)) }
    }
}

extension WireMember.Set: ExpressibleByArrayLiteral {
    /// The set of the listed members.
    package init(arrayLiteral members: WireMember...) {
        self.init(rawValue: 0)
        for member in members { insert(member) }
    }
}

extension WireMember {
    /// `"name":`, the canonical bytes before the member's value: the raw value between quotes,
    /// as no name needs an escape (RFC 8785 §3.2.2.2; CanonicalTokensTests holds them to that).
    var quotedName: StaticString {
        switch self {
        case .body: #""body":"#
        case .countdown: #""countdown":"#
        case .headers: #""headers":"#
        case .httpStatus: #""http_status":"#
        case .kind: #""kind":"#
        case .output: #""output":"#
        case .result: #""result":"#
        case .transformedRow: #""transformed_row":"#
        case .transformedRowStyles: #""transformed_row_styles":"#
        }
    }
}
