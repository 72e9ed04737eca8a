import Testing

@testable import ResponseCodec

/// The JSON Pointer of a parse fault: the path of the value whose position the fault is at
/// (spec/response-format.md §6.2 step 3).
@Suite("Parse fault pointers")
struct ParserPointerTests {
    /// Faults inside arrays: element tokens are pushed at the element's first byte.
    static let arrayCases: [FaultCase] = [
        // Element i is pushed at its first byte: the first non-whitespace byte after `[` or `,`.
        FaultCase("[x]", .syntax, "/0", 1),
        FaultCase("[ }", .syntax, "/0", 2),
        FaultCase("[ , ]", .syntax, "/0", 2),
        FaultCase("[1, ]", .syntax, "/1", 4),
        FaultCase("[1,[2,x]]", .syntax, "/1/1", 6),
        FaultCase("[[[[nul]]]]", .syntax, "/0/0/0/0", 7),
        // ... and popped when the element's value ends.
        FaultCase("[1 x]", .syntax, "", 3),
        FaultCase("[[1] x]", .syntax, "", 5),
        FaultCase("[[1 x]]", .syntax, "/0", 4),
        // Before the element begins (end of input after `[` or `,`), no token.
        FaultCase("[ ", .syntax, "", 2),
        FaultCase("[1, ", .syntax, "", 4),
    ]

    /// Each array case fails with its pointer.
    @Test("array elements", arguments: arrayCases)
    func arrays(_ fault: FaultCase) {
        fault.check()
    }

    /// Faults inside objects: member tokens are pushed at the name's closing quote.
    static let objectCases: [FaultCase] = [
        // A fault inside an unfinished name has the object's pointer.
        FaultCase(#"{"a\q":1}"#, .syntax, "", 4),
        FaultCase(#"{"a"#, .syntax, "", 3),
        FaultCase(#"{"a":{"b\q":1}}"#, .syntax, "/a", 9),
        // The member token is pushed at the name's closing quote: a missing colon and a bad value.
        FaultCase(#"{"a" x"#, .syntax, "/a", 5),
        FaultCase(#"{"a":1,"b" x}"#, .syntax, "/b", 11),
        FaultCase(#"{"a":x}"#, .syntax, "/a", 5),
        FaultCase(#"{"a":"#, .syntax, "/a", 5),
        // ... and popped when the member's value ends.
        FaultCase(#"{"a":[1,2]x"#, .syntax, "", 10),
        FaultCase(#"{"a":1"#, .syntax, "", 6),
        // Object-level faults: where a name or the end of the object should be.
        FaultCase(#"{"a":1,}"#, .syntax, "", 7),
        FaultCase(#"{"a":1,x}"#, .syntax, "", 7),
        FaultCase(#"[{"a":1,}]"#, .syntax, "/0", 8),
        // Tokens are escaped per RFC 6901 and use the unescaped name.
        FaultCase(#"{"a/b":{"~":[tru]}}"#, .syntax, "/a~1b/~0/0", 16),
        FaultCase(#"{"\u0041":x}"#, .syntax, "/A", 10),
        FaultCase(#"{"":x}"#, .syntax, "/", 4),
    ]

    /// Each object case fails with its pointer.
    @Test("object members", arguments: objectCases)
    func objects(_ fault: FaultCase) {
        fault.check()
    }

    /// Faults at the top level and in trailing data have the empty pointer.
    static let topLevelCases: [FaultCase] = [
        FaultCase("x", .syntax, "", 0),
        FaultCase("\"a\" x", .syntax, "", 4),
        FaultCase("[1] x", .syntax, "", 4),
        FaultCase("{} {}", .syntax, "", 3),
    ]

    /// Each top-level case fails with the empty pointer.
    @Test("top level and trailing data", arguments: topLevelCases)
    func topLevel(_ fault: FaultCase) {
        fault.check()
    }
}
