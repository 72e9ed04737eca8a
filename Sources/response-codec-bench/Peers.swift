import Foundation

/// Today's peers, measured in the same run (`--peers`, issue #17): Python's orjson and msgspec
/// (encode with sorted keys; untyped decode; msgspec's typed decode into tagged-union Structs)
/// in a child of a virtual environment the bench creates at .build-peers/venv when they are
/// missing, and, when libsimdjson-dev is installed, simdjson's DOM parse and minify as the
/// limit rows, in a small C++ helper built by scripts/bench-peers/build-simdjson-helper.sh.
/// Their rounds alternate with the Swift rows' rounds.
struct Peers {
    /// The virtual environment's Python, with the pinned orjson and msgspec; `nil` if not ready.
    let python: String?
    /// The simdjson helper; `nil` without libsimdjson-dev.
    let simdjsonHelper: String?
    /// What is not measured, and why.
    let notes: [String]

    /// The checkout: found from this file's path at build time, else the current directory.
    static let root: URL = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(directory).path) { return root }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The peers' programs and pins, relative to the checkout.
    static let directory = "scripts/bench-peers"

    /// Makes the peers ready: installs orjson and msgspec into the virtual environment unless
    /// the pinned versions are there, and builds the simdjson helper if libsimdjson-dev is
    /// installed. `say` reports what it is doing. Never throws: what fails is a note.
    static func prepare(say: (String) -> Void) -> Peers {
        var notes: [String] = []
        let python: String?
        do {
            python = try preparePython(say: say)
        } catch {
            python = nil
            notes.append("orjson and msgspec not measured: \(error)")
        }
        var helper: String? = root.appendingPathComponent(".build-peers/simdjson-helper").path
        let build = run(["/bin/bash", path("build-simdjson-helper.sh"), helper!])
        if build.status == 3 {
            helper = nil
            notes.append(
                "simdjson limit rows skipped: libsimdjson-dev is not installed (apt-get install libsimdjson-dev)"
            )
        } else if build.status != 0 {
            helper = nil
            notes.append("simdjson limit rows skipped: the helper did not build: \(build.output.suffix(400))")
        }
        return Peers(python: python, simdjsonHelper: helper, notes: notes)
    }

    /// Starts the peers' children on `document`; a child that does not start is a note.
    func start(on document: BenchDocument) throws -> PeerChildren {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "response-codec-bench-\(ProcessInfo.processInfo.processIdentifier)-\(document.name).json")
        try Data(document.bytes).write(to: file)
        var children: [TimingChild] = []
        var notes: [String] = []
        for (name, command) in [
            ("orjson and msgspec", python.map { [$0, Self.path("peers.py")] }),
            ("simdjson", simdjsonHelper.map { [$0] }),
        ] {
            guard let command else { continue }
            do {
                let child = try TimingChild(command, document: file.path)
                children.append(child)
                notes += child.notes.map { "\(document.name): \($0)" }
            } catch {
                notes.append("\(name) not measured on \(document.name): \(error)")
            }
        }
        return PeerChildren(children: children, notes: notes, file: file)
    }

    /// A file of scripts/bench-peers.
    private static func path(_ name: String) -> String {
        root.appendingPathComponent(directory).appendingPathComponent(name).path
    }

    /// The virtual environment's Python once it has the pinned versions of requirements.txt.
    private static func preparePython(say: (String) -> Void) throws -> String {
        let venv = root.appendingPathComponent(".build-peers/venv")
        let python = venv.appendingPathComponent("bin/python").path
        let requirements = path("requirements.txt")
        let pins = try String(contentsOfFile: requirements, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0] }
            .compactMap { line -> (String, String)? in
                let parts = line.split(separator: "=", omittingEmptySubsequences: true)
                guard line.contains("=="), parts.count == 2 else { return nil }
                return (
                    parts[0].trimmingCharacters(in: .whitespaces),
                    parts[1].trimmingCharacters(in: .whitespaces)
                )
            }
        func installed() -> Bool {
            guard FileManager.default.isExecutableFile(atPath: python) else { return false }
            let check = run(
                [
                    python, "-c",
                    "import sys, importlib.metadata as m; print(*(m.version(n) for n in sys.argv[1:]))",
                ]
                    + pins.map(\.0))
            return check.status == 0
                && check.output.split(separator: " ").map {
                    $0.trimmingCharacters(in: .whitespacesAndNewlines)
                }
                    == pins.map(\.1)
        }
        if installed() { return python }
        say(
            "Peers: installing \(pins.map { "\($0.0) \($0.1)" }.joined(separator: " and ")) into \(venv.path)"
        )
        if !FileManager.default.isExecutableFile(atPath: python) {
            let created = run(["/usr/bin/env", "python3", "-m", "venv", venv.path])
            guard created.status == 0 else {
                throw BenchError("python3 -m venv \(venv.path) failed: \(created.output.suffix(400))")
            }
        }
        let pip = run([
            python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirements,
        ])
        guard pip.status == 0, installed() else {
            throw BenchError("pip install -r \(requirements) failed: \(pip.output.suffix(400))")
        }
        return python
    }

    /// Runs a command to its end; its status and its output (standard output and error).
    private static func run(_ command: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(command[0]): \(error)") }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

/// The peers' children for one document; the document's file is removed with them.
final class PeerChildren {
    /// The children that started.
    let children: [TimingChild]
    /// What the children reported, and those that did not start.
    let notes: [String]
    private let file: URL

    init(children: [TimingChild], notes: [String], file: URL) {
        self.children = children
        self.notes = notes
        self.file = file
    }

    deinit { try? FileManager.default.removeItem(at: file) }

    /// Every library version the children reported.
    var versions: [String: String] {
        children.reduce(into: [:]) { $0.merge($1.versions) { first, _ in first } }
    }

    /// A contestant for `implementation`'s `operation`, if a child runs it on this document.
    func contestant(_ implementation: Implementation, _ operation: Operation) -> (any Contestant)? {
        guard let name = implementation.peerOperation(operation),
            let child = children.first(where: { $0.operations.contains(name) })
        else { return nil }
        return child.contestant(name)
    }
}
