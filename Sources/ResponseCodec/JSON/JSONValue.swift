/// A JSON value as the I-JSON data model sees it: numbers are IEEE 754 doubles and objects
/// have unique member names.
///
/// `JSONValue` carries an interactive response's body and is the tree that
/// ``CanonicalJSONEncoder`` and ``StrictJSONDecoder`` work on. Two values are equal when they
/// denote the same JSON data: member order never matters, and `-0` equals `0`, as in RFC 8785.
///
/// A number must be finite: encoding a NaN or an infinity fails with
/// ``ResponseCodecError/Code/numberOutOfRange``.
public enum JSONValue: Sendable, Hashable {
    /// The literal `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, held as the double that RFC 8785 §3.2.2.3 serializes.
    case number(Double)
    /// A string of Unicode scalar values.
    case string(String)
    /// An ordered array.
    case array([JSONValue])
    /// An object with unique member names, kept in canonical (UTF-16) order.
    case object(JSONObject)
}

extension JSONValue {
    /// The JSON type's name as the error messages and the spec spell it
    /// (`null`, `boolean`, `number`, `string`, `array`, `object`).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// 2^53 − 1, the largest integer up to which every integer is an exact double, so the
    /// largest a JSON number carries exactly in every runtime (RFC 7493 §2.2).
    static let maxSafeInteger = 9_007_199_254_740_991
}

extension JSONValue: ExpressibleByBooleanLiteral {
    /// Creates a boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    /// Creates a number from an integer literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    /// Creates a number.
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// Creates a string.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    /// Creates an array.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Creates an object. A repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(uniquingKeysWith: elements))
    }
}
