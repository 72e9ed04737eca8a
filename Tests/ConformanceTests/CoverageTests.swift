import Foundation
import ResponseCodec
import ResponseConformance
import Testing

/// The corpus covers what the code defines: computed from the library, not from a hand list.
@Suite("Corpus coverage")
struct CoverageTests {
    /// Every (class, factory) pair the library knows.
    static let factories: [(kind: ResponseClass, factory: String)] = ResponseClass.allCases.flatMap { kind in
        FactoryCall.factories(of: kind).map { (kind, $0) }
    }

    private func calls() throws -> [FactoryCall] {
        try Corpus.manifest.valid.map { try FactoryCall(json: $0.call) }
    }

    @Test("the manifest loads and is format version 1")
    func loads() throws {
        let manifest = try Corpus.loaded.get()
        #expect(manifest.formatVersion == 1)
        #expect(manifest.valid.count >= 80)
        #expect(manifest.invalid.count >= 60)
    }

    @Test("case ids and files are unique")
    func unique() {
        let ids = Corpus.manifest.ids
        #expect(Set(ids).count == ids.count)
        let files = Corpus.manifest.files
        #expect(Set(files).count == files.count)
    }

    @Test(
        "every factory of every class has a case with its defaults",
        arguments: Self.factories.map { "\($0.kind.rawValue).\($0.factory)" })
    func everyFactoryHasDefaults(_ name: String) throws {
        let pair = try #require(Self.factories.first { "\($0.kind.rawValue).\($0.factory)" == name })
        let required = pair.kind.requiredParameters(of: pair.factory)
        guard required.isEmpty else {
            // A factory without defaults for some arguments is refused without them instead.
            for parameter in required {
                let refused = Corpus.manifest.factoryErrors.contains { error in
                    guard error.code == "missing_field", error.pointer == "/args/\(parameter)",
                        let call = try? FactoryCall(json: error.call)
                    else { return false }
                    return call.kind == pair.kind && call.factory == pair.factory
                }
                #expect(refused, "no factory error calls \(name) without \(parameter)")
            }
            return
        }
        let covered = try calls().contains { "\($0.kind.rawValue).\($0.factory)" == name && $0.args.isEmpty }
        #expect(covered, "no case calls \(name) with no arguments")
    }

    @Test(
        "every argument of every factory is given in some case",
        arguments: Self.factories.flatMap { pair in
            (FactoryCall.parameters(of: pair.kind, factory: pair.factory) ?? []).map {
                "\(pair.kind.rawValue).\(pair.factory)(\($0))"
            }
        })
    func everyArgumentIsGiven(_ name: String) throws {
        let covered = try calls().contains { call in
            call.args.keys.contains {
                "\(call.kind.rawValue).\(call.factory)(\($0))" == name && call.args[$0] != .null
            }
        }
        #expect(covered, "no case gives \(name)")
    }

    @Test(
        "every error code is expected by some case",
        arguments: ResponseCodecError.Code.allCases.map(\.rawValue))
    func everyErrorCode(_ code: String) {
        let codes = Set(Corpus.manifest.invalid.map(\.code) + Corpus.manifest.factoryErrors.map(\.code))
        #expect(codes.contains(code), "no case expects \(code)")
    }

    @Test("every file under golden/ belongs to a case")
    func noOrphanFiles() throws {
        let manifest = Corpus.manifest
        let known = Set(manifest.files + ["manifest.json"])
        let root = Corpus.directory.standardizedFileURL.path + "/"
        let enumerator = try #require(
            FileManager.default.enumerator(at: Corpus.directory, includingPropertiesForKeys: nil))
        var orphans: [String] = []
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
            if !known.contains(relative) && !relative.hasSuffix("README.md") { orphans.append(relative) }
        }
        #expect(orphans.isEmpty, "files no case names: \(orphans)")
    }

    @Test("the conformance runner passes every case against the built-in testee")
    func runnerPasses() {
        let testee = BuiltInTestee()
        let run = ConformanceRunner(manifest: Corpus.manifest, readFile: Corpus.read).run {
            testee.respond(to: $0)
        }
        let failures = run.outcomes.filter { $0.failure != nil }
        #expect(run.outcomes.count == Corpus.manifest.ids.count)
        #expect(run.unanswered.isEmpty && run.stopReason == nil)
        #expect(failures.isEmpty, "\(failures.map { "\($0.id): \($0.failure!)" })")
    }
}
