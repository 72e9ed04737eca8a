import ResponseCodec

/// The golden corpus's index, `golden/manifest.json`: every case any runtime must pass.
///
/// Spec: `spec/conformance.md` §2 "The manifest".
public struct Manifest: Sendable, Hashable, Codable {
    /// The manifest format's version; this reader knows version 1.
    public var formatVersion: Int
    /// Factory calls and the exact canonical bytes each produces.
    public var valid: [ValidCase]
    /// Documents every decoder must reject (or, with `check: verify`, call non-canonical).
    public var invalid: [InvalidCase]
    /// Factory calls every runtime must refuse.
    public var factoryErrors: [FactoryErrorCase]
    /// Task outputs the runner sends, and projections it refuses; `[]` when the manifest has none.
    public var taskOutputs: [TaskOutputCase]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case valid
        case invalid
        case factoryErrors = "factory_errors"
        case taskOutputs = "task_outputs"
    }

    /// Creates a manifest.
    public init(
        formatVersion: Int = 1, valid: [ValidCase] = [], invalid: [InvalidCase] = [],
        factoryErrors: [FactoryErrorCase] = [], taskOutputs: [TaskOutputCase] = []
    ) {
        self.formatVersion = formatVersion
        self.valid = valid
        self.invalid = invalid
        self.factoryErrors = factoryErrors
        self.taskOutputs = taskOutputs
    }

    /// Reads a manifest; `task_outputs` is optional (spec `conformance.md` §2.2).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        valid = try container.decode([ValidCase].self, forKey: .valid)
        invalid = try container.decode([InvalidCase].self, forKey: .invalid)
        factoryErrors = try container.decode([FactoryErrorCase].self, forKey: .factoryErrors)
        taskOutputs = try container.decodeIfPresent([TaskOutputCase].self, forKey: .taskOutputs) ?? []
    }

    /// Every case id in manifest order.
    public var ids: [String] {
        valid.map(\.id) + invalid.map(\.id) + factoryErrors.map(\.id) + taskOutputs.map(\.id)
    }

    /// Every golden file a case names, in manifest order.
    public var files: [String] {
        valid.map(\.file) + invalid.map(\.file) + taskOutputs.compactMap(\.file)
    }
}

/// A factory call and the golden file holding its canonical bytes.
public struct ValidCase: Sendable, Hashable, Codable {
    /// The case's id, unique in the manifest, such as `background/reschedule/default`.
    public var id: String
    /// The call, in the factory-call format.
    public var call: JSONValue
    /// The golden file, relative to the golden directory.
    public var file: String
}

/// Which operation an invalid case exercises.
public enum Check: String, Sendable, Hashable, Codable {
    /// Decoding must fail.
    case decode
    /// Decoding succeeds, but verify must fail (the bytes are not canonical).
    case verify
    /// Canonicalizing (no response rules) must fail.
    case canonicalize
    /// Decoding a task output must fail.
    case decodeTaskOutput = "decode_task_output"
}

/// A document that a decoder must reject with a given code, pointer and offset.
public struct InvalidCase: Sendable, Hashable, Codable {
    /// The case's id.
    public var id: String
    /// The input file, relative to the golden directory (written from ``input`` or ``inputBase64``).
    public var file: String
    /// The input as text, when it is valid UTF-8.
    public var input: String?
    /// The input as base64, when it is not valid UTF-8.
    public var inputBase64: String?
    /// The operation that must fail; `decode` when absent.
    public var check: Check?
    /// The expected error code.
    public var code: String
    /// The expected JSON Pointer.
    public var pointer: String
    /// The expected byte offset.
    public var offset: Int?
    /// Decoder limits for this case, when not the defaults.
    public var limits: Limits?
    /// The unknown-members policy, when not `reject`.
    public var unknownMembers: String?
    /// For a `verify` case: the golden file that decoding must produce.
    public var decodesTo: String?
    /// Why the document is invalid, for people.
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case id, file, input, check, code, pointer, offset, limits, note
        case inputBase64 = "input_base64"
        case unknownMembers = "unknown_members"
        case decodesTo = "decodes_to"
    }

    /// The operation, defaulting to decode.
    public var operation: Check { check ?? .decode }
}

/// Decoder limits as the manifest and the testee protocol spell them.
public struct Limits: Sendable, Hashable, Codable {
    /// `max_depth`.
    public var maxDepth: Int?
    /// `max_document_bytes`.
    public var maxDocumentBytes: Int?
    /// `max_string_bytes`.
    public var maxStringBytes: Int?

    enum CodingKeys: String, CodingKey {
        case maxDepth = "max_depth"
        case maxDocumentBytes = "max_document_bytes"
        case maxStringBytes = "max_string_bytes"
    }

    /// The library's limits, with defaults for what is not given.
    public var jsonLimits: JSONLimits {
        let defaults = JSONLimits()
        return JSONLimits(
            maxDepth: maxDepth ?? defaults.maxDepth,
            maxDocumentBytes: maxDocumentBytes ?? defaults.maxDocumentBytes,
            maxStringBytes: maxStringBytes ?? defaults.maxStringBytes)
    }
}

/// A factory call that must fail.
public struct FactoryErrorCase: Sendable, Hashable, Codable {
    /// The case's id.
    public var id: String
    /// The call.
    public var call: JSONValue
    /// The expected error code.
    public var code: String
    /// The expected pointer into the call document.
    public var pointer: String
    /// Why the call is refused, for people.
    public var note: String?
}

extension InvalidCase {
    /// The input's exact bytes, from ``input`` or ``inputBase64``; `nil` unless exactly one is given.
    public var inputBytes: [UInt8]? {
        switch (input, inputBase64) {
        case (let text?, nil): Array(text.utf8)
        case (nil, let base64?): Base64.decode(base64)
        default: nil
        }
    }
}

/// A task output case: a factory call and a runtime (or the runner's own retry) and either the
/// file holding the canonical task output the runner sends, or the error of a projection the
/// runner never makes.
///
/// Spec: `spec/conformance.md` §2.2 "Task output case"; `spec/task-output.md`.
public struct TaskOutputCase: Sendable, Hashable, Codable {
    /// The case's id, such as `task-output/background/reschedule/default`.
    public var id: String
    /// The factory call whose response is projected; absent for a retry.
    public var call: JSONValue?
    /// The runtime in seconds the projection carries; with `call`.
    public var runtime: Double?
    /// The runner's own retry, instead of a call.
    public var retry: RetryCase?
    /// The golden file of the canonical task output; absent for an error case.
    public var file: String?
    /// For an error case: the expected error code.
    public var code: String?
    /// For an error case: the expected pointer into the call.
    public var pointer: String?
    /// Why, for people.
    public var note: String?

    /// Creates a case.
    public init(
        id: String, call: JSONValue? = nil, runtime: Double? = nil, retry: RetryCase? = nil,
        file: String? = nil, code: String? = nil, pointer: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.call = call
        self.runtime = runtime
        self.retry = retry
        self.file = file
        self.code = code
        self.pointer = pointer
        self.note = note
    }
}

/// The runner's own retry, with the traceback it would send.
///
/// Spec: `spec/task-output.md` §4.6 "The runner's own results".
public struct RetryCase: Sendable, Hashable, Codable {
    /// The traceback text, before the runner keeps its first 4000 Unicode scalars.
    public var message: String

    /// Creates a retry.
    public init(message: String) { self.message = message }
}
