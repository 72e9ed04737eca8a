import Foundation
import ResponseCodec

/// One benchmark document: canonical bytes and what they are.
struct BenchDocument {
    /// `a` ... `d`, or the size of a scaling document (`1 KiB` ...).
    let name: String
    /// What the document holds.
    let summary: String
    /// The document, in RFC 8785 canonical form.
    let bytes: [UInt8]
}

/// The four documents of the comparison and the scaling series' documents: built in, from a
/// seeded generator, with the sizes and shapes of the reference documents in
/// /work/shared/bench/docs (58 B, 262 B, 1,011 B and 103,721 B), or read from a folder.
enum Documents {
    /// The reference sizes of the four documents.
    static let referenceSizes = ["a": 58, "b": 262, "c": 1_011, "d": 103_721]

    /// The built-in documents a, b, c and d.
    static func builtIn() throws -> [BenchDocument] {
        var random = SeededGenerator(seed: 8785)
        let a = ExtensionResponse.background(try .reschedule(countdown: 30 + random.below(70)))
        let b = ExtensionResponse.background(.fail(output: failureText(characters: 200, using: &random)))
        let c = try Documents.exactSize(referenceSizes["c"]!) { padding in
            var generator = SeededGenerator(seed: 1_011)
            return .interactive(
                try .done(
                    headers: ["Content-Type": "application/json"],
                    body: Bodies.purchaseRequest(reasonPadding: padding, using: &generator)))
        }
        let d = try recordsDocument(bytes: referenceSizes["d"]!, records: 500)
        return [
            BenchDocument(name: "a", summary: "background reschedule", bytes: try WireFormat.encode(a)),
            BenchDocument(
                name: "b", summary: "background fail, 200-character output (non-ASCII, quotes)",
                bytes: try WireFormat.encode(b)),
            BenchDocument(name: "c", summary: "interactive success, nested 1 KiB body", bytes: c),
            BenchDocument(name: "d", summary: "interactive success, body of 500 records", bytes: d),
        ]
    }

    /// `a.json` ... `d.json` from `directory`.
    static func load(from directory: String) throws -> [BenchDocument] {
        try ["a", "b", "c", "d"].map { name in
            let path = directory + "/" + name + ".json"
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let response = try WireFormat.decode(bytes)
            return BenchDocument(
                name: name, summary: "\(response.kind.rawValue) \(response.result.rawValue), from \(path)",
                bytes: bytes)
        }
    }

    /// An interactive success whose body is an array of records, exactly `bytes` long: as many
    /// records as fit (or exactly `records`), their descriptions padded to fill the rest.
    static func recordsDocument(bytes target: Int, records fixedCount: Int? = nil) throws -> [UInt8] {
        var generator = SeededGenerator(seed: UInt64(target))
        let emptyDocument = try document(body: [])
        var records: [Bodies.Record] = []
        var total = emptyDocument.count
        while true {
            if let fixedCount, records.count == fixedCount { break }
            let record = Bodies.Record(index: records.count, using: &generator)
            let added = try record.json(padding: 0).canonicalBytes().count + (records.isEmpty ? 0 : 1)
            if fixedCount == nil && total + added > target { break }
            records.append(record)
            total += added
        }
        let deficit = target - total
        guard deficit >= 0, !records.isEmpty else {
            throw BenchError(
                "no records document of \(target) bytes (\(records.count) records make \(total))")
        }
        let body = records.enumerated().map { index, record in
            record.json(padding: deficit / records.count + (index < deficit % records.count ? 1 : 0))
        }
        let result = try document(body: .array(body))
        guard result.count == target else { throw BenchError("records document is \(result.count) bytes") }
        return result
    }

    /// The canonical bytes of an interactive success with `body`.
    private static func document(body: JSONValue) throws -> [UInt8] {
        try WireFormat.encode(.interactive(.done(headers: ["Content-Type": "application/json"], body: body)))
    }

    /// The canonical bytes of `make(padding)` for the padding that makes them `target` bytes
    /// long; `make` must grow by one byte per unit of padding.
    private static func exactSize(_ target: Int, _ make: (Int) throws -> ExtensionResponse) throws -> [UInt8] {
        let unpadded = try WireFormat.encode(make(0))
        let result = try WireFormat.encode(make(target - unpadded.count))
        guard result.count == target else {
            throw BenchError("document is \(result.count), not \(target) bytes")
        }
        return result
    }

    /// Exactly `characters` characters of failure text: a quoted subscription id, non-ASCII
    /// words (accents, CJK, a euro sign, a dash) and plain words.
    static func failureText(characters: Int, using random: inout SeededGenerator) -> String {
        let id = "AS-\(random.digits(4))-\(random.digits(4))-\(random.digits(4))"
        var text = "Subscription \"\(id)\" failed validation: "
        text += random.shuffled(["café,", "naïve,", "Zürich,", "東京,", "€42.00", "—"]).joined(separator: " ")
        let words = ["please", "retry", "later", "after", "the", "vendor", "fixes", "parameter", "values."]
        while text.count < characters { text += " " + random.pick(words) }
        return String(text.prefix(characters))
    }

    /// `count` characters of plain ASCII filler.
    static func filler(_ count: Int) -> String {
        let sentence = Array(" Lorem ipsum dolor sit amet, consectetur adipiscing elit.")
        return String((0..<max(count, 0)).map { sentence[$0 % sentence.count] })
    }
}

/// A failure to build or read the documents.
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    init(_ description: String) { self.description = description }
}
