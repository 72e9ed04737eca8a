import Foundation
import Testing

/// No trap reachable from input: the library has no `fatalError`, `precondition`, `assert`,
/// force unwrap, `try!` or `as!` outside comments and string literals, except the audited
/// occurrences below, each of which cannot be reached from input.
@Suite("Hostile: no traps")
struct NoTrapsTests {
    /// An audited occurrence: a file, a fragment of its line, and why input cannot reach it.
    struct Audited {
        let file: String
        let fragment: String
        let reason: String
    }

    /// Every occurrence the scan finds that is known not to be reachable from input.
    static let audited: [Audited] = [
        Audited(
            file: "Model/DecodingOptions.swift",
            fragment: #"CodingUserInfoKey(rawValue: "")!"#,
            reason: "a constant key, made once; CodingUserInfoKey(rawValue:) never returns nil"),
        Audited(
            file: "Canonical/ByteSink.swift", fragment: "precondition",
            reason: "bounds checks on writes into capacity the writer reserved from sizes it computed "
                + "before the token (an upper bound per token); they guard memory safety, and no input "
                + "changes a bound, so they fire only on a bug in the writer itself"),
        Audited(
            file: "Canonical/ByteSink.swift", fragment: "buffer.baseAddress!",
            reason: "the sink writes only after its precondition found room, so the buffer is non-empty"),
        Audited(
            file: "Canonical/ByteSink+String.swift", fragment: "precondition(",
            reason: "the escaped length of a string is bounded before it is written (6 bytes per input "
                + "byte at most); the check guards that bound, not the input"),
    ]

