import Foundation

/// One measured row.
struct Row: Codable {
    /// `documents` (a ... d) or `scaling`.
    let group: String
    /// The document's name (`a` ... `d`, or a size such as `64 KiB`).
    let document: String
    /// The document's size in bytes.
    let bytes: Int
    let implementation: Implementation
    let operation: Operation
    /// The API measured.
    let api: String
    /// The median round's nanoseconds per operation.
    let nanosecondsPerOperation: Double
    /// Document bytes per second, in 10^6 bytes.
    let megabytesPerSecond: Double
    /// Foundation's ns/op for the same operation and document divided by this row's:
    /// how many times faster this row is (1 for Foundation's own rows).
    var timesFoundation: Double?
    /// Every round's ns/op, in the order run.
    let rounds: [Double]
    /// Operations per round.
    let operationsPerRound: Int
    /// Peak memory beyond the input (scaling series only), in bytes.
    var peakBytes: Int?
    /// `peakBytes` divided by the document size.
    var peakPerDocumentByte: Double? { peakBytes.map { Double($0) / Double(bytes) } }
    /// This row's MB/s relative to the best MB/s of the same operation in the scaling series.
    var fractionOfBest: Double?

    private enum CodingKeys: String, CodingKey {
        case group, document, bytes, implementation, operation, api, rounds
        case nanosecondsPerOperation = "ns_per_op"
        case megabytesPerSecond = "mb_per_s"
        case timesFoundation = "times_foundation"
        case operationsPerRound = "ops_per_round"
        case peakBytes = "peak_bytes"
        case fractionOfBest = "fraction_of_best_mb_per_s"
    }
}

/// A target of the issue, checked against the rows.
struct Target: Codable {
    let description: String
    /// The figures it was judged on, or what this run lacks to judge it.
    let measured: String
    /// Whether it is met; `nil` when this run cannot judge it.
    let met: Bool?
}

/// The whole run, for `--json`.
struct Report: Codable {
    let method: String
    let peakMemoryMethod: String
    let documentsSource: String
    let documents: [DocumentInfo]
    var rows: [Row]
    var targets: [Target]
    var notes: [String]
    /// The peers' library versions (`--peers`): orjson, msgspec, python, simdjson.
    var peerVersions: [String: String] = [:]

    private enum CodingKeys: String, CodingKey {
        case method, documents, rows, targets, notes
        case peerVersions = "peer_versions"
        case peakMemoryMethod = "peak_memory_method"
        case documentsSource = "documents_source"
    }

    /// A document's name, size and summary.
    struct DocumentInfo: Codable {
        let name: String
        let bytes: Int
        let summary: String
    }
}

/// Text formatting of the report.
enum TextReport {
    /// The header of a table of rows.
    static func tableHeader(scaling: Bool) -> String {
        var line =
            pad("doc", 8) + pad("bytes", 11, right: true) + "  " + pad("implementation", 15)
            + pad("operation", 13) + pad("API", 24) + pad("ns/op", 14, right: true)
            + pad("MB/s", 10, right: true) + pad("x Foundation", 14, right: true)
        if scaling {
            line +=
                pad("of best", 9, right: true) + pad("peak memory", 14, right: true)
                + pad("peak/doc", 10, right: true)
        }
        return line + "\n" + String(repeating: "-", count: line.count)
    }

    /// One row as a table line.
    static func line(_ row: Row, scaling: Bool) -> String {
        var line =
            pad(row.document, 8) + pad(grouped(row.bytes), 11, right: true) + "  "
            + pad(row.implementation.rawValue, 15) + pad(row.operation.rawValue, 13) + pad(row.api, 24)
            + pad(nanoseconds(row.nanosecondsPerOperation), 14, right: true)
            + pad(String(format: "%.1f", row.megabytesPerSecond), 10, right: true)
            + pad(row.timesFoundation.map { String(format: "%.1fx", $0) } ?? "-", 14, right: true)
        if scaling {
            line += pad(row.fractionOfBest.map { String(format: "%.2f", $0) } ?? "-", 9, right: true)
            line += pad(row.peakBytes.map(bytes) ?? "-", 14, right: true)
            line += pad(row.peakPerDocumentByte.map { String(format: "%.2fx", $0) } ?? "-", 10, right: true)
        }
        return line
    }

    /// The targets as a list.
    static func targets(_ targets: [Target]) -> String {
        targets.map { target in
            let verdict = target.met.map { $0 ? "met" : "NOT met" } ?? "not judged"
            return "  [\(verdict)] \(target.description): \(target.measured)"
        }.joined(separator: "\n")
    }

    /// `1,234.5` ns, with one decimal below 10,000.
    static func nanoseconds(_ value: Double) -> String {
        value < 10_000 ? String(format: "%.1f", value) : grouped(Int(value.rounded()))
    }

    /// A byte count in B, KiB or MiB.
    static func bytes(_ value: Int) -> String {
        switch abs(value) {
        case ..<10_240: "\(value) B"
        case ..<10_485_760: String(format: "%.1f KiB", Double(value) / 1_024)
        default: String(format: "%.1f MiB", Double(value) / 1_048_576)
        }
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// An integer with thousands separators.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// `text` padded with spaces to `width` (on the left when `right`).
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
