import ResponseCodec
import Testing

/// The language-neutral factory-call format: names, null as None, ignored done arguments, errors.
@Suite("Factory calls")
struct FactoryCallTests {
    private func call(_ json: String) throws -> Response {
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
}
