/// The projections of the four task managers of `connect-extension-runner` 43.1, each the
/// `build_response` of `connect/eaas/runner/managers/<category>.py` when the extension's
/// future completes.
///
/// Spec: `spec/task-output.md` §4 "Projection".
extension TaskOutput {
    /// The output the runner builds for any response.
    /// - Throws: `invalid_value` at `/kind` for a row transformation: the runner writes rows to
    ///   the output file and never sends one as a task output.
    public init(projecting response: ExtensionResponse, runtime: Double) throws(ResponseCodecError) {
        switch response {
        case .background(let response): self.init(projecting: response, runtime: runtime)
        case .interactive(let response): self.init(projecting: response, runtime: runtime)
        case .scheduled(let response): self.init(projecting: response, runtime: runtime)
        case .transformation(let response): self.init(projecting: response, runtime: runtime)
        case .rowTransformation:
            throw ResponseCodecError(
                .invalidValue, pointer: "/kind",
                reason: "a row transformation is written to the output file, never sent as a task output")
        }
    }

    /// `managers/background.py`: the message only for a skip or a fail, the countdown only for a
    /// reschedule (0 otherwise, although `BackgroundResponse.countdown` is 30 then).
    public init(projecting response: BackgroundResponse, runtime: Double) {
        self.init(projecting: response.document, data: nil, runtime: runtime)
    }

    /// `managers/interactive.py`: the data is the response's `data` property,
    /// `{"http_status", "headers", "body"}` with absent headers and body as `null`; the message
    /// is the output (`null` for a success).
    public init(projecting response: InteractiveResponse, runtime: Double) {
        let headers: JSONValue = response.headers.map { .object($0.json) } ?? .null
        let data: JSONValue = [
            "http_status": .number(Double(response.httpStatus.code)), "headers": headers,
            "body": response.body ?? .null,
        ]
        self.init(projecting: response.document, data: data, runtime: runtime)
    }

    /// `managers/scheduled.py`: the message is the output.
    public init(projecting response: ScheduledExecutionResponse, runtime: Double) {
        self.init(projecting: response.document, data: nil, runtime: runtime)
    }

    /// `managers/transformation.py`: the message only for a skip or a fail.
    public init(projecting response: TransformationResponse, runtime: Double) {
        self.init(projecting: response.document, data: nil, runtime: runtime)
    }

    /// The task output of a response's wire document: its result, countdown (0 when absent) and
    /// output, with `data`.
    private init(projecting document: borrowing WireDocument, data: JSONValue?, runtime: Double) {
        // Every result but `delete` is a task result; only a row transformation has `delete`, and
        // it is never projected.
        let result = TaskResult(rawValue: document.result.rawValue) ?? .fail
        self.init(
            checked: result, data: data, countdown: document.countdown ?? 0, runtime: runtime,
            message: document.output)
    }
}
