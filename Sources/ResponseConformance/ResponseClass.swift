import ResponseCodec

/// The response classes of `connect-eaas-core` 38.0 whose factories a factory call names, as
/// the call's `kind` member spells them.
///
/// A class is not a wire kind: the alias classes (`processing`, `validation`, `custom_event`,
/// `product_action`) build documents of the kind of the class they extend (``kind``).
///
/// Spec: `spec/response-format.md` §7 "Factory calls"; `spec/response-family.md` §1, §5.
public enum ResponseClass: String, Sendable, Hashable, CaseIterable, Codable {
    /// `BackgroundResponse`.
    case background
    /// `ProcessingResponse`, a `BackgroundResponse` that adds nothing.
    case processing
    /// `InteractiveResponse`.
    case interactive
    /// `ValidationResponse`: `done(data)` and `fail(data, output)` of an interactive response.
    case validation
    /// `CustomEventResponse`, an `InteractiveResponse` that adds nothing.
    case customEvent = "custom_event"
    /// `ProductActionResponse`, an `InteractiveResponse` that adds nothing.
    case productAction = "product_action"
    /// `ScheduledExecutionResponse`.
    case scheduled
    /// `TransformationResponse`.
    case transformation
    /// `RowTransformationResponse`.
    case rowTransformation = "row_transformation"

    /// The wire kind of the documents this class builds.
    public var kind: ResponseKind {
        switch self {
        case .background, .processing: .background
        case .interactive, .validation, .customEvent, .productAction: .interactive
        case .scheduled: .scheduled
        case .transformation: .transformation
        case .rowTransformation: .rowTransformation
        }
    }

    /// The class's name in `connect.eaas.core.responses`.
    public var referenceName: String {
        switch self {
        case .background: "BackgroundResponse"
        case .processing: "ProcessingResponse"
        case .interactive: "InteractiveResponse"
        case .validation: "ValidationResponse"
        case .customEvent: "CustomEventResponse"
        case .productAction: "ProductActionResponse"
        case .scheduled: "ScheduledExecutionResponse"
        case .transformation: "TransformationResponse"
        case .rowTransformation: "RowTransformationResponse"
        }
    }

    /// The factories of the class, its own and those it inherits from `_Response` (`done` and
    /// `fail`), as the Python class's method resolution finds them.
    public var factories: [String] {
        switch self {
        case .background, .processing: ["reschedule", "slow_process_reschedule", "skip", "done", "fail"]
        case .interactive, .validation, .customEvent, .productAction, .scheduled: ["done", "fail"]
        case .transformation: ["done", "fail", "skip"]
        case .rowTransformation: ["done", "fail", "skip", "delete"]
        }
    }

    /// Whether `factory` is the reference's `done(*args, **kwargs)`, which takes and ignores any
    /// argument (`_Response.done`, not overridden by the class).
    public func ignoresArguments(of factory: String) -> Bool {
        factory == "done" && [.background, .processing, .scheduled, .transformation].contains(self)
    }

    /// The keyword arguments `factory` takes, or `nil` when the class has no such factory. A
    /// factory that ignores its arguments (``ignoresArguments(of:)``) takes none by name.
    public func parameters(of factory: String) -> [String]? {
        guard factories.contains(factory) else { return nil }
        switch (self.kind, factory) {
        case (_, _) where ignoresArguments(of: factory): return []
        case (.background, "reschedule"), (.background, "slow_process_reschedule"): return ["countdown"]
        case (.interactive, "done") where self == .validation: return ["data"]
        case (.interactive, "fail") where self == .validation: return ["data", "output"]
        case (.interactive, "done"): return ["http_status", "headers", "body"]
        case (.interactive, "fail"): return ["http_status", "headers", "body", "output"]
        case (.rowTransformation, "done"): return ["transformed_row", "transformed_row_styles"]
        case (.rowTransformation, "fail"): return ["output"]
        case (.rowTransformation, _): return []
        default: return ["output"]
        }
    }

    /// The arguments `factory` requires (it has no default for them): `data` of validation
    /// `done` and `transformed_row` of row transformation `done`.
    public func requiredParameters(of factory: String) -> [String] {
        switch (self, factory) {
        case (.validation, "done"): ["data"]
        case (.rowTransformation, "done"): ["transformed_row"]
        default: []
        }
    }
}
