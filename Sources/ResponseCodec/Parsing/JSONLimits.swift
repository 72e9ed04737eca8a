/// Resource limits for reading untrusted JSON. Input over a limit is rejected before any
/// large allocation is made for it.
///
/// Spec: `spec/response-format.md`, section "Limits".
public struct JSONLimits: Sendable, Hashable {
    /// The deepest nesting of arrays and objects accepted; the top-level value is depth 1
    /// once it is an array or object. Deeper input fails with `depth_exceeded`.
    public var maxDepth: Int

    /// The largest document accepted, in bytes. Larger input fails with `too_large` before it is parsed.
    public var maxDocumentBytes: Int

    /// The largest string (member names included) accepted, in bytes of its UTF-8 form after
    /// unescaping. A longer string fails with `too_large`.
    public var maxStringBytes: Int

    /// Creates limits; the defaults suit response documents and are those the spec names.
    public init(maxDepth: Int = 512, maxDocumentBytes: Int = 64 << 20, maxStringBytes: Int = 16 << 20) {
        self.maxDepth = maxDepth
        self.maxDocumentBytes = maxDocumentBytes
        self.maxStringBytes = maxStringBytes
    }
}
