import Foundation
import ResponseCodec
import ResponseConformance
import Testing

/// The golden corpus of this checkout, found next to this file, loaded once for every test.
enum Corpus {
    /// `golden/` at the package root.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("golden", isDirectory: true)

    /// The manifest, or the reason it could not be read (reported by `ManifestTests`).
    static let loaded: Result<Manifest, any Error> = Result {
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent("manifest.json")))
        return try StrictJSONDecoder().decode(Manifest.self, from: bytes)
    }

    /// The manifest; empty when it could not be read, so the parameterized tests have no cases
    /// and `CoverageTests.loads` fails instead.
    static var manifest: Manifest {
        (try? loaded.get()) ?? Manifest(formatVersion: 0)
    }

    /// A corpus file's bytes.
    static func read(_ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(file)))
    }
}

extension ValidCase: CustomTestStringConvertible {
    /// The case id, as the test report names the case.
    public var testDescription: String { id }
}

extension InvalidCase: CustomTestStringConvertible {
    /// The case id, as the test report names the case.
    public var testDescription: String { id }
}

extension FactoryErrorCase: CustomTestStringConvertible {
    /// The case id, as the test report names the case.
    public var testDescription: String { id }
}

/// Asserts that `actual` equals the golden bytes, showing the first difference readably.
func expectBytes(
    _ actual: [UInt8], equal golden: [UInt8], _ id: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let diff = ByteDiff(expected: golden, actual: actual)
    #expect(diff.offset == nil, "\(id): \(diff)", sourceLocation: sourceLocation)
}
