import ResponseConformance
import Testing

@testable import ResponseCodec

/// The two ways to decode a response, ``WireFormat/decode(_:options:)`` (the document reader,
/// which locates a rule's fault at the place it stored for the value) and
/// `StrictJSONDecoder().decode(ExtensionResponse.self, from:)` (the general parser and the Codable
/// conformances, located by pointer), give the same response, or the same error code, pointer
/// and offset, on the whole corpus and on mutations of it: every truncation, ill-formed UTF-8 at
/// every offset, whitespace, duplicated and reordered members, small limits.
@Suite("WireFormat.decode agrees with StrictJSONDecoder")
struct DecodePathAgreementTests {
    /// A decode's outcome, comparable across paths.
    enum Outcome: Equatable, CustomStringConvertible {
        case decoded(ExtensionResponse)
        case failed(code: String, pointer: String, offset: Int?, line: Int?, column: Int?)

        init(_ decode: () throws(ResponseCodecError) -> ExtensionResponse) {
            do {
                self = .decoded(try decode())
            } catch {
                self = .failed(
                    code: error.code.rawValue, pointer: error.pointer, offset: error.offset, line: error.line,
                    column: error.column)
            }
        }

        var description: String {
            switch self {
            case .decoded(let response): "decoded \(response.kind.rawValue) \(response.result.rawValue)"
            case .failed(let code, let pointer, let offset, _, _):
                "\(code) at \(pointer) offset \(offset ?? -1)"
            }
        }
    }

