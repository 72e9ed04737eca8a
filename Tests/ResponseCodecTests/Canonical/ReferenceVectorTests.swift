import Foundation
import Testing

@testable import ResponseCodec

/// Acceptance checks against the public reference vectors in the `shared/vectors` folder laid
/// beside the repository (V8's number strings, cyberphone/json-canonicalization's JCS files).
/// The folder is not part of the project, so these tests are skipped where it is absent; the
/// project's own cases live in the other canonical-form test files.
@Suite("Reference vectors (shared/vectors)")
struct ReferenceVectorTests {
    /// The `vectors` folder, if one is found beside the package or at the workplace's path.
    static let vectorsDirectory: URL? = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Canonical
            .deletingLastPathComponent()  // ResponseCodecTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        let candidates = [
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/vectors"),
            URL(fileURLWithPath: "/work/shared/vectors"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// The contents of a file under the vectors folder.
    static func contents(_ relativePath: String) throws -> Data {
        let directory = try #require(vectorsDirectory)
        return try Data(contentsOf: directory.appendingPathComponent(relativePath))
    }

    @Test(
        "Every ECMAScript number vector (V8 Number.prototype.toString)",
        .enabled(if: vectorsDirectory != nil, "shared/vectors is absent"))
    func numberVectors() throws {
        let text = String(decoding: try Self.contents("numbers/es-number-vectors.txt"), as: UTF8.self)
        var checked = 0
        var mismatches: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: ",", maxSplits: 1)
            let bits = try #require(
                fields.count == 2 ? UInt64(fields[0], radix: 16) : nil, "bad line \(line)")
            let actual = CanonicalTestSupport.formatted(Double(bitPattern: bits))
            if actual != fields[1] { mismatches.append("\(line) -> \(actual)") }
            checked += 1
        }
        let mismatchCount = mismatches.count
        #expect(checked == 100_000)
        #expect(mismatchCount == 0, "first mismatches: \(mismatches.prefix(10))")
    }

    /// The names of the JCS test files (`jcs/input/NAME` canonicalizes to `jcs/output/NAME`).
    static let jcsNames: [String] = {
        guard let directory = vectorsDirectory?.appendingPathComponent("jcs/input") else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }()

    @Test(
        "JCS input files canonicalize to their output files (cyberphone/json-canonicalization)",
        .enabled(if: vectorsDirectory != nil, "shared/vectors is absent"),
        arguments: jcsNames)
    func jcsOutput(name: String) throws {
        let input = [UInt8](try Self.contents("jcs/input/\(name)"))
        let expected = [UInt8](try Self.contents("jcs/output/\(name)"))
        #expect(try WireFormat.canonicalize(input) == expected)
    }
}
