/// The result of processing a whole transformation request: done, fail or skip.
///
/// Mirrors `connect-eaas-core`'s `TransformationResponse`, which the runner returns after it
/// has transformed every row (or not):
///
/// ```swift
/// let done = TransformationResponse.done()
/// let skipped = TransformationResponse.skip(output: "nothing to transform")
/// ```
///
/// Spec: `spec/response-family.md` §3 "Transformation".
public struct TransformationResponse: Sendable, Hashable {
    /// What the extension, or the runner on its behalf, decided.
    public enum Outcome: Sendable, Hashable {
        /// `result: "success"`: every row was transformed and the output file sent.
        case success
        /// `result: "fail"`: the transformation failed, with an optional reason.
        case fail(output: String?)
        /// `result: "skip"`: the request is skipped, with an optional reason.
        case skip(output: String?)
    }

    /// What was decided.
    public var outcome: Outcome

    /// Wraps an outcome.
    public init(_ outcome: Outcome) { self.outcome = outcome }

    /// The transformation is done. Like the reference `done(*args, **kwargs)`, it takes no data.
    public static func done() -> TransformationResponse { TransformationResponse(.success) }

    /// The transformation failed, optionally saying why.
    public static func fail(output: String? = nil) -> TransformationResponse {
        TransformationResponse(.fail(output: output))
    }

    /// The request is skipped, optionally saying why.
    public static func skip(output: String? = nil) -> TransformationResponse {
        TransformationResponse(.skip(output: output))
    }

    /// The `result` member this response carries.
    public var result: ResponseResult {
        switch outcome {
        case .success: .success
        case .fail: .fail
        case .skip: .skip
        }
    }

    /// The output of a fail or a skip, if any.
    public var output: String? {
        switch outcome {
        case .success: nil
        case .fail(let output), .skip(let output): output
        }
    }
}

extension TransformationResponse: Codable, SingleKindResponse {
    /// The kind of every transformation response.
    static let kind = ResponseKind.transformation

    /// Decodes the members of a transformation document whose header `reader` has checked.
    init<Members>(result: ResponseResult, reader: ResponseReader<Members>) throws(ResponseCodecError) {
        switch result {
        case .fail: outcome = .fail(output: try reader.optionalString(.output))
        case .skip: outcome = .skip(output: try reader.optionalString(.output))
        default: outcome = .success
        }
    }
}

extension TransformationResponse: WireDocumentConvertible {
    /// The document this response puts on the wire: `kind`, `result`, and the output of a skip or
    /// fail, if any.
    var document: WireDocument {
        WireDocument(.transformation, result, output: output)
    }
}
