import Testing

@testable import ResponseCodec

/// ``NameTable``: every protocol name is found, from a `String` and from bytes anywhere in a
/// buffer (with room for a word load after it or not), and every near miss is not.
@Suite("Name tables")
struct NameTableTests {
    /// Runs `check` with each table's names and its lookup.
    static let tables:
        [(label: String, names: [String], match: @Sendable (UnsafeRawBufferPointer, Int, Int) -> String?)] = [
            (
                "members", WireMember.allCases.map(\.rawValue),
                { WireMember.names.match(in: $0, from: $1, to: $2)?.rawValue }
            ),
            (
                "kinds", ResponseKind.allCases.map(\.rawValue),
                { ResponseKind.names.match(in: $0, from: $1, to: $2)?.rawValue }
            ),
            (
                "results", ResponseResult.allCases.map(\.rawValue),
                { ResponseResult.names.match(in: $0, from: $1, to: $2)?.rawValue }
            ),
        ]

    /// What a table finds for `candidate`, placed after `prefix` and before `suffix` bytes.
    static func lookup(
        _ candidate: [UInt8], prefix: Int, suffix: Int,
        _ match: (UnsafeRawBufferPointer, Int, Int) -> String?
    ) -> String? {
        let buffer =
            [UInt8](repeating: UInt8(ascii: "x"), count: prefix) + candidate
            + [UInt8](repeating: UInt8(ascii: "\""), count: suffix)
        return buffer.withUnsafeBytes { match($0, prefix, prefix + candidate.count) }
    }

    @Test("every name is found, wherever it sits in the input", arguments: tables.indices)
    func everyNameFound(_ table: Int) {
        let (label, names, match) = Self.tables[table]
        for name in names {
            for (prefix, suffix) in [(0, 0), (0, 8), (3, 0), (3, 1), (5, 20)] {
                let found = Self.lookup(Array(name.utf8), prefix: prefix, suffix: suffix, match)
                #expect(found == name, "\(label): \(name) at \(prefix), \(suffix) bytes after")
            }
        }
    }

    @Test("no near miss is found: a byte changed, dropped or added", arguments: tables.indices)
    func nearMissesNotFound(_ table: Int) {
        let (label, names, match) = Self.tables[table]
        for name in names {
            let bytes = Array(name.utf8)
            var candidates: [[UInt8]] = [[], bytes + [UInt8(ascii: "s")], [UInt8(ascii: "_")] + bytes]
            for position in bytes.indices {
                var dropped = bytes
                dropped.remove(at: position)
                candidates.append(dropped)
                for replacement in [UInt8(ascii: "a"), UInt8(ascii: "z"), 0x00, 0x80, bytes[position] ^ 0x20]
                {
                    var changed = bytes
                    changed[position] = replacement
                    candidates.append(changed)
                }
            }
            for candidate in candidates {
                let expected = names.first { Array($0.utf8) == candidate }
                for (prefix, suffix) in [(0, 0), (2, 9)] {
                    let found = Self.lookup(candidate, prefix: prefix, suffix: suffix, match)
                    #expect(found == expected, "\(label): \(candidate) near \(name)")
                }
            }
        }
    }

    @Test("a String is matched by its scalars, never by canonical equivalence")
    func stringLookup() {
        #expect(WireMember(name: "transformed_row_styles") == .transformedRowStyles)
        #expect(WireMember(name: "transformed_row_stylez") == nil)
        #expect(ResponseKind.names.match("row_transformation") == .rowTransformation)
        // "é" precomposed and decomposed are equivalent Strings but different names.
        #expect(ResponseResult.names.match("succe\u{301}ss") == nil)
        #expect(ResponseResult.names.match("") == nil)
    }
}
