/// The kinds of response, as the `kind` member spells them.
///
/// A kind is a wire shape, not a reference class: the alias classes `ProcessingResponse`,
/// `ValidationResponse`, `CustomEventResponse` and `ProductActionResponse` write the kind of
/// the class they extend (the conformance harness's `ResponseClass` names them in factory calls).
///
/// Spec: `spec/response-format.md` §2 "Kinds and results"; `spec/response-family.md` §1.
public enum ResponseKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The result of a background event (`BackgroundResponse`).
    case background
    /// The result of an interactive event (`InteractiveResponse`).
    case interactive
    /// The result of a scheduled execution (`ScheduledExecutionResponse`).
    case scheduled
    /// The result of a whole transformation request (`TransformationResponse`).
    case transformation
    /// The result of transforming one row (`RowTransformationResponse`).
    case rowTransformation = "row_transformation"
}

/// The values of the `result` member, the platform's `ResultType` of `connect-eaas-core`.
///
/// `ResultType.RETRY` is not among them: it is the runner's own result, which only a
/// ``TaskOutput`` carries (``TaskResult/retry``).
///
/// Spec: `spec/response-format.md` §2 "Kinds and results".
public enum ResponseResult: String, Sendable, Hashable, CaseIterable, Codable {
    /// The event was processed (the factories called `done`).
    case success
    /// The task is to be delivered again after a countdown (background only).
    case reschedule
    /// The task, or the row, is skipped (background, transformation, row transformation).
    case skip
    /// The event, or the row, failed.
    case fail
    /// The row is deleted from the transformation's output (row transformation only).
    case delete

    /// The results a kind allows, in the order of `allCases` (spec §2).
    public static func allowed(for kind: ResponseKind) -> [ResponseResult] {
        allCases.filter { ProtocolTable.allows(kind, $0) }
    }
}

extension ResponseKind {
    /// Every kind's name, matched as Unicode scalars (raw bytes or a `String`).
    static let names = NameTable<ResponseKind>()
}

extension ResponseResult {
    /// Every result's name, matched as Unicode scalars (raw bytes or a `String`).
    static let names = NameTable<ResponseResult>()
}

extension ResponseKind {
    /// The canonical bytes of the kind as a JSON string: the raw value between quotes, as no
    /// kind needs an escape (RFC 8785 §3.2.2.2; CanonicalTokensTests holds them to that).
    var quoted: StaticString {
        switch self {
        case .background: #""background""#
        case .interactive: #""interactive""#
        case .scheduled: #""scheduled""#
        case .transformation: #""transformation""#
        case .rowTransformation: #""row_transformation""#
        }
    }
}

extension ResponseResult {
    /// The canonical bytes of the result as a JSON string: the raw value between quotes, as no
    /// result needs an escape (RFC 8785 §3.2.2.2; CanonicalTokensTests holds them to that).
    var quoted: StaticString {
        switch self {
        case .success: #""success""#
        case .reschedule: #""reschedule""#
        case .skip: #""skip""#
        case .fail: #""fail""#
        case .delete: #""delete""#
        }
    }
}
