/// Finding where a value is in a document, for errors found after parsing (the response rules
/// of spec/response-format.md §6.2 step 4: "offset of the first byte of the value the
/// pointer names").
extension StrictJSONParser {
    /// In a document already known to be valid, the byte offset of the value that `pointer`
    /// (RFC 6901 reference tokens, unescaped) names; when that value does not exist, the
    /// offset of its deepest existing ancestor.
    ///
    /// Walks down one token at a time, reading the values before the one named with the parser
    /// and dropping them. Array tokens are decimal indexes (RFC 6901 §4: `0` or no leading zero);
    /// object tokens are compared with member names after unescaping, scalar by scalar; the
    /// first member of that name is taken. Iterative, like the parser.
    static func offset(of pointer: [String], in input: UnsafeRawBufferPointer) -> Int {
        var walker = ByteParser(
            input: input, limits: JSONLimits(maxDepth: .max, maxDocumentBytes: .max, maxStringBytes: .max))
        walker.skipWhitespace()
        var found = walker.index
        for token in pointer {
            guard walker.index < walker.count, walker.step(into: token) else { break }
            found = walker.index
        }
        return found
    }

    /// The number literal that starts at `offset` in a document already known to be valid, as
    /// written (`1e19`), or `nil` when no number starts there. Its end is found by
    /// ``ByteParser/parseNumber()``, which has moved past the number before it checks the range.
    static func numberLiteral(at offset: Int, in input: UnsafeRawBufferPointer) -> String? {
        guard offset < input.count, input[offset] == ASCII.minus || ASCII.isDigit(input[offset]) else {
            return nil
        }
        var reader = ByteParser(input: input, limits: JSONLimits())
        reader.index = offset
        _ = try? reader.parseNumber()
        guard reader.index > offset else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: input[offset..<reader.index]), as: UTF8.self)
    }
}

extension ByteParser {
    /// Moves from the container at `index` to the first byte of its child named `token`; returns
    /// `false`, with `index` somewhere inside the container, when there is no such child.
    ///
    /// The children before it are read by ``parseValue(above:)`` and dropped; each is read at
    /// depth 1, which is no deeper than where it is, so no depth limit it met can stop it.
    mutating func step(into token: String) -> Bool {
        let isObject = input[index] == ASCII.leftBrace
        let target = Self.arrayIndex(token)
        guard isObject || (input[index] == ASCII.leftBracket && target != nil) else {
            return false  // a scalar has no children
        }
        let closing = isObject ? ASCII.rightBrace : ASCII.rightBracket
        index += 1
        var position = 0
        do throws(ResponseCodecError) {
            while true {
                skipWhitespace()
                guard index < count, input[index] != closing else { return false }
                if isObject {
                    let name = try parseString()
                    try readColon()
                    if MemberNames.equal(name, token) { return index < count }
                } else if position == target {
                    return true
                }
                depth = 1
                _ = try parseValue(above: 1)
                guard index < count, input[index] == ASCII.comma else { return false }
                index += 1
                position += 1
            }
        } catch {
            return false
        }
    }

    /// The array index an RFC 6901 token names (§4: `0`, or digits without a leading zero), or
    /// `nil` when the token is not one (such as `-` or `01`).
    static func arrayIndex(_ token: String) -> Int? {
        let bytes = token.utf8
        guard let first = bytes.first, ASCII.isDigit(first), first != ASCII.zero || bytes.count == 1 else {
            return nil
        }
        // Starting with a digit, it has no sign; `Int` takes only digits then, and fails on overflow.
        return Int(token)
    }
}
