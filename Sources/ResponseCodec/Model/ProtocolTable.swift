/// The protocol's rules in one place: which results each kind allows, which members each
/// (kind, result) document allows and requires, and the bounds of the integer members.
///
/// The decoder (``ResponseReader``), the writer (``WireDocument``), the factories and the
/// `Codable` conformances read it, and the tests hold `spec/response.schema.json` and the
/// golden corpus to it. Adding a result to a kind is a row here and a case in its type.
///
/// Spec: `spec/response-format.md` §2 "Kinds and results", §2.1 "Members", §2.2 "Documents per
/// kind and result", §3 "Factories".
package enum ProtocolTable {
    /// The members a (kind, result) document allows and requires (§2.2), or `nil` when the
    /// kind does not allow the result (§2). `kind` and `result` are in every document.
    ///
    /// Written with ``WireMember/Set/union(_:)`` of single members rather than array
    /// literals, so that the optimizer folds every case to a constant.
    @inline(__always)
    package static func document(_ kind: ResponseKind, _ result: ResponseResult) -> (
        allowed: WireMember.Set, required: WireMember.Set
    )? {
        let header = WireMember.Set(.kind).union(WireMember.Set(.result))
        let output = header.union(WireMember.Set(.output))
        switch (kind, result) {
        case (.background, .success), (.scheduled, .success), (.transformation, .success),
            (.rowTransformation, .skip), (.rowTransformation, .delete):
            return (header, WireMember.Set())
        case (.background, .reschedule):
            return (header.union(WireMember.Set(.countdown)), WireMember.Set(.countdown))
        case (.background, .skip), (.background, .fail), (.scheduled, .fail), (.transformation, .skip),
            (.transformation, .fail), (.rowTransformation, .fail):
            return (output, WireMember.Set())
        case (.interactive, .success), (.interactive, .fail):
            let status = WireMember.Set(.httpStatus)
            let allowed = header.union(status).union(WireMember.Set(.headers)).union(WireMember.Set(.body))
            return (result == .fail ? allowed.union(WireMember.Set(.output)) : allowed, status)
        case (.rowTransformation, .success):
            let row = WireMember.Set(.transformedRow)
            return (header.union(row).union(WireMember.Set(.transformedRowStyles)), row)
        default:
            return nil
        }
    }

    /// Whether `kind` allows `result` (§2).
    @inline(__always)
    package static func allows(_ kind: ResponseKind, _ result: ResponseResult) -> Bool {
        document(kind, result) != nil
    }

    /// `countdown`: 30 ≤ countdown ≤ 2^53 − 1 (§2.1); `reschedule` clamps up to 30 (§3.1).
    package static let countdown = 30...JSONValue.maxSafeInteger

    /// The floor `slow_process_reschedule` clamps a countdown up to (§3.1).
    package static let slowProcessCountdownFloor = 300

    /// `http_status`: 100 ≤ http_status ≤ 599 (§2.1).
    package static let httpStatus = 100...599

    /// The status of an interactive `done` and of a validation `done` when none is given (§3.2).
    package static let doneHTTPStatus = 200

    /// The status of an interactive `fail` and of a validation `fail` when none is given (§3.2).
    package static let failHTTPStatus = 400
}
