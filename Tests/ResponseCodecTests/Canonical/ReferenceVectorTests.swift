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

    /// The inputs of the JCS test files, built by hand (there is no parser here), by file name.
    static let jcsInputs: [(String, JSONValue)] = [
        ("arrays.json", [56, ["d": true, "10": nil, "1": []]]),
        (
            "french.json",
            [
                "peach": "This sorting order", "p\u{E9}ch\u{E9}": "is wrong according to French",
                "p\u{EA}che": "but canonicalization MUST", "sin": "ignore locale",
            ]
        ),
        (
            "structures.json",
            [
                "1": ["f": ["f": "hi", "F": 5], "\n": 56.0], "10": [:], "": "empty", "a": [:],
                "111": [["e": "yes", "E": "no"]], "A": [:],
            ]
        ),
        ("unicode.json", ["Unnormalized Unicode": "A\u{030A}"]),
        (
            "values.json",
            [
                "numbers": [333_333_333.333_333_29, 1e30, 4.50, 2e-3, 0.000_000_000_000_000_000_000_000_001],
                "string": "\u{20AC}$\u{F}\u{A}A'\u{42}\u{22}\u{5C}\\\"/",
                "literals": [nil, true, false],
            ]
        ),
        (
            "weird.json",
            [
                "\u{20AC}": "Euro Sign", "\r": "Carriage Return", "\u{A}": "Newline", "1": "One",
                "\u{80}": "Control\u{7F}", "\u{1F602}": "Smiley",
                "\u{F6}": "Latin Small Letter O With Diaeresis",
                "\u{FB33}": "Hebrew Letter Dalet With Dagesh", "</script>": "Browser Challenge",
            ]
        ),
    ]

    @Test(
        "JCS output files (cyberphone/json-canonicalization)",
        .enabled(if: vectorsDirectory != nil, "shared/vectors is absent"),
        arguments: jcsInputs)
    func jcsOutput(name: String, input: JSONValue) throws {
        let expected = [UInt8](try Self.contents("jcs/output/\(name)"))
        #expect(try input.canonicalBytes() == expected)
    }
}
