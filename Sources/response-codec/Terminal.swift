import Foundation

/// Standard input and output as bytes, and messages on standard error.
enum Terminal {
    /// All of standard input.
    static func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    /// Writes bytes to standard output exactly, with nothing added.
    static func write(_ bytes: [UInt8]) {
        output(Data(bytes))
    }

    /// Writes text to standard output.
    static func out(_ text: String) {
        output(Data(text.utf8))
    }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        try? FileHandle.standardError.write(
            contentsOf: Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes to standard output. When its reader has gone (`conformance --testee` ignores
    /// SIGPIPE, so the write fails with EPIPE instead), the process ends as it would have by the
    /// signal, as any filter does.
    private static func output(_ data: Data) {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(ExitStatus.invalidInput)
        }
    }

    /// A file's bytes.
    static func read(path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
