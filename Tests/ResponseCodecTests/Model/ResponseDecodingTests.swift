import Foundation
import ResponseCodec
import Testing

/// The response rules through both decoders, beyond what the golden corpus pins.
@Suite("Response decoding")
struct ResponseDecodingTests {
    private func decode(_ json: String, _ options: DecodingOptions = DecodingOptions())
        throws(ResponseCodecError) -> ExtensionResponse
    {
        try WireFormat.decode(Array(json.utf8), options: options)
    }

    @Test("formatting is not judged: whitespace, member order and number spelling may vary")
    func formattingIsFree() throws {
        let response = try decode(
            " {\n\t\"result\" : \"reschedule\", \"kind\":\"background\", \"countdown\": 3.0e1 }\r\n")
        #expect(response == .background(try .reschedule(countdown: 30)))
    }

    @Test("each kind's own type rejects another kind")
    func concreteTypesCheckKind() {
        let error = #expect(throws: ResponseCodecError.self) {
            try StrictJSONDecoder().decode(
                BackgroundResponse.self, from: Array(#"{"kind":"scheduled","result":"success"}"#.utf8))
        }
        #expect(error?.code == .unknownKind)
        #expect(error?.pointer == "/kind")
        #expect(error?.offset == 8)
    }

    @Test("unknown members are rejected by default and skipped on request")
    func unknownMembers() throws {
        let json = #"{"kind":"scheduled","result":"fail","output":"x","trace_id":"abc"}"#
        let error = #expect(throws: ResponseCodecError.self) { try decode(json) }
        #expect(error?.code == .unexpectedField)
        #expect(error?.pointer == "/trace_id")
        #expect(error?.offset == 60)
        #expect(try decode(json, DecodingOptions(unknownMembers: .ignore)) == .scheduled(.fail(output: "x")))
    }

    @Test("a nested response reports pointers and offsets from the document's root")
    func nestedPointers() throws {
        let json = Array(
            #"[{"kind":"scheduled","result":"success"},{"kind":"background","result":"reschedule","countdown":5}]"#
                .utf8)
        let error = #expect(throws: ResponseCodecError.self) {
            try StrictJSONDecoder().decode([ExtensionResponse].self, from: json)
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.pointer == "/1/countdown")
        #expect(error?.offset == 96)
        #expect(error?.line == 1 && error?.column == 97)
    }

    @Test("Foundation's JSONDecoder reports the same response-rule faults")
    func foundationSameFaults() {
        let cases: [(String, ResponseCodecError.Code, String)] = [
            (#"{"kind":"interactive","result":"success"}"#, .missingField, "/http_status"),
            (#"{"kind":"background","result":"retry"}"#, .unknownResult, "/result"),
            (
                #"{"http_status":"200","kind":"interactive","result":"success"}"#, .typeMismatch,
                "/http_status"
            ),
            (#"{"countdown":29,"kind":"background","result":"reschedule"}"#, .invalidValue, "/countdown"),
            (
                #"{"body":null,"http_status":200,"kind":"interactive","result":"success"}"#, .typeMismatch,
                "/body"
            ),
        ]
        for (json, code, pointer) in cases {
            let error = #expect(throws: ResponseCodecError.self) {
                try JSONDecoder().decode(ExtensionResponse.self, from: Data(json.utf8))
            }
            #expect(error?.code == code, "\(json)")
            #expect(error?.pointer == pointer, "\(json)")
        }
    }

    @Test("Foundation's JSONDecoder honours the unknown-members option through userInfo")
    func foundationUnknownMembers() throws {
        let decoder = JSONDecoder()
        decoder.userInfo[.unknownMembers] = DecodingOptions.UnknownMembers.ignore
        let json = Data(#"{"kind":"scheduled","result":"success","extra":1}"#.utf8)
        #expect(try decoder.decode(ExtensionResponse.self, from: json) == .scheduled(.done()))
    }

    @Test("verify names the first byte that is not canonical")
    func verifyOffset() {
        let error = #expect(throws: ResponseCodecError.self) {
            try WireFormat.verify(Array(#"{"kind":"scheduled", "result":"success"}"#.utf8))
        }
        #expect(error?.code == .notCanonical)
        #expect(error?.pointer == "")
        #expect(error?.offset == 20)
    }

    @Test(
        "a result decodes with a kind exactly when allowed(for:) lists it, by both paths",
        arguments: ResponseKind.allCases)
    func resultsAllowedPerKind(_ kind: ResponseKind) {
        for result in ResponseResult.allCases {
            // Every required member, so that only the pair itself can be at fault; the padded
            // spelling (a space before the colon) takes the word compare of names, the escaped name
            // the full string reader.
            let required =
                switch kind {
                case .background where result == .reschedule: #","countdown":60"#
                case .interactive: #","http_status":200"#
                case .rowTransformation where result == .success: #","transformed_row":{}"#
                default: ""
                }
            for kindName in [#""kind""#, #""kind""#] {
                let json = #"{\#(kindName) :"\#(kind.rawValue)","result":"\#(result.rawValue)"\#(required)}"#
                let allowed = ResponseResult.allowed(for: kind).contains(result)
                do {
                    let response = try decode(json)
                    #expect(allowed, "\(json) decoded")
                    #expect(response.result == result)
                } catch {
                    #expect(!allowed, "\(json): \(error)")
                    #expect(error.code == .unknownResult, "\(json)")
                    #expect(error.pointer == "/result", "\(json)")
                }
            }
        }
    }
}
