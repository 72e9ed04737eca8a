import ResponseCodec
import ResponseConformance

/// Runs a bytes-to-bytes operation on standard input, printing a typed error on failure.
private func transformStandardInput(_ operation: ([UInt8]) throws(ResponseCodecError) -> [UInt8]) -> Int32 {
    do {
        Terminal.write(try operation(Terminal.readStandardInput()))
        return ExitStatus.success
    } catch {
        Terminal.error(error.description)
        return ExitStatus.invalidInput
    }
}

/// Reads decoder options shared by decode, canonicalize and verify.
private func decodingOptions(_ arguments: ParsedArguments) throws(UsageError) -> DecodingOptions {
    let defaults = JSONLimits()
    let limits = JSONLimits(
        maxDepth: try arguments.integer("--max-depth") ?? defaults.maxDepth,
        maxDocumentBytes: try arguments.integer("--max-document-bytes") ?? defaults.maxDocumentBytes,
        maxStringBytes: try arguments.integer("--max-string-bytes") ?? defaults.maxStringBytes)
    return DecodingOptions(
        limits: limits, unknownMembers: arguments.flag("--ignore-unknown-members") ? .ignore : .reject)
}

private let limitOptions: Set<String> = ["--max-depth", "--max-document-bytes", "--max-string-bytes"]

private let limitHelp = """
      --max-depth <n>             Deepest nesting accepted (default \(JSONLimits().maxDepth)).
      --max-document-bytes <n>    Largest document accepted (default \(JSONLimits().maxDocumentBytes)).
      --max-string-bytes <n>      Largest string accepted (default \(JSONLimits().maxStringBytes)).
    """

/// `encode`: a factory call on stdin, canonical bytes on stdout.
enum EncodeCommand: Command {
    static let name = "encode"
    static let summary = "Run a factory call (manifest format) and print its canonical bytes."
    static let help = """
        USAGE: response-codec encode < call.json

        Reads one factory call, such as
          {"kind":"background","factory":"reschedule","args":{"countdown":60}}
        and writes the response's RFC 8785 canonical bytes to stdout, and nothing else.
        An invalid call prints 'error: <code> ...' on stderr and exits 1.
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        try arguments.expectNoPositionals()
        return transformStandardInput { (input) throws(ResponseCodecError) in
            let call = try FactoryCall(json: try JSONValue(parsing: input))
            return try WireFormat.encode(try call.makeResponse())
        }
    }
}

/// `decode`: a wire document on stdin, its canonical bytes on stdout.
enum DecodeCommand: Command {
    static let name = "decode"
    static let summary = "Decode a response document strictly and print its canonical bytes."
    static let options = limitOptions
    static let flags: Set<String> = ["--ignore-unknown-members"]
    static let help = """
        USAGE: response-codec decode [options] < document.json

        Decodes one response document with every rule of the spec. If it is valid, writes its
        canonical bytes and exits 0; otherwise exits 1 with one line on stderr:
          error: <code> at "<pointer>" (offset <n>, line <l>:<c>): <reason>

        OPTIONS:
        \(limitHelp)
          --ignore-unknown-members    Skip members the protocol does not know.
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        try arguments.expectNoPositionals()
        let options = try decodingOptions(arguments)
        return transformStandardInput { (input) throws(ResponseCodecError) in
            try WireFormat.encode(try WireFormat.decode(input, options: options))
        }
    }
}

/// `canonicalize`: any strict I-JSON text on stdin, RFC 8785 bytes on stdout.
enum CanonicalizeCommand: Command {
    static let name = "canonicalize"
    static let summary = "Print the RFC 8785 canonical form of any strict I-JSON text."
    static let options = limitOptions
    static let help = """
        USAGE: response-codec canonicalize [options] < any.json

        Parses any JSON text strictly (RFC 8259 plus I-JSON, RFC 7493) and writes its RFC 8785
        canonical bytes. Errors are reported as for 'decode'.

        OPTIONS:
        \(limitHelp)
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        try arguments.expectNoPositionals()
        let limits = try decodingOptions(arguments).limits
        return transformStandardInput { (input) throws(ResponseCodecError) in
            try WireFormat.canonicalize(input, limits: limits)
        }
    }
}

/// `verify`: whether files are valid, exactly canonical response documents.
enum VerifyCommand: Command {
    static let name = "verify"
    static let summary = "Check that files are valid, exactly canonical response documents."
    static let options = limitOptions
    static let flags: Set<String> = ["--ignore-unknown-members"]
    static let help = """
        USAGE: response-codec verify [options] [FILE...]

        For each FILE (or stdin when none is given) prints 'ok <file>' or
        '<file>: error: <code> ...', the latter for invalid documents and for valid documents
        whose bytes are not exactly canonical (not_canonical, at the first differing byte).
        Exits 0 when every file passes, 1 otherwise.

        OPTIONS:
        \(limitHelp)
          --ignore-unknown-members    Skip members the protocol does not know.
        """

    static func run(_ arguments: inout ParsedArguments) throws -> Int32 {
        let options = try decodingOptions(arguments)
        let files = arguments.positionals
        var status = ExitStatus.success
        for file in files.isEmpty ? ["-"] : files {
            let bytes: [UInt8]
            do {
                bytes = file == "-" ? Terminal.readStandardInput() : try Terminal.read(path: file)
            } catch {
                Terminal.error("\(file): error: cannot read: \(error.localizedDescription)")
                status = ExitStatus.invalidInput
                continue
            }
            do {
                try WireFormat.verify(bytes, options: options)
                Terminal.out("ok \(file)\n")
            } catch {
                Terminal.error("\(file): \(error.description)")
                status = ExitStatus.invalidInput
            }
        }
        return status
    }
}
