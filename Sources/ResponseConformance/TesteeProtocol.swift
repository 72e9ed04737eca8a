import ResponseCodec

/// One request of the testee protocol: a JSON object on one line of the testee's stdin.
///
/// Spec: `spec/conformance.md` §3 "The testee protocol".
public struct TesteeRequest: Sendable, Hashable, Codable {
    /// What the testee is asked to do.
    public enum Operation: String, Sendable, Hashable, Codable {
        /// Run a factory call; answer with its canonical bytes.
        case encode
        /// Decode a response document; answer with its canonical bytes.
        case decode
        /// Decode and check canonical form; answer with the input.
        case verify
        /// Canonicalize any JSON text; answer with its RFC 8785 bytes.
        case canonicalize
        /// Project a factory call's response (or the runner's retry) onto the task output the
        /// runner sends; answer with its canonical bytes.
        case taskOutput = "task_output"
        /// Decode a task output; answer with its canonical bytes.
        case decodeTaskOutput = "decode_task_output"
    }

    /// Echoed in the response.
    public var id: String
    /// The operation.
    public var op: Operation
    /// For `encode` and `task_output`: the factory call.
    public var call: JSONValue?
    /// For `task_output` with a call: the runtime in seconds.
    public var runtime: Double?
    /// For `task_output` without a call: the runner's own retry.
    public var retry: RetryCase?
    /// For the other operations: the input bytes, base64.
    public var inputBase64: String?
    /// Decoder limits, when not the defaults.
    public var limits: Limits?
    /// `reject` (the default) or `ignore`.
    public var unknownMembers: String?

    enum CodingKeys: String, CodingKey {
        case id, op, call, limits, runtime, retry
        case inputBase64 = "input_b64"
        case unknownMembers = "unknown_members"
    }

    /// Creates a request.
    public init(
        id: String, op: Operation, call: JSONValue? = nil, input: [UInt8]? = nil, limits: Limits? = nil,
        unknownMembers: String? = nil, runtime: Double? = nil, retry: RetryCase? = nil
    ) {
        self.id = id
        self.op = op
        self.call = call
        self.runtime = runtime
        self.retry = retry
        self.inputBase64 = input.map(Base64.encode)
        self.limits = limits
        self.unknownMembers = unknownMembers
    }
}

/// One response of the testee protocol: a JSON object on one line of the testee's stdout.
public struct TesteeResponse: Sendable, Hashable, Codable {
    /// The request's id.
    public var id: String
    /// Whether the operation succeeded.
    public var ok: Bool
    /// On success: the output bytes, base64.
    public var outputBase64: String?
    /// On failure: the error code.
    public var code: String?
    /// On failure: the JSON Pointer.
    public var pointer: String?
    /// On failure: the byte offset, or `nil` where there are no input bytes.
    public var offset: Int?
    /// On failure: a reason for people.
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case id, ok, code, pointer, offset, reason
        case outputBase64 = "output_b64"
    }

    /// A success carrying `output`.
    public static func success(id: String, output: [UInt8]) -> TesteeResponse {
        TesteeResponse(id: id, ok: true, outputBase64: Base64.encode(output))
    }

    /// A failure carrying `error`'s code, pointer and offset.
    public static func failure(id: String, error: ResponseCodecError) -> TesteeResponse {
        TesteeResponse(
            id: id, ok: false, code: error.code.rawValue, pointer: error.pointer, offset: error.offset,
            reason: error.reason)
    }

    /// The decoded output bytes, if any.
    public var output: [UInt8]? { outputBase64.flatMap(Base64.decode) }
}

/// What a testee closure throws when it can answer no more requests (the testee exited, or gave
/// no answer in time): ``ConformanceRunner`` stops and leaves the remaining cases unanswered.
///
/// Any other error a testee closure throws fails only the case being asked (a protocol error
/// such as an answer for another id).
public struct TesteeStopped: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why, in one line, naming the case the runner waited for.
    public var description: String

    /// Creates the error.
    public init(_ description: String) { self.description = description }
}
