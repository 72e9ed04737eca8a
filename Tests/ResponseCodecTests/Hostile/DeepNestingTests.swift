import ResponseCodec
import Testing

/// Nesting far deeper than any limit: the parser keeps containers on the heap, so neither the
/// default limit nor a raised one may overflow the stack, in parsing or in failing.
@Suite("Hostile: deep nesting")
struct DeepNestingTests {
    /// A raised limit that lets 100,000 levels through to the grammar.
    static let raised = JSONLimits(maxDepth: 1_000_000)

    @Test("100,000 '[' under the default limit: depth_exceeded at the 513th")
    func openArraysDefaultLimit() {
        let input = Hostile.repeated("[", 100_000)
        let outcome = Hostile.canonicalize(input)
        #expect(outcome.code == .depthExceeded)
        guard case .rejected(_, let pointer, let offset) = outcome else { return }
        #expect(offset == 512)
        #expect(pointer == String(repeating: "/0", count: 512))
    }

    @Test("100,000 '[' under a raised limit: syntax at the end of the input, no stack overflow")
    func openArraysRaisedLimit() {
        let outcome = Hostile.canonicalize(Hostile.repeated("[", 100_000), limits: Self.raised)
        #expect(outcome.code == .syntax)
        guard case .rejected(_, _, let offset) = outcome else { return }
        #expect(offset == 100_000)
    }

    @Test("100,000 '{\"a\":' under both limits", arguments: [JSONLimits(), raised])
    func openObjects(limits: JSONLimits) {
        let input = Hostile.repeated(#"{"a":"#, 100_000)
        let outcome = Hostile.canonicalize(input, limits: limits)
        if limits.maxDepth == JSONLimits().maxDepth {
            #expect(outcome.code == .depthExceeded)
            guard case .rejected(_, let pointer, let offset) = outcome else { return }
            #expect(offset == 512 * 5)
            #expect(pointer == String(repeating: "/a", count: 512))
        } else {
            #expect(outcome.code == .syntax)
            guard case .rejected(_, _, let offset) = outcome else { return }
            #expect(offset == input.count)
        }
    }

    @Test("a closed value 100,000 levels deep under the default limit is depth_exceeded")
    func closedArraysDefaultLimit() {
        let input = Hostile.repeated("[", 100_000) + Hostile.repeated("]", 100_000)
        #expect(Hostile.canonicalize(input).code == .depthExceeded)
    }

    @Test(
        "a deep value followed by trailing data is released without recursion",
        .disabled(
            "bug B2 (spec/hostile-input.md §8): at -Onone the iterative release copies the tree and frees it recursively"
        ))
    func deepValueThenTrailingData() {
        let depth = 100_000
        let input = Hostile.repeated("[", depth) + Hostile.repeated("]", depth) + Array("x".utf8)
        let outcome = Hostile.canonicalize(input, limits: Self.raised)
        #expect(outcome.code == .syntax)
        guard case .rejected(_, _, let offset) = outcome else { return }
        #expect(offset == 2 * depth)
    }

    @Test("a deep value whose last element is bad fails at its offset, without recursion")
    func deepValueWithBadLeaf() {
        let depth = 100_000
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

    @Test(
        "a closed value 100,000 levels deep under a raised limit is canonicalized",
        .disabled(
            "bug B1 (spec/hostile-input.md §8): the accepted tree is released recursively and overflows the stack"
        ))
    func closedArraysRaisedLimit() {
        let input = Hostile.repeated("[", 100_000) + Hostile.repeated("]", 100_000)
        #expect(Hostile.canonicalize(input, limits: Self.raised) == .accepted(input))
    }

    @Test(
        "a body 100,000 levels deep under a raised limit is decoded and dropped",
        .disabled(
            "bug B1 (spec/hostile-input.md §8): the accepted tree is released recursively and overflows the stack"
        ))
    func deepBodyRaisedLimit() {
        let depth = 100_000
        let body = Hostile.repeated("[", depth) + Hostile.repeated("]", depth)
        let input =
            Array(#"{"body":"#.utf8) + body
            + Array(#","http_status":200,"kind":"interactive","result":"success"}"#.utf8)
        #expect(Hostile.decode(input, options: DecodingOptions(limits: Self.raised)) == .accepted(input))
    }
}
