@testable import ResponseCodec

/// The code and pointer of a ``ResponseCodecError``, compared together so a failure shows both.
struct Fault: Equatable, Sendable, CustomStringConvertible {
    /// The error code.
    var code: ResponseCodecError.Code
    /// The JSON Pointer.
    var pointer: String

    /// Creates the expected fault.
    init(_ code: ResponseCodecError.Code, _ pointer: String) {
        self.code = code
        self.pointer = pointer
    }

    /// The fault of an error.
    init(_ error: ResponseCodecError) { self.init(error.code, error.pointer) }

    /// `code at "pointer"`.
    var description: String { "\(code.rawValue) at \"\(pointer)\"" }
}

/// The error decoding a `T` from `value` fails with, or `nil` if it succeeds.
func decodeError<T: Decodable>(
    _ type: T.Type, from value: JSONValue, options: DecodingOptions = DecodingOptions()
) -> ResponseCodecError? {
    do {
        _ = try StrictJSONDecoder(options: options).decode(type, from: value)
        return nil
    } catch {
        return error
    }
}

/// The fault decoding a `T` from `value` fails with, or `nil` if it succeeds.
func decodeFault<T: Decodable>(
    _ type: T.Type, from value: JSONValue, options: DecodingOptions = DecodingOptions()
) -> Fault? {
    decodeError(type, from: value, options: options).map(Fault.init)
}

/// The error encoding `value` fails with, or `nil` if it succeeds.
func encodeError<T: Encodable>(_ value: T, encoder: CanonicalJSONEncoder = CanonicalJSONEncoder())
    -> ResponseCodecError?
{
    do {
        _ = try encoder.encodeTree(value)
        return nil
    } catch {
        return error
    }
}

/// The fault encoding `value` fails with, or `nil` if it succeeds.
func encodeFault<T: Encodable>(_ value: T) -> Fault? { encodeError(value).map(Fault.init) }

/// Decodes a `T` from `value` with default options.
func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    try StrictJSONDecoder().decode(type, from: value)
}

/// The tree `value` encodes to.
func tree<T: Encodable>(_ value: T) throws -> JSONValue {
    try CanonicalJSONEncoder().encodeTree(value)
}

/// A coding key made from any string or integer, for hand-written containers in tests.
struct AnyKey: CodingKey, Sendable, ExpressibleByStringLiteral {
    /// The key's name.
    var stringValue: String
    /// The key's integer, if made from one.
    var intValue: Int?

    /// Creates a key named `stringValue`.
    init(stringValue: String) { self.stringValue = stringValue }
    /// Creates a key from an integer.
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
    /// Creates a key from a literal.
    init(stringLiteral value: String) { self.init(stringValue: value) }
}
