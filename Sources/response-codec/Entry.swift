import Foundation
import ResponseCodec

/// `response-codec`: encode, decode, verify and canonicalize response documents, and run the
/// conformance suite against any runtime.
///
/// Exit status: 0 success, 1 invalid input (or failing conformance), 2 usage error.
@main
enum ResponseCodecCommand {
    /// Every subcommand, in the order `--help` lists them.
    static let commands: [any Command.Type] = [
        EncodeCommand.self, DecodeCommand.self, CanonicalizeCommand.self, VerifyCommand.self,
        TaskOutputCommand.self, ConformanceCommand.self, TesteeCommand.self, UpdateGoldenCommand.self,
    ]

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first else {
            Terminal.error(usage)
            exit(ExitStatus.usage)
        }
        arguments.removeFirst()
        if name == "--help" || name == "-h" || name == "help" {
            Terminal.out(usage)
            exit(ExitStatus.success)
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            Terminal.error("error: unknown subcommand '\(name)'\n\n" + usage)
            exit(ExitStatus.usage)
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            Terminal.out(command.help)
            exit(ExitStatus.success)
        }
        do {
            var parsed = try ParsedArguments(arguments, options: command.options, flags: command.flags)
            exit(try command.run(&parsed))
        } catch let error as UsageError {
            Terminal.error("error: \(error.message)\n\n" + command.help)
            exit(ExitStatus.usage)
        } catch {
            Terminal.error("error: \(error)")
            exit(ExitStatus.invalidInput)
        }
    }

    static var usage: String {
        var text = """
            USAGE: response-codec <subcommand> [options]

            Encode, decode, verify and canonicalize CloudBlue Connect extension response documents
            (RFC 8785 canonical JSON), and run the cross-runtime conformance suite.

            SUBCOMMANDS:

            """
        for command in commands {
            text +=
                "  " + command.name.padding(toLength: 14, withPad: " ", startingAt: 0) + command.summary
                + "\n"
        }
        text += "\nSee 'response-codec <subcommand> --help' for details.\n"
        return text
    }
}

/// The process exit statuses every subcommand uses.
enum ExitStatus {
    /// The operation succeeded.
    static let success: Int32 = 0
    /// The input was invalid, or a conformance run failed.
    static let invalidInput: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 2
}

/// A subcommand.
protocol Command: SendableMetatype {
    /// The subcommand's name.
    static var name: String { get }
    /// One line for the overview.
    static var summary: String { get }
    /// The full `--help` text.
    static var help: String { get }
    /// Options that take a value.
    static var options: Set<String> { get }
    /// Options that take no value.
    static var flags: Set<String> { get }
    /// Runs the subcommand, returning the exit status.
    static func run(_ arguments: inout ParsedArguments) throws -> Int32
}

extension Command {
    static var options: Set<String> { [] }
    static var flags: Set<String> { [] }
}
