/// The output object of a task, as the platform's runner sends it back: the projection of a
/// response (or the runner's own retry) onto `connect-eaas-core`'s `proto.TaskOutput`.
///
/// ```swift
/// let output = TaskOutput(projecting: try BackgroundResponse.reschedule(countdown: 60), runtime: 0.25)
/// // {"countdown":60,"data":null,"message":null,"result":"reschedule","runtime":0.25}
/// let retry = TaskOutput.retry(message: "Traceback (most recent call last): ...")
/// ```
///
/// All five members are always written, `null` included, as pydantic serializes the model. A
/// `TaskOutput` is always one the runner could send: its countdown is 0 unless the result is
/// `reschedule`, and then within 30...2^53 − 1.
///
/// Spec: `spec/task-output.md`.
public struct TaskOutput: Sendable, Hashable {
    /// The task's result: a response's result, or the runner's own `retry`.
    public let result: TaskResult
    /// The data returned with the result: for an interactive response, its HTTP status, headers
    /// and body; otherwise `nil` (written `null`). `.null` is stored as `nil`.
    public let data: JSONValue?
    /// Seconds before a rescheduled task is delivered again; 0 for every other result.
    public let countdown: Int
    /// How long the extension took, in seconds.
    public let runtime: Double
    /// The message for the task: a response's output, or the runner's traceback.
    public let message: String?

    /// The longest retry message in Unicode scalars: the runner keeps `traceback.format_exc()[:4000]`.
    public static let maximumRetryMessageLength = 4000

    /// Creates an output from its members.
    /// - Throws: `invalid_value` at `/countdown` when the countdown is not 0 for a result other
    ///   than `reschedule`, or below 30 for a reschedule; `number_out_of_range` above 2^53 − 1.
    public init(
        result: TaskResult, data: JSONValue? = nil, countdown: Int = 0, runtime: Double = 0,
        message: String? = nil
    ) throws(ResponseCodecError) {
        try Self.checkCountdown(countdown, result: result, pointer: "/countdown")
        self.init(checked: result, data: data, countdown: countdown, runtime: runtime, message: message)
    }

    /// Creates an output whose countdown the caller has checked.
    init(checked result: TaskResult, data: JSONValue?, countdown: Int, runtime: Double, message: String?) {
        self.result = result
        self.data = data == .null ? nil : data
        self.countdown = countdown
        self.runtime = runtime
        self.message = message
    }

    /// The runner's own result when a background or scheduled task raised: `retry`, with the
    /// traceback cut to its first 4000 Unicode scalars, no data, countdown 0 and runtime 0 (the
    /// runner measures no runtime then). Interactive and transformation tasks that raise give
    /// `fail` instead.
    public static func retry(message: String) -> TaskOutput {
        let scalars = message.unicodeScalars.prefix(maximumRetryMessageLength)
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars)
        return TaskOutput(checked: .retry, data: nil, countdown: 0, runtime: 0, message: String(kept))
    }

    /// The countdown rule of spec `task-output.md` §3: 0 unless the result is `reschedule`, and
    /// then a ``Countdown``.
    static func checkCountdown(_ countdown: Int, result: TaskResult, pointer: String)
        throws(ResponseCodecError)
    {
        guard result == .reschedule else {
            try Countdown.checkMaximum(countdown, pointer: pointer)
            guard countdown == 0 else {
                throw ResponseCodecError(
                    .invalidValue, pointer: pointer, value: countdown,
                    reason: "countdown \(countdown) is not 0, the countdown of a \(result.rawValue)")
            }
            return
        }
        _ = try Countdown(seconds: countdown, pointer: pointer)
    }
}

/// The `result` of a ``TaskOutput``: the results of the response kinds, and the runner's own
/// `retry` (`connect.eaas.core.enums.ResultType`).
///
/// Spec: `spec/task-output.md` §2.
public enum TaskResult: String, Sendable, Hashable, CaseIterable, Codable {
    /// The task was processed.
    case success
    /// The task is to be delivered again after the countdown.
    case reschedule
    /// The task was skipped.
    case skip
    /// The task failed.
    case fail
    /// The runner could not get a result (the extension raised); the platform delivers the task again.
    case retry

    /// The task result of a response result, or `nil` for `delete`, which only a row carries.
    public init?(_ result: ResponseResult) {
        switch result {
        case .success: self = .success
        case .reschedule: self = .reschedule
        case .skip: self = .skip
        case .fail: self = .fail
        case .delete: return nil
        }
    }
}
