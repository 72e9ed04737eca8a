import ResponseCodec

/// A language-neutral description of one factory call, as the golden manifest and the testee
/// protocol write it: `{"kind":"background","factory":"slow_process_reschedule","args":{"countdown":120}}`.
///
/// `kind` names the reference runtime's response class (``ResponseClass``: `background`,
/// `processing`, `validation`, ...); the document built has the wire kind of that class.
/// Factory and argument names follow the reference runtime (`connect-eaas-core`). An argument of
/// JSON `null` is Python's `None`: the default for `output`, `headers`, `body`, `data` and
/// `transformed_row_styles`. `done(*args, **kwargs)` ignores every argument.
///
/// Spec: `spec/response-format.md` §7 "Factory calls"; `spec/response-family.md` §5.
public struct FactoryCall: Sendable, Hashable {
    /// The response class whose factory is called.
    public var kind: ResponseClass
    /// The factory's name, as the reference runtime spells it (`slow_process_reschedule`).
    public var factory: String
    /// The keyword arguments.
    public var args: JSONObject

    /// Creates a call.
    public init(kind: ResponseClass, factory: String, args: JSONObject = [:]) {
        self.kind = kind
        self.factory = factory
        self.args = args
    }

    /// Reads a call from its JSON form; faults point into the call document.
    public init(json: JSONValue) throws(ResponseCodecError) {
        guard case .object(let call) = json else {
            throw ResponseCodecError(.typeMismatch, reason: "a factory call must be a JSON object")
        }
        for member in call where !["args", "factory", "kind"].contains(member.key) {
            throw ResponseCodecError(
                .unexpectedField, pointer: JSONPointer.string(from: [member.key]),
                reason: "a factory call has only kind, factory and args")
        }
        let kindName = try Self.string(call, "kind")
        guard let kind = ResponseClass(rawValue: kindName) else {
            throw ResponseCodecError(
                .unknownKind, pointer: "/kind", reason: "\"\(kindName)\" names no response class")
        }
        let factory = try Self.string(call, "factory")
        switch call["args"] {
        case nil: self.init(kind: kind, factory: factory)
        case .object(let args)?: self.init(kind: kind, factory: factory, args: args)
        case let other?:
            throw ResponseCodecError(
                .typeMismatch, pointer: "/args", reason: "args must be an object, found \(other.typeName)")
        }
    }

    /// The call in its JSON form.
    public var json: JSONValue {
        .object(["kind": .string(kind.rawValue), "factory": .string(factory), "args": .object(args)])
    }

    /// The factories each response class has, in the order the reference source defines them.
    public static func factories(of kind: ResponseClass) -> [String] { kind.factories }

    /// The arguments a factory takes, or `nil` when the class has no such factory;
    /// `done(*args, **kwargs)` takes any and ignores them, and lists none.
    public static func parameters(of kind: ResponseClass, factory: String) -> [String]? {
        kind.parameters(of: factory)
    }

    private static func string(_ object: JSONObject, _ name: String) throws(ResponseCodecError) -> String {
        switch object[name] {
        case .string(let text)?: return text
        case nil: throw ResponseCodecError(.missingField, pointer: "/\(name)", reason: "\(name) is required")
        case let other?:
            throw ResponseCodecError(
                .typeMismatch, pointer: "/\(name)",
                reason: "\(name) must be a string, found \(other.typeName)")
        }
    }
}
