/// How errors that escape `Encodable`/`Decodable` code become ``ResponseCodecError`` at the public
/// boundary of ``CanonicalJSONEncoder`` and ``StrictJSONDecoder``.
enum CodingErrorMapping {
    /// Maps an error thrown while encoding: a ``ResponseCodecError`` passes through,
    /// `EncodingError.invalidValue` becomes `invalid_value` at its coding path, and any other error
    /// becomes `invalid_value` at the root with its description as the reason.
    static func encodingError(_ error: any Error) -> ResponseCodecError {
        if let error = error as? ResponseCodecError { return error }
        if case .invalidValue(_, let context)? = error as? EncodingError {
            return ResponseCodecError(
                .invalidValue, pointer: JSONPointer.string(from: context.codingPath),
                reason: context.debugDescription)
        }
        return ResponseCodecError(.invalidValue, reason: String(describing: error))
    }

    /// Maps an error thrown while decoding: a ``ResponseCodecError`` passes through;
    /// `DecodingError.typeMismatch` and `.valueNotFound` become `type_mismatch`, `.keyNotFound`
    /// becomes `missing_field` (pointer: the path plus the key), `.dataCorrupted` becomes
    /// `invalid_value`; any other error becomes `invalid_value` at the root.
    static func decodingError(_ error: any Error) -> ResponseCodecError {
        if let error = error as? ResponseCodecError { return error }
        switch error as? DecodingError {
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return ResponseCodecError(
                .typeMismatch, pointer: JSONPointer.string(from: context.codingPath),
                reason: context.debugDescription)
        case .keyNotFound(let key, let context)?:
            return ResponseCodecError(
                .missingField, pointer: JSONPointer.string(from: context.codingPath + [key]),
                reason: context.debugDescription)
        case .dataCorrupted(let context)?:
            return ResponseCodecError(
                .invalidValue, pointer: JSONPointer.string(from: context.codingPath),
                reason: context.debugDescription)
        default:
            return ResponseCodecError(.invalidValue, reason: String(describing: error))
        }
    }
}
