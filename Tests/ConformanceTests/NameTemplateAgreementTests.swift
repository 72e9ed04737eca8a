import ResponseConformance
import Testing

@testable import ResponseCodec

/// The parser reads the names of a record in an array by comparing them with the previous
/// record's (``NameTemplates``). Over the golden corpus, every prefix of it and the benchmark's
/// record shapes, parsing with and without templates gives the same value, or the same error
/// code, pointer and offset.
@Suite("Name templates change no outcome")
struct NameTemplateAgreementTests {
    /// A parse's outcome, comparable across the two ways.
    enum Outcome: Equatable {
        case parsed(JSONValue)
        case failed(code: ResponseCodecError.Code, pointer: String, offset: Int?)
    }

    /// `bytes` parsed with or without templates, under `limits`.
    static func outcome(_ bytes: [UInt8], templates: Bool, limits: JSONLimits = JSONLimits()) -> Outcome {
        do {
            let value = try bytes.withUnsafeInput { (buffer) throws(ResponseCodecError) in
                try StrictJSONParser.parse(buffer, limits: limits, nameTemplates: templates)
            }
            return .parsed(value)
        } catch {
            return .failed(code: error.code, pointer: error.pointer, offset: error.offset)
        }
    }

    /// Expects both ways to agree on `bytes`.
    static func expectAgreement(
        _ bytes: [UInt8], limits: JSONLimits = JSONLimits(), _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let with = outcome(bytes, templates: true, limits: limits)
        let without = outcome(bytes, templates: false, limits: limits)
        #expect(with == without, "\(label)", sourceLocation: sourceLocation)
    }

    @Test("every golden document, and every prefix of the valid ones")
    func corpus() throws {
        for valid in Corpus.manifest.valid {
            let bytes = try Corpus.read(valid.file)
            for length in 0...bytes.count {
                Self.expectAgreement(Array(bytes[..<length]), "\(valid.id) prefix \(length)")
            }
        }
        for invalid in Corpus.manifest.invalid {
            let limits = invalid.limits?.jsonLimits ?? JSONLimits()
            Self.expectAgreement(try Corpus.read(invalid.file), limits: limits, invalid.id)
        }
    }

    @Test("records like the benchmark's document d, whole, cut short and with one name changed")
    func records() {
        let record =
            #"{"active":true,"deleted":null,"description":"Description of item 7.","id":"ITEM-00007","#
            + #""index":7,"name":"Item number 7 widget","parent":null,"price":10.09,"qty":259,"#
            + #""ratio":0.875,"tags":["tag7","x"]}"#
        let document = Array(
            (#"{"body":["# + [String](repeating: record, count: 4).joined(separator: ",") + "]}").utf8)
        for length in 0...document.count {
            Self.expectAgreement(Array(document[..<length]), "prefix \(length)")
        }
        // Each byte of the third record's names changed in turn: to a letter that makes another
        // name, to a quote, a backslash and a control byte.
        let third = document.count - record.utf8.count - 3
        for offset in third..<(document.count - 2) {
            for replacement in Array("aZ\"\\\u{1}".utf8) {
                var changed = document
                changed[offset] = replacement
                Self.expectAgreement(changed, "offset \(offset) set to \(replacement)")
            }
        }
    }
}
