/// The result of processing a background event: done, reschedule, skip or fail.
///
/// Build one with the factories, which mirror `connect-eaas-core`'s `BackgroundResponse`:
///
/// ```swift
/// let later = try BackgroundResponse.reschedule(countdown: 45)
/// let skipped = BackgroundResponse.skip(output: "not for this product")
/// ```
///
/// A state the protocol cannot carry cannot be built: only a reschedule has a countdown, and
/// that countdown is always within `30...2^53 − 1`.
///
/// Spec: `spec/response-format.md` §3.1 "Background".
public struct BackgroundResponse: Sendable, Hashable {
    /// What the extension decided.
    public enum Outcome: Sendable, Hashable {
        /// `result: "success"`: the task is done.
        case success
        /// `result: "reschedule"`: deliver the task again after the countdown.
        case reschedule(Countdown)
        /// `result: "skip"`: the task is skipped, with an optional reason.
        case skip(output: String?)
        /// `result: "fail"`: the task failed, with an optional reason.
        case fail(output: String?)
    }

    /// What the extension decided.
    public var outcome: Outcome

    /// Wraps an outcome.
    public init(_ outcome: Outcome) { self.outcome = outcome }

    /// The task has been processed. Like the reference `done(*args, **kwargs)`, it takes no data.
    public static func done() -> BackgroundResponse { BackgroundResponse(.success) }

    /// Deliver the task again after `countdown` seconds; below 30 becomes 30.
    /// - Throws: `number_out_of_range` when `countdown` is above 2^53 − 1.
    public static func reschedule(countdown: Int = 30) throws(ResponseCodecError) -> BackgroundResponse {
        let countdown = try Countdown(clamping: countdown, floor: Countdown.minimum, pointer: "/countdown")
        return BackgroundResponse(.reschedule(countdown))
    }

    /// Deliver a slow task again after `countdown` seconds; below 300 becomes 300. On the wire
    /// this is a `reschedule` whose countdown is at least 300.
    /// - Throws: `number_out_of_range` when `countdown` is above 2^53 − 1.
    public static func slowProcessReschedule(countdown: Int = 300) throws(ResponseCodecError)
        -> BackgroundResponse
    {
        let countdown = try Countdown(
            clamping: countdown, floor: Countdown.slowProcessMinimum, pointer: "/countdown")
        return BackgroundResponse(.reschedule(countdown))
    }

    /// Skip the task, optionally saying why.
    public static func skip(output: String? = nil) -> BackgroundResponse {
        BackgroundResponse(.skip(output: output))
    }

    /// The task failed, optionally saying why.
    public static func fail(output: String? = nil) -> BackgroundResponse {
        BackgroundResponse(.fail(output: output))
    }

    /// The `result` member this response carries.
    public var result: ResponseResult {
        switch outcome {
        case .success: .success
        case .reschedule: .reschedule
        case .skip: .skip
        case .fail: .fail
        }
    }
}

extension BackgroundResponse: Codable, SingleKindResponse {
    /// The kind of every background response.
    static let kind = ResponseKind.background

    /// Decodes the members of a background document whose header `reader` has checked.
    init<Members>(result: ResponseResult, reader: ResponseReader<Members>) throws(ResponseCodecError) {
        switch result {
        case .success:
            outcome = .success
        case .reschedule:
            let seconds = try reader.integer(.countdown) ?? Countdown.minimum
            outcome = .reschedule(
                try Countdown(seconds: seconds, pointer: reader.pointer(WireMember.countdown.rawValue)))
        case .skip:
            outcome = .skip(output: try reader.optionalString(.output))
        case .fail, .delete:  // readHeader admits no delete for a background document
            outcome = .fail(output: try reader.optionalString(.output))
        }
    }
}

extension BackgroundResponse: WireDocumentConvertible {
    /// The document this response puts on the wire: `kind`, `result` and the countdown of a
    /// reschedule or the output of a skip or fail, if any.
    var document: WireDocument {
        switch outcome {
        case .success: WireDocument(.background, .success)
        case .reschedule(let countdown): WireDocument(.background, .reschedule, countdown: countdown.seconds)
        case .skip(let output): WireDocument(.background, .skip, output: output)
        case .fail(let output): WireDocument(.background, .fail, output: output)
        }
    }
}
