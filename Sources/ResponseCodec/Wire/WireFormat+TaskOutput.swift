/// The wire form of the task output message, beside that of the responses.
///
/// ```swift
/// let bytes = try WireFormat.encode(TaskOutput(projecting: .scheduled(.done()), runtime: 1.5))
/// // {"countdown":0,"data":null,"message":null,"result":"success","runtime":1.5}
/// let output = try WireFormat.decode(bytes, as: TaskOutput.self)
/// ```
///
/// Spec: `spec/task-output.md` §3 "Wire form".
extension WireFormat {
    /// The RFC 8785 canonical bytes of `output`.
    /// - Throws: `number_out_of_range` if its runtime or data holds a NaN or an infinity.
    public static func encode(_ output: TaskOutput) throws(ResponseCodecError) -> [UInt8] {
        try CanonicalJSONEncoder().encode(output)
    }

    /// Decodes a task output strictly (spec `task-output.md` §3.2). Formatting is not judged.
    public static func decode(
        _ bytes: [UInt8], as type: TaskOutput.Type, options: DecodingOptions = DecodingOptions()
    ) throws(ResponseCodecError) -> TaskOutput {
        try StrictJSONDecoder(options: options).decode(TaskOutput.self, from: bytes)
    }
}
