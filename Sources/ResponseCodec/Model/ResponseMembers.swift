/// Where a ``ResponseReader`` finds the members of a response object.
///
/// Spec: `spec/response-format.md` §6.2 step 4 (the rules read the members in UTF-16 order).
protocol ResponseMembers {
    /// The value of `member`, or `nil` when the object does not have it.
    func value(_ member: WireMember) throws(ResponseCodecError) -> JSONValue?

    /// Whether the object has `member`.
    func contains(_ member: WireMember) -> Bool

    /// Every member name, in UTF-16 order; read only to report an unexpected member.
    var sortedNames: [String] { get }

    /// The protocol members present and whether there are others, when known without looking at
    /// names again; `nil` when ``sortedNames`` must be read.
    var knownMembers: (present: WireMember.Set, hasUnknownMembers: Bool)? { get }

    /// `kind` and `result` when they are already known as protocol values (not yet checked
    /// against each other); `nil` when they must be read as members.
    var header: (ResponseKind, ResponseResult)? { get }

    /// The pointer tokens of the object within its document.
    var pathTokens: [String] { get }
}

/// The members of an object as any `Decoder` presents them (Foundation's `JSONDecoder`, or
/// ``StrictJSONDecoder`` below the top level): the response reader's source, and the task
/// output reader's.
struct DecoderMembers: ResponseMembers {
    private let container: KeyedDecodingContainer<MemberKey>
    private let codingPath: [any CodingKey]

    /// The policy for members the protocol does not know, from the decoder's `userInfo`.
    let unknownMembers: DecodingOptions.UnknownMembers

    /// Opens the decoder's object; a value that is not an object is `type_mismatch`, with a
    /// reason that names what was expected (`"a response document"`).
    init(_ decoder: any Decoder, describing expected: String = "a response document")
        throws(ResponseCodecError)
    {
        codingPath = decoder.codingPath
        unknownMembers = decoder.userInfo[.unknownMembers] as? DecodingOptions.UnknownMembers ?? .reject
        do {
            container = try decoder.container(keyedBy: MemberKey.self)
        } catch {
            throw ResponseCodecError(
                .typeMismatch, pointer: JSONPointer.string(from: codingPath),
                reason: "\(expected) must be a JSON object")
        }
    }

    /// The value of the member `name`, or `nil` when the object does not have it.
    func value(named name: String) throws(ResponseCodecError) -> JSONValue? {
        let key = MemberKey(stringValue: name)
        guard container.contains(key) else { return nil }
        do {
            return try container.decode(JSONValue.self, forKey: key)
        } catch let error as ResponseCodecError {
            throw error
        } catch {
            throw ResponseCodecError(
                .typeMismatch, pointer: pointer(name), reason: "\(name) is not readable JSON: \(error)")
        }
    }

    /// Whether the object has a member `name`.
    func contains(named name: String) -> Bool { container.contains(MemberKey(stringValue: name)) }

    /// The pointer of the member `name` of this object.
    func pointer(_ name: String) -> String { JSONPointer.string(from: pathTokens + [name]) }

    func value(_ member: WireMember) throws(ResponseCodecError) -> JSONValue? {
        try value(named: member.rawValue)
    }

    func contains(_ member: WireMember) -> Bool { contains(named: member.rawValue) }

    var sortedNames: [String] { container.allKeys.map(\.stringValue).sorted(by: UTF16Order.precedes) }

    var knownMembers: (present: WireMember.Set, hasUnknownMembers: Bool)? { nil }

    var header: (ResponseKind, ResponseResult)? { nil }

    var pathTokens: [String] { codingPath.map(JSONPointer.token(for:)) }
}

extension ResponseReader where Members == DecoderMembers {
    /// A reader of a `Decoder`'s object, with the unknown-members policy from its `userInfo`.
    init(from decoder: any Decoder) throws(ResponseCodecError) {
        let members = try DecoderMembers(decoder)
        self.init(members, unknownMembers: members.unknownMembers)
    }
}

/// A response type of one kind: once ``ResponseReader`` has read a header of that kind, the type
/// reads the members of the result.
protocol SingleKindResponse: Decodable {
    /// The kind of every value of the type.
    static var kind: ResponseKind { get }

    /// Decodes the members of a document of the type's kind whose header `reader` has checked.
    init<Members>(result: ResponseResult, reader: ResponseReader<Members>) throws(ResponseCodecError)
}

extension SingleKindResponse {
    /// Decodes a response of the type's kind, applying the response rules (spec §5).
    public init(from decoder: any Decoder) throws {
        let reader = try ResponseReader(from: decoder)
        let (_, result) = try reader.readHeader(expecting: Self.kind)
        try self.init(result: result, reader: reader)
    }
}
