import ResponseCodec
import Testing

/// An error's reason names a number as the input wrote it, never as the `Int` it saturated to
/// nor as a rounded value (spec/response-format.md §8 "Error codes and reasons").
@Suite("Error reasons quote the input")
struct ErrorReasonTests {
    /// A document or task output, its code, and the number literal its reason must quote.
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var code: ResponseCodecError.Code
        var literal: String
        var taskOutput = false

        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(
            input: #"{"countdown":1e19,"kind":"background","result":"reschedule"}"#, code: .numberOutOfRange,
            literal: "1e19"),
        Case(
            input: #"{"countdown":-1e19,"kind":"background","result":"reschedule"}"#, code: .invalidValue,
            literal: "-1e19"),
        Case(
            input: #"{"countdown":1E+16,"kind":"background","result":"reschedule"}"#, code: .numberOutOfRange,
            literal: "1E+16"),
        Case(
            input: #"{"countdown":29.0,"kind":"background","result":"reschedule"}"#, code: .invalidValue,
            literal: "29.0"),
        Case(
            input: #"{"http_status":1e300,"kind":"interactive","result":"success"}"#, code: .invalidValue,
            literal: "1e300"),
        Case(
            input: #"{"http_status":6e2,"kind":"interactive","result":"fail"}"#, code: .invalidValue,
            literal: "6e2"),
        Case(
            input: #"{"countdown":1e16,"data":null,"message":null,"result":"success","runtime":0}"#,
            code: .numberOutOfRange, literal: "1e16", taskOutput: true),
        Case(
            input: #"{"countdown":1e19,"data":null,"message":null,"result":"reschedule","runtime":0}"#,
            code: .numberOutOfRange, literal: "1e19", taskOutput: true),
        Case(
            input: #"{"countdown":3e1,"data":null,"message":null,"result":"skip","runtime":0}"#,
            code: .invalidValue, literal: "3e1", taskOutput: true),
    ]

    @Test("the reason quotes the literal, by WireFormat and by StrictJSONDecoder", arguments: cases)
    func quotesTheLiteral(_ testCase: Case) {
        let bytes = Array(testCase.input.utf8)
        var errors: [ResponseCodecError?] = []
        if testCase.taskOutput {
            errors.append(#expect(throws: ResponseCodecError.self) { try WireFormat.decodeTaskOutput(bytes) })
            errors.append(
                #expect(throws: ResponseCodecError.self) {
                    try StrictJSONDecoder().decode(TaskOutput.self, from: bytes)
                })
        } else {
            errors.append(#expect(throws: ResponseCodecError.self) { try WireFormat.decode(bytes) })
            errors.append(
                #expect(throws: ResponseCodecError.self) {
                    try StrictJSONDecoder().decode(ExtensionResponse.self, from: bytes)
                })
        }
        for error in errors {
            #expect(error?.code == testCase.code)
            #expect(error?.reason.contains(" \(testCase.literal) ") == true, "\(error?.reason ?? "")")
            #expect(error?.reason.contains("9223372036854775807") == false)
        }
    }
}
