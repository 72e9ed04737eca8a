/// A language-neutral description of one factory call, as the golden manifest and the testee
/// protocol write it: `{"kind":"background","factory":"slow_process_reschedule","args":{"countdown":120}}`.
///
/// Names follow the reference runtime (`connect-eaas-core`): factories `reschedule`,
/// `slow_process_reschedule`, `skip`, `done`, `fail`; arguments `countdown`, `output`,
/// `http_status`, `headers`, `body`. An argument of JSON `null` is Python's `None`: the default
/// for `output`, `headers` and `body`. `done` ignores every argument, as `done(*args, **kwargs)` does.
///
/// Spec: `spec/response-format.md` §7 "Factory calls".
public struct FactoryCall: Sendable, Hashable {
    /// The response kind whose factory is called.
    public var kind: ResponseKind
    /// The factory's name, as the reference runtime spells it (`slow_process_reschedule`).
    public var factory: String
    /// The keyword arguments.
    public var args: JSONObject

    /// Creates a call.
    public init(kind: ResponseKind, factory: String, args: JSONObject = [:]) {
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
        guard let kind = ResponseKind(rawValue: kindName) else {
            throw ResponseCodecError(.unknownKind, pointer: "/kind", reason: "unknown kind \"\(kindName)\"")
        }
        let factory = try Self.string(call, "factory")
        switch call["args"] {
        case nil: self.init(kind: kind, factory: factory)
        case .object(let args)?: self.init(kind: kind, factory: factory, args: args)
        case let other?:
            throw ResponseCodecError(.typeMismatch, pointer: "/args", reason: "args must be an object, found \(other.typeName)")
        }
    }

    /// The call in its JSON form.
    public var json: JSONValue {
        .object(["kind": .string(kind.rawValue), "factory": .string(factory), "args": .object(args)])
    }

    /// The factories each kind has, in the order the seed document lists them.
    public static func factories(of kind: ResponseKind) -> [String] {
        switch kind {
        case .background: ["reschedule", "slow_process_reschedule", "skip", "done", "fail"]
        case .interactive: ["done", "fail"]
        case .scheduled: ["done", "fail"]
        }
    }

    /// The arguments a factory takes; `done` of background and scheduled takes any and ignores them.
    public static func parameters(of kind: ResponseKind, factory: String) -> [String]? {
        switch (kind, factory) {
        case (.background, "reschedule"), (.background, "slow_process_reschedule"): ["countdown"]
        case (.background, "skip"), (.background, "fail"), (.scheduled, "fail"): ["output"]
        case (.interactive, "done"): ["http_status", "headers", "body"]
        case (.interactive, "fail"): ["http_status", "headers", "body", "output"]
        case (.background, "done"), (.scheduled, "done"): []
        default: nil
        }
    }

    private static func string(_ object: JSONObject, _ name: String) throws(ResponseCodecError) -> String {
        switch object[name] {
        case .string(let text)?: return text
        case nil: throw ResponseCodecError(.missingField, pointer: "/\(name)", reason: "\(name) is required")
        case let other?:
            throw ResponseCodecError(.typeMismatch, pointer: "/\(name)", reason: "\(name) must be a string, found \(other.typeName)")
        }
    }
}
