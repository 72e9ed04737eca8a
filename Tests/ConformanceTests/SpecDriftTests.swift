import Foundation
import Testing

/// One fenced block of a `spec/*.md` file.
struct SpecBlock: Sendable, Hashable, CustomTestStringConvertible {
    /// The spec file's name, such as `response-format.md`.
    var file: String
    /// The one-based line number of the opening fence.
    var line: Int
    /// The fence's info string (`json`, `text`).
    var info: String
    /// The golden path the marker comment just before the fence names, relative to `golden/`.
    var golden: String?
    /// The lines between the fences, joined by `\n` (no final newline).
    var content: String

    var testDescription: String { "\(file):\(line)" }
}

/// Reads the fenced blocks of the spec, and the golden files they cite.
enum Spec {
    /// The package root, three levels above this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `spec/` at the package root.
    static let directory = root.appendingPathComponent("spec", isDirectory: true)

    /// The Markdown files of `spec/`, by name; empty when the folder cannot be read.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    /// Every fenced block of every spec file, in file and line order.
    static let blocks: [SpecBlock] = files.flatMap { name in
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
        else {
            return [SpecBlock]()
        }
        return parse(String(decoding: data, as: UTF8.self), file: name)
    }

    /// The blocks whose info string is `json`: by the spec's convention, golden documents only.
    static let jsonBlocks: [SpecBlock] = blocks.filter { $0.info == "json" }

    /// The fenced blocks of one Markdown text. A fence is a line of three or more backticks,
    /// indented by at most three spaces; the closing fence has no info string.
    static func parse(_ text: String, file: String) -> [SpecBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [SpecBlock] = []
        var index = 0
        while index < lines.count {
            guard let info = fenceInfo(lines[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, fenceInfo(lines[end]) != "" { end += 1 }
            let marker = index > 0 ? goldenMarker(lines[index - 1]) : nil
            let content = lines[(index + 1)..<min(end, lines.count)].joined(separator: "\n")
            blocks.append(
                SpecBlock(
                    file: file, line: index + 1, info: info.lowercased(), golden: marker, content: content))
            index = end + 1
        }
        return blocks
    }

    /// The info string of a fence line (`""` for a bare fence), or `nil` if it is no fence.
    static func fenceInfo(_ line: String) -> String? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.hasPrefix("```") else { return nil }
        return rest.drop { $0 == "`" }.trimmingCharacters(in: .whitespaces)
    }

    /// The path of a `<!-- golden: PATH -->` line, or `nil` if the line is not such a marker.
    static func goldenMarker(_ line: String) -> String? {
        let text = line.trimmingCharacters(in: .whitespaces)
        let prefix = "<!-- golden: "
        let suffix = " -->"
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else {
            return nil
        }
        let path = text.dropFirst(prefix.count).dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
        return path.isEmpty || path.contains(" ") ? nil : path
    }
}

/// Every JSON example in the spec is a golden file, byte for byte, so the spec cannot drift from
/// the corpus: a ```json block must follow a `<!-- golden: PATH -->` line (PATH relative to
/// `golden/`) and hold exactly that file's bytes. Other examples use another info string.
@Suite("Spec examples are golden files")
struct SpecDriftTests {
    @Test("the spec has Markdown files with json examples")
    func specHasExamples() {
        #expect(
            Spec.files.contains("response-format.md"),
            "no spec/response-format.md under \(Spec.directory.path)")
        #expect(!Spec.jsonBlocks.isEmpty, "no ```json block in spec/*.md")
    }

    @Test("a json block names its golden file and equals it", arguments: Spec.jsonBlocks)
    func jsonBlockIsGolden(_ block: SpecBlock) throws {
        let id = block.testDescription
        let noMarker = "a ```json block needs `<!-- golden: PATH -->` on the line above (else ```text)"
        let path = try #require(block.golden, "\(id): \(noMarker)")
        let url = Corpus.directory.appendingPathComponent(path)
        let noFile = "golden file \(path) does not exist (update-golden writes it)"
        let golden = try #require(FileManager.default.contents(atPath: url.path), "\(id): \(noFile)")
        expectBytes(Array(block.content.utf8), equal: [UInt8](golden), "\(id) vs golden/\(path)")
    }

    @Test("every fence is closed")
    func fencesAreClosed() {
        for file in Spec.files {
            let fences = Spec.blocks.filter { $0.file == file }
            let text =
                FileManager.default.contents(atPath: Spec.directory.appendingPathComponent(file).path)
                .map { String(decoding: $0, as: UTF8.self) } ?? ""
            let fenceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { Spec.fenceInfo(String($0)) != nil }.count
            #expect(fenceLines == 2 * fences.count, "\(file): a fenced block is not closed")
        }
    }
}
