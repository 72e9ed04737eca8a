/// The HTTP status code an interactive response returns to its caller: an integer from 100 to 599.
///
/// Spec: `spec/response-format.md` §3.2 "Interactive".
public struct InteractiveHTTPStatus: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The smallest status code: 100.
    public static let minimum = 100
    /// The largest status code: 599.
    public static let maximum = 599

    /// 200 OK, the default of an interactive `done`.
    public static let ok = InteractiveHTTPStatus(validated: 200)
    /// 400 Bad Request, the default of an interactive `fail`.
    public static let badRequest = InteractiveHTTPStatus(validated: 400)

    /// The status code, within 100...599.
    public let code: Int

    /// Creates a status, or throws `invalid_value` when `code` is outside 100...599.
    public init(_ code: Int) throws(ResponseCodecError) {
        try self.init(code, pointer: "")
    }

    /// Creates a status, reporting a fault at `pointer`.
    init(_ code: Int, pointer: @autoclosure () -> String) throws(ResponseCodecError) {
        guard (InteractiveHTTPStatus.minimum...InteractiveHTTPStatus.maximum).contains(code) else {
            throw ResponseCodecError(
                .invalidValue, pointer: pointer(), value: code,
                reason: "http_status \(code) is outside 100...599")
        }
        self.code = code
    }

    /// Wraps a code known to be in range.
    private init(validated code: Int) { self.code = code }

    /// Orders statuses by code.
    public static func < (lhs: InteractiveHTTPStatus, rhs: InteractiveHTTPStatus) -> Bool { lhs.code < rhs.code }

    /// The code, in decimal.
    public var description: String { String(code) }
}
