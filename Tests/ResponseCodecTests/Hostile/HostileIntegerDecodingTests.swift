import ResponseCodec
import Testing

/// Native integer decoding (spec/response-format.md §5.5) at and around every type's bounds:
/// each literal decodes to the exact integer or fails with a typed error; none traps.
@Suite("Hostile: native integers")
struct HostileIntegerDecodingTests {
    /// Literals at the edges of the integer types, of doubles, and of fractions.
    static let literals: [String] = [
        "0", "-0", "-0.0", "1", "-1", "127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32769",
        "65535", "65536", "2147483647", "2147483648", "-2147483649", "4294967295", "4294967296",
        "9007199254740991", "9007199254740992", "-9007199254740992", "9.223372036854775e18",
        "9.2233720368547758e18", "-9.2233720368547758e18", "-9.2233720368547779e18", "1.8446744073709552e19",
        "1.7014118346046923e38", "-1.7014118346046923e38", "3.402823669209385e38", "3.4028236692093846e38",
        "1.7976931348623157e308", "-1.7976931348623157e308", "0.5", "-0.5", "4503599627370495.5",
        "5e-324", "1e-300", "30.000000000000004",
    ]

    /// The integer `literal` denotes, if it is one, as an exact decimal string.
    static func exactInteger(_ literal: String) -> String? {
        guard let value = Double(literal), value.rounded(.towardZero) == value else { return nil }
        if value == 0 { return "0" }
        if value.magnitude < 0x1p63 { return String(Int64(value)) }
        // Beyond every integer type: 40 digits, which no type's initializer accepts either.
        if value.magnitude >= 0x1p128 { return (value < 0 ? "-" : "") + String(repeating: "9", count: 40) }
        let magnitude = UInt128(value.magnitude)
        return (value < 0 ? "-" : "") + String(magnitude)
    }

    @Test("each integer type decodes each literal exactly or fails typed", arguments: literals)
    func boundaries(_ literal: String) {
        let bytes = Array("[\(literal)]".utf8)
        check([Int8].self, bytes, literal)
        check([Int16].self, bytes, literal)
        check([Int32].self, bytes, literal)
        check([Int64].self, bytes, literal)
        check([Int].self, bytes, literal)
        check([Int128].self, bytes, literal)
        check([UInt8].self, bytes, literal)
        check([UInt16].self, bytes, literal)
        check([UInt32].self, bytes, literal)
        check([UInt64].self, bytes, literal)
        check([UInt].self, bytes, literal)
        check([UInt128].self, bytes, literal)
    }

    private func check<T: FixedWidthInteger & Decodable>(
        _ type: [T].Type, _ bytes: [UInt8], _ literal: String
    ) {
        let expected = Self.exactInteger(literal)
        do {
            let decoded = try StrictJSONDecoder().decode(type, from: bytes)
            #expect(
                decoded.count == 1 && String(decoded[0]) == expected, "\(T.self) from \(literal): \(decoded)")
        } catch {
            let fits = expected.flatMap { T($0) } != nil
            #expect(!fits, "\(T.self) from \(literal) fits but failed: \(error)")
            let code: ResponseCodecError.Code = expected == nil ? .typeMismatch : .numberOutOfRange
            #expect(error.code == code, "\(T.self) from \(literal): \(error)")
            #expect(error.pointer == "/0", "\(T.self) from \(literal): \(error)")
        }
    }

    @Test(
        "a countdown literal is the integer it denotes, or fails typed, through both decoders",
        arguments: literals + ["30", "30.0", "3e1", "300e-1", "29.999999999999996", "-1e400"])
    func countdown(_ literal: String) throws {
        let bytes = Array(#"{"countdown":\#(literal),"kind":"background","result":"reschedule"}"#.utf8)
        // 1e400 and -1e400 are beyond a double: the parser's number_out_of_range.
        let value = Double(literal).flatMap { $0.isFinite ? $0 : nil }
        let integer = Self.exactInteger(literal).flatMap { Int($0) }
        let expected: CountdownOutcome =
            if value == nil {
                .code(.numberOutOfRange)
            } else if Self.exactInteger(literal) == nil {
                .code(.typeMismatch)
            } else if let integer, integer < 30 {
                .code(.invalidValue)
            } else if let integer, integer <= 9_007_199_254_740_991 {
                .seconds(integer)
            } else if value! < 0 {
                .code(.invalidValue)  // below Int.min saturates to Int.min: below the floor
            } else {
                .code(.numberOutOfRange)
            }
        let decoders: [(String, () throws(ResponseCodecError) -> ExtensionResponse)] = [
            ("WireFormat", { () throws(ResponseCodecError) in try WireFormat.decode(bytes) }),
            (
                "StrictJSONDecoder",
                { () throws(ResponseCodecError) in
                    try StrictJSONDecoder().decode(ExtensionResponse.self, from: bytes)
                }
            ),
        ]
        for (name, decode) in decoders {
            do {
                let response = try decode()
                guard case .background(let background) = response,
                    case .reschedule(let countdown) = background.outcome
                else {
                    Issue.record("\(name) \(literal): \(response)")
                    continue
                }
                #expect(expected == .seconds(countdown.seconds), "\(name) \(literal)")
            } catch {
                #expect(expected == .code(error.code), "\(name) \(literal): \(error)")
                #expect(error.pointer == "/countdown", "\(name) \(literal): \(error)")
            }
        }
    }

    /// A countdown, or the code of the error that stopped it.
    enum CountdownOutcome: Equatable {
        case seconds(Int)
        case code(ResponseCodecError.Code)
    }
}
