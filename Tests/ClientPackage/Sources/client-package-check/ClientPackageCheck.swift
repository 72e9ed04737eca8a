import Foundation
import ResponseCodec

/// Decodes one document from every byte form an app may hold (`[UInt8]`, `ArraySlice<UInt8>`,
/// Foundation's `Data`, `UnsafeRawBufferPointer`, a `ByteBufferView`-like collection) and checks
/// that the results are equal and that errors have the same code, pointer and offset; then
/// encodes two responses into one buffer. Exits 1 if a check fails.
@main
enum ClientPackageCheck {
    /// A canonical interactive failure with headers, a nested body, a fraction and non-ASCII
    /// text, so that every sort of value goes through each byte form.
    static let document = Array(
        #"{"body":{"error":"conflict","ids":[1,2.5]},"headers":{"Retry-After":"120"},"http_status":409,"kind":"interactive","output":"conflit sur PR-1 ✓","result":"fail"}"#
            .utf8)

    /// A document with one fault: `unknown_kind` at `/kind`, offset 8.
    static let invalid = Array(#"{"kind":"batch","result":"success"}"#.utf8)

    /// Bytes before and after a document in a larger buffer, so that slices don't start at 0.
    static let prefix = Array("HTTP/1.1 200 OK\r\n\r\n".utf8)
    /// See ``prefix``.
    static let suffix = Array("\n--next message--".utf8)

    static func main() {
        var checks = Checks()
        do {
            try decodeEveryForm(&checks)
            checkErrors(&checks)
            try encodeIntoOneBuffer(&checks)
        } catch {
            checks.expect(false, "unexpected error: \(error)")
        }
        for failure in checks.failures { print("FAIL \(failure)") }
        print("client-package-check: \(checks.count) checks, \(checks.failures.count) failed")
        exit(checks.failures.isEmpty ? 0 : 1)
    }

    /// `bytes` between ``prefix`` and ``suffix``, and the range it has there.
    static func framed(_ bytes: [UInt8]) -> (buffer: [UInt8], range: Range<Int>) {
        (prefix + bytes + suffix, prefix.count..<(prefix.count + bytes.count))
    }

    /// `decode`, `verify` and `canonicalize` of ``document`` in each form give the same results.
    static func decodeEveryForm(_ checks: inout Checks) throws {
        let expected = try WireFormat.decode(document)
        checks.expect(
            try WireFormat.encode(expected) == document,
            "[UInt8]: the decoded response re-encodes to the input")

        let (buffer, range) = framed(document)
        let slice: ArraySlice<UInt8> = buffer[range]
        let data = Data(document)
        let dataSlice: Data = Data(buffer)[range]
        let view = StandInByteView(document, startIndex: 7)
        let lazyBytes = document.lazy.map { $0 }  // a collection without contiguous storage

        let decoded: [(form: String, response: ExtensionResponse)] = [
            ("ArraySlice<UInt8>", try WireFormat.decode(slice)),
            ("Data", try WireFormat.decode(data)),
            ("a Data slice", try WireFormat.decode(dataSlice)),
            ("UnsafeRawBufferPointer", try document.withUnsafeBytes { try WireFormat.decode($0) }),
            ("ByteBufferView stand-in", try WireFormat.decode(view)),
            ("LazyMapCollection", try WireFormat.decode(lazyBytes)),
        ]
        for (form, response) in decoded {
            checks.expect(response == expected, "\(form): decoded \(response), expected \(expected)")
        }
        checks.expect(
            view.reads.contiguous > 0 && view.reads.elements == 0,
            "ByteBufferView stand-in: storage lent (withContiguousStorageIfAvailable \(view.reads.contiguous)"
                + " times, \(view.reads.elements) elements one by one)")

        let verified: [(form: String, response: ExtensionResponse)] = [
            ("[UInt8]", try WireFormat.verify(document)),
            ("ArraySlice<UInt8>", try WireFormat.verify(slice)),
            ("Data", try WireFormat.verify(data)),
            ("UnsafeRawBufferPointer", try document.withUnsafeBytes { try WireFormat.verify($0) }),
            ("ByteBufferView stand-in", try WireFormat.verify(view)),
        ]
        for (form, response) in verified {
            checks.expect(response == expected, "verify of \(form): \(response), expected \(expected)")
        }

        let canonical: [(form: String, bytes: [UInt8])] = [
            ("[UInt8]", try WireFormat.canonicalize(document)),
            ("ArraySlice<UInt8>", try WireFormat.canonicalize(slice)),
            ("a Data slice", try WireFormat.canonicalize(dataSlice)),
            ("UnsafeRawBufferPointer", try document.withUnsafeBytes { try WireFormat.canonicalize($0) }),
            ("ByteBufferView stand-in", try WireFormat.canonicalize(view)),
        ]
        for (form, bytes) in canonical {
            checks.expect(
                bytes == document, "canonicalize of \(form): \(String(decoding: bytes, as: UTF8.self))")
        }
    }

    /// An error's offset counts from the first byte of what was passed, whatever its indices.
    static func checkErrors(_ checks: inout Checks) {
        let (buffer, range) = framed(invalid)
        let slice = buffer[range]
        let dataSlice = Data(buffer)[range]
        let view = StandInByteView(invalid, startIndex: 7)
        func expectUnknownKind(_ form: String, _ decode: () throws -> ExtensionResponse) {
            checks.expectError(form, code: .unknownKind, pointer: "/kind", offset: 8, decode)
        }
        expectUnknownKind("[UInt8]") { try WireFormat.decode(invalid) }
        expectUnknownKind("ArraySlice<UInt8>") { try WireFormat.decode(slice) }
        expectUnknownKind("Data") { try WireFormat.decode(Data(invalid)) }
        expectUnknownKind("a Data slice") { try WireFormat.decode(dataSlice) }
        expectUnknownKind("UnsafeRawBufferPointer") {
            try invalid.withUnsafeBytes { try WireFormat.decode($0) }
        }
        expectUnknownKind("ByteBufferView stand-in") { try WireFormat.decode(view) }
        expectUnknownKind("LazyMapCollection") { try WireFormat.decode(invalid.lazy.map { $0 }) }
    }

    /// `encode(_:into:)` appends: two responses written after a prefix leave the prefix alone,
    /// and each one's bytes are its canonical form and decode back to it.
    static func encodeIntoOneBuffer(_ checks: inout Checks) throws {
        let first = try ExtensionResponse.background(.reschedule(countdown: 45))
        let second = try WireFormat.decode(document)
        var buffer = prefix
        try WireFormat.encode(first, into: &buffer)
        let firstEnd = buffer.count
        try WireFormat.encode(second, into: &buffer)

        let firstBytes = Array(#"{"countdown":45,"kind":"background","result":"reschedule"}"#.utf8)
        checks.expect(Array(buffer[..<prefix.count]) == prefix, "encode(_:into:) kept the buffer's prefix")
        checks.expect(
            Array(buffer[prefix.count..<firstEnd]) == firstBytes,
            "encode(_:into:) appended \(String(decoding: buffer[prefix.count..<firstEnd], as: UTF8.self))")
        checks.expect(
            Array(buffer[firstEnd...]) == document,
            "encode(_:into:) appended \(String(decoding: buffer[firstEnd...], as: UTF8.self)) second")
        checks.expect(
            try WireFormat.encode(first) == firstBytes, "encode(_:) and encode(_:into:) give the same bytes")
        checks.expect(
            try WireFormat.decode(buffer[prefix.count..<firstEnd]) == first,
            "the first response decodes back from its slice of the buffer")
        checks.expect(
            try WireFormat.decode(buffer[firstEnd...]) == second,
            "the second response decodes back from its slice of the buffer")
    }
}
