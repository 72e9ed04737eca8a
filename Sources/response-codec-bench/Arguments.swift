/// The benchmark's command line, parsed by hand (the package has no dependencies).
struct Arguments {
    /// `--json`: machine-readable output instead of the tables.
    var json = false
    /// `--quick`: fewer and shorter rounds, for smoke runs; the figures are rough.
    var quick = false
    /// `--help`: print the usage and exit.
    var help = false
    /// `--docs DIR`: read `a.json` ... `d.json` from `DIR` instead of the built-in documents.
    var documentsDirectory: String?
    /// `--only a,d`: measure only these documents (the scaling series is unaffected).
    var onlyDocuments: Set<String>?
    /// `--no-scaling`: skip the scaling series.
    var skipScaling = false
    /// `--peers`: also measure orjson, msgspec and (with libsimdjson-dev) simdjson on the
    /// documents, in child processes (see ``Peers``).
    var peers = false
    /// `--instructions FILE`: callgrind's instructions per byte of the scaling series, as
    /// written by `scripts/instruction-budget.py --per-byte --json FILE`, for the per-byte target.
    var instructionsFile: String?
    /// The hidden `--peak-child OPERATION BYTES|PATH`: measure one operation's peak memory in
    /// this (child) process on a records document of BYTES bytes or the document at PATH, and
    /// print it; the parent starts one child per measurement.
    var peakChild: PeakMemory.Request?
    /// `--profile IMPLEMENTATION.OPERATION DOC COUNT`: run one operation `COUNT` times on one
    /// document, untimed, for `valgrind --tool=callgrind`.
    var profile: (request: String, document: String, count: Int)?

    /// What `--help` prints.
    static let usage = """
        USAGE: swift run -c release response-codec-bench [--quick] [--json] [--docs DIR] [--no-scaling] [--peers]
                                                         [--instructions FILE]

        Compares ResponseCodec's canonical encode, strict decode (to `ExtensionResponse`) and canonicalize
        (bytes to bytes) with Foundation's JSONEncoder (.sortedKeys, .withoutEscapingSlashes),
        JSONDecoder and JSONSerialization on four response documents, then runs a scaling series
        (bodies of 1 KiB, 64 KiB, 1 MiB and 16 MiB) with throughput and peak memory.

        OPTIONS:
          --docs DIR    Read the documents a.json, b.json, c.json and d.json from DIR
                        (default: built-in copies of the same shapes, from a seeded generator).
          --quick       Fewer and shorter rounds (3 rounds of 10 ms): a smoke run, not a measurement.
          --json        Print the results as JSON.
          --only LIST   Measure only the documents in LIST (comma-separated, e.g. a,d).
          --no-scaling  Skip the scaling series.
          --peers       Also measure today's peers on the documents, in child processes whose
                        rounds alternate with these: orjson and msgspec (encode with sorted
                        keys; untyped decode; msgspec's typed decode into tagged-union
                        Structs), installed into .build-peers/venv when missing (needs PyPI
                        once), and, when libsimdjson-dev is installed, simdjson's DOM parse
                        and minify as limit rows (a helper built with g++). Issue #17's peer
                        targets are judged only with them.
          --instructions FILE
                        Judge the per-byte target on callgrind's instructions per byte from
                        FILE (scripts/instruction-budget.py --per-byte --json FILE).
          --profile IMPLEMENTATION.OPERATION DOC COUNT
                        Run one operation COUNT times on document DOC (a ... d, or a size in
                        bytes for a scaling-series document), untimed, for a
                        profiler: valgrind --tool=callgrind response-codec-bench --profile
                        ResponseCodec.decode d 100
          --help        Show this help.

        Method: a warm-up, then the median of 9 rounds, each at least 100 ms long. Build in release.

        """

    /// Parses the arguments after the program name.
    init(_ arguments: [String]) throws(UsageError) {
        var index = 0
        func nextValue(for option: String) throws(UsageError) -> String {
            guard index < arguments.count else { throw UsageError("\(option) needs a value") }
            defer { index += 1 }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--json": json = true
            case "--quick": quick = true
            case "--help", "-h": help = true
            case "--no-scaling": skipScaling = true
            case "--peers": peers = true
            case "--orjson": throw UsageError("--orjson is now part of --peers")
            case "--docs": documentsDirectory = try nextValue(for: argument)
            case "--instructions": instructionsFile = try nextValue(for: argument)
            case "--only":
                onlyDocuments = Set(try nextValue(for: argument).split(separator: ",").map(String.init))
            case "--profile":
                let request = try nextValue(for: argument)
                let document = try nextValue(for: argument)
                guard let count = Int(try nextValue(for: argument)), count > 0 else {
                    throw UsageError("--profile needs IMPLEMENTATION.OPERATION DOC COUNT")
                }
                profile = (request, document, count)
            case "--peak-child":
                let operation = try nextValue(for: argument)
                let document = try nextValue(for: argument)
                guard let request = PeakMemory.Request(operation: operation, document: document) else {
                    throw UsageError("--peak-child needs an operation and a size in bytes or a path")
                }
                peakChild = request
            default:
                if argument.hasPrefix("--docs=") {
                    documentsDirectory = String(argument.dropFirst("--docs=".count))
                } else {
                    throw UsageError("unknown argument '\(argument)'")
                }
            }
        }
    }
}

/// A wrong command line: the usage is printed and the exit status is 2.
struct UsageError: Error {
    /// What is wrong.
    let message: String

    init(_ message: String) { self.message = message }
}
