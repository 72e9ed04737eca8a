/// The result of transforming one row of a transformation request: done, fail, skip or delete.
///
/// Mirrors `connect-eaas-core`'s `RowTransformationResponse`:
///
/// ```swift
/// let row = RowTransformationResponse.done(transformedRow: ["id": "PRD-1", "price": 12.5])
/// let gone = RowTransformationResponse.delete()
/// ```
///
/// `fail(output:)` is the reference's `_Response.fail`, which the class inherits and real
/// extensions return; the runner answers it by failing the whole transformation with the
/// output in its message (`spec/task-output.md` §4.5).
///
/// Spec: `spec/response-family.md` §4 "Row transformation".
public struct RowTransformationResponse: Sendable, Hashable {
    /// What the extension decided for the row.
    public enum Outcome: Sendable, Hashable {
        /// `result: "success"`: the row's new cells, and their styles (empty for none).
        case success(transformedRow: TransformedRow, styles: RowStyles)
        /// `result: "fail"`: the row could not be transformed, with an optional reason.
        case fail(output: String?)
        /// `result: "skip"`: the row is written with the null marker in every column.
        case skip
        /// `result: "delete"`: the row is marked deleted.
        case delete
    }

    /// What was decided.
    public var outcome: Outcome

    /// Wraps an outcome.
    public init(_ outcome: Outcome) { self.outcome = outcome }

    /// The row is transformed into `transformedRow`, styled by `transformedRowStyles`. `nil` and
    /// empty styles are the same, as `transformed_row_styles or {}` makes them in the reference.
    public static func done(
        transformedRow: TransformedRow, transformedRowStyles: RowStyles? = nil
    ) -> RowTransformationResponse {
        RowTransformationResponse(
            .success(transformedRow: transformedRow, styles: transformedRowStyles ?? RowStyles()))
    }

    /// The row could not be transformed, optionally saying why.
    public static func fail(output: String? = nil) -> RowTransformationResponse {
        RowTransformationResponse(.fail(output: output))
    }

    /// The row is skipped.
    public static func skip() -> RowTransformationResponse { RowTransformationResponse(.skip) }

    /// The row is deleted.
    public static func delete() -> RowTransformationResponse { RowTransformationResponse(.delete) }

    /// The `result` member this response carries.
    public var result: ResponseResult {
        switch outcome {
        case .success: .success
        case .fail: .fail
        case .skip: .skip
        case .delete: .delete
        }
    }

    /// The output of a fail, if any.
    public var output: String? {
        guard case .fail(let output) = outcome else { return nil }
        return output
    }
}

extension RowTransformationResponse: Codable, SingleKindResponse {
    /// The kind of every row transformation response.
    static let kind = ResponseKind.rowTransformation

    /// Decodes the members of a row transformation document whose header `reader` has checked,
    /// in canonical member order: transformed_row, then transformed_row_styles.
    init<Members>(result: ResponseResult, reader: ResponseReader<Members>) throws(ResponseCodecError) {
        switch result {
        case .fail:
            outcome = .fail(output: try reader.optionalString(.output))
        case .skip:
            outcome = .skip
        case .delete:
            outcome = .delete
        default:
            let row = try TransformedRow(
                try reader.value(.transformedRow) ?? .object([:]),
                pointer: reader.pointers(within: .transformedRow))
            var styles = RowStyles()
            if let value = try reader.value(.transformedRowStyles) {
                styles = try RowStyles(value, pointer: reader.pointers(within: .transformedRowStyles))
                if styles.isEmpty {
                    throw reader.error(
                        .invalidValue, at: .transformedRowStyles,
                        "no styles are written by omitting transformed_row_styles, never as {}")
                }
            }
            outcome = .success(transformedRow: row, styles: styles)
        }
    }
}

extension RowTransformationResponse: WireDocumentConvertible {
    /// The document this response puts on the wire: `kind`, `result`, and the row and its
    /// styles (if any) of a success or the output of a fail, if any.
    var document: WireDocument {
        guard case .success(let row, let styles) = outcome else {
            return WireDocument(.rowTransformation, result, output: output)
        }
        return WireDocument(.rowTransformation, .success, row: (row, styles.isEmpty ? nil : styles))
    }
}
