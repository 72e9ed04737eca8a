/// Finding where a value is in a document, for errors found after parsing (the response rules
/// of spec/response-format.md §6.2 step 4: "offset of the first byte of the value the
/// pointer names").
extension StrictJSONParser {
    /// In a document already known to be valid, the byte offset of the value that `pointer`
    /// (RFC 6901 reference tokens, unescaped) names; when that value does not exist, the
    /// offset of its deepest existing ancestor.
    ///
    /// Walks down one token at a time and skips the values before the one named without
    /// building them. Array tokens are decimal indexes (RFC 6901 §4: `0` or no leading zero);
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
    /// written (`1e19`), or `nil` when no number starts there.
    static func numberLiteral(at offset: Int, in input: UnsafeRawBufferPointer) -> String? {
        guard offset < input.count else { return nil }
        let first = input[offset]
        guard first == ASCII.minus || (ASCII.zero...ASCII.nine).contains(first) else { return nil }
        var end = offset + 1
        while end < input.count && !ByteParser.endsScalar(input[end]) { end += 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: input[offset..<end]), as: UTF8.self)
    }
}

extension ByteParser {
    /// Moves from the container at `index` to the first byte of its child named `token`; returns
    /// `false`, with `index` somewhere inside the container, when there is no such child.
    mutating func step(into token: String) -> Bool {
        switch input[index] {
        case ASCII.leftBracket:
            guard let target = Self.arrayIndex(token) else { return false }
            index += 1
            skipWhitespace()
            guard index < count, input[index] != ASCII.rightBracket else { return false }
            var position = 0
            while position < target {
                skipValue()
                skipWhitespace()
                guard index < count, input[index] == ASCII.comma else { return false }
                index += 1
                skipWhitespace()
                position += 1
            }
            return index < count
        case ASCII.leftBrace:
            index += 1
            skipWhitespace()
            while index < count && input[index] == ASCII.quote {
                let name: String
                do throws(ResponseCodecError) {
                    name = try parseString()
                } catch {
                    return false
                }
                skipWhitespace()
                guard index < count, input[index] == ASCII.colon else { return false }
                index += 1
                skipWhitespace()
                if MemberNames.equal(name, token) { return index < count }
                skipValue()
                skipWhitespace()
                guard index < count, input[index] == ASCII.comma else { return false }
                index += 1
                skipWhitespace()
            }
            return false
        default:
            return false  // a scalar has no children
        }
    }

    /// The array index an RFC 6901 token names (§4: `0`, or digits without a leading zero), or
    /// `nil` when the token is not one (such as `-` or `01`).
    static func arrayIndex(_ token: String) -> Int? {
        let bytes = token.utf8
        guard let first = bytes.first, ASCII.isDigit(first), first != ASCII.zero || bytes.count == 1 else {
            return nil
        }
        var value = 0
        for byte in bytes {
            guard ASCII.isDigit(byte) else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - ASCII.zero))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    /// Moves past the value that starts at `index` without building it. Containers are skipped
    /// by counting brackets outside strings, so nesting costs no stack. Never reads out of bounds,
    /// even in invalid input.
    mutating func skipValue() {
        var depth = 0
        repeat {
            skipWhitespace()
            guard index < count else { return }
            switch input[index] {
            case ASCII.leftBracket, ASCII.leftBrace:
                depth += 1
                index += 1
            case ASCII.rightBracket, ASCII.rightBrace:
                depth -= 1
                index += 1
            case ASCII.comma, ASCII.colon:
                index += 1
            case ASCII.quote:
                skipString()
            default:
                // A number or literal: runs until a structural byte, a quote or whitespace.
                repeat {
                    index += 1
                } while index < count && !Self.endsScalar(input[index])
            }
        } while depth > 0
    }

    /// Moves past the string whose opening quote is at `index`, escapes included.
    mutating func skipString() {
        var position = index + 1
        while true {
            position = endOfPlainRun(from: position)
            guard position < count else { break }
            let byte = input[position]
            if byte == ASCII.quote {
                position += 1
                break
            }
            // A backslash skips the byte it escapes; a raw control byte (invalid input) is stepped over.
            position += byte == ASCII.backslash ? 2 : 1
        }
        index = min(position, count)
    }

    /// Whether `byte` cannot be part of a number or literal: whitespace, a quote or a structural byte.
    static func endsScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn, ASCII.quote, ASCII.comma,
            ASCII.colon,
            ASCII.leftBracket, ASCII.rightBracket, ASCII.leftBrace, ASCII.rightBrace:
            true
        default:
            false
        }
    }
}
