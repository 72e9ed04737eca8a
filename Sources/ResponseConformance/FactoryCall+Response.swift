import ResponseCodec

extension FactoryCall {
    /// Runs the factory and returns its response, whose wire kind is that of the call's class.
    ///
    /// - Throws: `invalid_value` for an unknown factory (`/factory`), an unknown argument
    ///   (`/args/NAME`) or an HTTP status outside 100...599; `missing_field` for an absent
    ///   required argument; `type_mismatch` for an argument of the wrong JSON type;
    ///   `number_out_of_range` for a countdown above 2^53 − 1.
    public func makeResponse() throws(ResponseCodecError) -> ExtensionResponse {
        guard let parameters = Self.parameters(of: kind, factory: factory) else {
            throw ResponseCodecError(
                .invalidValue, pointer: "/factory",
                reason: "\(kind.referenceName) has no factory \"\(factory)\"")
        }
        if !kind.ignoresArguments(of: factory) {
            for member in args where !parameters.contains(member.key) {
                throw ResponseCodecError(
                    .invalidValue, pointer: JSONPointer.string(from: ["args", member.key]),
                    reason: "\(factory) takes no argument \"\(member.key)\"")
            }
            for name in kind.requiredParameters(of: factory) where args[name] == nil {
                throw ResponseCodecError(
                    .missingField, pointer: JSONPointer.string(from: ["args", name]),
                    reason: "\(kind.referenceName).\(factory) requires \(name)")
            }
        }
        let arguments = Arguments(args: args)
        switch kind {
        case .background, .processing: return .background(try backgroundResponse(arguments))
        case .interactive, .customEvent, .productAction:
            return .interactive(try interactiveResponse(arguments))
        case .validation:
            let data = arguments.value("data")
            guard factory == "fail" else { return .interactive(ValidationResponse.done(data: data)) }
            return .interactive(ValidationResponse.fail(data: data, output: try arguments.string("output")))
        case .scheduled:
            guard factory == "fail" else { return .scheduled(.done()) }
            return .scheduled(.fail(output: try arguments.string("output")))
        case .transformation:
            switch factory {
            case "fail": return .transformation(.fail(output: try arguments.string("output")))
            case "skip": return .transformation(.skip(output: try arguments.string("output")))
            default: return .transformation(.done())
            }
        case .rowTransformation:
            switch factory {
            case "fail": return .rowTransformation(.fail(output: try arguments.string("output")))
            case "skip": return .rowTransformation(.skip())
            case "delete": return .rowTransformation(.delete())
            default:
                let row = try arguments.transformedRow()
                return .rowTransformation(
                    .done(transformedRow: row, transformedRowStyles: try arguments.rowStyles()))
            }
        }
    }

    /// A factory of `BackgroundResponse` (and of `ProcessingResponse`, which adds nothing).
    private func backgroundResponse(_ arguments: Arguments) throws(ResponseCodecError) -> BackgroundResponse {
        switch factory {
        case "reschedule":
            let countdown = try arguments.integer("countdown") ?? Countdown.minimum
            return try argument(.reschedule(countdown: countdown))
        case "slow_process_reschedule":
            let countdown = try arguments.integer("countdown") ?? Countdown.slowProcessMinimum
            return try argument(.slowProcessReschedule(countdown: countdown))
        case "skip": return .skip(output: try arguments.string("output"))
        case "fail": return .fail(output: try arguments.string("output"))
        default: return .done()
        }
    }

    /// A factory of `InteractiveResponse` (and of its subclasses that add nothing).
    private func interactiveResponse(_ arguments: Arguments) throws(ResponseCodecError) -> InteractiveResponse
    {
        let status = try arguments.integer("http_status") ?? (factory == "done" ? 200 : 400)
        let headers = try arguments.headers()
        let body = arguments.value("body")
        guard factory == "fail" else {
            return try argument(.done(httpStatus: status, headers: headers, body: body))
        }
        let output = try arguments.string("output")
        return try argument(.fail(httpStatus: status, headers: headers, body: body, output: output))
    }

    /// Re-points a factory's own error (`/countdown`) into the call document (`/args/countdown`),
    /// and spells the argument as the call holds it, not as the `Int` it saturated to (`1e19`,
    /// not 9223372036854775807). Only the factory runs inside: argument errors already point
    /// into the call.
    private func argument<T>(_ make: @autoclosure () throws(ResponseCodecError) -> T)
        throws(ResponseCodecError) -> T
    {
        do {
            return try make()
        } catch {
            var error = error
            if case .number(let number)? = args[String(error.pointer.dropFirst())] {
                error.respell(number.ecmaScriptSpelling)
            }
            error.pointer = "/args" + error.pointer
            throw error
        }
    }
}

/// Typed access to a call's keyword arguments, with faults at `/args/NAME`.
private struct Arguments {
    let args: JSONObject

    /// The argument's value; JSON `null` is Python's `None`, so it reads as absent.
    func value(_ name: String) -> JSONValue? {
        let value = args[name]
        return value == .null ? nil : value
    }

    /// An integer argument (`countdown`, `http_status`): a number with an integral value.
    /// `null` is not allowed: these parameters have integer defaults, not `None`. A value beyond
    /// `Int`'s range reads as `Int.min` or `Int.max`, so the factory's own rule decides it
    /// (a huge negative countdown clamps to the floor; a huge positive one is out of range).
    func integer(_ name: String) throws(ResponseCodecError) -> Int? {
        guard let value = args[name] else { return nil }
        guard case .number(let number) = value, let integer = number.saturatingInteger else {
            throw mismatch(name, "an integer", value)
        }
        return integer
    }

    /// A string argument (`output`), or `nil` when absent or `null`.
    func string(_ name: String) throws(ResponseCodecError) -> String? {
        switch value(name) {
        case nil: return nil
        case .string(let text)?: return text
        case let other?: throw mismatch(name, "a string", other)
        }
    }

    /// The `headers` argument: an object of strings, or `nil` when absent or `null`.
    func headers() throws(ResponseCodecError) -> InteractiveHTTPHeaders? {
        guard let value = value("headers") else { return nil }
        return try InteractiveHTTPHeaders(value) { name in
            JSONPointer.string(from: ["args", "headers"] + (name.map { [$0] } ?? []))
        }
    }

    /// The `transformed_row` argument: an object of scalars. `null` is not allowed: the parameter
    /// has no default, and None is no row.
    func transformedRow() throws(ResponseCodecError) -> TransformedRow {
        try TransformedRow(args["transformed_row"] ?? .null) { name in
            JSONPointer.string(from: ["args", "transformed_row"] + (name.map { [$0] } ?? []))
        }
    }

    /// The `transformed_row_styles` argument: an object of objects, or `nil` when absent or `null`.
    func rowStyles() throws(ResponseCodecError) -> RowStyles? {
        guard let value = value("transformed_row_styles") else { return nil }
        return try RowStyles(value) { name in
            JSONPointer.string(from: ["args", "transformed_row_styles"] + (name.map { [$0] } ?? []))
        }
    }

    private func pointer(_ name: String) -> String { JSONPointer.string(from: ["args", name]) }

    private func mismatch(_ name: String, _ expected: String, _ value: JSONValue) -> ResponseCodecError {
        ResponseCodecError(
            .typeMismatch, pointer: pointer(name),
            reason: "\(name) must be \(expected), found \(value.typeName)")
    }
}
