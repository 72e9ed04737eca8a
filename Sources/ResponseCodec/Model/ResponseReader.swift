/// Reads a response object from any `Decoder` and applies the response rules in the order the
/// spec fixes, so that every runtime reports the same first fault.
///
/// Works with ``StrictJSONDecoder`` and with Foundation's `JSONDecoder` alike: every member is
/// read as a ``JSONValue`` and checked here, not by the decoder.
///
/// Spec: `spec/response-format.md` §5 "Decoding rules" and §6.2 "Precedence".
struct ResponseReader {
    private let container: KeyedDecodingContainer<AnyMemberKey>
    private let codingPath: [any CodingKey]
    private let unknownMembers: DecodingOptions.UnknownMembers

    /// Opens the document's object; a document that is not an object is `type_mismatch`.
    init(from decoder: any Decoder) throws(ResponseCodecError) {
        codingPath = decoder.codingPath
        unknownMembers = decoder.userInfo[.unknownMembers] as? DecodingOptions.UnknownMembers ?? .reject
        do {
            container = try decoder.container(keyedBy: AnyMemberKey.self)
        } catch {
            throw ResponseCodecError(
                .typeMismatch, pointer: JSONPointer.string(from: codingPath),
                reason: "a response document must be a JSON object")
        }
    }

    /// Reads `kind`, then `result`, then checks that every member is allowed and every required
    /// member present (spec §6.2 steps b to e).
    func readHeader(expecting expected: ResponseKind? = nil) throws(ResponseCodecError) -> (
        ResponseKind, ResponseResult
    ) {
        let kindName = try requiredString(.kind)
        guard let kind = ResponseKind(rawValue: kindName), expected == nil || expected == kind else {
            let known =
                expected.map { "\"\($0.rawValue)\"" }
                ?? "one of " + ResponseKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(.unknownKind, at: .kind, "kind \"\(kindName)\" is not \(known)")
        }
        let resultName = try requiredString(.result)
        guard let result = ResponseResult(rawValue: resultName),
            ResponseResult.allowed(for: kind).contains(result)
        else {
            let allowed = ResponseResult.allowed(for: kind).map(\.rawValue).joined(separator: ", ")
            throw error(
                .unknownResult, at: .result,
                "result \"\(resultName)\" is not one of \(allowed) for kind \(kind.rawValue)")
        }
        let shape = WireMember.shape(kind: kind, result: result)
        for key in container.allKeys.sorted(by: { UTF16Order.precedes($0.stringValue, $1.stringValue) }) {
            let member = WireMember(rawValue: key.stringValue)
            if let member, shape.allowed.contains(member) { continue }
            if member == nil && unknownMembers == .ignore { continue }
            throw ResponseCodecError(
                .unexpectedField, pointer: pointer(key.stringValue),
                reason: member == nil
                    ? "\"\(key.stringValue)\" is not a member of the protocol"
                    : "\"\(key.stringValue)\" is not allowed for a \(kind.rawValue) \(result.rawValue)")
        }
        for member in shape.required where !container.contains(AnyMemberKey(member)) {
            throw error(
                .missingField, at: member,
                "\(member.rawValue) is required for a \(kind.rawValue) \(result.rawValue)")
        }
        return (kind, result)
    }

    /// A member's value, or `nil` when it is absent.
    func value(_ member: WireMember) throws(ResponseCodecError) -> JSONValue? {
        let key = AnyMemberKey(member)
        guard container.contains(key) else { return nil }
        do {
            return try container.decode(JSONValue.self, forKey: key)
        } catch let error as ResponseCodecError {
            throw error
        } catch {
            throw self.error(.typeMismatch, at: member, "\(member.rawValue) is not readable JSON: \(error)")
        }
    }

    /// A string member that must be present.
    private func requiredString(_ member: WireMember) throws(ResponseCodecError) -> String {
        guard let value = try value(member) else {
            throw error(.missingField, at: member, "\(member.rawValue) is required")
        }
        return try string(value, member)
    }

    /// An optional string member (`output`).
    func optionalString(_ member: WireMember) throws(ResponseCodecError) -> String? {
        guard let value = try value(member) else { return nil }
        return try string(value, member)
    }

    /// The integer a member holds: any number with an integral value (`30`, `30.0`, `3e1`). A
    /// value beyond `Int` reads as `Int.min` or `Int.max`, so the member's own range check
    /// decides it (spec §6.2 step f).
    func integer(_ member: WireMember) throws(ResponseCodecError) -> Int? {
        guard let value = try value(member) else { return nil }
        guard case .number(let number) = value, let integer = number.saturatingInteger else {
            throw error(
                .typeMismatch, at: member, "\(member.rawValue) must be an integer, found \(value.typeName)")
        }
        return integer
    }

    /// The `headers` object: every value a string.
    func headers() throws(ResponseCodecError) -> HTTPHeaders? {
        guard let value = try value(.headers) else { return nil }
        return try HTTPHeaders(value) { name in
            name.map { pointer(WireMember.headers.rawValue, $0) } ?? pointer(WireMember.headers.rawValue)
        }
    }

    /// The pointer of `member` within this response.
    func pointer(_ tokens: String...) -> String {
        JSONPointer.string(from: codingPath.map(JSONPointer.token(for:)) + tokens)
    }

    /// An error located at `member`.
    func error(_ code: ResponseCodecError.Code, at member: WireMember, _ reason: String) -> ResponseCodecError
    {
        ResponseCodecError(code, pointer: pointer(member.rawValue), reason: reason)
    }

    private func string(_ value: JSONValue, _ member: WireMember) throws(ResponseCodecError) -> String {
        guard case .string(let text) = value else {
            throw error(
                .typeMismatch, at: member, "\(member.rawValue) must be a string, found \(value.typeName)")
        }
        return text
    }
}
