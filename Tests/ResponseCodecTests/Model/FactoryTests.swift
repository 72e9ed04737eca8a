import ResponseCodec
import Testing

/// The factories mirror connect-eaas-core 38.0: defaults, clamps and refusals.
@Suite("Factories")
struct FactoryTests {
    @Test(
        "reschedule clamps below 30 up to 30 and keeps the rest",
        arguments: [
            (Int.min, 30), (-1, 30), (0, 30), (29, 30), (30, 30), (31, 31), (299, 299), (300, 300),
            (301, 301),
            (9_007_199_254_740_991, 9_007_199_254_740_991),
        ])
    func rescheduleClamp(_ given: Int, _ expected: Int) throws {
        let response = try BackgroundResponse.reschedule(countdown: given)
        #expect(response.outcome == .reschedule(try Countdown(seconds: expected)))
    }

    @Test(
        "slow_process_reschedule clamps below 300 up to 300",
        arguments: [
            (Int.min, 300), (-1, 300), (0, 300), (29, 300), (30, 300), (31, 300), (299, 300), (300, 300),
            (301, 301),
            (9_007_199_254_740_991, 9_007_199_254_740_991),
        ])
    func slowProcessClamp(_ given: Int, _ expected: Int) throws {
        let response = try BackgroundResponse.slowProcessReschedule(countdown: given)
        #expect(response.outcome == .reschedule(try Countdown(seconds: expected)))
    }

    @Test(
        "a countdown above 2^53 - 1 is refused, never rounded or clamped down",
        arguments: [
            9_007_199_254_740_992, Int.max,
        ])
    func countdownOutOfRange(_ given: Int) {
        let errors = [
            #expect(throws: ResponseCodecError.self) { try BackgroundResponse.reschedule(countdown: given) },
            #expect(throws: ResponseCodecError.self) {
                try BackgroundResponse.slowProcessReschedule(countdown: given)
            },
        ]
        for error in errors {
            #expect(error?.code == .numberOutOfRange)
            #expect(error?.pointer == "/countdown")
            #expect(error?.offset == nil)
        }
    }

    @Test("defaults are those of the reference runtime")
    func defaults() throws {
        #expect(try BackgroundResponse.reschedule().outcome == .reschedule(try Countdown(seconds: 30)))
        #expect(
            try BackgroundResponse.slowProcessReschedule().outcome == .reschedule(try Countdown(seconds: 300))
        )
        #expect(BackgroundResponse.skip().outcome == .skip(output: nil))
        #expect(BackgroundResponse.fail().outcome == .fail(output: nil))
        #expect(BackgroundResponse.done().outcome == .success)
        let done = try InteractiveResponse.done()
        #expect(done.outcome == .success && done.httpStatus == .ok && done.headers == nil && done.body == nil)
        let fail = try InteractiveResponse.fail()
        #expect(
            fail.outcome == .fail(output: nil) && fail.httpStatus == .badRequest && fail.headers == nil
                && fail.body == nil)
        #expect(ScheduledExecutionResponse.done().outcome == .success)
        #expect(ScheduledExecutionResponse.fail().outcome == .fail(output: nil))
    }

    @Test("every argument is kept")
    func argumentsKept() throws {
        #expect(BackgroundResponse.skip(output: "why").outcome == .skip(output: "why"))
        #expect(BackgroundResponse.fail(output: "").outcome == .fail(output: ""))
        #expect(ScheduledExecutionResponse.fail(output: "x").outcome == .fail(output: "x"))
        let response = try InteractiveResponse.fail(
            httpStatus: 503, headers: [:], body: ["a": [1, nil]], output: "down")
        #expect(response.httpStatus.code == 503)
        #expect(response.headers == [:])
        #expect(response.body == ["a": [1, nil]])
        #expect(response.outcome == .fail(output: "down"))
    }

    @Test(
        "an HTTP status outside 100...599 is refused with invalid_value",
        arguments: [Int.min, -1, 0, 99, 600, 1000, Int.max])
    func httpStatusOutOfRange(_ status: Int) {
        let done = #expect(throws: ResponseCodecError.self) {
            try InteractiveResponse.done(httpStatus: status)
        }
        let fail = #expect(throws: ResponseCodecError.self) {
            try InteractiveResponse.fail(httpStatus: status)
        }
        for error in [done, fail] {
            #expect(error?.code == .invalidValue)
            #expect(error?.pointer == "/http_status")
        }
    }

    @Test("HTTP status bounds 100 and 599 are accepted", arguments: [100, 599])
    func httpStatusBounds(_ status: Int) throws {
        #expect(try InteractiveResponse.done(httpStatus: status).httpStatus.code == status)
    }

    @Test("a JSON null body is no body, as body=None in the reference runtime")
    func nullBodyIsNoBody() throws {
        #expect(try InteractiveResponse.done(body: .null).body == nil)
        #expect(try InteractiveResponse.done(body: .null) == InteractiveResponse.done())
        var response = try InteractiveResponse.done(body: "x")
        response.body = .null
        #expect(response == (try InteractiveResponse.done()))
    }

    @Test("Countdown and InteractiveHTTPStatus refuse what the wire cannot carry")
    func validatedValues() {
        #expect(throws: ResponseCodecError.self) { try Countdown(seconds: 29) }
        #expect(throws: ResponseCodecError.self) { try Countdown(seconds: Countdown.maximum + 1) }
        #expect(throws: ResponseCodecError.self) { try InteractiveHTTPStatus(99) }
        #expect((try? Countdown(seconds: 30))?.seconds == 30)
        #expect((try? InteractiveHTTPStatus(599))?.code == 599)
    }
}
