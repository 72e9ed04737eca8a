import ResponseCodec

/// The Swift implementation answering testee requests in process: what
/// `response-codec testee` speaks over stdin/stdout and what `conformance` runs by default.
public struct BuiltInTestee: Sendable {
    /// Creates the testee.
    public init() {}

    /// Answers one request.
    public func respond(to request: TesteeRequest) -> TesteeResponse {
        do {
            return .success(id: request.id, output: try output(for: request))
        } catch {
            return .failure(id: request.id, error: error)
        }
    }

    private func output(for request: TesteeRequest) throws(ResponseCodecError) -> [UInt8] {
        if request.op == .encode {
            guard let call = request.call else {
                throw ResponseCodecError(.missingField, pointer: "/call", reason: "encode needs a call")
            }
            return try WireFormat.encode(try FactoryCall(json: call).makeResponse())
        }
        guard let input = request.inputBase64.flatMap(Base64.decode) else {
            throw ResponseCodecError(.missingField, pointer: "/input_b64", reason: "\(request.op.rawValue) needs input_b64")
        }
        let options = DecodingOptions(
            limits: request.limits?.jsonLimits ?? JSONLimits(),
            unknownMembers: request.unknownMembers == "ignore" ? .ignore : .reject)
        switch request.op {
        case .decode: return try WireFormat.encode(try WireFormat.decode(input, options: options))
        case .verify:
            try WireFormat.verify(input, options: options)
            return input
        case .canonicalize, .encode: return try WireFormat.canonicalize(input, limits: options.limits)
        }
    }
}
