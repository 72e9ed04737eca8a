/// The delay before a rescheduled background task is delivered again, in whole seconds.
///
/// A `Countdown` always holds a value the protocol can carry: at least ``minimum`` (30) and at
/// most ``maximum`` (2^53 − 1, the largest integer every JSON runtime holds exactly).
///
/// Spec: `spec/response-format.md` §3.1 "Background".
public struct Countdown: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The smallest countdown on the wire, the floor `reschedule` clamps to.
    public static let minimum = ProtocolTable.countdown.lowerBound
    /// The floor that `slow_process_reschedule` clamps to.
    public static let slowProcessMinimum = ProtocolTable.slowProcessCountdownFloor
    /// The largest countdown on the wire: 2^53 − 1 (RFC 7493 §2.2).
    public static let maximum = ProtocolTable.countdown.upperBound

    /// The delay in seconds, within `minimum...maximum`.
    public let seconds: Int

    /// Creates a countdown of exactly `seconds`, or throws: `invalid_value` below 30,
    /// `number_out_of_range` above 2^53 − 1.
    public init(seconds: Int) throws(ResponseCodecError) {
        try self.init(seconds: seconds, pointer: "")
    }

    /// Creates a countdown as a factory does: a value below `floor` becomes `floor`; a value
    /// above 2^53 − 1 is an error, never rounded or clamped down.
    init(clamping seconds: Int, floor: Int, pointer: @autoclosure () -> String) throws(ResponseCodecError) {
        try self.init(seconds: Swift.max(seconds, floor), pointer: pointer())
    }

    /// Creates a countdown, reporting a fault at `pointer`.
    init(seconds: Int, pointer: @autoclosure () -> String) throws(ResponseCodecError) {
        guard seconds >= Countdown.minimum else {
            throw ResponseCodecError(
                .invalidValue, pointer: pointer(), value: seconds,
                reason: "countdown \(seconds) is below the minimum of 30 seconds")
        }
        try Countdown.checkMaximum(seconds, pointer: pointer())
        self.seconds = seconds
    }

    /// Throws `number_out_of_range` when `seconds` is above 2^53 − 1, whatever the result it
    /// comes with (spec `task-output.md` §3.2 step 5: the range before the result's rule).
    static func checkMaximum(_ seconds: Int, pointer: @autoclosure () -> String) throws(ResponseCodecError) {
        guard seconds <= Countdown.maximum else {
            throw ResponseCodecError(
                .numberOutOfRange, pointer: pointer(), value: seconds,
                reason: "countdown \(seconds) is above 2^53 - 1, the largest integer JSON carries exactly")
        }
    }

    /// Orders countdowns by their seconds.
    public static func < (lhs: Countdown, rhs: Countdown) -> Bool { lhs.seconds < rhs.seconds }

    /// The seconds, in decimal.
    public var description: String { String(seconds) }
}
