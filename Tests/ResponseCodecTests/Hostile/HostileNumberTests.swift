import ResponseCodec
import Testing

/// Oversized, undersized and very long numbers: a double must carry each as sent
/// (spec/response-format.md §5.4), and no length of literal may be slow or crash.
@Suite("Hostile: numbers")
struct HostileNumberTests {
    @Test(
        "out of range: overflow (a), underflow (b), integer literals a double would change (c)",
        arguments: [
            "1e400", "-1e400", "1e309", "1.8e308",
            "17976931348623159" + String(repeating: "0", count: 292) + ".0",
            "1e-400", "-1e-400", "2e-324", "2.4703282292062327e-324",
            "0." + String(repeating: "0", count: 400) + "1",
            "9007199254740993", "-9007199254740993", "1000000000000000000000", "18446744073709551616",
            "9223372036854775807", "-9223372036854775808", "123456789012345678901234567890",
        ])
    func outOfRange(_ literal: String) {
        let outcome = Hostile.canonicalize("[" + literal + "]")
        #expect(outcome.code == .numberOutOfRange, "\(literal): \(outcome)")
        if case .rejected(_, let pointer, let offset) = outcome {
            #expect(pointer == "/0")
            #expect(offset == 1)
        }
    }

    @Test(
        "in range, and written in ECMAScript form",
        arguments: [
            ("9007199254740992", "9007199254740992"), ("-9007199254740992", "-9007199254740992"),
            ("999999999999999900000", "999999999999999900000"),
            ("295147905179352830000", "295147905179352830000"),
            ("9007199254740993.0", "9007199254740992"), ("1.7976931348623157e308", "1.7976931348623157e+308"),
            ("5e-324", "5e-324"), ("3e-324", "5e-324"), ("2.4703282292062328e-324", "5e-324"),
            ("2.2250738585072011e-308", "2.225073858507201e-308"), ("0e-400", "0"), ("-0e400", "0"),
            ("0.0e99999999999999999999999", "0"), ("1e22", "1e+22"), ("1e21", "1e+21"),
            ("1e20", "100000000000000000000"),
            ("0.000001", "0.000001"), ("1e-7", "1e-7"),
            ("123456789012345678901234567890e-10", "12345678901234567000"),
        ])
    func inRange(_ literal: String, _ canonical: String) {
        #expect(Hostile.canonicalize(literal).text == canonical, "\(literal)")
    }

    @Test("long literals: 100,000 digits in each part, decided quickly and correctly")
    func longLiterals() {
        let digits = String(repeating: "9", count: 100_000)
        let zeros = String(repeating: "0", count: 100_000)
        #expect(Hostile.canonicalize(digits).code == .numberOutOfRange)  // (a) and (c)
        #expect(Hostile.canonicalize("1" + zeros).code == .numberOutOfRange)  // (a)
        #expect(Hostile.canonicalize("1." + zeros).text == "1")
        #expect(Hostile.canonicalize("0." + zeros + "1").code == .numberOutOfRange)  // (b)
        #expect(Hostile.canonicalize("0." + zeros).text == "0")
        #expect(Hostile.canonicalize("1" + zeros + "e-100000").text == "1")
        #expect(Hostile.canonicalize("0.5" + zeros + "1").text == "0.5")
        #expect(Hostile.canonicalize("1e" + digits).code == .numberOutOfRange)
        #expect(Hostile.canonicalize("1e-" + digits).code == .numberOutOfRange)
        #expect(Hostile.canonicalize("0e" + digits).text == "0")
        #expect(Hostile.canonicalize("1e+" + zeros + "1").text == "10")
    }

    @Test("an integer member out of range is rejected at its pointer, never clamped")
    func integerMembers() {
        let cases: [(String, ResponseCodecError.Code)] = [
            (#"{"countdown":1e400,"kind":"background","result":"reschedule"}"#, .numberOutOfRange),
            (#"{"countdown":9007199254740993,"kind":"background","result":"reschedule"}"#, .numberOutOfRange),
            (#"{"countdown":9007199254740992,"kind":"background","result":"reschedule"}"#, .numberOutOfRange),
            (
                #"{"countdown":1.7976931348623157e308,"kind":"background","result":"reschedule"}"#,
                .numberOutOfRange
            ),
            (
                #"{"countdown":-1.7976931348623157e308,"kind":"background","result":"reschedule"}"#,
                .invalidValue
            ),
            (#"{"countdown":30.000000000000004,"kind":"background","result":"reschedule"}"#, .typeMismatch),
            (#"{"countdown":5e-324,"kind":"background","result":"reschedule"}"#, .typeMismatch),
            (#"{"http_status":1e300,"kind":"interactive","result":"success"}"#, .invalidValue),
            (#"{"http_status":-0,"kind":"interactive","result":"success"}"#, .invalidValue),
            (#"{"http_status":199.99999999999997,"kind":"interactive","result":"success"}"#, .typeMismatch),
        ]
        for (document, code) in cases {
            let outcome = Hostile.decode(document)
            #expect(outcome.code == code, "\(document): \(outcome)")
        }
        #expect(
            Hostile.decode(#"{"countdown":9007199254740991,"kind":"background","result":"reschedule"}"#).text
                == #"{"countdown":9007199254740991,"kind":"background","result":"reschedule"}"#)
    }
}
