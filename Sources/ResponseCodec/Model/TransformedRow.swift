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
/// Names are unique as JSON compares them (by Unicode scalars) and kept in canonical order.
///
/// Spec: `spec/response-family.md` §4.2 "Cells".
public struct TransformedRow: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
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

    /// The cells as a JSON object whose values are all scalars.
    private var storage: JSONObject

    /// A row with no cells (every output column gets the null marker).
    public init() { storage = JSONObject() }

    /// A row from a literal; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, Cell)...) {
        storage = JSONObject(uniquingKeysWith: elements.map { ($0.0, $0.1.json) })
    }

    /// A row from a JSON object.
    /// - Throws: `type_mismatch` at `/NAME` for the first value (in canonical order) that is an
    ///   array or an object.
    public init(validating object: JSONObject) throws(ResponseCodecError) {
        try self.init(.object(object), pointer: TypedObject.pointer(under: []))
    }

    /// A row from a JSON value, which must be an object of scalars; a fault is reported at
    /// `pointer(nil)` for the object or `pointer(name)` for a cell.
    package init(_ value: JSONValue, pointer: (String?) -> String) throws(ResponseCodecError) {
        storage = try TypedObject.validate(
            value, as: "transformed_row", pointer: pointer, accepting: { Cell($0) != nil },
            expectation: "a cell is a string, number, boolean or null")
    }

    /// The cell of the column named exactly `name` (compared by Unicode scalars), or `nil`.
    public subscript(name: String) -> Cell? {
        get { storage[name].flatMap(Cell.init) }
        set { storage[name] = newValue.map(\.json) }
    }

    /// The position of the first cell.
    public var startIndex: Int { storage.startIndex }

    /// The position past the last cell.
    public var endIndex: Int { storage.endIndex }

    /// The cell at `position`, in canonical order.
    public subscript(position: Int) -> Field {
        let member = storage[position]
        return Field(name: member.key, value: Cell(member.value) ?? .null)
    }

    /// The row as a JSON object.
    public var json: JSONObject { storage }
}

extension TransformedRow: Codable {
    /// Reads an object of scalars.
    public init(from decoder: any Decoder) throws {
        try self.init(try JSONValue(from: decoder), pointer: TypedObject.pointer(in: decoder))
    }

    /// Writes an object of scalars.
    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(storage).encode(to: encoder)
    }
}
