/// Options of ``StrictJSONDecoder`` and ``WireFormat``.
public struct DecodingOptions: Sendable, Hashable {
    /// What to do with a member whose name the protocol does not know.
    public enum UnknownMembers: String, Sendable, Hashable {
        /// Reject it with `unexpected_field` (the default).
        case reject
        /// Skip it. A known member in the wrong place (a `countdown` on a skip) is still rejected.
        case ignore
    }

    /// Resource limits for the parser.
    public var limits: JSONLimits

    /// The policy for members the protocol does not know.
    public var unknownMembers: UnknownMembers

    /// Creates options; the defaults are strict.
    public init(limits: JSONLimits = JSONLimits(), unknownMembers: UnknownMembers = .reject) {
        self.limits = limits
        self.unknownMembers = unknownMembers
    }
}

extension CodingUserInfoKey {
    /// The `userInfo` key under which a decoder passes ``DecodingOptions/UnknownMembers`` to the
    /// response types. Foundation's `JSONDecoder` may set it too; when absent, unknown members are rejected.
    public static let unknownMembers = CodingUserInfoKey(rawValue: "ResponseCodec.unknownMembers")!
}
