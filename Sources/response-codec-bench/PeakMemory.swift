import Foundation

/// Peak memory of one operation, measured honestly: in a fresh child process per measurement
/// (this same executable, started with `--peak-child`), the kernel's resident-set high-water
/// mark (`VmHWM` in /proc/self/status) is reset by writing `5` to /proc/self/clear_refs right
/// before the operation, and the peak is `VmHWM` after it minus `VmRSS` before it: the most
/// memory the operation had resident at once, on top of its input.
enum PeakMemory {
    /// How the figures were measured, for the report.
    static let method =
        "peak = VmHWM after - VmRSS before the operation, in a fresh child process per measurement, "
        + "the high-water mark reset via /proc/self/clear_refs (5) just before the operation; "
        + "the input (bytes, or the ExtensionResponse for encode) is resident before and not counted"

    /// What a child measures.
    struct Request {
        let implementation: Implementation
        let operation: Operation
        /// The document: a records document of a size in bytes, or a file.
        let document: Document

        /// Where a child's document comes from.
        enum Document {
            /// A scaling-series records document of this many bytes.
            case records(bytes: Int)
            /// The document in this file.
            case file(String)
        }

        init(implementation: Implementation, operation: Operation, document: Document) {
            self.implementation = implementation
            self.operation = operation
            self.document = document
        }

        /// Parses `ResponseCodec.decode` and `1048576` (a records document's size) or a path.
        init?(operation: String, document: String) {
            guard let (implementation, operation) = Implementation.parse(operation), !document.isEmpty
            else { return nil }
            if let size = Int(document) {
                guard size > 0 else { return nil }
                self.init(
                    implementation: implementation, operation: operation, document: .records(bytes: size))
            } else {
                self.init(implementation: implementation, operation: operation, document: .file(document))
            }
        }

        /// The child's command line.
        var arguments: [String] {
            let document =
                switch document {
                case .records(let bytes): String(bytes)
                case .file(let path): path
                }
            return ["--peak-child", "\(implementation.rawValue).\(operation.rawValue)", document]
        }

        /// The document's bytes.
        func bytes() throws -> [UInt8] {
            switch document {
            case .records(let bytes): try Documents.recordsDocument(bytes: bytes)
            case .file(let path): [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
    }

    /// A child's answer.
    struct Result {
        /// Bytes resident at the peak beyond those resident before the operation.
        let peakBytes: Int
        /// Whether the high-water mark could be reset (if not, the figure is a lower bound).
        let resetWorked: Bool
    }

    /// Runs `request` in a child process and reads its answer.
    static func measure(_ request: Request) throws -> Result {
        let process = Process()
        process.executableURL = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        process.arguments = request.arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let answer = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = answer.split(separator: " ")
        guard process.terminationStatus == 0, fields.count == 2, let peak = Int(fields[0]) else {
            throw BenchError(
                "peak memory child failed for \(request.arguments.joined(separator: " ")): \(answer)")
        }
        return Result(peakBytes: peak, resetWorked: fields[1].hasPrefix("reset"))
    }

    /// The child's side: prepares the input, warms the operation up on a small document (so
    /// that paging in code is not counted), resets the high-water mark, runs the operation once
    /// and prints `PEAK_BYTES reset` (or `PEAK_BYTES no-reset`).
    static func runChild(_ request: Request) throws {
        let document = BenchDocument(name: "", summary: "", bytes: try request.bytes())
        let workload = try Workload(document)
        let warmUp = try Workload(
            BenchDocument(name: "", summary: "", bytes: try Documents.recordsDocument(bytes: 1_024)))
        _ = try warmUp.operation(request.operation, by: request.implementation)()
        let operation = try workload.operation(request.operation, by: request.implementation)

        // The status buffer is allocated before the reset, so reading adds nothing to the peak.
        var status = ProcessStatus()
        let resetWorked = resetHighWaterMark()
        let before = resetWorked ? status.field("VmRSS") : status.field("VmHWM")
        blackHole(try operation())
        let peak = status.field("VmHWM") - before
        print("\(peak) \(resetWorked ? "reset" : "no-reset")")
        withExtendedLifetime(workload) {}
    }

    /// Resets VmHWM to the current VmRSS (Linux 4.0 and later).
    private static func resetHighWaterMark() -> Bool {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return write(descriptor, "5", 1) == 1
    }
}

/// Reads /proc/self/status into a buffer allocated once, with plain system calls, so that
/// reading it does not itself raise the memory being measured.
private struct ProcessStatus {
    private var buffer = [UInt8](repeating: 0, count: 16_384)

    /// A `kB` field (`VmRSS`, `VmHWM`), in bytes; 0 if it cannot be read.
    mutating func field(_ name: String) -> Int {
        let descriptor = open("/proc/self/status", O_RDONLY)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return 0 }
        let key = Array((name + ":").utf8)
        var index = 0
        while index + key.count <= count {
            let atLineStart = index == 0 || buffer[index - 1] == UInt8(ascii: "\n")
            if atLineStart && buffer[index..<(index + key.count)].elementsEqual(key) {
                var value = 0
                index += key.count
                while index < count && buffer[index] != UInt8(ascii: "\n") {
                    let digit = Int(buffer[index]) - Int(UInt8(ascii: "0"))
                    if (0...9).contains(digit) { value = value * 10 + digit }
                    index += 1
                }
                return value * 1_024
            }
            index += 1
        }
        return 0
    }
}