    static func expectAgreement(
        _ bytes: [UInt8], options: DecodingOptions = DecodingOptions(), _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for policy in [options.unknownMembers, .ignore] {
            var options = options
            options.unknownMembers = policy
            let wire = Outcome { () throws(ResponseCodecError) in
                try WireFormat.decode(bytes, options: options)
            }
            let coding = Outcome { () throws(ResponseCodecError) in
                try StrictJSONDecoder(options: options).decode(ExtensionResponse.self, from: bytes)
            }
            #expect(
                wire == coding, "\(label) \(policy): WireFormat \(wire), StrictJSONDecoder \(coding)",
                sourceLocation: sourceLocation)
        }
    }

    static var documents: [(id: String, bytes: [UInt8], options: DecodingOptions)] {
        let valid = Corpus.manifest.valid.compactMap { valid in
            (try? Corpus.read(valid.file)).map { (valid.id, $0, DecodingOptions()) }
        }
        let invalid = Corpus.manifest.invalid.filter { ($0.check ?? .decode) != .decodeTaskOutput }.compactMap
        {
            invalid in
            (try? Corpus.read(invalid.file)).map {
                (
                    invalid.id, $0,
                    DecodingOptions(
                        limits: invalid.limits?.jsonLimits ?? JSONLimits(),
                        unknownMembers: invalid.unknownMembers == "ignore" ? .ignore : .reject)
                )
            }
        }
        return valid + invalid
    }

    @Test("the corpus, every truncation and trailing whitespace")
    func corpus() {
        #expect(Self.documents.count > 300)
        for document in Self.documents {
            Self.expectAgreement(document.bytes, options: document.options, document.id)
            for length in 0..<document.bytes.count {
                Self.expectAgreement(
                    Array(document.bytes[..<length]), options: document.options,
                    "\(document.id) prefix \(length)")
            }
            for padding in [" ", "\n", "\t\r\n  ", "        ", "               "] {
                Self.expectAgreement(
                    document.bytes + Array(padding.utf8), options: document.options, "\(document.id) + ws")
                Self.expectAgreement(
                    Array(padding.utf8) + document.bytes, options: document.options, "ws + \(document.id)")
            }
        }
    }

    @Test("ill-formed UTF-8 inserted at and written over every offset")
    func illFormedUTF8() {
        let faults: [[UInt8]] = [
            [0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xC0, 0xAF],
        ]
        for document in Self.documents where document.bytes.count < 600 {
            let bytes = document.bytes
            for offset in 0...bytes.count {
                for fault in faults {
                    var inserted = bytes
                    inserted.insert(contentsOf: fault, at: offset)
                    Self.expectAgreement(
                        inserted, options: document.options, "\(document.id) \(fault) at \(offset)")
                    guard offset < bytes.count else { continue }
                    var replaced = bytes
                    replaced.replaceSubrange(offset..<min(offset + fault.count, bytes.count), with: fault)
                    Self.expectAgreement(
                        replaced, options: document.options, "\(document.id) \(fault) over \(offset)")
                }
            }
        }
    }

    @Test("duplicated and reordered members, and whitespace around every token")
    func members() throws {
        for document in Self.documents {
            guard
                case .object(let object)? = try? document.bytes.withUnsafeBytes({
                    try StrictJSONParser.parse($0, limits: JSONLimits())
                })
            else { continue }
            let members = try object.map { member in
                var writer = CanonicalWriter(reservingCapacity: 64)
                try writer.write(.string(member.key))
                return writer.bytes + Array(":".utf8) + (try member.value.canonical())
            }
            func text(_ parts: [[UInt8]]) -> [UInt8] {
                Array("{".utf8) + Array(parts.joined(separator: Array(",".utf8))) + Array("}".utf8)
            }
            Self.expectAgreement(
                text(members.reversed()), options: document.options, "\(document.id) reversed")
            for index in members.indices {
                var rotated = Array(members[index...] + members[..<index])
                Self.expectAgreement(
                    text(rotated), options: document.options, "\(document.id) rotated \(index)")
                rotated.append(members[index])
                Self.expectAgreement(
                    text(rotated), options: document.options, "\(document.id) dup \(index) last")
                var doubled = members
                doubled.insert(members[index], at: index)
                Self.expectAgreement(text(doubled), options: document.options, "\(document.id) dup \(index)")
            }
            var spaced: [UInt8] = []
            for byte in document.bytes {
                let structural = "{}[],:".utf8.contains(byte)
                if structural { spaced.append(contentsOf: " \t\r\n".utf8) }
                spaced.append(byte)
                if structural { spaced.append(contentsOf: "\n ".utf8) }
            }
            Self.expectAgreement(spaced, options: document.options, "\(document.id) spaced")
        }
    }

    @Test("small limits")
    func smallLimits() {
        let limits = [
            JSONLimits(maxDepth: 0), JSONLimits(maxDepth: 1), JSONLimits(maxDepth: 2),
            JSONLimits(maxStringBytes: 3),
            JSONLimits(maxStringBytes: 9), JSONLimits(maxStringBytes: 10), JSONLimits(maxDocumentBytes: 40),
        ]
        for document in Self.documents {
            for limit in limits {
                Self.expectAgreement(
                    document.bytes, options: DecodingOptions(limits: limit), "\(document.id) \(limit)")
            }
        }
    }

    @Test(
        "hand-picked documents",
        arguments: [
            #"{"\u006bind":"scheduled","result":"success"}"#,
            #"{"kind":"sch\u0065duled","result":"success"}"#,
            #"{"kind":"scheduled","result":"success","kind":"scheduled"}"#,
            #"{"kind":"scheduled","result":"success","extra":1}"#,
            #"{"kind":"scheduled","result":"success","zz":1,"aa":[1,x]}"#,
            #"{"kind":"scheduled","result":"success","x~/y":{"a":[1,2,{"b":tru}]}}"#,
            #"{"kind":"scheduled","result":"success","extra":1,"extra":2}"#,
            #"{"kind":"scheduled","result":"success","output":"x"}"#,
            #"{"kind":"scheduled"}"#, #"{"result":"success"}"#, #"{}"#, #"[]"#, #"1"#, #""#, #" "#,
            #"null x"#,
            #"{"kind":1,"result":"success"}"#,
            #"{"kind":"batch","result":"retry"}"#,
            #"{"countdown":"30","kind":"background","result":"reschedule"}"#,
            #"{"countdown":30.5,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":1e19,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":9007199254740992,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":-1e300,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":29,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":1e400,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":30x,"kind":"background","result":"reschedule"}"#,
            #"{"countdown":-,"kind":"background","result":"reschedule"}"#,
            #"{"body":null,"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"body":{"a":1,"a":2},"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"headers":{"a":1},"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"headers":{"b":1,"a/~":[]},"http_status":2e3,"kind":"interactive","result":"success"}"#,
            #"{"headers":{"b":"1","b":"2"},"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"headers":{"b":"1" "c":"2"},"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"headers":[],"http_status":200,"kind":"interactive","result":"success"}"#,
            #"{"http_status":200,"kind":"interactive","result":"reschedule"}"#,
            #"{"kind":"interactive","result":"success"}"#,
            #"{"kind":"row_transformation","result":"success","transformed_row":{"a":[],"b":{}}}"#,
            #"{"kind":"row_transformation","result":"success","transformed_row":{},"transformed_row_styles":{}}"#,
            #"{"kind":"row_transformation","result":"success","transformed_row":{},"transformed_row_styles":{"z":{},"a":1}}"#,
            #"{"kind":"scheduled","output":"\uD800","result":"fail"}"#,
            #"{"kind":"scheduled","output":"\uFEFF","result":"fail"}"#,
            #"{"kind":"scheduled","result":"success"} {}"#,
            #"{"kind":"scheduled","result":"success",}"#,
            #"{"kind" "scheduled","result":"success"}"#,
            #" {"kind" : "scheduled" , "result" : "success"} "#,
        ])
    func handPicked(_ text: String) {
        Self.expectAgreement(Array(text.utf8), text)
        Self.expectAgreement(
            Array(text.utf8), options: DecodingOptions(limits: JSONLimits(maxStringBytes: 4)), text)
    }
}

extension JSONValue {
    /// The value's canonical bytes.
    fileprivate func canonical() throws -> [UInt8] {
        var writer = CanonicalWriter(reservingCapacity: 64)
        try writer.write(self)
        return writer.bytes
    }
}
