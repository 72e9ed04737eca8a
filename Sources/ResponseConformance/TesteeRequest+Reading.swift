import ResponseCodec

/// Reading a request line as a testee must: every fault of the request itself is a typed error
/// with a pointer into the request, so that a malformed request still gets a clear answer.
///
/// Spec: `spec/conformance.md` §3.2 "Malformed requests".
extension TesteeRequest {
    /// Reads a request from its parsed line, checking in the order §3.2 fixes: `id`, `op`, then
    /// only the members the operation uses (a member the operation does not use is ignored).
    ///
    /// A member given as `null` is a member of the wrong type, never an absent one, except
    /// `call`: a call may be any JSON value, and `null` is a call that is not an object, which
    /// running it refuses (`type_mismatch ""`, format §7 step 1).
    ///
    /// - Throws: `missing_field`, `type_mismatch` or `invalid_value` with a pointer into the
    ///   request (`/runtime`, `/retry/message`, ...) and no offset.
    public init(json: JSONValue) throws(ResponseCodecError) {
        guard case .object(let request) = json else {
            throw ResponseCodecError(
                .typeMismatch, reason: "a request is a JSON object, not \(json.typeName)")
        }
        let reader = MemberReader(object: request)
        let id = try reader.string("id")
        let opName = try reader.string("op")
        guard let op = Operation(rawValue: opName) else {
            throw ResponseCodecError(.invalidValue, pointer: "/op", reason: "no operation '\(opName)'")
        }
        self.init(id: id, op: op)
        switch op {
        case .encode:
            call = try reader.required("call")
        case .taskOutput:
            if let retry = request["retry"] {
                self.retry = RetryCase(message: try MemberReader(retry, at: "/retry").string("message"))
            } else {
                call = try reader.required("call")
                guard case .number(let seconds) = try reader.required("runtime") else {
                    throw reader.typeMismatch("runtime", expected: "a number")
                }
                runtime = seconds
            }
        case .decode, .verify, .canonicalize, .decodeTaskOutput:
            let input = try reader.string("input_b64")
            guard Base64.decode(input) != nil else {
                throw ResponseCodecError(
                    .invalidValue, pointer: "/input_b64", reason: "input_b64 is not padded base64")
            }
            inputBase64 = input
            limits = try request["limits"].map { (value) throws(ResponseCodecError) in
                try Self.limits(value)
            }
            if let value = request["unknown_members"] {
                guard case .string(let policy) = value else {
                    throw reader.typeMismatch("unknown_members", expected: "a string")
                }
                guard policy == "reject" || policy == "ignore" else {
                    throw ResponseCodecError(
                        .invalidValue, pointer: "/unknown_members",
                        reason: "unknown_members is 'reject' or 'ignore', not '\(policy)'")
                }
                unknownMembers = policy
            }
        }
    }

    /// Reads a request as ``init(json:)`` does, from any decoder.
    public init(from decoder: any Decoder) throws {
        try self.init(json: try JSONValue(from: decoder))
    }

    /// The id to answer a request with: its `id` when it is an object with a string `id`,
    /// otherwise `""` (spec `conformance.md` §3.2).
    public static func answerID(for json: JSONValue) -> String {
        guard case .object(let request) = json, case .string(let id)? = request["id"] else { return "" }
        return id
    }

    /// The decoder limits of a request: an object whose known members are non-negative integers.
    private static func limits(_ value: JSONValue) throws(ResponseCodecError) -> Limits {
        guard case .object(let object) = value else {
            throw ResponseCodecError(.typeMismatch, pointer: "/limits", reason: "limits is an object")
        }
        func limit(_ name: String) throws(ResponseCodecError) -> Int? {
            guard let member = object[name] else { return nil }
            let pointer = "/limits/\(name)"
            guard case .number(let number) = member, number.rounded(.towardZero) == number else {
                throw ResponseCodecError(.typeMismatch, pointer: pointer, reason: "\(name) is an integer")
            }
            guard number >= 0 else {
                throw ResponseCodecError(.invalidValue, pointer: pointer, reason: "\(name) is not negative")
            }
            return number < 0x1p63 ? Int(number) : Int.max
        }
        return Limits(
            maxDepth: try limit("max_depth"), maxDocumentBytes: try limit("max_document_bytes"),
            maxStringBytes: try limit("max_string_bytes"))
    }
}

/// Members of one object of a request, with faults pointing at them.
private struct MemberReader {
    let object: JSONObject
    /// The pointer of the object within the request.
    let pointer: String

    init(object: JSONObject) {
        self.object = object
        self.pointer = ""
    }

    /// The object at `pointer`, or `type_mismatch` there when `value` is no object.
    init(_ value: JSONValue, at pointer: String) throws(ResponseCodecError) {
        guard case .object(let object) = value else {
            throw ResponseCodecError(
                .typeMismatch, pointer: pointer, reason: "expected object, found \(value.typeName)")
        }
        self.object = object
        self.pointer = pointer
    }

    /// A member that must be present, of any type (`null` included).
    func required(_ name: String) throws(ResponseCodecError) -> JSONValue {
        guard let value = object[name] else {
            throw ResponseCodecError(
                .missingField, pointer: pointer + "/" + name, reason: "missing member \"\(name)\"")
        }
        return value
    }

    /// A member that must be a string.
    func string(_ name: String) throws(ResponseCodecError) -> String {
        guard case .string(let text) = try required(name) else {
            throw typeMismatch(name, expected: "a string")
        }
        return text
    }

    /// `type_mismatch` at the member.
    func typeMismatch(_ name: String, expected: String) -> ResponseCodecError {
        let found = object[name]?.typeName ?? "nothing"
        return ResponseCodecError(
            .typeMismatch, pointer: pointer + "/" + name, reason: "\(name) is \(expected), not \(found)")
    }
}
