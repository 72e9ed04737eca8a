/// The members of a JSON object: unique names, each with a value, kept sorted in the order
/// RFC 8785 §3.2.3 prescribes (by UTF-16 code units), so that iteration order is the
/// canonical order and equality ignores the order members were written in.
///
/// Names are compared as sequences of Unicode scalars, as JSON compares them, not by Swift's
/// canonical equivalence: `"\u{C5}"` and `"A\u{30A}"` are two different members.
public struct JSONObject: Sendable, Hashable, RandomAccessCollection {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        /// The member name.
        public var key: String
        /// The member value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in canonical order; names are unique.
    public private(set) var members: [Member]

    /// Creates an empty object.
    public init() { members = [] }

    /// Creates an object from name/value pairs; a repeated name keeps its last value.
    public init(uniquingKeysWith pairs: some Sequence<(String, JSONValue)>) {
        let given = Array(pairs)
        // RFC 8785 §3.2.3: sorted by UTF-16 code units; equal names keep the order given, so
        // that the last of them is the one kept. One sort, not an insertion per pair.
        let order = given.indices.sorted { lhs, rhs in
            UTF16Order.precedes(given[lhs].0, given[rhs].0)
                || (lhs < rhs && !UTF16Order.precedes(given[rhs].0, given[lhs].0))
        }
        members = []
        members.reserveCapacity(order.count)
        for index in order {
            let (key, value) = given[index]
            if let previous = members.last, MemberNames.equal(previous.key, key) {
                members[members.count - 1].value = value
            } else {
                members.append(Member(key: key, value: value))
            }
        }
    }

    /// Creates an object from a dictionary.
    public init(_ dictionary: [String: JSONValue]) {
        members = dictionary.map { Member(key: $0.key, value: $0.value) }
        members.sort { UTF16Order.precedes($0.key, $1.key) }
    }

    /// Creates an object from members that are already sorted by ``UTF16Order`` and unique.
    /// The parser and the encoder use it after they have checked both properties themselves.
    init(sortedUniqueMembers: [Member]) { members = sortedUniqueMembers }

    /// The value of the member named `key`, or `nil` if there is none. Setting `nil` removes it.
    public subscript(key: String) -> JSONValue? {
        get {
            let index = insertionIndex(of: key)
            // Not `cond ? value : nil`: that `nil` would be JSONValue's own null literal.
            guard index < members.count, MemberNames.equal(members[index].key, key) else { return nil }
            return members[index].value
        }
        set {
            let index = insertionIndex(of: key)
            let exists = index < members.count && MemberNames.equal(members[index].key, key)
            switch (exists, newValue) {
            case (true, let value?): members[index].value = value
            case (true, nil): members.remove(at: index)
            case (false, let value?): members.insert(Member(key: key, value: value), at: index)
            case (false, nil): break
            }
        }
    }

    /// The member names in canonical order.
    public var keys: [String] { members.map(\.key) }

    /// The position of the first member.
    public var startIndex: Int { members.startIndex }

    /// The position past the last member.
    public var endIndex: Int { members.endIndex }

    /// The member at `position`.
    public subscript(position: Int) -> Member { members[position] }

    /// Binary search for the first member whose name does not precede `key`.
    private func insertionIndex(of key: String) -> Int {
        var low = 0
        var high = members.count
        while low < high {
            let middle = (low + high) / 2
            if UTF16Order.precedes(members[middle].key, key) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object. A repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(uniquingKeysWith: elements)
    }
}
