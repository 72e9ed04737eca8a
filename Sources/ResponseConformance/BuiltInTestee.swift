import ResponseCodec

/// The Swift implementation answering testee requests in process: what
/// `response-codec testee` speaks over stdin/stdout and what `conformance` runs by default.
public struct BuiltInTestee: Sendable {
    /// Creates the testee.
    public init() {}

    /// Answers one request line (without its line feed), malformed or not: a line that is not
    /// I-JSON gets the parse fault and the id `""`; a malformed request gets its fault with a
    /// pointer into the request and its id when it has a string one (spec `conformance.md` §3.2).
    public func respond(toLine line: [UInt8]) -> TesteeResponse {
        let json: JSONValue
        do { json = try JSONValue(parsing: line) } catch { return .failure(id: "", error: error) }
        let request: TesteeRequest
        do { request = try TesteeRequest(json: json) } catch {
            return .failure(id: TesteeRequest.answerID(for: json), error: error)
        }
        return respond(to: request)
    }

    /// Answers one request.
    public func respond(to request: TesteeRequest) -> TesteeResponse {
        do {
            return .success(id: request.id, output: try output(for: request))
        } catch {
            return .failure(id: request.id, error: error)
        }
    }

    private func output(for request: TesteeRequest) throws(ResponseCodecError) -> [UInt8] {
        switch request.op {
        case .encode:
            return try WireFormat.encode(try FactoryCall(json: try call(of: request)).makeResponse())
        case .taskOutput:
            return try WireFormat.encode(try taskOutput(for: request))
        default:
            break
        }
        guard let input = request.inputBase64.flatMap(Base64.decode) else {
            throw ResponseCodecError(
                .missingField, pointer: "/input_b64", reason: "\(request.op.rawValue) needs input_b64")
        }
        let options = DecodingOptions(
            limits: request.limits?.jsonLimits ?? JSONLimits(),
            unknownMembers: request.unknownMembers == "ignore" ? .ignore : .reject)
        switch request.op {
        case .decode: return try WireFormat.encode(try WireFormat.decode(input, options: options))
        case .verify:
            try WireFormat.verify(input, options: options)
            return input
        case .decodeTaskOutput:
            return try WireFormat.encode(try WireFormat.decode(input, as: TaskOutput.self, options: options))
        case .canonicalize, .encode, .taskOutput:
            return try WireFormat.canonicalize(input, limits: options.limits)
        }
    }

    /// The request's factory call.
    private func call(of request: TesteeRequest) throws(ResponseCodecError) -> JSONValue {
        guard let call = request.call else {
            throw ResponseCodecError(
                .missingField, pointer: "/call", reason: "\(request.op.rawValue) needs a call")
        }
        return call
    }

    /// The runner's retry, or the projection of the call's response with the request's runtime.
    /// Faults of the call point into it, as for `encode` (spec `conformance.md` §3.3).
    private func taskOutput(for request: TesteeRequest) throws(ResponseCodecError) -> TaskOutput {
        if let retry = request.retry { return TaskOutput.retry(message: retry.message) }
        let call = try call(of: request)
        guard let runtime = request.runtime else {
            throw ResponseCodecError(
                .missingField, pointer: "/runtime", reason: "task_output needs a runtime")
        }
        return try TaskOutput(projecting: try FactoryCall(json: call).makeResponse(), runtime: runtime)
    }
}