    /// What counts as a trap, on code with comments and string contents removed.
    static var patterns: [(name: String, regex: Regex<AnyRegexOutput>)] {
        [
            ("fatalError", try! Regex(#"\bfatalError\s*\("#)),
            ("precondition", try! Regex(#"\bprecondition(Failure)?\s*\("#)),
            ("assert", try! Regex(#"\bassert(ionFailure)?\s*\("#)),
            ("try!", try! Regex(#"\btry!"#)),
            ("as!", try! Regex(#"\bas!"#)),
            ("force unwrap", try! Regex(#"[\w\)\]\}>]!(?!=)"#)),
            ("unsafelyUnwrapped", try! Regex(#"\bunsafelyUnwrapped\b"#)),
        ]
    }

    /// The library's sources: Sources/ResponseCodec, found from this file's path.
    static var libraryDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ResponseCodec")
    }

    @Test("the library's sources have no trap but the audited ones")
    func noTraps() throws {
        let directory = Self.libraryDirectory
        let enumerator = try #require(FileManager.default.enumerator(atPath: directory.path))
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".swift") { files.append(path) }
        }
        #expect(files.count > 20, "the scan found too few sources in \(directory.path)")

        var unexpected: [String] = []
        var seen = Set<String>()
        for file in files.sorted() {
            let source = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for finding in Self.findings(in: source) {
                if let audit = Self.audited.first(where: {
                    file.hasSuffix($0.file) && finding.code.contains($0.fragment)
                }) {
                    seen.insert(audit.file + audit.fragment)
                } else {
                    unexpected.append("\(file):\(finding.line): \(finding.pattern): \(finding.code)")
                }
            }
        }
        #expect(unexpected.isEmpty, "traps in the library:\n\(unexpected.joined(separator: "\n"))")
        for audit in Self.audited where !seen.contains(audit.file + audit.fragment) {
            Issue.record("\(audit.file): the audited '\(audit.fragment)' is gone; remove it from the list")
        }
    }

    @Test("the scan finds each kind of trap, and nothing in comments or strings")
    func scanSelfTest() {
        let flagged = """
            let a = optional!
            let b = array.first!.count
            let c = (x as! Int)
            let d = try! f()
            fatalError("x")
            precondition(a > 0)
            preconditionFailure()
            assert(ok)
            let e = dictionary["k"]!
            let f = call()!
            let g = "\\(value!)"
            """
        let found = Self.findings(in: flagged).map(\.line)
        #expect(found == Array(1...11), "\(Self.findings(in: flagged))")

        let clean = """
            // fatalError("x"), value!, try!
            /* precondition(false) /* nested */ x! */
            /// assert(false)
            let a = "fatalError(\\"x\\") y! try!"
            let b = #"as! "quoted"! \\(x!)"#
            let c = \"""
                value! fatalError(
                \"""
            let d = a != b && !c && a !== b
            """
        #expect(Self.findings(in: clean).isEmpty, "\(Self.findings(in: clean))")
    }

    /// A line with traps: its 1-based number, the names of the patterns it matches, and its code.
    struct Finding: CustomStringConvertible {
        let line: Int
        let pattern: String
        let code: String
        var description: String { "\(line): \(pattern): \(code)" }
    }

    /// The lines matching ``patterns`` in `source` once comments and string contents are removed.
    static func findings(in source: String) -> [Finding] {
        var findings: [Finding] = []
        let compiled = patterns
        for (index, line) in stripped(source).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let code = line.trimmingCharacters(in: .whitespaces)
            let names = compiled.filter { code.contains($0.regex) }.map(\.name)
            if !names.isEmpty {
                findings.append(Finding(line: index + 1, pattern: names.joined(separator: ", "), code: code))
            }
        }
        return findings
    }

    /// `source` with comments removed and the contents of string literals replaced by nothing
    /// (the quotes stay, interpolated code stays), keeping every line break.
    static func stripped(_ source: String) -> String {
        enum Context {
            /// Code; `parentheses` counts open `(` inside an interpolation (0 at top level).
            case code(parentheses: Int)
            /// A string literal with this many `#` and whether it is `"""`.
            case string(hashes: Int, multiline: Bool)
        }
        let bytes = Array(source.utf8)
        var output: [UInt8] = []
        var stack: [Context] = [.code(parentheses: 0)]
        var index = 0
        func at(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        func hashes(from start: Int) -> Int {
            var count = 0
            while start + count < bytes.count, bytes[start + count] == UInt8(ascii: "#") { count += 1 }
            return count
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch stack[stack.count - 1] {
            case .code(let parentheses):
                if byte == UInt8(ascii: "/"), at(1) == UInt8(ascii: "/") {
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                    continue
                }
                if byte == UInt8(ascii: "/"), at(1) == UInt8(ascii: "*") {
                    var depth = 0
                    repeat {
                        if bytes[index] == UInt8(ascii: "/"), at(1) == UInt8(ascii: "*") {
                            depth += 1
                            index += 2
                        } else if bytes[index] == UInt8(ascii: "*"), at(1) == UInt8(ascii: "/") {
                            depth -= 1
                            index += 2
                        } else {
                            if bytes[index] == UInt8(ascii: "\n") { output.append(bytes[index]) }
                            index += 1
                        }
                    } while depth > 0 && index < bytes.count
                    continue
                }
                let count = hashes(from: index)
                if index + count < bytes.count, bytes[index + count] == UInt8(ascii: "\"") {
                    let quote = index + count
                    let multiline =
                        quote + 2 < bytes.count && bytes[quote + 1] == UInt8(ascii: "\"")
                        && bytes[quote + 2] == UInt8(ascii: "\"")
                    stack.append(.string(hashes: count, multiline: multiline))
                    output.append(UInt8(ascii: "\""))
                    index = quote + (multiline ? 3 : 1)
                    continue
                }
                if byte == UInt8(ascii: "(") {
                    stack[stack.count - 1] = .code(parentheses: parentheses + 1)
                } else if byte == UInt8(ascii: ")") && stack.count > 1 {
                    if parentheses == 1 {
                        stack.removeLast()
                        output.append(byte)
                        index += 1
                        continue
                    }
                    stack[stack.count - 1] = .code(parentheses: parentheses - 1)
                }
                output.append(byte)
                index += 1
            case .string(let count, let multiline):
                if byte == UInt8(ascii: "\\"), hashes(from: index + 1) == count {
                    let next = index + 1 + count
                    if next < bytes.count, bytes[next] == UInt8(ascii: "(") {
                        // Interpolation: code until the matching parenthesis.
                        stack.append(.code(parentheses: 1))
                        output.append(UInt8(ascii: " "))
                        output.append(UInt8(ascii: "("))
                        index = next + 1
                    } else {
                        index = next + 1  // skip the escaped character
                    }
                    continue
                }
                let quotes = multiline ? 3 : 1
                if byte == UInt8(ascii: "\""),
                    (0..<quotes).allSatisfy({
                        index + $0 < bytes.count && bytes[index + $0] == UInt8(ascii: "\"")
                    }),
                    hashes(from: index + quotes) >= count
                {
                    stack.removeLast()
                    output.append(UInt8(ascii: "\""))
                    index += quotes + count
                    continue
                }
                if byte == UInt8(ascii: "\n") { output.append(byte) }
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
