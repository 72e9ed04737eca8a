/// What the typed object wrappers (``HTTPHeaders``, ``TransformedRow``, ``RowStyles``) share:
/// each keeps a ``JSONObject`` whose member values all have one shape, checked here once.
enum TypedObject {
    /// `value` as an object whose every member value `accepts`, in canonical order.
    ///
    /// - Throws: `type_mismatch` at `pointer(nil)`, with `"<what> must be an object, found …"`,
    ///   when `value` is not an object; at `pointer(name)` for the first member value it does
    ///   not accept, with `"<expectation>, found …"`.
    static func validate(
        _ value: JSONValue, as what: String, pointer: (String?) -> String,
        accepting accepts: (JSONValue) -> Bool, expectation: String
    ) throws(ResponseCodecError) -> JSONObject {
        guard case .object(let object) = value else {
            throw ResponseCodecError(
                .typeMismatch, pointer: pointer(nil),
                reason: "\(what) must be an object, found \(value.typeName)")
        }
        for member in object where !accepts(member.value) {
            throw ResponseCodecError(
                .typeMismatch, pointer: pointer(member.key),
                reason: "\(expectation), found \(member.value.typeName)")
        }
        return object
    }

    /// The pointer function for an object at `path`: `nil` names the object, a name its member.
    static func pointer(under path: [String]) -> (String?) -> String {
        { name in JSONPointer.string(from: path + (name.map { [$0] } ?? [])) }
    }

    /// The pointer function for an object read from `decoder`.
    static func pointer(in decoder: any Decoder) -> (String?) -> String {
        pointer(under: decoder.codingPath.map(JSONPointer.token(for:)))
    }
}
