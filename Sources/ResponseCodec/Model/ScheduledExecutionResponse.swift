/// The result of a scheduled execution: done or fail.
///
/// Mirrors `connect-eaas-core`'s `ScheduledExecutionResponse`:
///
/// ```swift
/// let ok = ScheduledExecutionResponse.done()
/// let failed = ScheduledExecutionResponse.fail(output: "upstream timed out")
/// ```
///
/// Spec: `spec/response-format.md` §3.3 "Scheduled".
public struct ScheduledExecutionResponse: Sendable, Hashable {
    /// What the extension decided.
    public enum Outcome: Sendable, Hashable {
        /// `result: "success"`.
        case success
        /// `result: "fail"`, with an optional reason.
        case fail(output: String?)
    }

    /// What the extension decided.
    public var outcome: Outcome

    /// Wraps an outcome.
    public init(_ outcome: Outcome) { self.outcome = outcome }

    /// The execution succeeded. Like the reference `done(*args, **kwargs)`, it takes no data.
    public static func done() -> ScheduledExecutionResponse { ScheduledExecutionResponse(.success) }

    /// The execution failed, optionally saying why.
    public static func fail(output: String? = nil) -> ScheduledExecutionResponse {
        ScheduledExecutionResponse(.fail(output: output))
    }

    /// The `result` member this response carries.
    public var result: ResponseResult {
        switch outcome {
        case .success: .success
        case .fail: .fail
        }
    }
}

extension ScheduledExecutionResponse: Codable, SingleKindResponse {
    /// The kind of every scheduled execution response.
    static let kind = ResponseKind.scheduled

    /// Decodes the members of a scheduled document whose header `reader` has checked.
    init<Members>(result: ResponseResult, reader: ResponseReader<Members>) throws(ResponseCodecError) {
        outcome = result == .fail ? .fail(output: try reader.optionalString(.output)) : .success
    }
}

extension ScheduledExecutionResponse: WireDocumentConvertible {
    /// The document this response puts on the wire: `kind`, `result` and a fail's output, if any.
    var document: WireDocument {
        switch outcome {
        case .fail(let output): WireDocument(.scheduled, .fail, output: output)
        default: WireDocument(.scheduled, result)
        }
    }
}
