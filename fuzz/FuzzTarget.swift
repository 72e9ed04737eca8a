// The libFuzzer entry point over the decoder and the canonicalizer. Built by fuzz/run.sh with
// `-sanitize=fuzzer,address`; it uses the library through its public API only.
//
// For every input: no crash, no sanitizer report, and no error other than a
// ResponseCodecError (the typed throws guarantee that). Where the input is accepted:
// - canonicalize is idempotent: canonicalize(canonicalize(x)) == canonicalize(x);
// - the canonical form denotes the same value: parse(canonicalize(x)) == parse(x);
// - decode(encode(decode(x))) == decode(x), encode(decode(x)) verifies, and with unknown
//   members rejected it equals canonicalize(x) (the response is the whole document);
// - verify accepts exactly the documents that equal encode(decode(x));
// - acceptance under small limits implies acceptance, with the same bytes, under the defaults;
// - WireFormat.decode (the document reader, which reads the top-level object itself) and
//   StrictJSONDecoder (the general parser and the Codable conformances) give the same
//   response or the same error.
import ResponseCodec

/// Stops the run with a message libFuzzer records next to the crashing input.
private func failure(_ message: String, _ input: [UInt8]) -> Never {
    let hex = input.prefix(256).map { byte in
        let digits = String(byte, radix: 16)
        return byte < 0x10 ? "0" + digits : digits
    }
    fatalError("\(message); input (\(input.count) bytes, hex): \(hex.joined())")
}

/// Checks canonicalize on `input` under `limits`; returns its output when accepted.
private func checkCanonicalize(_ input: [UInt8], limits: JSONLimits) -> [UInt8]? {
    let canonical: [UInt8]
    do {
        canonical = try WireFormat.canonicalize(input, limits: limits)
    } catch {
        if error.code.rawValue.isEmpty { failure("an error without a code", input) }
        return nil
    }
    guard let again = try? WireFormat.canonicalize(canonical, limits: limits) else {
        failure("the canonical form is rejected", input)
    }
    if again != canonical { failure("canonicalize is not idempotent", input) }
    guard let parsed = try? JSONValue(parsing: input, limits: limits),
        let reparsed = try? JSONValue(parsing: canonical, limits: limits)
    else { failure("JSONValue(parsing:) disagrees with canonicalize", input) }
    if parsed != reparsed { failure("the canonical form denotes another value", input) }
    return canonical
}

/// The codes a decoder reports after parsing, at the first byte of the value their pointer names.
private let ruleCodes: Set<ResponseCodecError.Code> = [
    .typeMismatch, .missingField, .unexpectedField, .unknownKind, .unknownResult, .invalidValue,
    .numberOutOfRange,
]

/// Checks that a decoding error has an offset within the input, with its line and column, and
/// that a response-rule error points at the first byte of a value.
private func checkLocation(of error: ResponseCodecError, in input: [UInt8]) {
    guard let offset = error.offset, offset >= 0, offset <= input.count, error.line != nil,
        error.column != nil
    else { failure("a decoding error without a valid location: \(error)", input) }
    if ruleCodes.contains(error.code) {
        let valueStart = Set("{[\"-0123456789tfn".utf8)
        guard offset < input.count, valueStart.contains(input[offset]) else {
            failure("a response-rule error that does not point at a value: \(error)", input)
        }
    }
}

/// Checks that the general decoding path agrees with `outcome`, WireFormat.decode's.
private func checkGeneralPath(
    _ input: [UInt8], options: DecodingOptions, agreesWith outcome: Result<ExtensionResponse, ResponseCodecError>
) {
    let general = Result { () throws(ResponseCodecError) in
        try StrictJSONDecoder(options: options).decode(ExtensionResponse.self, from: input)
    }
    switch (outcome, general) {
    case (.success(let fast), .success(let slow)) where fast == slow:
        return
    case (.failure(let fast), .failure(let slow))
    where fast.code == slow.code && fast.pointer == slow.pointer && fast.offset == slow.offset:
        return
    default:
        failure("WireFormat.decode gives \(outcome), StrictJSONDecoder \(general)", input)
    }
}

/// Checks decode, encode and verify on `input`; returns the encoded response when accepted.
private func checkDecode(_ input: [UInt8], options: DecodingOptions) -> [UInt8]? {
    let outcome = Result { () throws(ResponseCodecError) in try WireFormat.decode(input, options: options) }
    checkGeneralPath(input, options: options, agreesWith: outcome)
    let response: ExtensionResponse
    switch outcome {
    case .success(let decoded):
        response = decoded
    case .failure(let error):
        checkLocation(of: error, in: input)
        return nil
    }
    guard let encoded = try? WireFormat.encode(response) else {
        failure("a decoded response cannot be encoded", input)
    }
    guard let redecoded = try? WireFormat.decode(encoded, options: options) else {
        failure("the encoded response does not decode", input)
    }
    if redecoded != response { failure("decode(encode(decode(x))) != decode(x)", input) }
    do {
        try WireFormat.verify(encoded, options: options)
    } catch {
        failure("the encoded response does not verify: \(error)", input)
    }
    return encoded
}

/// libFuzzer calls this once per input; a return of 0 keeps the input eligible for the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))

    let canonical = checkCanonicalize(input, limits: JSONLimits())
    let small = JSONLimits(maxDepth: 4, maxDocumentBytes: 4_096, maxStringBytes: 16)
    if let smallCanonical = checkCanonicalize(input, limits: small), smallCanonical != canonical {
        failure("small limits accept what the defaults reject, or write other bytes", input)
    }

    let encoded = checkDecode(input, options: DecodingOptions())
    if let encoded {
        guard let canonical else { failure("decode accepts what canonicalize rejects", input) }
        if encoded != canonical { failure("encode(decode(x)) != canonicalize(x)", input) }
    }
    // verify accepts exactly the documents that are their own canonical encoding, and reports
    // not_canonical at the first byte where the two differ.
    do {
        try WireFormat.verify(input)
        if encoded != input { failure("verify accepts a document that is not canonical", input) }
    } catch {
        if error.code == .notCanonical {
            guard let encoded, encoded != input else {
                failure("not_canonical for a canonical document", input)
            }
            if error.offset != zip(input, encoded).prefix(while: { $0 == $1 }).count {
                failure("not_canonical at the wrong offset", input)
            }
        } else if encoded != nil {
            failure("verify rejects a document decode accepts: \(error)", input)
        }
    }
    if checkDecode(input, options: DecodingOptions(unknownMembers: .ignore)) != nil, canonical == nil {
        failure("decode (ignoring unknown members) accepts what canonicalize rejects", input)
    }
    return 0
}
