import Foundation
import ResponseCodec
import Testing

/// The wire-format calls read bytes in any form alike, and `encode(_:into:)` appends.
@Suite("Byte forms")
struct ByteFormTests {
    static let valid = Array(
        #"{"body":{"a":[1,2]},"http_status":201,"kind":"interactive","result":"success"}"#.utf8)
    static let invalid = Array(#"{"kind":"batch","result":"success"}"#.utf8)

    /// A prefix and a suffix around the document, so that a slice's indices do not start at 0.
    static let padded = Array("xxxx".utf8) + valid + Array("yy".utf8)

    /// Every form of `bytes` that the calls take, by name.
    static func forms(_ bytes: [UInt8]) -> [(String, (UnsafeRawBufferPointer?) throws -> ExtensionResponse)] {
        let padded = Array("xxxx".utf8) + bytes + Array("yy".utf8)
        return [
            ("array", { _ in try WireFormat.decode(bytes) }),
            ("slice", { _ in try WireFormat.decode(padded[4..<(4 + bytes.count)]) }),
            ("data", { _ in try WireFormat.decode(Data(bytes)) }),
            ("data slice", { _ in try WireFormat.decode(Data(padded)[4..<(4 + bytes.count)]) }),
            ("raw buffer", { _ in try bytes.withUnsafeBytes { try WireFormat.decode($0) } }),
            ("not contiguous", { _ in try WireFormat.decode(bytes.lazy.map { $0 }) }),
        ]
    }

    @Test("decode gives one response from every form")
    func decodeAgrees() throws {
        let expected = try WireFormat.decode(Self.valid)
        for (name, decode) in Self.forms(Self.valid) {
            #expect(try decode(nil) == expected, "\(name)")
        }
    }

    @Test("an error has one code, pointer and offset in every form, counted from the first byte")
    func errorsAgree() {
        for (name, decode) in Self.forms(Self.invalid) {
            do {
                _ = try decode(nil)
                Issue.record("\(name): decoded")
            } catch let error as ResponseCodecError {
                #expect(error.code == .unknownKind, "\(name)")
                #expect(error.pointer == "/kind", "\(name)")
                #expect(error.offset == 8 && error.line == 1 && error.column == 9, "\(name): \(error)")
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
    }

    @Test("verify and canonicalize read slices and buffers as arrays")
    func verifyAndCanonicalize() throws {
        let slice = Self.padded[4..<(4 + Self.valid.count)]
        #expect(try WireFormat.verify(slice) == (try WireFormat.verify(Self.valid)))
        let spaced = Array(#" { "b" : 1.0 , "a" : [ ] } "#.utf8)
        let canonical = try WireFormat.canonicalize(spaced)
        #expect(canonical == Array(#"{"a":[],"b":1}"#.utf8))
        #expect(try WireFormat.canonicalize(Data(spaced)) == canonical)
        #expect(try spaced.withUnsafeBytes { try WireFormat.canonicalize($0) } == canonical)
        // Not a response: `kind` is missing from the object at offset 1 of the slice.
        let padded = Array("x".utf8) + spaced
        let error = #expect(throws: ResponseCodecError.self) { try WireFormat.verify(padded[1...]) }
        #expect(error?.code == .missingField)
        #expect(error?.pointer == "/kind")
        #expect(error?.offset == 1)
    }

    @Test("verify reports not_canonical at the first differing byte of a slice")
    func verifyOffsetInSlice() {
        let document = Array(#"{"kind":"scheduled", "result":"success"}"#.utf8)
        let padded = Array("..".utf8) + document
        let error = #expect(throws: ResponseCodecError.self) { try WireFormat.verify(padded[2...]) }
        #expect(error?.code == .notCanonical)
        #expect(error?.offset == 20)
    }

    @Test("encode(_:into:) appends each message after what the buffer holds")
    func encodeInto() throws {
        let first = ExtensionResponse.background(try .reschedule(countdown: 60))
        let second = ExtensionResponse.interactive(try .done(body: ["ok": true]))
        var buffer = Array("prefix".utf8)
        try WireFormat.encode(first, into: &buffer)
        try WireFormat.encode(second, into: &buffer)
        #expect(
            buffer == Array("prefix".utf8) + (try WireFormat.encode(first)) + (try WireFormat.encode(second)))
    }

    @Test("encode(_:into:) leaves the buffer as it was when it throws")
    func encodeIntoRestores() throws {
        let bad = ExtensionResponse.interactive(try .done(body: ["a": .number(.nan)]))
        var buffer = Array("kept".utf8)
        let error = #expect(throws: ResponseCodecError.self) { try WireFormat.encode(bad, into: &buffer) }
        #expect(error?.code == .numberOutOfRange)
        #expect(error?.pointer == "/body/a")
        #expect(buffer == Array("kept".utf8))
    }
}
