import Testing

@testable import ResponseCodec

/// Strict scalar decoding: no coercion between JSON types, integral integers, ranges.
@Suite struct DecoderScalarTests {
    /// Every non-string JSON type is a type mismatch for `String`, with the found type in the reason.
    @Test(arguments: [
        (JSONValue.number(1), "number"), (.bool(true), "boolean"), (.null, "null"),
        (.array([]), "array"), (.object([:]), "object"),
    ])
    func stringOnlyFromString(value: JSONValue, found: String) {
        let error = decodeError(String.self, from: value)
        #expect(error.map(Fault.init) == Fault(.typeMismatch, ""))
        #expect(error?.reason == "expected string, found \(found)")
    }

    /// Booleans come only from `true`/`false`, never from numbers or strings.
    @Test(arguments: [JSONValue.number(1), .number(0), .string("true"), .null])
    func boolOnlyFromBool(value: JSONValue) {
        #expect(decodeFault(Bool.self, from: value) == Fault(.typeMismatch, ""))
    }

    /// Numbers never come from strings or booleans.
    @Test(arguments: [JSONValue.string("1"), .bool(true), .null])
    func numbersOnlyFromNumbers(value: JSONValue) {
        #expect(decodeFault(Double.self, from: value) == Fault(.typeMismatch, ""))
        #expect(decodeFault(Int.self, from: value) == Fault(.typeMismatch, ""))
        #expect(decodeFault(Float.self, from: value) == Fault(.typeMismatch, ""))
    }

    /// Scalars of the right type decode.
    @Test func matchingScalars() throws {
        #expect(try decode(Bool.self, from: true) == true)
        #expect(try decode(String.self, from: "héllo/~") == "héllo/~")
        #expect(try decode(Double.self, from: 0.1) == 0.1)
        #expect(try decode(Double.self, from: .number(-0.0)).sign == .minus)
        #expect(try decode(Float.self, from: 0.1) == Float(0.1))
    }

    /// An integral value decodes as an integer whatever its spelling was (30, 30.0, 3e1 all parse to 30.0).
    @Test(arguments: [30.0, 3e1, 30.000])
    func integralNumbersAreIntegers(number: Double) throws {
        #expect(try decode(Int.self, from: .number(number)) == 30)
        #expect(try decode(UInt8.self, from: .number(number)) == 30)
    }

    /// A fraction is a type mismatch for every integer type.
    @Test(arguments: [1.5, -0.5, 1e-300, 4503599627370495.5])
    func fractionsAreTypeMismatches(number: Double) {
        #expect(decodeFault(Int.self, from: .number(number)) == Fault(.typeMismatch, ""))
        #expect(decodeFault(Int8.self, from: .number(number)) == Fault(.typeMismatch, ""))
        #expect(decodeFault(UInt64.self, from: .number(number)) == Fault(.typeMismatch, ""))
        #expect(decodeFault(Int128.self, from: .number(number)) == Fault(.typeMismatch, ""))
    }

    /// Integer range boundaries per type: in range decodes, one past is number_out_of_range.
    @Test func integerRanges() throws {
        #expect(try decode(Int8.self, from: 127) == 127)
        #expect(try decode(Int8.self, from: -128) == -128)
        #expect(decodeFault(Int8.self, from: 128) == Fault(.numberOutOfRange, ""))
        #expect(decodeFault(Int8.self, from: -129) == Fault(.numberOutOfRange, ""))
        #expect(try decode(UInt8.self, from: 255) == 255)
        #expect(decodeFault(UInt8.self, from: 256) == Fault(.numberOutOfRange, ""))
        #expect(decodeFault(UInt.self, from: -1) == Fault(.numberOutOfRange, ""))
        #expect(try decode(Int16.self, from: -32768) == -32768)
        #expect(decodeFault(Int16.self, from: 32768) == Fault(.numberOutOfRange, ""))
        #expect(decodeFault(Int32.self, from: 2_147_483_648) == Fault(.numberOutOfRange, ""))
        #expect(try decode(UInt32.self, from: 4_294_967_295) == 4_294_967_295)
        #expect(try decode(Int.self, from: 9_007_199_254_740_991) == 9_007_199_254_740_991)
        #expect(try decode(Int64.self, from: .number(0x1p62)) == 1 << 62)
        #expect(decodeFault(Int64.self, from: .number(0x1p63)) == Fault(.numberOutOfRange, ""))
        #expect(try decode(UInt64.self, from: .number(0x1p63)) == 1 << 63)
        #expect(decodeFault(UInt64.self, from: .number(0x1p64)) == Fault(.numberOutOfRange, ""))
        #expect(try decode(Int128.self, from: .number(1e30)) == Int128(exactly: 1e30))
        #expect(try decode(UInt128.self, from: .number(1e38)) == UInt128(exactly: 1e38))
        #expect(try decode(Int.self, from: .number(-0.0)) == 0)
    }

