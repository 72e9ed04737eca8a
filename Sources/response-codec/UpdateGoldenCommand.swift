import ResponseCodec
import ResponseConformance

/// `update-golden`: re-records the golden files from the manifest. CI never runs it.
enum UpdateGoldenCommand: Command {
    static let name = "update-golden"
    static let summary = "Re-record every golden file from golden/manifest.json (never in CI)."
    static let options: Set<String> = ["--golden"]
    static let help = """
        USAGE: response-codec update-golden [--golden DIR]

        Writes each valid case's file as the canonical bytes of its factory call, each
        invalid case's file from its 'input' (or 'input_base64'), exactly, and each task
        output case's file as the canonical task output of its call and runtime (or retry),
        with no final newline. Prints every file it changed. A changed golden file is a protocol change:
        say so in spec/ and in the commit message.
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        try arguments.expectNoPositionals()
        let corpus = try GoldenCorpus(path: arguments.value("--golden"))
        var changed = 0
        for valid in corpus.manifest.valid {
            let bytes: [UInt8]
            do {
                bytes = try WireFormat.encode(try FactoryCall(json: valid.call).makeResponse())
            } catch {
                Terminal.error("\(valid.id): \(error.description)")
                return ExitStatus.invalidInput
            }
            if try corpus.write(bytes, to: valid.file) {
                changed += 1
                Terminal.out("wrote \(valid.file)\n")
            }
        }
        for invalid in corpus.manifest.invalid {
            guard let bytes = invalid.inputBytes else {
                Terminal.error("\(invalid.id): needs exactly one of input and input_base64")
                return ExitStatus.invalidInput
            }
            if try corpus.write(bytes, to: invalid.file) {
                changed += 1
                Terminal.out("wrote \(invalid.file)\n")
            }
        }
        for taskOutput in corpus.manifest.taskOutputs {
            guard let file = taskOutput.file else { continue }
            let bytes: [UInt8]
            do {
                bytes = try WireFormat.encode(try Self.project(taskOutput))
            } catch {
                Terminal.error("\(taskOutput.id): \(error.description)")
                return ExitStatus.invalidInput
            }
            if try corpus.write(bytes, to: file) {
                changed += 1
                Terminal.out("wrote \(file)\n")
            }
        }
        Terminal.out("\(changed) file(s) changed\n")
        return ExitStatus.success
    }

    /// The task output a case describes: the runner's retry, or the projection of its call.
    private static func project(_ taskOutput: TaskOutputCase) throws(ResponseCodecError) -> TaskOutput {
        if let retry = taskOutput.retry { return TaskOutput.retry(message: retry.message) }
        guard let call = taskOutput.call, let runtime = taskOutput.runtime else {
            throw ResponseCodecError(
                .missingField, reason: "a task output case needs a call and a runtime, or a retry")
        }
        return try TaskOutput(projecting: try FactoryCall(json: call).makeResponse(), runtime: runtime)
    }
}
