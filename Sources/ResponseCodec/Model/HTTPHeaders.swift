/// The headers an interactive response returns to its caller: names with string values.
///
/// Names are unique as JSON compares them, by Unicode scalars. A Swift `[String: String]` would
/// merge names that are canonically equivalent (`"\u{C5}"` and `"A\u{30A}"`) and lose a value,
/// so headers keep their own storage, in canonical (UTF-16) order. Dictionary literals work:
///
/// ```swift
/// let headers: HTTPHeaders = ["Content-Type": "application/json"]
/// ```
///
/// Spec: `spec/response-format.md` §3.2 "Interactive".
public struct HTTPHeaders: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One header: a name and its value.
    public struct Field: Sendable, Hashable {
        /// The header name, as sent.
        public let name: String
        /// The header value.
        public let value: String
    }

    /// The fields as a JSON object whose values are all strings.
    private var storage: JSONObject

    /// No headers (an empty object, which differs from absent headers).
    public init() { storage = JSONObject() }

    /// Headers from a dictionary.
    public init(_ dictionary: [String: String]) {
        storage = JSONObject(dictionary.mapValues(JSONValue.string))
    }

    /// Headers from a literal; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, String)...) {
        storage = JSONObject(uniquingKeysWith: elements.map { ($0.0, JSONValue.string($0.1)) })
    }

    /// Headers from a JSON value, which must be an object of strings; a fault is reported at
    /// `pointer(nil)` for the object or `pointer(name)` for a member's value.
    package init(_ value: JSONValue, pointer: (String?) -> String) throws(ResponseCodecError) {
        storage = try TypedObject.validate(
            value, as: "headers", pointer: pointer,
            accepting: { if case .string = $0 { true } else { false } },
            expectation: "header values must be strings")
    }

    /// The value of the header named exactly `name` (compared by Unicode scalars), or `nil`.
    public subscript(name: String) -> String? {
        get {
            guard case .string(let value)? = storage[name] else { return nil }
            return value
        }
        set { storage[name] = newValue.map(JSONValue.string) }
    }

    /// The position of the first field.
    public var startIndex: Int { storage.startIndex }

    /// The position past the last field.
    public var endIndex: Int { storage.endIndex }

    /// The field at `position`, in canonical order.
    public subscript(position: Int) -> Field {
        let member = storage[position]
        guard case .string(let value) = member.value else { return Field(name: member.key, value: "") }
        return Field(name: member.key, value: value)
    }

    /// The headers as a JSON object.
    public var json: JSONObject { storage }
}

extension HTTPHeaders: Codable {
    /// Reads an object of strings.
    public init(from decoder: any Decoder) throws {
        try self.init(try JSONValue(from: decoder), pointer: TypedObject.pointer(in: decoder))
    }

    /// Writes an object of strings.
    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(storage).encode(to: encoder)
    }
}
