/// An object whose member values all have one shape: what ``InteractiveHTTPHeaders`` (strings),
/// ``TransformedRow`` (scalars) and ``RowStyles`` (objects) share, each written once here.
///
/// Names are unique as JSON compares them, by Unicode scalars. A Swift dictionary would merge
/// names that are canonically equivalent (`"\u{C5}"` and `"A\u{30A}"`) and lose a value, so
/// these types keep a ``JSONObject``, in canonical (UTF-16) order, whose every member value is
/// checked against the type's ``memberRule``. Only the library conforms types: neither
/// ``TypedStorage`` nor ``TypedMemberRule`` has a public initializer.
public protocol TypedJSONObject: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral,
    Codable
where Index == Int, Key == String {
    /// The checked members.
    var storage: TypedStorage<Self> { get set }

    /// Creates an object holding `storage`.
    init(storage: TypedStorage<Self>)

    /// What every member value is, and how it is read from and written as JSON.
    static var memberRule: TypedMemberRule<Value> { get }
}

/// The members of a ``TypedJSONObject``, each value of the object's one shape.
public struct TypedStorage<Object: TypedJSONObject>: Sendable, Hashable {
    /// The members as a JSON object.
    var object: JSONObject
}

/// The one shape of a ``TypedJSONObject``'s member values.
public struct TypedMemberRule<Value>: Sendable {
    /// The object's name in a reason (`headers`).
    let objectName: String
    /// What every member value must be, as a reason says it (`header values must be strings`).
    let expectation: String
    /// The member value a JSON value denotes, or `nil` when it has another shape.
    let value: @Sendable (JSONValue) -> Value?
    /// A member value as JSON.
    let json: @Sendable (Value) -> JSONValue
}

extension TypedJSONObject {
    /// An empty object, which differs from an absent one.
    public init() { self.init(storage: TypedStorage(object: JSONObject())) }

    /// An object from a literal; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, Value)...) {
        let json = Self.memberRule.json
        self.init(
            storage: TypedStorage(object: JSONObject(uniquingKeysWith: elements.map { ($0.0, json($0.1)) })))
    }

    /// An object from a JSON object.
    /// - Throws: `type_mismatch` at `/NAME` for the first member value (in canonical order) of
    ///   another shape.
    public init(validating object: JSONObject) throws(ResponseCodecError) {
        try self.init(.object(object), pointer: TypedObject.pointer(under: []))
    }

    /// An object from a JSON value, which must be an object whose member values all have the
    /// type's shape; a fault is reported at `pointer(nil)` for the object or `pointer(name)` for
    /// a member's value.
    package init(_ value: JSONValue, pointer: (String?) -> String) throws(ResponseCodecError) {
        let rule = Self.memberRule
        guard case .object(let object) = value else {
            throw ResponseCodecError(
                .typeMismatch, pointer: pointer(nil),
                reason: "\(rule.objectName) must be an object, found \(value.typeName)")
        }
        for member in object where rule.value(member.value) == nil {
            throw ResponseCodecError(
                .typeMismatch, pointer: pointer(member.key),
                reason: "\(rule.expectation), found \(member.value.typeName)")
        }
        self.init(storage: TypedStorage(object: object))
    }

    /// The value of the member named exactly `name` (compared by Unicode scalars), or `nil`.
    public subscript(name: String) -> Value? {
        get { storage.object[name].flatMap(Self.memberRule.value) }
        set { storage.object[name] = newValue.map(Self.memberRule.json) }
    }

    /// The position of the first member.
    public var startIndex: Int { storage.object.startIndex }

    /// The position past the last member.
    public var endIndex: Int { storage.object.endIndex }

    /// The object as JSON.
    public var json: JSONObject { storage.object }

    /// Reads an object whose member values all have the type's shape.
    public init(from decoder: any Decoder) throws {
        try self.init(try JSONValue(from: decoder), pointer: TypedObject.pointer(in: decoder))
    }

    /// Writes the object.
    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(storage.object).encode(to: encoder)
    }
}

/// The pointers the typed objects' readers share.
enum TypedObject {
    /// The pointer function for an object at `path`: `nil` names the object, a name its member.
    static func pointer(under path: [String]) -> (String?) -> String {
        { name in JSONPointer.string(from: path + (name.map { [$0] } ?? [])) }
    }

    /// The pointer function for an object read from `decoder`.
    static func pointer(in decoder: any Decoder) -> (String?) -> String {
        pointer(under: decoder.codingPath.map(JSONPointer.token(for:)))
    }
}
