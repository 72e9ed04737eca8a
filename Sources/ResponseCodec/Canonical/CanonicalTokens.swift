// The canonical bytes of the protocol's fixed tokens, as static strings: a member name quoted
// with its colon, and a kind or a result quoted. None of them needs an escape (RFC 8785
// §3.2.2.2), so each is its raw value between quotes; CanonicalTokensTests holds them to that.

extension WireMember {
    /// `"name":`, the canonical bytes before the member's value.
    var quotedName: StaticString {
        switch self {
        case .body: #""body":"#
        case .countdown: #""countdown":"#
        case .headers: #""headers":"#
        case .httpStatus: #""http_status":"#
        case .kind: #""kind":"#
        case .output: #""output":"#
        case .result: #""result":"#
        case .transformedRow: #""transformed_row":"#
        case .transformedRowStyles: #""transformed_row_styles":"#
        }
    }
}

extension ResponseKind {
    /// The canonical bytes of the kind as a JSON string.
    var quoted: StaticString {
        switch self {
        case .background: #""background""#
        case .interactive: #""interactive""#
        case .scheduled: #""scheduled""#
        case .transformation: #""transformation""#
        case .rowTransformation: #""row_transformation""#
        }
    }
}

extension ResponseResult {
    /// The canonical bytes of the result as a JSON string.
    var quoted: StaticString {
        switch self {
        case .success: #""success""#
        case .reschedule: #""reschedule""#
        case .skip: #""skip""#
        case .fail: #""fail""#
        case .delete: #""delete""#
        }
    }
}
