/// Reads a response object and applies the response rules in the order the spec fixes, so that
/// every runtime reports the same first fault.
///
/// The members come from one of two sources: an object the strict parser has already built
/// (the path of ``WireFormat/decode(_:options:)``, which goes through no `Decoder`), or the keyed
/// container of any `Decoder`, ``StrictJSONDecoder`` and Foundation's `JSONDecoder` alike. Either
/// way every member is read as a ``JSONValue`` and checked here, not by the decoder, so both
/// sources give the same response and the same error.
///
/// Spec: `spec/response-format.md` §5 "Decoding rules" and §6.2 "Precedence".
struct ResponseReader {
    /// Where the members are found.
    private enum Source {
        /// A parsed object, whose members are already in canonical (UTF-16) order, and where
        /// its protocol members are.
        case object(JSONObject, MemberTable)
        /// The members ``ResponseScanner`` read, `kind` and `result` already known.
        case scanned(ScannedResponse)
        /// A `Decoder`'s keyed container.
        case container(KeyedDecodingContainer<AnyMemberKey>)
    }

    private let source: Source
    private let codingPath: [any CodingKey]
    private let unknownMembers: DecodingOptions.UnknownMembers

    /// Reads the members of a parsed document; a document that is not an object is
    /// `type_mismatch` at `""`.
    init(document: JSONValue, unknownMembers: DecodingOptions.UnknownMembers) throws(ResponseCodecError) {
        guard case .object(let object) = document else { throw Self.notAnObject(pointer: "") }
        source = .object(object, MemberTable(object))
        codingPath = []
        self.unknownMembers = unknownMembers
    }

    /// Reads the members ``ResponseScanner`` found.
    init(scanned: ScannedResponse, unknownMembers: DecodingOptions.UnknownMembers) {
        source = .scanned(scanned)
        codingPath = []
        self.unknownMembers = unknownMembers
    }

    /// Opens the decoder's object; a document that is not an object is `type_mismatch`.
    init(from decoder: any Decoder) throws(ResponseCodecError) {
        codingPath = decoder.codingPath
        unknownMembers = decoder.userInfo[.unknownMembers] as? DecodingOptions.UnknownMembers ?? .reject
        do {
            source = .container(try decoder.container(keyedBy: AnyMemberKey.self))
        } catch {
            throw Self.notAnObject(pointer: JSONPointer.string(from: codingPath))
        }
    }

    private static func notAnObject(pointer: String) -> ResponseCodecError {
        ResponseCodecError(
            .typeMismatch, pointer: pointer, reason: "a response document must be a JSON object")
    }

    /// The document's member names in UTF-16 order (spec §6.2 step 4).
    private var sortedNames: [String] {
        switch source {
        case .object(let object, _): object.keys
        case .scanned(let scanned):
            WireMember.allCases.filter(scanned.present.contains).map(\.rawValue)
        case .container(let container):
            container.allKeys.map(\.stringValue).sorted(by: UTF16Order.precedes)
        }
    }

    /// Reads `kind`, then `result`, then checks that every member is allowed and every required
    /// member present (spec §6.2 steps b to e).
    func readHeader(expecting expected: ResponseKind? = nil) throws(ResponseCodecError) -> (
        ResponseKind, ResponseResult
    ) {
        if case .scanned(let scanned) = source, expected == nil || expected == scanned.kind,
            ResponseResult.allowed(for: scanned.kind).contains(scanned.result)
        {
            return try checkMembers(kind: scanned.kind, result: scanned.result)
        }
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
        return try checkMembers(kind: kind, result: result)
    }

    /// Checks that every member is allowed for the (kind, result) and every required member
    /// present (spec §6.2 steps 4.4 and 4.5).
    private func checkMembers(kind: ResponseKind, result: ResponseResult) throws(ResponseCodecError) -> (
        ResponseKind, ResponseResult
    ) {
        let shape = WireMember.shape(kind: kind, result: result)
        if let (present, hasUnknownMembers) = knownMembers, present.isSubset(of: shape.allowed),
            !hasUnknownMembers || unknownMembers == .ignore
        {
            // Every member is allowed: no name needs looking at again.
        } else {
            try checkAllowed(shape.allowed, kind: kind, result: result)
        }
        for member in WireMember.allCases where shape.required.contains(member) && !contains(member) {
            throw error(
                .missingField, at: member,
                "\(member.rawValue) is required for a \(kind.rawValue) \(result.rawValue)")
        }
        return (kind, result)
    }

    /// The protocol members present and whether there are others, when the source knows them
    /// without looking at names.
    private var knownMembers: (present: WireMember.Set, hasUnknownMembers: Bool)? {
        switch source {
        case .object(_, let table): (table.present, table.hasUnknownMembers)
        case .scanned(let scanned): (scanned.present, false)
        case .container: nil
        }
    }

    /// Throws `unexpected_field` at the first member, in UTF-16 order, that `allowed` does not
    /// hold (an unknown one only under `unknown_members: reject`).
    private func checkAllowed(_ allowed: WireMember.Set, kind: ResponseKind, result: ResponseResult)
        throws(ResponseCodecError)
    {
        for name in sortedNames {
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
        let container: KeyedDecodingContainer<AnyMemberKey>
        switch source {
        case .object(let object, let table):
            return table.position(of: member, in: object).map { object[$0].value }
        case .scanned(let scanned): return scanned.value(member)
        case .container(let keyed): container = keyed
        }
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

    /// Whether the document has `member`.
    private func contains(_ member: WireMember) -> Bool {
        switch source {
        case .object(_, let table): table.present.contains(member)
        case .scanned(let scanned): scanned.present.contains(member)
        case .container(let container): container.contains(AnyMemberKey(member))
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
