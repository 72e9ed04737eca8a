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
        let members = try DecoderMembers(decoder, describing: "a task output")
        let name = try members.read(.result, "a string") {
            if case .string(let name) = $0 { name } else { nil }
        }
        guard let result = TaskResult(rawValue: name) else {
            let known = TaskResult.allCases.map(\.rawValue).joined(separator: ", ")
            throw ResponseCodecError(
                .unknownResult, pointer: members.pointer(Member.result.rawValue),
                reason: "result \"\(name)\" is not one of \(known)")
        }
        // Every member is known (in canonical order), then every member is present.
        for name in members.sortedNames
        where Member(rawValue: name) == nil && members.unknownMembers == .reject {
            throw ResponseCodecError(
                .unexpectedField, pointer: members.pointer(name),
                reason: "\"\(name)\" is not a member of a task output")
        }
        for member in Member.allCases where !members.contains(named: member.rawValue) {
            throw ResponseCodecError(
                .missingField, pointer: members.pointer(member.rawValue),
                reason: "\(member.rawValue) is required (null is written, never omitted)")
        }
        let countdown = try members.read(.countdown, "an integer") {
            if case .number(let number) = $0 { number.saturatingInteger } else { nil }
        }
        try TaskOutput.checkCountdown(
            countdown, result: result, pointer: members.pointer(Member.countdown.rawValue))
        let data = try members.value(named: Member.data.rawValue)
        let message = try members.read(.message, "a string or null") { (value) -> String?? in
            switch value {
            case .null: .some(nil)
            case .string(let text): text
            default: nil
            }
        }
        let runtime = try members.read(.runtime, "a number") {
            if case .number(let seconds) = $0 { seconds } else { nil }
        }
        self.init(checked: result, data: data, countdown: countdown, runtime: runtime, message: message)
    }

    /// Encodes all five members; an absent data or message is written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Member.self)
        try container.encode(countdown, forKey: .countdown)
        try container.encode(data ?? .null, forKey: .data)
        try container.encode(message, forKey: .message)
        try container.encode(result, forKey: .result)
        try container.encode(runtime, forKey: .runtime)
    }
}

extension DecoderMembers {
    /// The value of `member` as `typed` reads it: `missing_field` when it is absent,
    /// `type_mismatch` ("NAME must be EXPECTED, found TYPE") when `typed` gives `nil`.
    fileprivate func read<T>(_ member: TaskOutput.Member, _ expected: String, _ typed: (JSONValue) -> T?)
        throws(ResponseCodecError) -> T
    {
        let name = member.rawValue
        guard let value = try value(named: name) else {
            throw ResponseCodecError(.missingField, pointer: pointer(name), reason: "\(name) is required")
        }
        guard let typedValue = typed(value) else {
            throw ResponseCodecError(
                .typeMismatch, pointer: pointer(name),
                reason: "\(name) must be \(expected), found \(value.typeName)")
        }
        return typedValue
    }
}
