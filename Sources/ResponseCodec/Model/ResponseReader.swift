/// Reads a response object and applies the response rules in the order the spec fixes, so that
/// every runtime reports the same first fault.
///
/// The members come from a ``ResponseMembers`` source: those ``ResponseDocumentReader`` read
/// (``DocumentMembers``, with no `Decoder` in between), or the keyed container of any `Decoder`,
/// ``StrictJSONDecoder`` and Foundation's `JSONDecoder` alike (``DecoderMembers``). Every member is read as a ``JSONValue`` and checked here, not by the
/// source, so all sources give the same response and the same error. The reader is generic
/// over its source so that each path is compiled on its own, with no dynamic dispatch.
///
/// Spec: `spec/response-format.md` §5 "Decoding rules" and §6.2 "Precedence".
struct ResponseReader<Members: ResponseMembers> {
    /// Where the members are found.
    let members: Members

    /// The policy for members the protocol does not know.
    let unknownMembers: DecodingOptions.UnknownMembers

    /// Reads `members` under `unknownMembers`.
    init(_ members: consuming Members, unknownMembers: DecodingOptions.UnknownMembers) {
        self.members = members
        self.unknownMembers = unknownMembers
    }

    /// Reads `kind`, then `result`, then checks that every member is allowed and every required
    /// member present (spec §6.2 steps b to e).
    func readHeader(expecting expected: ResponseKind? = nil) throws(ResponseCodecError) -> (
        ResponseKind, ResponseResult
    ) {
        if let (kind, result) = members.header, expected == nil || expected == kind,
            result.isAllowed(for: kind)
        {
            return try checkMembers(kind: kind, result: result)
        }
        let kindName = try requiredString(.kind)
        // Names compare as scalars (spec §5.3), as the document reader compares them, never by `String`'s
        // canonical equivalence.
        guard let kind = ResponseKind.names.match(kindName), expected == nil || expected == kind else {
            let known =
                expected.map { "\"\($0.rawValue)\"" }
                ?? "one of " + ResponseKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(.unknownKind, at: .kind, "kind \"\(kindName)\" is not \(known)")
        }
        let resultName = try requiredString(.result)
        guard let result = ResponseResult.names.match(resultName), result.isAllowed(for: kind)
        else {
            let allowed = ResponseResult.allowed(for: kind).map(\.rawValue).joined(separator: ", ")
            throw error(
                .unknownResult, at: .result,
                "result \"\(resultName)\" is not one of \(allowed) for kind \(kind.rawValue)")
        }
        return try checkMembers(kind: kind, result: result)
    }

    /// Checks that every member is allowed for the (kind, result) and every required member
    /// present (spec §6.2 steps 4.4 and 4.5).
    private func checkMembers(kind: ResponseKind, result: ResponseResult) throws(ResponseCodecError) -> (
        ResponseKind, ResponseResult
    ) {
        let shape = WireMember.shape(kind: kind, result: result)
        let known = members.knownMembers
        if let known, known.present.isSubset(of: shape.allowed),
            !known.hasUnknownMembers || unknownMembers == .ignore
        {
            // Every member is allowed: no name needs looking at again.
        } else {
            try checkAllowed(shape.allowed, kind: kind, result: result)
        }
        // Every required member present: nothing to look for.
        if let known, shape.required.isSubset(of: known.present) { return (kind, result) }
        for member in WireMember.allCases where shape.required.contains(member) && !members.contains(member) {
            throw error(
                .missingField, at: member,
                "\(member.rawValue) is required for a \(kind.rawValue) \(result.rawValue)")
        }
        return (kind, result)
    }

    /// Throws `unexpected_field` at the first member, in UTF-16 order, that `allowed` does not
    /// hold (an unknown one only under `unknown_members: reject`).
    private func checkAllowed(_ allowed: WireMember.Set, kind: ResponseKind, result: ResponseResult)
        throws(ResponseCodecError)
    {
        for name in members.sortedNames {
            let member = WireMember(name: name)
            if let member, allowed.contains(member) { continue }
            if member == nil && unknownMembers == .ignore { continue }
            throw ResponseCodecError(
                .unexpectedField, pointer: pointer(name),
                reason: member == nil
                    ? "\"\(name)\" is not a member of the protocol"
                    : "\"\(name)\" is not allowed for a \(kind.rawValue) \(result.rawValue)")
        }
    }

    /// A member's value, or `nil` when it is absent.
    func value(_ member: WireMember) throws(ResponseCodecError) -> JSONValue? {
        try members.value(member)
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
        // One switch on the value: a number is trivial, so the common case destroys nothing.
        let typeName: String
        switch try value(member) {
        case .none: return nil
        case .number(let number)?:
            if let integer = number.saturatingInteger { return integer }
            typeName = "number"
        case let value?: typeName = value.typeName
        }
        throw error(.typeMismatch, at: member, "\(member.rawValue) must be an integer, found \(typeName)")
    }

    /// The `headers` object: every value a string.
    func headers() throws(ResponseCodecError) -> InteractiveHTTPHeaders? {
        guard let value = try value(.headers) else { return nil }
        return try InteractiveHTTPHeaders(value, pointer: pointers(within: .headers))
    }

    /// The pointer function for a typed object held by `member`: `nil` names the member, a name
    /// one of its own members.
    func pointers(within member: WireMember) -> (String?) -> String {
        TypedObject.pointer(under: members.pathTokens + [member.rawValue])
    }

    /// The pointer of `member` within this response.
    func pointer(_ tokens: String...) -> String {
        JSONPointer.string(from: members.pathTokens + tokens)
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
