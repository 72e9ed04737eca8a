/// The cell styles of one transformed row: column names with style objects.
///
/// In the reference runtime a style is an `openpyxl` `NamedStyle` (font, fill, border, number
/// format). The format carries each as a JSON object whose content it does not interpret; a
/// runtime maps it to its spreadsheet library.
///
/// No styles and empty styles are one state, as `transformed_row_styles or {}` makes them in the
/// reference: an empty `RowStyles` is written by omitting the member.
///
/// ```swift
/// let styles: RowStyles = ["price": ["number_format": "0.00"]]
/// ```
///
/// Spec: `spec/response-family.md` §4.3 "Styles".
public struct RowStyles: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One style: a column name and its style object.
    public struct Field: Sendable, Hashable {
        /// The column name.
        public let name: String
        /// The style, uninterpreted.
        public let style: JSONObject
    }

    /// The styles as a JSON object whose values are all objects.
    private var storage: JSONObject

    /// No styles.
    public init() { storage = JSONObject() }

    /// Styles from a literal; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONObject)...) {
        storage = JSONObject(uniquingKeysWith: elements.map { ($0.0, JSONValue.object($0.1)) })
    }

    /// Styles from a JSON object.
    /// - Throws: `type_mismatch` at `/NAME` for the first value (in canonical order) that is not
    ///   an object.
    public init(validating object: JSONObject) throws(ResponseCodecError) {
        try self.init(.object(object), pointer: TypedObject.pointer(under: []))
    }

    /// Styles from a JSON value, which must be an object of objects; a fault is reported at
    /// `pointer(nil)` for the object or `pointer(name)` for a style.
    package init(_ value: JSONValue, pointer: (String?) -> String) throws(ResponseCodecError) {
        storage = try TypedObject.validate(
            value, as: "transformed_row_styles", pointer: pointer,
            accepting: { if case .object = $0 { true } else { false } }, expectation: "a style is an object")
    }

    /// The style of the column named exactly `name` (compared by Unicode scalars), or `nil`.
    public subscript(name: String) -> JSONObject? {
        get {
            guard case .object(let style)? = storage[name] else { return nil }
            return style
        }
        set { storage[name] = newValue.map(JSONValue.object) }
    }

    /// The position of the first style.
    public var startIndex: Int { storage.startIndex }

    /// The position past the last style.
    public var endIndex: Int { storage.endIndex }

    /// The style at `position`, in canonical order.
    public subscript(position: Int) -> Field {
        let member = storage[position]
        guard case .object(let style) = member.value else { return Field(name: member.key, style: [:]) }
        return Field(name: member.key, style: style)
    }

    /// The styles as a JSON object.
    public var json: JSONObject { storage }
}

extension RowStyles: Codable {
    /// Reads an object of objects.
    public init(from decoder: any Decoder) throws {
        try self.init(try JSONValue(from: decoder), pointer: TypedObject.pointer(in: decoder))
    }

    /// Writes an object of objects.
    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(storage).encode(to: encoder)
    }
}