    /// Values at and beyond 2^63, where the conversion is built from the double's bits.
    @Test func wideIntegers() throws {
        #expect(try decode(Int64.self, from: .number(-0x1p63)) == .min)
        #expect(try decode(Int64.self, from: .number(-0x1p62)) == -(1 << 62))
        #expect(try decode(UInt64.self, from: .number(0x1.fffffffffffffp63)) == UInt64.max - 2047)
        #expect(try decode(Int128.self, from: .number(-0x1p127)) == .min)
        #expect(try decode(Int128.self, from: .number(-1e30)) == Int128(exactly: -1e30))
        #expect(try decode(Int128.self, from: .number(0x1.fffffffffffffp126)) == Int128.max - (1 << 74) + 1)
        #expect(decodeFault(Int128.self, from: .number(0x1p127)) == Fault(.numberOutOfRange, ""))
        #expect(try decode(UInt128.self, from: .number(0x1.fffffffffffffp127)) == UInt128.max - (1 << 75) + 1)
        #expect(decodeFault(UInt128.self, from: .number(0x1p128)) == Fault(.numberOutOfRange, ""))
        #expect(decodeFault(UInt128.self, from: .number(-0x1p64)) == Fault(.numberOutOfRange, ""))
        #expect(try decode(UInt.self, from: .number(-0.0)) == 0)
    }

    /// The range error names the number and the type.
    @Test func outOfRangeReason() {
        #expect(decodeError(Int8.self, from: 300)?.reason == "300.0 is outside the range of Int8")
        #expect(decodeError(Int.self, from: 1.5)?.reason == "expected an integer, found 1.5")
    }

    /// Non-finite numbers (only constructible by hand, never parsed) are out of range for integers.
    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteIsOutOfRangeForIntegers(number: Double) {
        #expect(decodeFault(Int.self, from: .number(number)) == Fault(.numberOutOfRange, ""))
    }

    /// `Float` rounds, but a magnitude beyond its finite range is out of range.
    @Test func floatRange() throws {
        #expect(
            try decode(Float.self, from: .number(Double(Float.greatestFiniteMagnitude)))
                == .greatestFiniteMagnitude)
        #expect(try decode(Float.self, from: 1e-50) == 0)
        #expect(try decode(Float.self, from: .number(0x1p-149)) == .leastNonzeroMagnitude)
        #expect(decodeFault(Float.self, from: 1e39) == Fault(.numberOutOfRange, ""))
        #expect(decodeFault(Float.self, from: -1e39) == Fault(.numberOutOfRange, ""))
        #expect(try decode(Double.self, from: 1e308) == 1e308)
    }

    /// `decodeNil` is true only for `null`; optionals decode `null` as `nil` and anything else strictly.
    @Test func nilOnlyFromNull() throws {
        #expect(try decode(Int?.self, from: .null) == nil)
        #expect(try decode(Int?.self, from: 5) == 5)
        #expect(decodeFault(Int?.self, from: "5") == Fault(.typeMismatch, ""))
        #expect(try decode([Int?].self, from: [1, .null, 3]) == [1, nil, 3])
        #expect(decodeFault([Int].self, from: [1, .null]) == Fault(.typeMismatch, "/1"))
    }

    /// RawRepresentable enums decode through their raw value; an unknown raw value is invalid_value.
    @Test func rawRepresentable() throws {
        enum Color: String, Codable { case red }
        #expect(try decode(Color.self, from: "red") == .red)
        #expect(decodeFault(Color.self, from: "blue") == Fault(.invalidValue, ""))
        #expect(decodeFault([Color].self, from: ["red", 1]) == Fault(.typeMismatch, "/1"))
    }

    /// A ``JSONValue`` is taken out of the tree as it is, at the top and nested.
    @Test func jsonValueFastPath() throws {
        let value: JSONValue = ["a": [1, .null, "x", ["b": false]], "c": 1.5]
        #expect(try decode(JSONValue.self, from: value) == value)
        #expect(
            try decode([String: JSONValue].self, from: value) == [
                "a": [1, .null, "x", ["b": false]], "c": 1.5,
            ])
        #expect(try decode([JSONValue].self, from: [.null, [], [:]]) == [.null, [], [:]])
    }
}
