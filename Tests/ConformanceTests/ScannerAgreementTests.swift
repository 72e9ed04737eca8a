import ResponseConformance
import Testing

@testable import ResponseCodec

/// `WireFormat.decode` reads most documents with ``ResponseScanner`` and falls back to the
/// general parser for the rest. These tests hold the two paths to the same answer: the same
/// response, or the same error code, pointer and offset, on every golden document, on
/// variations of them (whitespace, every prefix, small limits, escaped names, repeated
/// members), and check that the scanner does take the valid documents.
@Suite("Scanner agrees with the general parser")
struct ScannerAgreementTests {
    /// A decode's outcome, comparable across paths.
    enum Outcome: Equatable, CustomStringConvertible {
        case decoded(Response)
        case failed(code: String, pointer: String, offset: Int?)

        init(_ decode: () throws(ResponseCodecError) -> Response) {
            do {
                self = .decoded(try decode())
            } catch {
                self = .failed(code: error.code.rawValue, pointer: error.pointer, offset: error.offset)
            }
        }

        var description: String {
            switch self {
            case .decoded(let response): "decoded \(response.kind.rawValue) \(response.result.rawValue)"
            case .failed(let code, let pointer, let offset): "\(code) at \(pointer) offset \(offset ?? -1)"
            }
        }
    }

