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
/// Names are unique as JSON compares them (by Unicode scalars) and kept in canonical order (see
/// ``TypedJSONObject``).
///
/// Spec: `spec/response-family.md` §4.3 "Styles".
public struct RowStyles: TypedJSONObject {
    /// One style: a column name and its style object.
    public struct Field: Sendable, Hashable {
        /// The column name.
        public let name: String
        /// The style, uninterpreted.
        public let style: JSONObject
    }

    /// A member value: a style object.
    public typealias Value = JSONObject

    /// The styles, whose values are all objects.
    public var storage: TypedStorage<RowStyles>

    /// Styles holding `storage`.
    public init(storage: TypedStorage<RowStyles>) { self.storage = storage }

    /// A style is an object.
    public static let memberRule = TypedMemberRule<JSONObject>(
        objectName: "transformed_row_styles", expectation: "a style is an object",
        value: { if case .object(let style) = $0 { style } else { nil } }, json: JSONValue.object)

    /// The style at `position`, in canonical order.
    public subscript(position: Int) -> Field {
        let member = storage.object[position]
        guard case .object(let style) = member.value else { return Field(name: member.key, style: [:]) }
        return Field(name: member.key, style: style)
    }
}
