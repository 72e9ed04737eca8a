import Testing

@testable import ResponseCodec

/// Parses UTF-8 text with the strict parser.
func parse(_ text: String, limits: JSONLimits = JSONLimits()) throws(ResponseCodecError) -> JSONValue {
    try JSONValue(parsing: Array(text.utf8), limits: limits)
}

/// The error the strict parser reports for `bytes`, or `nil` if they parse.
func parseError(_ bytes: [UInt8], limits: JSONLimits = JSONLimits()) -> ResponseCodecError? {
    do {
        _ = try JSONValue(parsing: bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// The error the strict parser reports for UTF-8 `text`, or `nil` if it parses.
func parseError(_ text: String, limits: JSONLimits = JSONLimits()) -> ResponseCodecError? {
    parseError(Array(text.utf8), limits: limits)
}

/// One expected parse fault: the input, and the code, pointer and offset the spec prescribes.
struct FaultCase: CustomTestStringConvertible, Sendable {
    /// The document.
    var input: [UInt8]
    /// The expected code.
    var code: ResponseCodecError.Code
    /// The expected JSON Pointer.
    var pointer: String
    /// The expected byte offset.
    var offset: Int
    /// The limits to parse with.
    var limits = JSONLimits()

    /// A case for UTF-8 text.
    init(
        _ text: String, _ code: ResponseCodecError.Code, _ pointer: String, _ offset: Int,
        limits: JSONLimits = JSONLimits()
    ) {
        self.init(bytes: Array(text.utf8), code, pointer, offset, limits: limits)
    }

    /// A case for raw bytes.
    init(
        bytes: [UInt8], _ code: ResponseCodecError.Code, _ pointer: String, _ offset: Int,
        limits: JSONLimits = JSONLimits()
    ) {
        self.input = bytes
        self.code = code
        self.pointer = pointer
        self.offset = offset
        self.limits = limits
    }

    /// The input and the expected fault, for test reports.
    var testDescription: String {
        let text = String(decoding: input, as: UTF8.self)
        return "\(text.debugDescription) -> \(code) \"\(pointer)\" @\(offset)"
    }

    /// Parses the input and checks code, pointer and offset.
    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error = parseError(input, limits: limits) else {
            Issue.record("expected \(code), but the input parsed", sourceLocation: sourceLocation)
            return
        }
        #expect(error.code == code, "reason: \(error.reason)", sourceLocation: sourceLocation)
        #expect(error.pointer == pointer, sourceLocation: sourceLocation)
        #expect(error.offset == offset, sourceLocation: sourceLocation)
        #expect(!error.reason.isEmpty, sourceLocation: sourceLocation)
    }
}

/// The number of arrays nested along the first elements of `value`, counted iteratively.
func arrayDepth(of value: JSONValue) -> Int {
    var depth = 0
    var cursor = value
    while case .array(let elements) = cursor {
        depth += 1
        guard let first = elements.first else { break }
        cursor = first
    }
    return depth
}
