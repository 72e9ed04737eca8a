/// `connect-eaas-core`'s `ProcessingResponse`: a `BackgroundResponse` subclass that adds
/// nothing. Its documents are `"kind":"background"`.
///
/// Spec: `spec/response-family.md` §2 "Aliases".
public typealias ProcessingResponse = BackgroundResponse

/// `connect-eaas-core`'s `CustomEventResponse`: an `InteractiveResponse` subclass that adds
/// nothing. Its documents are `"kind":"interactive"`.
///
/// Spec: `spec/response-family.md` §2 "Aliases".
public typealias CustomEventResponse = InteractiveResponse

/// `connect-eaas-core`'s `ProductActionResponse`: an `InteractiveResponse` subclass that adds
/// nothing. Its documents are `"kind":"interactive"`.
///
/// Spec: `spec/response-family.md` §2 "Aliases".
public typealias ProductActionResponse = InteractiveResponse

/// `connect-eaas-core`'s `ValidationResponse`: the factories of an interactive response that
/// answers a validation event. It holds no state of its own (the reference subclass only derives
/// the HTTP status and puts `data` in the body), so its factories return an
/// ``InteractiveResponse`` and its documents are `"kind":"interactive"`.
///
/// ```swift
/// let valid = ValidationResponse.done(data: ["id": "PR-1", "params": []])
/// let invalid = ValidationResponse.fail(data: ["id": "PR-1"], output: "parameter x is required")
/// ```
///
/// Spec: `spec/response-family.md` §2.2 "Validation".
public enum ValidationResponse {
    /// The request is valid: status 200, the (possibly amended) request as the body. `nil` or
    /// `.null` data is no body, as `body=None` is in the reference.
    public static func done(data: JSONValue?) -> InteractiveResponse {
        InteractiveResponse(.success, httpStatus: .ok, body: data)
    }

    /// The request is invalid: status 400, `data` as the body (none when `nil` or `.null`) and an
    /// optional output for the task.
    public static func fail(data: JSONValue? = nil, output: String? = nil) -> InteractiveResponse {
        InteractiveResponse(.fail(output: output), httpStatus: .badRequest, body: data)
    }
}
