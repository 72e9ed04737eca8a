import ResponseCodec
import ResponseConformance
import Testing

/// The language-neutral factory-call format: names, null as None, ignored done arguments, errors.
@Suite("Factory calls")
struct FactoryCallTests {
    private func call(_ json: String) throws -> ExtensionResponse {
        try FactoryCall(json: try JSONValue(parsing: Array(json.utf8))).makeResponse()
    }

    @Test("the seed's names map to the Swift factories")
    func names() throws {
        #expect(
            try call(#"{"kind":"background","factory":"slow_process_reschedule","args":{"countdown":120}}"#)
                == .background(try .slowProcessReschedule(countdown: 120)))
        #expect(
            try call(#"{"kind":"interactive","factory":"fail","args":{"http_status":422}}"#)
                == .interactive(try .fail(httpStatus: 422)))
        #expect(try call(#"{"kind":"scheduled","factory":"done"}"#) == .scheduled(.done()))
    }

    @Test("done ignores its arguments, as done(*args, **kwargs) does")
    func doneIgnoresArguments() throws {
        #expect(
            try call(#"{"kind":"background","factory":"done","args":{"countdown":5,"x":[1]}}"#)
                == .background(.done()))
        #expect(
            try call(#"{"kind":"scheduled","factory":"done","args":{"output":"x"}}"#) == .scheduled(.done()))
    }

    @Test("null means the default for output, headers and body")
    func nullIsNone() throws {
        #expect(
            try call(#"{"kind":"background","factory":"skip","args":{"output":null}}"#)
                == .background(.skip()))
        #expect(
            try call(#"{"kind":"interactive","factory":"done","args":{"headers":null,"body":null}}"#)
                == .interactive(try .done()))
    }

    @Test("an integral number is an integer; integers beyond Int clamp by the factory's own rule")
    func integers() throws {
        #expect(
            try call(#"{"kind":"background","factory":"reschedule","args":{"countdown":60.0}}"#)
                == .background(try .reschedule(countdown: 60)))
        #expect(
            try call(#"{"kind":"background","factory":"reschedule","args":{"countdown":-1e300}}"#)
                == .background(try .reschedule(countdown: 30)))
    }

    @Test(
        "bad calls fail with a code and a pointer into the call",
        arguments: [
            (#"[]"#, "type_mismatch", ""),
            (#"{"factory":"done"}"#, "missing_field", "/kind"),
            (#"{"kind":"batch","factory":"done"}"#, "unknown_kind", "/kind"),
            (#"{"kind":"background","factory":7}"#, "type_mismatch", "/factory"),
            (#"{"kind":"background","factory":"done","args":[]}"#, "type_mismatch", "/args"),
            (#"{"kind":"background","factory":"done","extra":1}"#, "unexpected_field", "/extra"),
            (#"{"kind":"background","factory":"retry"}"#, "invalid_value", "/factory"),
            (#"{"kind":"background","factory":"skip","args":{"a/b":1}}"#, "invalid_value", "/args/a~1b"),
            (
                #"{"kind":"background","factory":"reschedule","args":{"countdown":1e300}}"#,
                "number_out_of_range", "/args/countdown"
            ),
            (
                #"{"kind":"background","factory":"reschedule","args":{"countdown":null}}"#, "type_mismatch",
                "/args/countdown"
            ),
            (
                #"{"kind":"interactive","factory":"done","args":{"http_status":600}}"#, "invalid_value",
                "/args/http_status"
            ),
            (
                #"{"kind":"interactive","factory":"done","args":{"headers":{"k":1}}}"#, "type_mismatch",
                "/args/headers/k"
            ),
        ])
    func refusals(_ json: String, _ code: String, _ pointer: String) {
        let error = #expect(throws: ResponseCodecError.self) { try call(json) }
        #expect(error?.code.rawValue == code)
        #expect(error?.pointer == pointer)
    }

    @Test("a call survives its JSON form")
    func jsonRoundTrip() throws {
        let original = FactoryCall(
            kind: .interactive, factory: "fail", args: ["output": "x", "http_status": 500])
        #expect(try FactoryCall(json: original.json) == original)
    }

    @Test("factory calls name classes; the document has the class's wire kind")
    func classCalls() throws {
        #expect(
            try call(#"{"kind":"processing","factory":"skip","args":{"output":"x"}}"#)
                == .background(.skip(output: "x")))
        #expect(
            try call(#"{"kind":"custom_event","factory":"done","args":{"http_status":201}}"#)
                == .interactive(try .done(httpStatus: 201)))
        #expect(
            try call(#"{"kind":"validation","factory":"done","args":{"data":null}}"#)
                == .interactive(try .done()))
        #expect(
            try call(#"{"kind":"transformation","factory":"done","args":{"anything":1}}"#)
                == .transformation(.done()))
        #expect(
            try call(
                #"{"kind":"row_transformation","factory":"done","args":{"transformed_row":{"a":"b"},"transformed_row_styles":null}}"#
            )
                == .rowTransformation(.done(transformedRow: ["a": "b"])))
    }

    @Test(
        "factory calls refuse what the classes do not take",
        arguments: [
            (#"{"kind":"validation","factory":"done"}"#, ResponseCodecError.Code.missingField, "/args/data"),
            (
                #"{"kind":"validation","factory":"done","args":{"data":1,"http_status":200}}"#, .invalidValue,
                "/args/http_status"
            ),
            (
                #"{"kind":"row_transformation","factory":"done","args":{}}"#, .missingField,
                "/args/transformed_row"
            ),
            (
                #"{"kind":"row_transformation","factory":"done","args":{"transformed_row":null}}"#,
                .typeMismatch, "/args/transformed_row"
            ),
            (
                #"{"kind":"row_transformation","factory":"skip","args":{"output":"x"}}"#, .invalidValue,
                "/args/output"
            ),
            (
                #"{"kind":"row_transformation","factory":"fail","args":{"output":5}}"#, .typeMismatch,
                "/args/output"
            ),
            (#"{"kind":"scheduled","factory":"reschedule","args":{}}"#, .invalidValue, "/factory"),
            (#"{"kind":"transformation","factory":"reschedule","args":{}}"#, .invalidValue, "/factory"),
            (#"{"kind":"ProcessingResponse","factory":"done","args":{}}"#, .unknownKind, "/kind"),
        ])
    func callErrors(_ json: String, _ code: ResponseCodecError.Code, _ pointer: String) {
        let error = #expect(throws: ResponseCodecError.self) { try call(json) }
        #expect(error?.code == code, "\(json)")
        #expect(error?.pointer == pointer, "\(json)")
    }

    @Test("every class maps to its wire kind and lists its factories")
    func classes() {
        #expect(ResponseClass.allCases.count == 9)
        #expect(ResponseClass.processing.kind == .background)
        #expect(
            [ResponseClass.validation, .customEvent, .productAction].allSatisfy { $0.kind == .interactive })
        #expect(ResponseClass.rowTransformation.factories == ["done", "fail", "skip", "delete"])
        #expect(FactoryCall.parameters(of: .rowTransformation, factory: "fail") == ["output"])
        #expect(FactoryCall.parameters(of: .validation, factory: "fail") == ["data", "output"])
        #expect(FactoryCall.parameters(of: .transformation, factory: "done") == [])
        #expect(ResponseClass.transformation.ignoresArguments(of: "done"))
        #expect(!ResponseClass.rowTransformation.ignoresArguments(of: "done"))
    }

    @Test("a factory argument beyond every Int is spelled as the number, not saturated")
    func factoryArgument() {
        let call = #"{"kind":"background","factory":"reschedule","args":{"countdown":1e19}}"#
        let error = #expect(throws: ResponseCodecError.self) {
            try FactoryCall(json: StrictJSONDecoder().decode(JSONValue.self, from: Array(call.utf8)))
                .makeResponse()
        }
        #expect(error?.code == .numberOutOfRange)
        #expect(error?.pointer == "/args/countdown")
        #expect(
            error?.reason.hasPrefix("countdown 10000000000000000000 is above") == true,
            "\(error?.reason ?? "")")
    }
}
