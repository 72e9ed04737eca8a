/// The result of processing an interactive event: an HTTP status, optional headers and an
/// optional body for the caller, and on failure an optional output for the task.
///
/// Mirrors `connect-eaas-core`'s `InteractiveResponse`:
///
/// ```swift
/// let ok = try InteractiveResponse.done(body: ["id": "PR-1"])
/// let denied = try InteractiveResponse.fail(httpStatus: 403, output: "not allowed")
/// ```
///
/// `headers == nil` (absent) and `headers == [:]` (an empty object) are different documents.
/// A body of JSON `null` is no body, as `body=None` is in the reference runtime: setting
/// ``body`` to `.null` stores `nil`, so the protocol's one "no body" state has one value.
///
/// Spec: `spec/response-format.md` §3.2 "Interactive".
public struct InteractiveResponse: Sendable, Hashable {
    /// What the extension decided.
    public enum Outcome: Sendable, Hashable {
        /// `result: "success"`.
        case success
        /// `result: "fail"`, with an optional output for the task.
        case fail(output: String?)
    }

    /// What the extension decided.
    public var outcome: Outcome
    /// The status returned to the caller.
    public var httpStatus: InteractiveHTTPStatus
    /// The headers returned to the caller, or `nil` for none.
    public var headers: InteractiveHTTPHeaders?
    /// The body returned to the caller, or `nil` for none. Setting `.null` stores `nil`.
    public var body: JSONValue? {
        get { storedBody }
        set { storedBody = newValue == .null ? nil : newValue }
    }

    /// The body, never `.null`.
    private var storedBody: JSONValue?

    /// Creates a response from its parts.
    public init(
        _ outcome: Outcome, httpStatus: InteractiveHTTPStatus, headers: InteractiveHTTPHeaders? = nil,
        body: JSONValue? = nil
    ) {
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.headers = headers
        self.storedBody = body == .null ? nil : body
    }

    /// The event has been processed.
    /// - Throws: `invalid_value` when `httpStatus` is outside 100...599.
    public static func done(
        httpStatus: Int = 200, headers: InteractiveHTTPHeaders? = nil, body: JSONValue? = nil
    ) throws(ResponseCodecError) -> InteractiveResponse {
        let status = try InteractiveHTTPStatus(httpStatus, pointer: "/http_status")
        return InteractiveResponse(.success, httpStatus: status, headers: headers, body: body)
    }

    /// The event could not be processed.
    /// - Throws: `invalid_value` when `httpStatus` is outside 100...599.
    public static func fail(
        httpStatus: Int = 400, headers: InteractiveHTTPHeaders? = nil, body: JSONValue? = nil,
        output: String? = nil
    ) throws(ResponseCodecError) -> InteractiveResponse {
        let status = try InteractiveHTTPStatus(httpStatus, pointer: "/http_status")
        return InteractiveResponse(.fail(output: output), httpStatus: status, headers: headers, body: body)
    }

    /// The `result` member this response carries.
    public var result: ResponseResult {
        switch outcome {
        case .success: .success
        case .fail: .fail
        }
    }
}

extension InteractiveResponse: Codable, SingleKindResponse {
    /// The kind of every interactive response.
    static let kind = ResponseKind.interactive

    /// Decodes the members of an interactive document whose header `reader` has checked,
    /// in canonical member order: body, headers, http_status, output.
    init<Members>(result: ResponseResult, reader: ResponseReader<Members>) throws(ResponseCodecError) {
        storedBody = try reader.value(.body)
        if storedBody == .null {
            throw reader.error(.typeMismatch, at: .body, "an absent body is omitted, never null")
        }
        headers = try reader.headers()
        let code = try reader.integer(.httpStatus) ?? InteractiveHTTPStatus.ok.code
        httpStatus = try InteractiveHTTPStatus(code, pointer: reader.pointer(WireMember.httpStatus.rawValue))
        outcome = result == .fail ? .fail(output: try reader.optionalString(.output)) : .success
    }
}

extension InteractiveResponse: WireDocumentConvertible {
    /// The document this response puts on the wire: `kind`, `result`, `http_status`, the headers
    /// and body if any, and the output of a fail, if any.
    var document: WireDocument {
        let output: String? =
            switch outcome {
            case .fail(let output): output
            default: nil
            }
        return WireDocument(
            .interactive, result, httpStatus: httpStatus.code, headers: headers, body: body, output: output)
    }
}
