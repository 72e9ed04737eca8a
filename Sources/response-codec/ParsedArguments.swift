/// A command line split into options with values, flags and positional arguments, by hand:
/// the CLI has no package dependencies.
struct ParsedArguments {
    /// `--name value` and `--name=value` options.
    private(set) var values: [String: String] = [:]
    /// `--name` flags that were given.
    private(set) var setFlags: Set<String> = []
    /// Everything else, in order.
    private(set) var positionals: [String] = []

    /// Parses `arguments`, accepting only the declared options and flags.
    init(_ arguments: [String], options: Set<String>, flags: Set<String>) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals.append(contentsOf: arguments[index...])
                break
            }
            guard argument.hasPrefix("--") else {
                positionals.append(argument)
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            if flags.contains(name), parts.count == 1 {
                setFlags.insert(name)
            } else if options.contains(name) {
                if parts.count == 2 {
                    values[name] = parts[1]
                } else {
                    guard index < arguments.count else { throw UsageError("\(name) needs a value") }
                    values[name] = arguments[index]
                    index += 1
                }
            } else {
                throw UsageError("unknown option '\(name)'")
            }
        }
    }

    /// The value of an option, if given.
    func value(_ name: String) -> String? { values[name] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { setFlags.contains(name) }

    /// Fails when positional arguments were given to a subcommand that takes none.
    func expectNoPositionals() throws(UsageError) {
        if let first = positionals.first { throw UsageError("unexpected argument '\(first)'") }
    }

    /// An integer option's value.
    func integer(_ name: String) throws(UsageError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text), number > 0 else { throw UsageError("\(name) needs a positive integer") }
        return number
    }
}

/// A wrong command line: exit status 2.
struct UsageError: Error {
    /// What is wrong.
    let message: String

    init(_ message: String) { self.message = message }
}
