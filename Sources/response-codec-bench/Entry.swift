import Foundation
import ResponseCodec

/// `response-codec-bench`: ResponseCodec against Foundation on the four reference documents,
/// and a scaling series with throughput and peak memory. Run it in release:
/// `swift run -c release response-codec-bench`.
@main
enum Bench {
    static func main() {
        let arguments: Arguments
        do {
            arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n\n\(Arguments.usage)".utf8))
            exit(2)
        }
        if arguments.help {
            print(Arguments.usage, terminator: "")
            exit(0)
        }
        do {
            if let request = arguments.peakChild {
                try PeakMemory.runChild(request)
            } else if let profile = arguments.profile {
                try Runner(arguments).profile(
                    profile.request, document: profile.document, count: profile.count)
            } else {
                try Runner(arguments).run()
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
    }
}

/// Runs the comparison and the scaling series, printing as it goes (or JSON at the end).
struct Runner {
    let arguments: Arguments
    let sampler: Sampler

    /// The scaling series' document sizes.
    static let scalingSizes = [
        (1 << 10, "1 KiB"), (64 << 10, "64 KiB"), (1 << 20, "1 MiB"), (16 << 20, "16 MiB"),
    ]

    init(_ arguments: Arguments) {
        self.arguments = arguments
        sampler = arguments.quick ? .quick : .standard
    }

    /// The method, in words.
    var method: String {
        "a warm-up of at least \(sampler.warmUp / 1_000_000) ms, then the median of \(sampler.rounds) rounds, "
            + "each at least \(sampler.minimumRound / 1_000_000) ms long; ns/op = round time / operations in "
            + "the round; MB/s = document bytes (10^6) per second; x Foundation = Foundation's ns/op / this ns/op "
            + "(encode vs JSONEncoder, decode vs JSONDecoder, canonicalize vs JSONSerialization read + write)"
            + (arguments.peers
                ? "; peers (--peers) are timed the same way in child processes, their rounds alternating with these"
                : "")
    }

    func run() throws {
        let documents = try arguments.documentsDirectory.map(Documents.load) ?? Documents.builtIn()
        let source = arguments.documentsDirectory.map { "read from \($0)" } ?? "built in (seeded generator)"
        var report = Report(
            method: method, peakMemoryMethod: PeakMemory.method, documentsSource: source,
            documents: documents.map { .init(name: $0.name, bytes: $0.bytes.count, summary: $0.summary) },
            rows: [], targets: [], notes: [])
        say("ResponseCodec benchmark (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
        say("Method: \(method).\(arguments.quick ? " QUICK RUN: rough figures." : "")\n")
        say("Documents, \(source):")
        for document in documents {
            let size = TextReport.pad(TextReport.grouped(document.bytes.count), 8, right: true)
            say("  \(document.name)  \(size) B  \(document.summary)")
        }
        let instructions = try arguments.instructionsFile.map(InstructionsPerByte.load)
        let peers = arguments.peers ? Peers.prepare(say: say) : nil
        for note in peers?.notes ?? [] {
            say("Peers: " + note)
            report.notes.append(note)
        }
        say("\n" + TextReport.tableHeader(scaling: false))
        for document in documents where arguments.onlyDocuments?.contains(document.name) ?? true {
            let workload = try Workload(document)
            report.notes += try workload.check()
            let children = try peers?.start(on: document)
            report.notes += children?.notes ?? []
            report.peerVersions.merge(children?.versions ?? [:]) { first, _ in first }
            var rows = try compare([workload], group: "documents", foundation: { _ in true }, peers: children)
            let decode = rows.firstIndex { $0.implementation == .responseCodec && $0.operation == .decode }
            if document.name == "d", let decode {  // issue #17's memory target for d
                rows[decode].peakBytes = try peakMemory(of: document, notes: &report.notes)
            }
            for row in rows {
                report.rows.append(row)
                say(TextReport.line(row, scaling: false))
            }
        }
        if !report.peerVersions.isEmpty {
            say(
                "Peers: "
                    + report.peerVersions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                    .joined(separator: ", "))
        }
        if !arguments.skipScaling {
            let (rows, notes) = try scalingSeries()
            report.rows += rows
            report.notes += notes
        }
        report.targets = Targets.evaluate(report.rows, instructions: instructions)
        say("\nTargets:\n" + TextReport.targets(report.targets))
        if !report.notes.isEmpty {
            say("\nNotes:\n" + report.notes.map { "  " + $0 }.joined(separator: "\n"))
        }
        if arguments.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }
    }

    /// Runs one operation `count` times, untimed (`--profile`).
    func profile(_ request: String, document name: String, count: Int) throws {
        guard let (implementation, operation) = Implementation.parse(request) else {
            throw BenchError("unknown operation \(request); use e.g. ResponseCodec.decode")
        }
        let documents = try arguments.documentsDirectory.map(Documents.load) ?? Documents.builtIn()
        let document: BenchDocument
        if let size = Int(name), size > 0 {  // a scaling-series document of that many bytes
            document = BenchDocument(
                name: name, summary: "records", bytes: try Documents.recordsDocument(bytes: size))
        } else if let named = documents.first(where: { $0.name == name }) {
            document = named
        } else {
            throw BenchError("no document \(name); use a ... d, or a size in bytes for a scaling document")
        }
        let run = try Workload(document).operation(operation, by: implementation)
        var checksum = 0
        for _ in 0..<count { checksum &+= try run() }
        blackHole(checksum)
    }

    /// ResponseCodec decode's peak memory on `document`, in a child process.
    private func peakMemory(of document: BenchDocument, notes: inout [String]) throws -> Int {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "response-codec-bench-\(ProcessInfo.processInfo.processIdentifier)-peak-\(document.name).json")
        try Data(document.bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let peak = try PeakMemory.measure(
            .init(implementation: .responseCodec, operation: .decode, document: .file(file.path)))
        if !peak.resetWorked {
            notes.append(
                "\(document.name) decode: /proc/self/clear_refs could not reset VmHWM; the peak is a lower bound"
            )
        }
        return peak.peakBytes
    }

    /// The scaling series: records documents of each size, every operation, with peak memory.
    private func scalingSeries() throws -> (rows: [Row], notes: [String]) {
        say(
            "\nScaling series: interactive success documents whose body is an array of records, "
                + "exactly 1 KiB, 64 KiB, 1 MiB and 16 MiB long."
        )
        say("Peak memory: \(PeakMemory.method).")
        if arguments.quick { say("(quick run: no Foundation rows above 1 MiB)") }
        var rows: [Row] = []
        var notes: [String] = []
        var workloads: [Workload] = []
        for (size, label) in Self.scalingSizes {
            progress("scaling series: preparing \(label)")
            let bytes = try Documents.recordsDocument(bytes: size)
            workloads.append(try Workload(BenchDocument(name: label, summary: "records", bytes: bytes)))
        }
        // Every size of an operation in one alternation: the throughputs the series compares
        // are measured under the same conditions.
        let measured = try compare(
            workloads, group: "scaling",
            foundation: { !arguments.quick || $0.document.bytes.count <= 1 << 20 })
        for var row in measured {
            let peak = try PeakMemory.measure(
                .init(
                    implementation: row.implementation, operation: row.operation,
                    document: .records(bytes: row.bytes)))
            row.peakBytes = peak.peakBytes
            if !peak.resetWorked {
                notes.append(
                    "\(row.document) \(row.implementation.rawValue) \(row.operation.rawValue): "
                        + "/proc/self/clear_refs could not reset VmHWM; the peak is a lower bound")
            }
            rows.append(row)
        }
        for index in rows.indices {
            let best =
                rows.filter {
                    $0.implementation == rows[index].implementation && $0.operation == rows[index].operation
                }
                .map(\.megabytesPerSecond).max() ?? 1
            rows[index].fractionOfBest = rows[index].megabytesPerSecond / best
        }
        say("\n" + TextReport.tableHeader(scaling: true))
        for row in rows { say(TextReport.line(row, scaling: true)) }
        return (rows, notes)
    }

    /// Every operation on each of `workloads` by ResponseCodec and, where `foundation` says so,
    /// by Foundation and, given their children, by the peers that do it. For each operation the
    /// rounds of all of them alternate, so that rows compared with each other (an implementation
    /// with another, or a size of the scaling series with another) were timed under the same
    /// conditions. Rows come out by workload, then operation.
    private func compare(
        _ workloads: [Workload], group: String, foundation: (Workload) -> Bool, peers: PeerChildren? = nil
    ) throws -> [Row] {
        var rows: [[Row]] = Array(repeating: [], count: workloads.count)
        for operation in Operation.allCases {
            var entries: [(workload: Int, implementation: Implementation, contestant: any Contestant)] = []
            for (index, workload) in workloads.enumerated() {
                var implementations: [Implementation] = [.responseCodec]
                if foundation(workload) { implementations.append(.foundation) }
                for implementation in implementations {
                    let contestant = InProcessContestant(
                        try workload.operation(operation, by: implementation))
                    entries.append((index, implementation, contestant))
                }
                for implementation in Implementation.peers {
                    if let contestant = peers?.contestant(implementation, operation) {
                        entries.append((index, implementation, contestant))
                    }
                }
            }
            progress("\(group): \(operation.rawValue)")
            let samples = try sampler.measure(entries.map(\.contestant))
            for (entry, sample) in zip(entries, samples) {
                let foundationTime = zip(entries, samples).first {
                    $0.0.workload == entry.workload && $0.0.implementation == .foundation
                }?.1.nanosecondsPerOperation
                let workload = workloads[entry.workload]
                let bytes = workload.document.bytes.count
                rows[entry.workload].append(
                    Row(
                        group: group, document: workload.document.name, bytes: bytes,
                        implementation: entry.implementation, operation: operation,
                        api: entry.implementation.api(for: operation),
                        nanosecondsPerOperation: sample.nanosecondsPerOperation,
                        megabytesPerSecond: Double(bytes) / sample.nanosecondsPerOperation * 1_000,
                        timesFoundation: foundationTime.map { $0 / sample.nanosecondsPerOperation },
                        rounds: sample.rounds, operationsPerRound: sample.operationsPerRound))
            }
        }
        return rows.flatMap { $0 }
    }

    /// A line of the text report (standard error in `--json` mode, to keep standard output JSON).
    private func say(_ text: String) {
        if isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\u{1B}[2K".utf8)) }
        if arguments.json {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        } else {
            print(text)
        }
    }

    /// A progress note on standard error, overwritten by the next one.
    private func progress(_ text: String) {
        guard isatty(STDERR_FILENO) != 0 else { return }
        FileHandle.standardError.write(Data("\u{1B}[2K\r\(text)...\r".utf8))
    }
}
