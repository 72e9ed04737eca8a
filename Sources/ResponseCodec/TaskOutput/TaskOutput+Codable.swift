/// The wire form of a ``TaskOutput``: what pydantic's `model_dump()` of `proto.TaskOutput`
/// holds, every member present and `null` written, in RFC 8785 canonical form.
///
/// Decoding is strict, in the order of spec `task-output.md` §3.2: the root is an object;
/// `result` is present, a string and a ``TaskResult``; every member is one of the five (an
/// unknown one is `unexpected_field` unless unknown members are ignored); all five are present;
/// then each in canonical order: `countdown` an integer (0 unless a reschedule, 30...2^53 − 1 for
/// one), `data` any value, `message` a string or `null`, `runtime` a number.
///
/// Spec: `spec/task-output.md` §3 "Wire form".
extension TaskOutput: Codable {
    /// The members, in canonical (UTF-16) order.
    enum Member: String, CaseIterable, CodingKey {
        case countdown
        case data
        case message
        case result
        case runtime
    }

    /// Decodes a task output, applying the rules of spec `task-output.md` §3.2.
    public init(from decoder: any Decoder) throws {
        let reader = try TaskOutputReader(from: decoder)
        let result = try reader.result()
        try reader.checkMembers()
        let countdown = try reader.countdown()
        try TaskOutput.checkCountdown(countdown, result: result, pointer: reader.pointer(.countdown))
        let data = try reader.value(.data)
        let message = try reader.message()
        let runtime = try reader.runtime()
        self.init(checked: result, data: data, countdown: countdown, runtime: runtime, message: message)
    }

    /// Encodes all five members; an absent data or message is written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Member.self)
        try container.encode(countdown, forKey: .countdown)
        if let data {
            try container.encode(data, forKey: .data)
        } else {
            try container.encodeNil(forKey: .data)
        }
        if let message {
            try container.encode(message, forKey: .message)
        } else {
            try container.encodeNil(forKey: .message)
        }
        try container.encode(result, forKey: .result)
        try container.encode(runtime, forKey: .runtime)
    }
}

/// Reads a task output object from any `Decoder`, member by member as ``JSONValue``s, so that
/// ``StrictJSONDecoder`` and Foundation's `JSONDecoder` report the same first fault.
private struct TaskOutputReader {
    private let members: DecoderMembers
    private let unknownMembers: DecodingOptions.UnknownMembers

    /// Opens the object; anything else is `type_mismatch` at the root.
    init(from decoder: any Decoder) throws(ResponseCodecError) {
        unknownMembers = decoder.userInfo[.unknownMembers] as? DecodingOptions.UnknownMembers ?? .reject
        members = try DecoderMembers(decoder, describing: "a task output")
    }

    /// `result`: present, a string, a task result.
    func result() throws(ResponseCodecError) -> TaskResult {
        guard let value = try value(.result) else {
            throw error(.missingField, at: .result, "result is required")
        }
        guard case .string(let name) = value else {
            throw error(.typeMismatch, at: .result, "result must be a string, found \(value.typeName)")
        }
        guard let result = TaskResult(rawValue: name) else {
            let known = TaskResult.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(.unknownResult, at: .result, "result \"\(name)\" is not one of \(known)")
        }
        return result
    }

    /// Every member is known (in canonical order), then every member is present.
    func checkMembers() throws(ResponseCodecError) {
        for name in members.sortedNames {
            guard TaskOutput.Member(rawValue: name) == nil, unknownMembers == .reject else { continue }
            throw ResponseCodecError(
                .unexpectedField, pointer: members.pointer(name),
                reason: "\"\(name)\" is not a member of a task output")
        }
        for member in TaskOutput.Member.allCases where !members.contains(named: member.rawValue) {
            throw error(
                .missingField, at: member, "\(member.rawValue) is required (null is written, never omitted)")
        }
    }

    /// `countdown`: an integer (the range is the caller's).
    func countdown() throws(ResponseCodecError) -> Int {
        let value = try value(.countdown) ?? .null
        guard case .number(let number) = value, let integer = number.saturatingInteger else {
            throw error(
                .typeMismatch, at: .countdown, "countdown must be an integer, found \(value.typeName)")
        }
        return integer
    }

    /// `message`: a string or `null`.
    func message() throws(ResponseCodecError) -> String? {
        switch try value(.message) ?? .null {
        case .null: return nil
        case .string(let text): return text
        case let other:
            throw error(
                .typeMismatch, at: .message, "message must be a string or null, found \(other.typeName)")
        }
    }

    /// `runtime`: a number.
    func runtime() throws(ResponseCodecError) -> Double {
        let value = try value(.runtime) ?? .null
        guard case .number(let seconds) = value else {
            throw error(.typeMismatch, at: .runtime, "runtime must be a number, found \(value.typeName)")
        }
        return seconds
    }

    /// A member's value, or `nil` when it is absent.
    func value(_ member: TaskOutput.Member) throws(ResponseCodecError) -> JSONValue? {
        try members.value(named: member.rawValue)
    }

    /// The pointer of `member`.
    func pointer(_ member: TaskOutput.Member) -> String { members.pointer(member.rawValue) }

    private func error(_ code: ResponseCodecError.Code, at member: TaskOutput.Member, _ reason: String)
        -> ResponseCodecError
    {
        ResponseCodecError(code, pointer: pointer(member), reason: reason)
    }
}
