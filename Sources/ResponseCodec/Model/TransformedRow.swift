/// The cells of one transformed row: column names with scalar values.
///
/// The runner writes each value into a spreadsheet cell (`openpyxl`), which holds a string, a
/// number, a boolean or nothing; an array or an object has no cell form and would fail the whole
/// transformation, so a row cannot hold one. `null` is a value: the runner writes its null
/// marker for it, as for a column the row does not name.
///
/// ```swift
/// let row: TransformedRow = ["id": "PRD-1", "price": 12.5, "active": true, "note": .null]
/// ```
///
/// Names are unique as JSON compares them (by Unicode scalars) and kept in canonical order (see
/// ``TypedJSONObject``).
///
/// Spec: `spec/response-family.md` §4.2 "Cells".
public struct TransformedRow: TypedJSONObject {
    /// A cell value: a JSON scalar.
    public enum Cell: Sendable, Hashable, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
        ExpressibleByFloatLiteral, ExpressibleByStringLiteral
    {
        /// No value; the runner writes its null marker.
        case null
        /// A boolean.
        case bool(Bool)
        /// A number (a finite double, as every JSON number here).
        case number(Double)
        /// A string.
        case string(String)

        /// The cell of a JSON scalar, or `nil` for an array or an object.
        public init?(_ value: JSONValue) {
            switch value {
            case .null: self = .null
            case .bool(let flag): self = .bool(flag)
            case .number(let number): self = .number(number)
            case .string(let text): self = .string(text)
            case .array, .object: return nil
            }
        }

        /// Creates a boolean cell.
        public init(booleanLiteral value: Bool) { self = .bool(value) }

        /// Creates a number cell from an integer literal.
        public init(integerLiteral value: Int) { self = .number(Double(value)) }

        /// Creates a number cell.
        public init(floatLiteral value: Double) { self = .number(value) }

        /// Creates a string cell.
        public init(stringLiteral value: String) { self = .string(value) }

        /// The cell as a JSON value.
        public var json: JSONValue {
            switch self {
            case .null: .null
            case .bool(let flag): .bool(flag)
            case .number(let number): .number(number)
            case .string(let text): .string(text)
            }
        }
    }

    /// One cell: a column name and its value.
    public struct Field: Sendable, Hashable {
        /// The column name.
        public let name: String
        /// The value.
        public let value: Cell
    }

    /// A member value: a cell.
    public typealias Value = Cell

    /// The cells, whose values are all scalars.
    public var storage: TypedStorage<TransformedRow>

    /// A row holding `storage`.
    public init(storage: TypedStorage<TransformedRow>) { self.storage = storage }

    /// A cell is a scalar.
    public static let memberRule = TypedMemberRule<Cell>(
        objectName: "transformed_row", expectation: "a cell is a string, number, boolean or null",
        value: { Cell($0) }, json: { $0.json })

    /// The cell at `position`, in canonical order.
    public subscript(position: Int) -> Field {
        let member = storage.object[position]
        return Field(name: member.key, value: Cell(member.value) ?? .null)
    }
}
