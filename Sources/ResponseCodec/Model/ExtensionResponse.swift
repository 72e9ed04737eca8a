/// A response of any kind, for reading a document whose kind is not known in advance.
///
/// ```swift
/// switch try WireFormat.decode(bytes) {
/// case .background(let response): ...
/// case .interactive(let response): ...
/// case .scheduled(let response): ...
/// case .transformation(let response): ...
/// case .rowTransformation(let response): ...
/// }
/// ```
///
/// Spec: `spec/response-format.md` §2 "Kinds and results"; `spec/response-family.md` §1.
public enum ExtensionResponse: Sendable, Hashable {
    /// A background event's response.
    case background(BackgroundResponse)
    /// An interactive event's response.
    case interactive(InteractiveResponse)
    /// A scheduled execution's response.
    case scheduled(ScheduledExecutionResponse)
    /// A transformation request's response.
    case transformation(TransformationResponse)
    /// A transformed row's response.
    case rowTransformation(RowTransformationResponse)

    /// The `kind` member this response carries.
    public var kind: ResponseKind { document.kind }

    /// The `result` member this response carries.
    public var result: ResponseResult {
        switch self {
        case .background(let response): response.result
        case .interactive(let response): response.result
        case .scheduled(let response): response.result
        case .transformation(let response): response.result
        case .rowTransformation(let response): response.result
        }
    }
}

extension ExtensionResponse: Codable {
    /// Decodes a response of any kind, applying the response rules (spec §5).
    public init(from decoder: any Decoder) throws {
        try self.init(reader: ResponseReader(from: decoder))
    }

    /// Reads a response from members already read, such as those ``ResponseDocumentReader``
    /// found. Errors carry a pointer but no offset (the reader's
    /// ``ResponseDocumentReader/located(_:)`` adds it).
    init<Members: ResponseMembers>(
        members: consuming Members, unknownMembers: DecodingOptions.UnknownMembers
    ) throws(ResponseCodecError) {
        try self.init(reader: ResponseReader(consume members, unknownMembers: unknownMembers))
    }

    /// Checks the header and reads the members of the kind it names.
    private init<Members>(reader: ResponseReader<Members>) throws(ResponseCodecError) {
        let (kind, result) = try reader.readHeader()
        switch kind {
        case .background: self = .background(try BackgroundResponse(result: result, reader: reader))
        case .interactive: self = .interactive(try InteractiveResponse(result: result, reader: reader))
        case .scheduled: self = .scheduled(try ScheduledExecutionResponse(result: result, reader: reader))
        case .transformation:
            self = .transformation(try TransformationResponse(result: result, reader: reader))
        case .rowTransformation:
            self = .rowTransformation(try RowTransformationResponse(result: result, reader: reader))
        }
    }
}

extension ExtensionResponse: WireDocumentConvertible {
    /// The wrapped response's document.
    var document: WireDocument {
        switch self {
        case .background(let response): response.document
        case .interactive(let response): response.document
        case .scheduled(let response): response.document
        case .transformation(let response): response.document
        case .rowTransformation(let response): response.document
        }
    }
}
