/// The three kinds of response, as the `kind` member spells them.
///
/// Spec: `spec/response-format.md` §2 "Kinds and results".
public enum ResponseKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The result of a background event (`BackgroundResponse`).
    case background
    /// The result of an interactive event (`InteractiveResponse`).
    case interactive
    /// The result of a scheduled execution (`ScheduledExecutionResponse`).
    case scheduled
}

/// The values of the `result` member, the platform's `ResultType` of `connect-eaas-core`.
///
/// Spec: `spec/response-format.md` §2 "Kinds and results".
public enum ResponseResult: String, Sendable, Hashable, CaseIterable, Codable {
    /// The event was processed (the factories called `done`).
    case success
    /// The task is to be delivered again after a countdown (background only).
    case reschedule
    /// The task is skipped (background only).
    case skip
    /// The event failed.
    case fail

    /// The results a kind allows.
    public static func allowed(for kind: ResponseKind) -> [ResponseResult] {
        switch kind {
        case .background: [.success, .reschedule, .skip, .fail]
        case .interactive, .scheduled: [.success, .fail]
        }
    }
}
