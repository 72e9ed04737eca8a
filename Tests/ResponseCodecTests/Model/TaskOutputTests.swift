import Foundation
import ResponseCodec
import Testing

/// The task output message: the runner's projections, retry, and the strict wire form.
@Suite("Task output")
struct TaskOutputTests {
    private func json(_ output: TaskOutput) throws -> String {
        String(decoding: try WireFormat.encode(output), as: UTF8.self)
    }

    private func decode(_ json: String) throws(ResponseCodecError) -> TaskOutput {
        try WireFormat.decode(Array(json.utf8), as: TaskOutput.self)
    }

    @Test("background: the countdown only for a reschedule, the message only for skip and fail")
    func background() throws {
        #expect(
            try json(TaskOutput(projecting: try BackgroundResponse.reschedule(countdown: 45), runtime: 0.5))
                == #"{"countdown":45,"data":null,"message":null,"result":"reschedule","runtime":0.5}"#)
        #expect(
            try json(TaskOutput(projecting: BackgroundResponse.skip(output: "no"), runtime: 0))
                == #"{"countdown":0,"data":null,"message":"no","result":"skip","runtime":0}"#)
        #expect(TaskOutput(projecting: BackgroundResponse.done(), runtime: 1).countdown == 0)
    }

    @Test("interactive: data holds status, headers and body, null when absent; message is the output")
    func interactive() throws {
        #expect(
            try json(TaskOutput(projecting: try InteractiveResponse.done(), runtime: 0))
                == #"{"countdown":0,"data":{"body":null,"headers":null,"http_status":200},"message":null,"result":"success","runtime":0}"#
        )
        let fail = TaskOutput(projecting: ValidationResponse.fail(data: ["x": 1], output: "bad"), runtime: 2)
        #expect(fail.data == ["body": ["x": 1], "headers": .null, "http_status": 400])
        #expect(fail.message == "bad")
        #expect(fail.result == .fail)
    }

    @Test("scheduled and transformation carry the output as the message")
    func scheduledAndTransformation() throws {
        #expect(
            TaskOutput(projecting: ScheduledExecutionResponse.fail(output: "x"), runtime: 0).message == "x")
        #expect(TaskOutput(projecting: TransformationResponse.skip(output: "y"), runtime: 0).message == "y")
        #expect(TaskOutput(projecting: TransformationResponse.done(), runtime: 0).message == nil)
    }

    @Test("a row transformation is never a task output")
    func rowIsRefused() {
        let error = #expect(throws: ResponseCodecError.self) {
            try TaskOutput(projecting: .rowTransformation(.delete()), runtime: 0)
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.pointer == "/kind")
    }

    @Test("retry keeps the first 4000 Unicode scalars of the message, with runtime 0")
    func retry() throws {
        let long = String(repeating: "x", count: 3999) + "😀😀"
        let retry = TaskOutput.retry(message: long)
        #expect(retry.message == String(repeating: "x", count: 3999) + "😀")
        #expect(retry.result == .retry && retry.runtime == 0 && retry.countdown == 0 && retry.data == nil)
        #expect(TaskOutput.retry(message: "e\u{301}").message == "e\u{301}")
    }

    @Test("the countdown is 0 unless the result is reschedule, and at least 30 then")
    func countdownRule() throws {
        #expect(throws: ResponseCodecError.self) { try TaskOutput(result: .success, countdown: 30) }
        #expect(throws: ResponseCodecError.self) { try TaskOutput(result: .reschedule, countdown: 0) }
        #expect(try TaskOutput(result: .reschedule, countdown: 30).countdown == 30)
    }

    @Test(
        "decoding is strict",
        arguments: [
            ("[]", ResponseCodecError.Code.typeMismatch, "", 0),
            (#"{"countdown":0}"#, .missingField, "/result", 0),
            (#"{"result":"delete"}"#, .unknownResult, "/result", 10),
            (#"{"kind":"background","result":"success"}"#, .unexpectedField, "/kind", 8),
            (#"{"countdown":0,"data":null,"result":"success","runtime":0}"#, .missingField, "/message", 0),
            (
                #"{"countdown":0.5,"data":null,"message":null,"result":"success","runtime":0}"#,
                .typeMismatch, "/countdown", 13
            ),
            (
                #"{"countdown":30,"data":null,"message":null,"result":"success","runtime":0}"#, .invalidValue,
                "/countdown", 13
            ),
            (
                #"{"countdown":29,"data":null,"message":null,"result":"reschedule","runtime":0}"#,
                .invalidValue, "/countdown", 13
            ),
            (
                #"{"countdown":0,"data":null,"message":1,"result":"fail","runtime":0}"#, .typeMismatch,
                "/message", 37
            ),
            (
                #"{"countdown":0,"data":null,"message":null,"result":"fail","runtime":null}"#, .typeMismatch,
                "/runtime", 68
            ),
        ])
    func strictDecoding(_ json: String, _ code: ResponseCodecError.Code, _ pointer: String, _ offset: Int) {
        let error = #expect(throws: ResponseCodecError.self) { try decode(json) }
        #expect(error?.code == code, "\(json)")
        #expect(error?.pointer == pointer, "\(json)")
        #expect(error?.offset == offset, "\(json)")
    }

    @Test("unknown members may be ignored; null data and message read as absent")
    func lenientAndNulls() throws {
        let json = #"{"countdown":0,"data":null,"extra":1,"message":null,"result":"success","runtime":1e-7}"#
        let output = try WireFormat.decode(
            Array(json.utf8), as: TaskOutput.self, options: DecodingOptions(unknownMembers: .ignore))
        #expect(output == (try TaskOutput(result: .success, runtime: 1e-7)))
    }

    @Test("Foundation's coders agree with the strict ones")
    func foundation() throws {
        let output = TaskOutput(
            projecting: try InteractiveResponse.fail(headers: ["a": "b"], output: "x"), runtime: 0.25)
        let data = try JSONEncoder().encode(output)
        #expect(try WireFormat.decode([UInt8](data), as: TaskOutput.self) == output)
        #expect(
            try JSONDecoder().decode(TaskOutput.self, from: Data(try WireFormat.encode(output))) == output)
    }
}
