/// The headers an interactive response returns to its caller: names with string values.
///
/// Names are unique as JSON compares them, by Unicode scalars, and kept in canonical (UTF-16)
/// order (see ``TypedJSONObject``). Dictionary literals work:
///
/// ```swift
/// let headers: InteractiveHTTPHeaders = ["Content-Type": "application/json"]
/// ```
///
/// Spec: `spec/response-format.md` §3.2 "Interactive".
public struct InteractiveHTTPHeaders: TypedJSONObject {
    /// One header: a name and its value.
    public struct Field: Sendable, Hashable {
        /// The header name, as sent.
        public let name: String
        /// The header value.
        public let value: String
    }

    /// A header value: a string.
    public typealias Value = String

    /// The fields, whose values are all strings.
    public var storage: TypedStorage<InteractiveHTTPHeaders>

    /// Headers holding `storage`.
    public init(storage: TypedStorage<InteractiveHTTPHeaders>) { self.storage = storage }

    /// A header value is a string.
    public static let memberRule = TypedMemberRule<String>(
        objectName: "headers", expectation: "header values must be strings",
        value: { if case .string(let value) = $0 { value } else { nil } }, json: JSONValue.string)

    /// Headers from a dictionary.
    public init(_ dictionary: [String: String]) {
        storage = TypedStorage(object: JSONObject(dictionary.mapValues(JSONValue.string)))
    }

    /// The field at `position`, in canonical order.
    public subscript(position: Int) -> Field {
        let member = storage.object[position]
        guard case .string(let value) = member.value else { return Field(name: member.key, value: "") }
        return Field(name: member.key, value: value)
    }
}
