/// RFC 6901 JSON Pointers, as error locations.
package enum JSONPointer {
    /// The pointer string for a list of unescaped reference tokens: `["a/b", "0"]` becomes `/a~1b/0`.
    package static func string(from tokens: some Sequence<String>) -> String {
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

    /// The pointer string for a Codable coding path.
    package static func string(from codingPath: [any CodingKey]) -> String {
        string(from: codingPath.lazy.map(token(for:)))
    }

    /// The reference token of a coding key: an array index for the keys unkeyed containers
    /// report (an `intValue` spelled `"Index N"`, as this library and Foundation spell them),
    /// otherwise the member name, `stringValue` — also for `enum Keys: Int, CodingKey`, whose
    /// `intValue` is not an array index.
    package static func token(for key: any CodingKey) -> String {
        if let index = key.intValue, key.stringValue == "Index \(index)" { return String(index) }
        return key.stringValue
    }

    /// The unescaped reference tokens of a pointer string, or `nil` if it is not a valid pointer.
    package static func tokens(of pointer: String) -> [String]? {
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
