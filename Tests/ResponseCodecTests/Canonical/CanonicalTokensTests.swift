import Testing

@testable import ResponseCodec

/// The static canonical tokens of member names, kinds and results are exactly what the writer
/// makes of their raw values, so the encoder's shortcut cannot drift from the names.
@Suite("Canonical tokens")
struct CanonicalTokensTests {
    /// What the general writer makes of a string.
    static func quoted(_ text: String) -> String {
        var writer = CanonicalWriter()
        writer.writeString(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("a member's quoted name is its raw value quoted, with a colon", arguments: WireMember.allCases)
    func memberName(_ member: WireMember) {
        #expect(member.quotedName.description == Self.quoted(member.rawValue) + ":")
    }

    @Test("a kind's token is its raw value quoted", arguments: ResponseKind.allCases)
    func kind(_ kind: ResponseKind) {
        #expect(kind.quoted.description == Self.quoted(kind.rawValue))
    }

    @Test("a result's token is its raw value quoted", arguments: ResponseResult.allCases)
    func result(_ result: ResponseResult) {
        #expect(result.quoted.description == Self.quoted(result.rawValue))
    }
}
