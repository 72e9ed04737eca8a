/// The members of a response document as ``ResponseDocumentReader`` read them: every protocol
/// member at most once, typed where its value has the member's type. Where each value starts
/// is kept beside them, in ``MemberPlaces``.
///
/// `kind` and `result` are held as protocol values, `countdown` and `http_status` as numbers,
/// `output` as a string. The others (a body, headers, a row), and any member whose value has
/// another type, are JSON values in a short list, so that a reschedule's members stay small and
/// move without a copy of memory.
struct DocumentMembers {
    /// Every protocol member the document has.
    private(set) var present = WireMember.Set(rawValue: 0)

    /// The members held in ``jsonValues`` rather than typed.
    private var held = WireMember.Set(rawValue: 0)

    /// `kind`, when it is the name of a kind.
    var kind: ResponseKind?

    /// `result`, when it is the name of a result (not yet checked against the kind).
    var result: ResponseResult?

    /// `output`, when it is a string.
    var output: String?

    private var countdown = 0.0
    private var httpStatus = 0.0
    // Optional rather than empty: a `nil` costs nothing to release when the members go.
    private var jsonValues: [(member: WireMember, value: JSONValue)]?

    /// The first unknown member name in UTF-16 order: the only one a rule can report (spec §6.2
    /// step 4.4).
    var firstUnknown: String?

    /// Records that the document has `member`; `false` if it had it already.
    @inline(__always)
    mutating func insert(_ member: WireMember) -> Bool {
        guard !present.contains(member) else { return false }
        present.insert(member)
        return true
    }

    /// Stores the number `member` holds (`countdown` or `http_status`).
    mutating func set(_ member: WireMember, number: Double) {
        if member == .countdown { countdown = number } else { httpStatus = number }
    }

    /// Stores the value of `member` as a JSON value.
    mutating func set(_ member: WireMember, _ value: JSONValue) {
        held.insert(member)
        if jsonValues == nil { jsonValues = [] }
        jsonValues?.append((member, value))
    }
}

extension DocumentMembers: ResponseMembers {
    func value(_ member: WireMember) -> JSONValue? {
        guard present.contains(member) else { return nil }
        if held.contains(member) { return jsonValues?.first { $0.member == member }?.value }
        switch member {
        case .kind: return kind.map { .string($0.rawValue) }
        case .result: return result.map { .string($0.rawValue) }
        case .countdown: return .number(countdown)
        case .httpStatus: return .number(httpStatus)
        case .output: return output.map { .string($0) }
        case .body, .headers, .transformedRow, .transformedRowStyles: return nil
        }
    }

    func contains(_ member: WireMember) -> Bool { present.contains(member) }

    var sortedNames: [String] {
        let known = WireMember.allCases.filter(present.contains).map(\.rawValue)
        guard let firstUnknown else { return known }
        return (known + [firstUnknown]).sorted(by: UTF16Order.precedes)
    }

    var knownMembers: (present: WireMember.Set, hasUnknownMembers: Bool)? { (present, firstUnknown != nil) }

    var header: (ResponseKind, ResponseResult)? {
        guard let kind, let result else { return nil }
        return (kind, result)
    }

    var pathTokens: [String] { [] }
}

/// Where ``ResponseDocumentReader`` saw each value of a response document, so that a fault the
/// response rules find in ``DocumentMembers`` is located without reading the bytes again.
///
/// Spec: `spec/response-format.md` §6.2 step 4 ("the offset of a response-rule fault is the
/// first byte of the value the pointer names"; for `missing_field`, the object's `{`).
struct MemberPlaces {
    /// The offset of the object's `{`.
    var objectOffset = 0

    private var offsets = Offsets()

    /// The offset of the value of the first unknown member in UTF-16 order of names.
    var firstUnknownOffset: Int?

    /// Where each member value of `headers`, `transformed_row` and `transformed_row_styles` starts.
    private var innerPlaces: [(member: WireMember, name: String, offset: Int)]?

    /// Stores where the value of `member` starts.
    mutating func setOffset(_ offset: Int, of member: WireMember) { offsets[member] = offset }

    /// Records that the member `name` of the object `member` holds has its value at `offset`.
    mutating func noteInner(_ member: WireMember, name: String, at offset: Int) {
        if innerPlaces == nil { innerPlaces = [] }
        innerPlaces?.append((member, name, offset))
    }

    /// `error`, found by the rules in the members of `input`, located at the place of the value
    /// its pointer names (for `missing_field`, the object's `{`), with a number in its reason
    /// spelled as the input spells it.
    func located(_ error: ResponseCodecError, in input: UnsafeRawBufferPointer) -> ResponseCodecError {
        guard error.offset == nil else { return error }
        let offset = error.code == .missingField ? objectOffset : place(of: error.pointer)
        var located = error
        located.locate(at: offset, in: input)
        if located.valueSpelling != nil, let literal = StrictJSONParser.numberLiteral(at: offset, in: input) {
            located.respell(literal)
        }
        return located
    }

    /// The offset of the value at `pointer`, among the places stored.
    private func place(of pointer: String) -> Int {
        for member in WireMember.allCases where pointer == "/" + member.rawValue {
            return offsets[member]
        }
        for place in innerPlaces ?? []
        where pointer == JSONPointer.string(from: [place.member.rawValue, place.name]) {
            return place.offset
        }
        // Any other one-token pointer names an unknown member, and the rules report only the
        // first (spec §6.2 step 4.4).
        if let firstUnknownOffset, pointer.hasPrefix("/"),
            !pointer.utf8.dropFirst().contains(UInt8(ascii: "/"))
        {
            return firstUnknownOffset
        }
        return objectOffset
    }

    /// One offset for each protocol member, by ``WireMember/ordinal``, held inline.
    private struct Offsets {
        private var storage = (0, 0, 0, 0, 0, 0, 0, 0, 0)

        subscript(member: WireMember) -> Int {
            get {
                withUnsafeBytes(of: storage) {
                    $0.load(fromByteOffset: member.ordinal &* MemoryLayout<Int>.stride, as: Int.self)
                }
            }
            set {
                withUnsafeMutableBytes(of: &storage) {
                    $0.storeBytes(
                        of: newValue, toByteOffset: member.ordinal &* MemoryLayout<Int>.stride, as: Int.self)
                }
            }
        }
    }
}
