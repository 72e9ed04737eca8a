import Foundation
import ResponseCodec
import ResponseConformance

/// The golden directory on disk: its manifest and its files.
struct GoldenCorpus {
    /// The directory holding `manifest.json`.
    let directory: URL
    /// The parsed manifest.
    let manifest: Manifest

    /// Loads `DIR/manifest.json`; `DIR` defaults to `golden` in the current directory.
    init(path: String?) throws {
        directory = URL(fileURLWithPath: path ?? "golden", isDirectory: true)
        let manifestURL = directory.appendingPathComponent("manifest.json")
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw UsageError("no manifest at \(manifestURL.path); pass --golden DIR")
        }
        let bytes = [UInt8](try Data(contentsOf: manifestURL))
        manifest = try StrictJSONDecoder().decode(Manifest.self, from: bytes)
        guard manifest.formatVersion == 1 else {
            throw UsageError(
                "manifest format_version \(manifest.formatVersion) is not supported (this tool reads 1)")
        }
    }

    /// A corpus file's bytes.
    func read(_ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(file)))
    }

    /// Writes a corpus file, creating its folder; returns whether the bytes changed.
    func write(_ bytes: [UInt8], to file: String) throws -> Bool {
        let url = directory.appendingPathComponent(file)
        if let existing = try? Data(contentsOf: url), [UInt8](existing) == bytes { return false }
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return true
    }
}
