/// The strict conversions from a JSON value to Codable's scalar types, shared by the single-value,
/// keyed and unkeyed containers of ``StrictJSONDecoder``. Nothing is coerced: a string is never a
/// number, a number never a boolean.
enum ScalarDecoding {
    /// `true` or `false`; any other value is `type_mismatch`.
    static func bool(_ value: JSONValue, at path: CodingPath) throws(ResponseCodecError) -> Bool {
        guard case .bool(let bool) = value else {
            throw typeMismatch(expected: "boolean", found: value, at: path)
        }
        return bool
    }

    /// A string; any other value is `type_mismatch`.
    static func string(_ value: JSONValue, at path: CodingPath) throws(ResponseCodecError) -> String {
        guard case .string(let string) = value else {
            throw typeMismatch(expected: "string", found: value, at: path)
        }
        return string
    }

    /// Any number, as it is; a non-number is `type_mismatch`.
    static func double(_ value: JSONValue, at path: CodingPath) throws(ResponseCodecError) -> Double {
        guard case .number(let number) = value else {
            throw typeMismatch(expected: "number", found: value, at: path)
        }
        return number
    }

    /// A number rounded to the nearest `Float`; `number_out_of_range` when its magnitude is beyond
    /// `Float`'s finite range (it would round to an infinity).
    static func float(_ value: JSONValue, at path: CodingPath) throws(ResponseCodecError) -> Float {
        let number = try double(value, at: path)
        let float = Float(number)
        guard float.isFinite || !number.isFinite else {
            throw ResponseCodecError(
                .numberOutOfRange, pointer: path.pointer, reason: "\(number) is outside the range of Float")
        }
        return float
    }

    /// A number whose value is integral (`30`, `30.0` and `3e1` alike): a fraction is
    /// `type_mismatch`, an integral value outside `T`'s range (or a non-finite one) is `number_out_of_range`.
    static func integer<T: FixedWidthInteger>(
        _ type: T.Type, _ value: JSONValue, at path: CodingPath
    ) throws(ResponseCodecError) -> T {
        let number = try double(value, at: path)
        if hasFraction(number) {
            throw ResponseCodecError(
                .typeMismatch, pointer: path.pointer, reason: "expected an integer, found \(number)")
        }
        // Both bounds are powers of two (or 0), so exact as doubles: T.min and T.max + 1.
        let lower = Double(T.min)
        let upper = Double(T.max / 2 + 1) * 2
        guard number >= lower && number < upper else {
            throw ResponseCodecError(
                .numberOutOfRange, pointer: path.pointer,
                reason: "\(number) is outside the range of \(T.self)")
        }
        return exactInteger(number)
    }

    /// The integer equal to `number`, which is integral and within `T`'s range. Built from the
    /// double's bits rather than with `T(_:)`/`T(exactly:)`, whose generic specializations make
    /// out-of-line calls to libm's `trunc`/`floor` (linked on Linux, see Package.swift).
    private static func exactInteger<T: FixedWidthInteger>(_ number: Double) -> T {
        if number.magnitude < 0x1p63 { return T(truncatingIfNeeded: Int64(number)) }
        // 2^63 <= |number| < 2^128: an integer whose significand is shifted left by exponent - 52.
        let significand = T.Magnitude(number.significandBitPattern | (1 << 52))
        let magnitude = significand << (Int(number.exponent) - 52)
        return number < 0 ? T(truncatingIfNeeded: 0 &- magnitude) : T(truncatingIfNeeded: magnitude)
    }

    /// Whether `number` is finite and not integral. Computed without a libm call (`rounded()`
    /// would make one): a double of magnitude 2^52 or more is always integral, and a smaller one
    /// survives truncation through `Int64` exactly when it is integral.
    static func hasFraction(_ number: Double) -> Bool {
        number.magnitude < 0x1p52 && Double(Int64(number)) != number
    }

    /// The `type_mismatch` error for `value` found where `expected` (a JSON type name) belongs.
    static func typeMismatch(expected: String, found value: JSONValue, at path: CodingPath)
        -> ResponseCodecError
    {
        ResponseCodecError(
            .typeMismatch, pointer: path.pointer, reason: "expected \(expected), found \(value.typeName)")
    }

    /// The `missing_field` error for the absent member or element that `path` names.
    static func missingField(at path: CodingPath) -> ResponseCodecError {
        let what =
            switch path.last {
            case .index(let index)?: "no element at index \(index)"
            case .key(let name)?: "missing member \"\(name)\""
            case nil: "missing value"
            }
        return ResponseCodecError(.missingField, pointer: path.pointer, reason: what)
    }
}
