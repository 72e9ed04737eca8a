import ResponseCodec

/// What an operation did with one input: its canonical bytes, or the error it reported.
enum HostileOutcome: Equatable, CustomStringConvertible {
    /// Accepted, with these output bytes.
    case accepted([UInt8])
    /// Rejected with this code, pointer and offset.
    case rejected(ResponseCodecError.Code, pointer: String, offset: Int?)

    /// The error code, or `nil` when accepted.
    var code: ResponseCodecError.Code? {
        if case .rejected(let code, _, _) = self { return code }
        return nil
    }

    /// The output as text, or `nil` when rejected.
    var text: String? {
        if case .accepted(let bytes) = self { return String(decoding: bytes, as: UTF8.self) }
        return nil
    }

    /// `accepted <text>` or `rejected <code> at "<pointer>" (offset n)`.
    var description: String {
        switch self {
        case .accepted(let bytes):
            return "accepted \(String(decoding: bytes, as: UTF8.self).prefix(200))"
        case .rejected(let code, let pointer, let offset):
            return
                "rejected \(code.rawValue) at \"\(pointer.prefix(200))\" (offset \(offset.map(String.init) ?? "nil"))"
        }
    }
}

/// Runs the public operations on hostile input and reports what they did.
enum Hostile {
    /// `WireFormat.canonicalize` of `bytes`.
    static func canonicalize(_ bytes: [UInt8], limits: JSONLimits = JSONLimits()) -> HostileOutcome {
        do {
            return .accepted(try WireFormat.canonicalize(bytes, limits: limits))
        } catch {
            return .rejected(error.code, pointer: error.pointer, offset: error.offset)
        }
    }

    /// `WireFormat.canonicalize` of the UTF-8 of `text`.
    static func canonicalize(_ text: String, limits: JSONLimits = JSONLimits()) -> HostileOutcome {
        canonicalize(Array(text.utf8), limits: limits)
    }

    /// `WireFormat.decode` of `bytes`, re-encoded.
    static func decode(_ bytes: [UInt8], options: DecodingOptions = DecodingOptions()) -> HostileOutcome {
        do {
            return .accepted(try WireFormat.encode(try WireFormat.decode(bytes, options: options)))
        } catch {
            return .rejected(error.code, pointer: error.pointer, offset: error.offset)
        }
    }

    /// `WireFormat.decode` of the UTF-8 of `text`, re-encoded.
    static func decode(_ text: String, options: DecodingOptions = DecodingOptions()) -> HostileOutcome {
        decode(Array(text.utf8), options: options)
    }

    /// `count` copies of `text`, as bytes.
    static func repeated(_ text: String, _ count: Int) -> [UInt8] {
        let unit = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(unit.count * count)
        for _ in 0..<count { bytes.append(contentsOf: unit) }
        return bytes
    }
}
