/// The coding key of an object member: in the paths this library reports, and for containers
/// that see every member a document has.
struct MemberKey: CodingKey, Sendable {
    /// The member name.
    let stringValue: String

    /// Creates the key for the member named `name`.
    init(_ name: String) { stringValue = name }

    /// Creates the key for the member named `stringValue`.
    init(stringValue: String) { self.stringValue = stringValue }

    /// Always `nil`: a member key is never an array index.
    init?(intValue: Int) { nil }

    /// Always `nil`: a member key is never an array index.
    var intValue: Int? { nil }
}

/// The coding key of an array element in the paths this library reports; spelled like
/// Foundation's (`"Index 2"`), with the index as `intValue`.
struct IndexKey: CodingKey, Sendable {
    /// The element index.
    let index: Int

    /// Creates the key for the element at `index`.
    init(_ index: Int) { self.index = index }

    /// Creates the key for the element at `intValue`.
    init(intValue: Int) { index = intValue }

    /// Always `nil`: an index key is made from an index only.
    init?(stringValue: String) { nil }

    /// `"Index N"`, as Foundation spells it.
    var stringValue: String { "Index \(index)" }

    /// The element index.
    var intValue: Int? { index }
}