    /// Decodes `bytes` by both paths and expects the same outcome.
    static func expectAgreement(
        _ bytes: [UInt8], options: DecodingOptions = DecodingOptions(), _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let fast = Outcome { () throws(ResponseCodecError) in try WireFormat.decode(bytes, options: options) }
        let general = Outcome { () throws(ResponseCodecError) in
            try StrictJSONDecoder(options: options).decode(Response.self, from: bytes)
        }
        #expect(
            fast == general, "\(label): scanner path \(fast), general path \(general)",
            sourceLocation: sourceLocation)
    }

    /// Every golden document decoded with its own options.
    static var goldenDocuments: [(id: String, file: String, options: DecodingOptions)] {
        Corpus.manifest.valid.map { ($0.id, $0.file, DecodingOptions()) }
            + Corpus.manifest.invalid.filter { ($0.check ?? .decode) != .decodeTaskOutput }.map {
                (
                    $0.id, $0.file,
                    DecodingOptions(
                        limits: $0.limits?.jsonLimits ?? JSONLimits(),
                        unknownMembers: $0.unknownMembers == "ignore" ? .ignore : .reject)
                )
            }
    }

    @Test("the scanner reads every valid golden document itself", arguments: Corpus.manifest.valid)
    func scannerTakesValidDocuments(_ valid: ValidCase) throws {
        let bytes = try Corpus.read(valid.file)
        var members = ScannedResponse()
        let scanned = bytes.withUnsafeBytes { ResponseScanner.scan($0, limits: JSONLimits(), into: &members) }
        #expect(scanned, "\(valid.id): the scanner gave up on a canonical document")
    }

    @Test(
        "the scanner takes every valid document with 0 to 24 bytes of whitespace after it",
        arguments: Corpus.manifest.valid)
    func scannerTakesTrailingWhitespace(_ valid: ValidCase) throws {
        // The last name or value then ends at every distance from the end of the input, which
        // moves the scanner's word reads between their in-bounds and end-of-input forms.
        let bytes = try Corpus.read(valid.file)
        for padding in 0...24 {
            let padded =
                bytes + [UInt8](repeating: UInt8(ascii: padding % 2 == 0 ? " " : "\n"), count: padding)
            var members = ScannedResponse()
            let scanned = padded.withUnsafeBytes {
                ResponseScanner.scan($0, limits: JSONLimits(), into: &members)
            }
            #expect(scanned, "\(valid.id) + \(padding) bytes of whitespace")
            Self.expectAgreement(padded, "\(valid.id) + \(padding) bytes of whitespace")
        }
    }

    @Test("both paths agree on every golden document", arguments: goldenDocuments.map(\.id))
    func goldenDocument(_ id: String) throws {
        let document = try #require(Self.goldenDocuments.first { $0.id == id })
        Self.expectAgreement(try Corpus.read(document.file), options: document.options, id)
    }

    @Test("both paths agree on every prefix of every valid document")
    func prefixes() throws {
        for valid in Corpus.manifest.valid {
            let bytes = try Corpus.read(valid.file)
            for length in 0..<bytes.count where length < 400 {
                Self.expectAgreement(Array(bytes[..<length]), "\(valid.id) prefix \(length)")
            }
        }
    }

    @Test("both paths agree with an ill-formed UTF-8 byte at every offset of every valid document")
    func illFormedUTF8() throws {
        // A stray continuation byte, a truncated three-byte sequence and the start of a
        // surrogate's encoding (ED A0 80); the scanner validates UTF-8 lazily, from the first
        // string or JSON value it hands to the parser.
        let faults: [[UInt8]] = [[0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80]]
        for valid in Corpus.manifest.valid {
            let bytes = try Corpus.read(valid.file)
            for offset in 0...bytes.count where offset < 400 {
                for fault in faults {
                    var inserted = bytes
                    inserted.insert(contentsOf: fault, at: offset)
                    Self.expectAgreement(inserted, "\(valid.id) \(fault) inserted at \(offset)")
                    guard offset < bytes.count else { continue }
                    var replaced = bytes
                    replaced.replaceSubrange(offset..<min(offset + fault.count, bytes.count), with: fault)
                    Self.expectAgreement(replaced, "\(valid.id) \(fault) over \(offset)")
                }
            }
        }
    }

    @Test("both paths agree with whitespace around every token")
    func whitespace() throws {
        for valid in Corpus.manifest.valid {
            var spaced: [UInt8] = []
            for byte in try Corpus.read(valid.file) {
                let structural = "{}[],:".utf8.contains(byte)
                if structural { spaced.append(contentsOf: " \t\r\n".utf8) }
                spaced.append(byte)
                if structural { spaced.append(contentsOf: "\n ".utf8) }
            }
            Self.expectAgreement(spaced, "\(valid.id) spaced")
        }
    }

    @Test("both paths agree under small limits")
    func smallLimits() throws {
        let limits = [
            JSONLimits(maxDepth: 1), JSONLimits(maxDepth: 2), JSONLimits(maxStringBytes: 3),
            JSONLimits(maxStringBytes: 9), JSONLimits(maxStringBytes: 10), JSONLimits(maxDocumentBytes: 40),
        ]
        for valid in Corpus.manifest.valid {
            let bytes = try Corpus.read(valid.file)
            for limit in limits {
                Self.expectAgreement(bytes, options: DecodingOptions(limits: limit), "\(valid.id) \(limit)")
            }
        }
    }

    @Test(
        "both paths agree on names and values the scanner leaves to the parser",
        arguments: [
            #"{"\u006bind":"scheduled","result":"success"}"#,
            #"{"kind":"sch\u0065duled","result":"success"}"#,
            #"{"kind":"scheduled","result":"success","kind":"scheduled"}"#,
            #"{"kind":"scheduled","result":"success","extra":1}"#,
            #"{"kind":"scheduled","result":"success","output":"x"}"#,
            #"{"kind":"scheduled"}"#,
            #"{"result":"success"}"#,
            #"{}"#,
            #"[]"#,
            #"{"kind":1,"result":"success"}"#,
            #"{"countdown":"30","kind":"background","result":"reschedule"}"#,
            #"{"countdown":30.5,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":29,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":1e400,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":30x,"kind":"background","result":"reschedule"}"#,
            #"{"body":null,"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"body":{"a":1,"a":2},"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"headers":{"a":1},"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"http_status":200,"kind":"interactive","result":"reschedule"}"#,
            #"{"kind":"interactive","result":"success"}"#,
            #"{"kind":"scheduled","output":"\uD800","result":"fail"}"#,
            #"{"kind":"scheduled","result":"success"} {}"#,
            #"{"kind":"scheduled","result":"success",}"#,
            #" {"kind" : "scheduled" , "result" : "success"} "#,
        ])
    func leftToParser(_ text: String) {
        Self.expectAgreement(Array(text.utf8), text)
        Self.expectAgreement(
            Array(text.utf8), options: DecodingOptions(unknownMembers: .ignore), "\(text) ignore")
    }
}
