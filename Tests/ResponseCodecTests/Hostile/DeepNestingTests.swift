import ResponseCodec
import Testing

/// Nesting far deeper than any limit: the parser keeps containers on the heap, and no limit can
/// be raised past `JSONLimits.depthCeiling`, so nothing overflows the stack — in parsing, in
/// failing, or in freeing what was parsed (bugs B1 and B2 of spec/hostile-input.md §8).
@Suite("Hostile: deep nesting")
struct DeepNestingTests {
    /// A limit raised as far as it goes: it takes effect as `JSONLimits.depthCeiling`.
    static let raised = JSONLimits(maxDepth: 1_000_000)
    static let ceiling = JSONLimits.depthCeiling

    @Test("100,000 '[' under the default limit: depth_exceeded at the 513th")
    func openArraysDefaultLimit() {
        let input = Hostile.repeated("[", 100_000)
        let outcome = Hostile.canonicalize(input)
        #expect(outcome.code == .depthExceeded)
        guard case .rejected(_, let pointer, let offset) = outcome else { return }
        #expect(offset == 512)
        #expect(pointer == String(repeating: "/0", count: 512))
    }

    @Test("100,000 '[' under a raised limit: depth_exceeded at the ceiling, no stack overflow")
    func openArraysRaisedLimit() {
        let outcome = Hostile.canonicalize(Hostile.repeated("[", 100_000), limits: Self.raised)
        #expect(outcome.code == .depthExceeded)
        guard case .rejected(_, _, let offset) = outcome else { return }
        #expect(offset == Self.ceiling)
    }

    @Test("100,000 '{\"a\":' under both limits", arguments: [JSONLimits(), raised])
    func openObjects(limits: JSONLimits) {
        let input = Hostile.repeated(#"{"a":"#, 100_000)
        let outcome = Hostile.canonicalize(input, limits: limits)
        #expect(outcome.code == .depthExceeded)
        guard case .rejected(_, let pointer, let offset) = outcome else { return }
        #expect(offset == limits.maxDepth * 5)
        #expect(pointer == String(repeating: "/a", count: limits.maxDepth))
    }

    @Test("a closed value 100,000 levels deep under the default limit is depth_exceeded")
    func closedArraysDefaultLimit() {
        let input = Hostile.repeated("[", 100_000) + Hostile.repeated("]", 100_000)
        #expect(Hostile.canonicalize(input).code == .depthExceeded)
    }

    @Test("a value at the ceiling followed by trailing data fails at the data")
    func deepValueThenTrailingData() {
        let depth = Self.ceiling
        let input = Hostile.repeated("[", depth) + Hostile.repeated("]", depth) + Array("x".utf8)
        let outcome = Hostile.canonicalize(input, limits: Self.raised)
        #expect(outcome.code == .syntax)
        guard case .rejected(_, _, let offset) = outcome else { return }
        #expect(offset == 2 * depth)
    }

    @Test("a value at the ceiling whose last element is bad fails at its offset")
    func deepValueWithBadLeaf() {
        let depth = Self.ceiling / 2
        let input = Hostile.repeated(#"{"a":["#, depth) + Array("1e400".utf8)
        let outcome = Hostile.canonicalize(input, limits: Self.raised)
        #expect(outcome.code == .numberOutOfRange)
        guard case .rejected(_, _, let offset) = outcome else { return }
        #expect(offset == 6 * depth)
    }

    @Test("exactly the limit is accepted, one more level is not", arguments: [1, 2, 64, 512, 1_000])
    func limitBoundary(depth: Int) {
        let limits = JSONLimits(maxDepth: depth)
        let within = Hostile.repeated("[", depth) + Hostile.repeated("]", depth)
        #expect(Hostile.canonicalize(within, limits: limits) == .accepted(within))
        let beyond = Hostile.repeated("[", depth + 1) + Hostile.repeated("]", depth + 1)
        #expect(Hostile.canonicalize(beyond, limits: limits).code == .depthExceeded)
    }

    @Test("a body nested past the default limit is depth_exceeded at its pointer")
    func deepBody() {
        let depth = 100_000
        let input =
            Array(#"{"kind":"interactive","result":"success","http_status":200,"body":"#.utf8)
            + Hostile.repeated("[", depth) + Hostile.repeated("]", depth) + Array("}".utf8)
        let outcome = Hostile.decode(input)
        #expect(outcome.code == .depthExceeded)
        guard case .rejected(_, let pointer, _) = outcome else { return }
        #expect(pointer == "/body" + String(repeating: "/0", count: 511))
    }

    @Test("a closed value at the ceiling is canonicalized and freed")
    func closedArraysAtCeiling() {
        let input = Hostile.repeated("[", Self.ceiling) + Hostile.repeated("]", Self.ceiling)
        #expect(Hostile.canonicalize(input, limits: Self.raised) == .accepted(input))
    }

    @Test("a body at the ceiling is decoded and dropped")
    func deepBodyAtCeiling() {
        let depth = Self.ceiling - 1
        let body = Hostile.repeated("[", depth) + Hostile.repeated("]", depth)
        let input =
            Array(#"{"body":"#.utf8) + body
            + Array(#","http_status":200,"kind":"interactive","result":"success"}"#.utf8)
        #expect(Hostile.decode(input, options: DecodingOptions(limits: Self.raised)) == .accepted(input))
    }
}
