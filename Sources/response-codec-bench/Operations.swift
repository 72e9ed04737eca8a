import Foundation
import ResponseCodec

/// What a row measures.
enum Operation: String, CaseIterable, Codable {
    /// `ExtensionResponse` to canonical bytes.
    case encode
    /// Bytes to `ExtensionResponse`, with every response rule.
    case decode
    /// Bytes to canonical bytes (any JSON; no response rules).
    case canonicalize
}

/// Whose implementation a row measures.
enum Implementation: String, CaseIterable, Codable {
    /// This package: `WireFormat.encode`, `WireFormat.decode`, `WireFormat.canonicalize`.
    case responseCodec = "ResponseCodec"
    /// Foundation: `JSONEncoder` (.sortedKeys, .withoutEscapingSlashes) and `JSONDecoder` on
    /// the same types; for canonicalize, `JSONSerialization` reading and writing (.sortedKeys).
    case foundation = "Foundation"
    /// Python's orjson (`--peers`): `orjson.dumps` with `OPT_SORT_KEYS`, `orjson.loads`.
    case orjson
    /// Python's msgspec (`--peers`): `msgspec.json.Encoder(order="sorted")` and the untyped
    /// `msgspec.json.Decoder()`.
    case msgspec
    /// msgspec's typed decode (`--peers`) into tagged-union `Struct`s that check the response's
    /// shape: the closest analog of `WireFormat.decode` (scripts/bench-peers/peers.py).
    case msgspecTyped = "msgspec typed"
    /// simdjson's DOM parse (a decode row) and minify (a canonicalize row), the limit rows
    /// (`--peers`, with libsimdjson-dev installed).
    case simdjson

    /// The peers, which run in child processes (`--peers`).
    static let peers: [Implementation] = [.orjson, .msgspec, .msgspecTyped, .simdjson]

    /// The peers whose speed issue #17 asks ResponseCodec to beat (simdjson is a limit).
    static let speedPeers: [Implementation] = [.orjson, .msgspec, .msgspecTyped]

    /// Reads `ResponseCodec.decode` and the like.
    static func parse(_ text: String) -> (Implementation, Operation)? {
        let parts = text.split(separator: ".").map(String.init)
        guard parts.count == 2, let implementation = Implementation(rawValue: parts[0]),
            let operation = Operation(rawValue: parts[1])
        else { return nil }
        return (implementation, operation)
    }

    /// The API a row names.
    func api(for operation: Operation) -> String {
        switch (self, operation) {
        case (.responseCodec, .encode): "WireFormat.encode"
        case (.responseCodec, .decode): "WireFormat.decode"
        case (.responseCodec, .canonicalize): "WireFormat.canonicalize"
        case (.foundation, .encode): "JSONEncoder"
        case (.foundation, .decode): "JSONDecoder"
        case (.foundation, .canonicalize): "JSONSerialization"
        case (.orjson, .encode): "orjson.dumps, sorted"
        case (.orjson, _): "orjson.loads"
        case (.msgspec, .encode): "Encoder(order='sorted')"
        case (.msgspec, _): "json.Decoder()"
        case (.msgspecTyped, _): "json.Decoder(Response)"
        case (.simdjson, .canonicalize): "simdjson::minify"
        case (.simdjson, _): "dom::parser::parse"
        }
    }

    /// A peer's name for `operation` in its child process (scripts/bench-peers), or `nil` when
    /// the peer does not do it or this is not a peer.
    func peerOperation(_ operation: Operation) -> String? {
        switch (self, operation) {
        case (.orjson, .encode): "orjson.encode"
        case (.orjson, .decode): "orjson.decode"
        case (.msgspec, .encode): "msgspec.encode"
        case (.msgspec, .decode): "msgspec.decode"
        case (.msgspecTyped, .decode): "msgspec-typed.decode"
        case (.simdjson, .decode): "simdjson.parse"
        case (.simdjson, .canonicalize): "simdjson.minify"
        default: nil
        }
    }
}

/// A document prepared for every operation: its bytes, as `Data`, and decoded.
struct Workload {
    let document: BenchDocument
    let data: Data
    let response: ExtensionResponse
    let encoder: JSONEncoder
    let decoder = JSONDecoder()

    /// Decodes the document once, outside any timing.
    init(_ document: BenchDocument) throws {
        self.document = document
        data = Data(document.bytes)
        response = try WireFormat.decode(document.bytes)
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// One run of `operation` by `implementation`; returns a number derived from its result.
    func operation(_ operation: Operation, by implementation: Implementation) throws -> () throws -> Int {
        let bytes = document.bytes
        let data = data
        let response = response
        let encoder = encoder
        let decoder = decoder
        switch (implementation, operation) {
        case (.responseCodec, .encode):
            return { try WireFormat.encode(response).count }
        case (.responseCodec, .decode):
            return { try WireFormat.decode(bytes).result == .success ? 1 : 2 }
        case (.responseCodec, .canonicalize):
            return { try WireFormat.canonicalize(bytes).count }
        case (.foundation, .encode):
            return { try encoder.encode(response).count }
        case (.foundation, .decode):
            return { try decoder.decode(ExtensionResponse.self, from: data).result == .success ? 1 : 2 }
        case (.orjson, _), (.msgspec, _), (.msgspecTyped, _), (.simdjson, _):
            throw BenchError("\(implementation.rawValue) runs in a child process (--peers), not in this one")
        case (.foundation, .canonicalize):
            return {
                let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                return try JSONSerialization.data(
                    withJSONObject: object,
                    options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]
                ).count
            }
        }
    }

    /// Checks that the implementations agree on this document before anything is timed:
    /// ResponseCodec's encode and canonicalize give the document's bytes back, and Foundation
    /// decodes the same response. Returns notes for what differs but is not an error.
    func check() throws -> [String] {
        var notes: [String] = []
        guard try WireFormat.encode(response) == document.bytes else {
            throw BenchError(
                "document \(document.name) is not canonical: encode does not give its bytes back")
        }
        guard try WireFormat.canonicalize(document.bytes) == document.bytes else {
            throw BenchError("document \(document.name): canonicalize does not give its bytes back")
        }
        guard try decoder.decode(ExtensionResponse.self, from: data) == response else {
            throw BenchError("document \(document.name): Foundation's JSONDecoder reads another response")
        }
        if [UInt8](try encoder.encode(response)) != document.bytes {
            notes.append(
                "Foundation's JSONEncoder output for \(document.name) is not byte-identical to the canonical form"
            )
        }
        return notes
    }
}
