/// RFC 6901 JSON Pointers, as error locations.
public enum JSONPointer {
    /// The pointer string for a list of unescaped reference tokens: `["a/b", "0"]` becomes `/a~1b/0`.
    public static func string(from tokens: some Sequence<String>) -> String {
        var result = ""
        for token in tokens {
            result.append("/")
            for character in token.unicodeScalars {
                switch character {
                case "~": result.append("~0")
                case "/": result.append("~1")
                default: result.unicodeScalars.append(character)
                }
            }
        }
        return result
    }

    /// The pointer string for a Codable coding path; an integer key is an array index.
    public static func string(from codingPath: [any CodingKey]) -> String {
        string(from: codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue })
    }

    /// The unescaped reference tokens of a pointer string, or `nil` if it is not a valid pointer.
    public static func tokens(of pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for part in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var token = ""
            var iterator = part.unicodeScalars.makeIterator()
            while let scalar = iterator.next() {
                guard scalar == "~" else {
                    token.unicodeScalars.append(scalar)
                    continue
                }
                switch iterator.next() {
                case "0": token.append("~")
                case "1": token.append("/")
                default: return nil
                }
            }
            tokens.append(token)
        }
        return tokens
    }
}
