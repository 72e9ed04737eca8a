/// Resource limits for reading untrusted JSON. Input over a limit is rejected before any
/// large allocation is made for it.
///
/// Spec: `spec/response-format.md` §5.8 "Limits".
public struct JSONLimits: Sendable, Hashable {
    /// The largest ``maxDepth`` that takes effect: 1,024.
    ///
    /// Swift frees nested arrays and objects recursively, one chain of stack frames per level,
    /// and a value nested a few thousand levels deep can exhaust a 512 KiB thread stack when it
    /// is dropped — long after it was parsed without recursion. No value the parser returns is
    /// deeper than this, so no value it returns can crash its owner.
    public static let depthCeiling = 1_024

    /// The deepest nesting of arrays and objects accepted; the top-level value is depth 1
    /// once it is an array or object. Deeper input fails with `depth_exceeded`. A setting
    /// above ``depthCeiling`` is treated as ``depthCeiling``; a negative one as 0 (scalars only).
    public var maxDepth: Int {
        get { storedMaxDepth }
        set { storedMaxDepth = Swift.min(Swift.max(newValue, 0), Self.depthCeiling) }
    }

    /// The largest document accepted, in bytes. Larger input fails with `too_large` before it is parsed.
    public var maxDocumentBytes: Int

    /// The largest string (member names included) accepted, in bytes of its UTF-8 form after
    /// unescaping. A longer string fails with `too_large` as soon as it passes the limit.
    public var maxStringBytes: Int

    /// ``maxDepth`` within `0...depthCeiling`.
    private var storedMaxDepth: Int

    /// Creates limits; the defaults suit response documents and are those the spec names.
    public init(maxDepth: Int = 512, maxDocumentBytes: Int = 64 << 20, maxStringBytes: Int = 16 << 20) {
        self.storedMaxDepth = 0
        self.maxDocumentBytes = maxDocumentBytes
        self.maxStringBytes = maxStringBytes
        self.maxDepth = maxDepth
    }
}
