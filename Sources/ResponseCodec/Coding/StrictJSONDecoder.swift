/// Decodes any `Decodable` from strict I-JSON bytes, or from an already parsed ``JSONValue``.
///
/// The decoding is strict: no type is coerced into another, integers must be integral and in
/// range, and absent members are `missing_field`. Every failure is a ``ResponseCodecError`` with a
/// JSON Pointer and, when decoding bytes, the offset of the offending value.
///
/// The types being decoded find ``DecodingOptions/unknownMembers`` in `decoder.userInfo` under
/// `CodingUserInfoKey.unknownMembers`, as a ``DecodingOptions/UnknownMembers``.
public struct StrictJSONDecoder: Sendable {
    /// Decoding options.
    public var options: DecodingOptions

    /// Creates a decoder.
    public init(options: DecodingOptions = DecodingOptions()) { self.options = options }

    /// Parses `bytes` strictly and decodes a `T` from them.
    ///
    /// A decoding error is located in `bytes`: its offset is that of the value its pointer names
    /// (for `missing_field`, that of the enclosing object).
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(ResponseCodecError) -> T {
        try bytes.withUnsafeInput { (buffer) throws(ResponseCodecError) -> T in
            do throws(ResponseCodecError) {
                return try decode(type, from: StrictJSONParser.parse(buffer, limits: options.limits))
            } catch {
                throw Self.located(error, in: buffer)
            }
        }
    }

    /// `error`, with the offset in `input` of the value its pointer names when it has none yet.
    static func located(_ error: ResponseCodecError, in input: UnsafeRawBufferPointer) -> ResponseCodecError {
        guard error.offset == nil else { return error }
        var located = error
        let tokens = JSONPointer.tokens(of: located.pointer) ?? []
        let offset = StrictJSONParser.offset(of: tokens, in: input)
        located.locate(at: offset, in: input)
        if located.valueSpelling != nil, let literal = StrictJSONParser.numberLiteral(at: offset, in: input) {
            located.respell(literal)
        }
        return located
    }

    /// Decodes a `T` from an already parsed value. Errors carry a pointer but no offset.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(ResponseCodecError) -> T {
        if T.self == JSONValue.self, let json = value as? T { return json }
        let decoder = TreeDecoder(value: value, path: CodingPath(), userInfo: userInfo)
        do {
            return try T(from: decoder)
        } catch {
            throw CodingErrorMapping.decodingError(error)
        }
    }

    /// The user info handed to the decoded types.
    private var userInfo: [CodingUserInfoKey: Any] { [.unknownMembers: options.unknownMembers] }
}
