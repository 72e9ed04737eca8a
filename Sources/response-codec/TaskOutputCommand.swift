import ResponseCodec
import ResponseConformance

/// `task-output`: the task output the runner sends for a factory call's response, or the strict
/// decoding of a task output.
enum TaskOutputCommand: Command {
    static let name = "task-output"
    static let summary = "Print the task output the runner sends for a call, or decode one."
    static let options: Set<String> = ["--runtime", "--retry"]
    static let flags: Set<String> = ["--decode", "--ignore-unknown-members"]
    static let help = """
        USAGE: response-codec task-output [--runtime SECONDS] < call.json
               response-codec task-output --retry MESSAGE
               response-codec task-output --decode [--ignore-unknown-members] < output.json

        Reads one factory call, such as
          {"kind":"validation","factory":"done","args":{"data":{"id":"PR-1"}}}
        and writes the canonical task output (spec/task-output.md) that
        connect-extension-runner 43.1 sends for its response, with the given runtime
        (default 0). --retry writes the runner's own retry for a traceback; --decode reads a
        task output strictly and writes its canonical bytes. Errors print
        'error: <code> ...' on stderr and exit 1.

        OPTIONS:
          --runtime <seconds>         The runtime the output carries (default 0).
          --retry <message>           The runner's retry, with this traceback.
          --decode                    Decode a task output from stdin instead.
          --ignore-unknown-members    With --decode: skip members a task output does not have.
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        try arguments.expectNoPositionals()
        if let message = arguments.value("--retry") {
            Terminal.write(try WireFormat.encode(TaskOutput.retry(message: message)))
            return ExitStatus.success
        }
        let runtime = try runtime(arguments)
        let options = DecodingOptions(
            unknownMembers: arguments.flag("--ignore-unknown-members") ? .ignore : .reject)
        let decode = arguments.flag("--decode")
        do {
            let input = Terminal.readStandardInput()
            let output =
                decode
                ? try WireFormat.decode(input, as: TaskOutput.self, options: options)
                : try TaskOutput(
                    projecting: try FactoryCall(json: try JSONValue(parsing: input)).makeResponse(),
                    runtime: runtime)
            Terminal.write(try WireFormat.encode(output))
            return ExitStatus.success
        } catch {
            Terminal.error(error.description)
            return ExitStatus.invalidInput
        }
    }

    /// The `--runtime` option: a finite number of seconds, 0 when absent.
    private static func runtime(_ arguments: ParsedArguments) throws(UsageError) -> Double {
        guard let text = arguments.value("--runtime") else { return 0 }
        guard let seconds = Double(text), seconds.isFinite else {
            throw UsageError("--runtime needs a number of seconds")
        }
        return seconds
    }
}
