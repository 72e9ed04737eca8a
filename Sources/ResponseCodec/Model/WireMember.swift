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

    /// The members a (kind, result) pair allows, with which of them are required.
    static func shape(kind: ResponseKind, result: ResponseResult) -> (
        allowed: Set<WireMember>, required: [WireMember]
    ) {
        var allowed: Set<WireMember> = [.kind, .result]
        var required: [WireMember] = []
        switch (kind, result) {
        case (.background, .reschedule):
            allowed.insert(.countdown)
            required.append(.countdown)
        case (.background, .skip), (.background, .fail), (.scheduled, .fail),
            (.transformation, .skip), (.transformation, .fail):
            allowed.insert(.output)
        case (.rowTransformation, .success):
            allowed.formUnion([.transformedRow, .transformedRowStyles])
            required.append(.transformedRow)
        case (.interactive, let result):
            allowed.formUnion([.httpStatus, .headers, .body])
            required.append(.httpStatus)
            if result == .fail { allowed.insert(.output) }
        default:
            break
        }
        return (allowed, required)
    }
}

/// A coding key for any member name, so that a response can see every member a document has.
struct AnyMemberKey: CodingKey, Sendable {
    /// The member name.
    let stringValue: String
    /// Never an index.
    var intValue: Int? { nil }

    /// Creates a key for a member name.
    init(stringValue: String) { self.stringValue = stringValue }

    /// Creates a key for a protocol member.
    init(_ member: WireMember) { self.stringValue = member.rawValue }

    /// Member keys are never integers.
    init?(intValue: Int) { nil }
}
