/// The member names of a response document. `allCases` is in canonical (RFC 8785 §3.2.3) order.
///
/// Spec: `spec/response-format.md` §2 "Members"; `spec/response-family.md` §3, §4.
enum WireMember: String, CaseIterable, CodingKey, Sendable {
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

    /// The members a (kind, result) pair allows, and which of them are required.
    ///
    /// Written with ``Set/union(_:)`` of single members rather than array literals, so that the
    /// optimizer folds every case to a constant.
    static func shape(kind: ResponseKind, result: ResponseResult) -> (allowed: Set, required: Set) {
        let header = Set(.kind).union(Set(.result))
        switch (kind, result) {
        case (.background, .reschedule):
            return (header.union(Set(.countdown)), Set(.countdown))
        case (.background, .skip), (.background, .fail), (.scheduled, .fail),
            (.transformation, .skip), (.transformation, .fail), (.rowTransformation, .fail):
            return (header.union(Set(.output)), Set())
        case (.rowTransformation, .success):
            let row = Set(.transformedRow)
            return (header.union(row).union(Set(.transformedRowStyles)), row)
        case (.interactive, let result):
            let status = Set(.httpStatus)
            let allowed = header.union(status).union(Set(.headers)).union(Set(.body))
            return (result == .fail ? allowed.union(Set(.output)) : allowed, status)
        default:
            return (header, Set())
        }
    }

    /// A set of members, one bit each: a shape is checked without hashing or allocating.
    struct Set: OptionSet, Sendable {
        let rawValue: UInt16

        init(rawValue: UInt16) { self.rawValue = rawValue }

        /// The set holding only `member`.
        @inline(__always)
        init(_ member: WireMember) {
            rawValue = UInt16(1) << UInt16(member.ordinal)
        }

        /// Whether `member` is in the set.
        @inline(__always)
        func contains(_ member: WireMember) -> Bool { contains(Set(member)) }

        /// Adds `member`.
        @inline(__always)
        mutating func insert(_ member: WireMember) { formUnion(Set(member)) }
    }
}

extension WireMember.Set: ExpressibleByArrayLiteral {
    /// The set of the listed members.
    init(arrayLiteral members: WireMember...) {
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
