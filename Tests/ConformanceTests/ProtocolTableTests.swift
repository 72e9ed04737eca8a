import Foundation
import ResponseConformance
import Testing

@testable import ResponseCodec

/// The protocol table (`ProtocolTable`) is the one statement of spec §2: the factories' documents
/// fit it, the JSON Schema says the same, and the corpus covers every row of it.
@Suite("Protocol table")
struct ProtocolTableTests {
    /// Every (kind, result) pair, allowed or not.
    static let pairs: [String] = ResponseKind.allCases.flatMap { kind in
        ResponseResult.allCases.map { "\(kind.rawValue)-\($0.rawValue)" }
    }

    static func pair(_ name: String) throws -> (ResponseKind, ResponseResult) {
        let parts = name.split(separator: "-").map(String.init)
        return (
            try #require(ResponseKind(rawValue: parts[0])), try #require(ResponseResult(rawValue: parts[1]))
        )
    }

    /// The members of a set, by name, in canonical order.
    static func names(_ set: WireMember.Set) -> [String] {
        WireMember.allCases.filter { set.contains($0) }.map(\.rawValue)
    }

    /// The valid cases' responses, made by their factory calls.
    static let responses: [(id: String, response: ExtensionResponse)] = Corpus.manifest.valid.compactMap {
        entry in
        guard let call = try? FactoryCall(json: entry.call), let response = try? call.makeResponse() else {
            return nil
        }
        return (entry.id, response)
    }

    @Test("every valid case's document holds what the table allows and requires for its pair")
    func documentsFitTheTable() throws {
        #expect(
            Self.responses.count == Corpus.manifest.valid.count, "a valid case's call did not make a response"
        )
        for (id, response) in Self.responses {
            let document = response.document
            let shape = try #require(
                ProtocolTable.document(document.kind, document.result),
                "\(id): the table does not allow a \(document.kind.rawValue) \(document.result.rawValue)")
            let members = try document.members
            #expect(
                shape.allowed.isSuperset(of: members),
                "\(id): \(Self.names(members)) vs \(Self.names(shape.allowed))")
            #expect(
                members.isSuperset(of: shape.required),
                "\(id): \(Self.names(members)) lacks \(Self.names(shape.required))")
        }
    }

    /// `spec/response.schema.json`'s definitions, by name.
    nonisolated(unsafe) static let schemaDefinitions: [String: Any] = {
        let url = Spec.directory.appendingPathComponent("response.schema.json")
        guard let data = FileManager.default.contents(atPath: url.path),
            let schema = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return schema["$defs"] as? [String: Any] ?? [:]
    }()

    @Test(
        "the JSON Schema has a definition exactly for the pairs the table allows, with its members",
        arguments: pairs)
    func schemaAgrees(_ name: String) throws {
        #expect(!Self.schemaDefinitions.isEmpty, "spec/response.schema.json has no $defs")
        let (kind, result) = try Self.pair(name)
        let definition = Self.schemaDefinitions[name] as? [String: Any]
        guard let shape = ProtocolTable.document(kind, result) else {
            #expect(definition == nil, "the schema defines \(name), which the table refuses")
            #expect(!ResponseResult.allowed(for: kind).contains(result))
            return
        }
        #expect(ResponseResult.allowed(for: kind).contains(result))
        let schema = try #require(definition, "the schema lacks \(name)")
        let properties = (schema["properties"] as? [String: Any]).map { Set($0.keys) }
        #expect(properties == Set(Self.names(shape.allowed)), "\(name): properties")
        let required = Set(Self.names(shape.required) + ["kind", "result"])
        #expect((schema["required"] as? [String]).map(Set.init) == required, "\(name): required")
        #expect(schema["additionalProperties"] as? Bool == false, "\(name): additionalProperties")
    }

    @Test("the schema's integer bounds are the table's")
    func schemaBounds() throws {
        for (member, range) in [
            ("countdown", ProtocolTable.countdown), ("http_status", ProtocolTable.httpStatus),
        ] {
            let definition = try #require(
                Self.schemaDefinitions[member] as? [String: Any], "no $defs/\(member)")
            #expect((definition["minimum"] as? NSNumber)?.intValue == range.lowerBound, "\(member) minimum")
            #expect(
                (definition["maximum"] as? NSNumber)?.int64Value == Int64(range.upperBound),
                "\(member) maximum")
        }
    }

    @Test("the corpus has a valid case for every allowed pair and every member it allows", arguments: pairs)
    func corpusCoversTheTable(_ name: String) throws {
        let (kind, result) = try Self.pair(name)
        guard let shape = ProtocolTable.document(kind, result) else { return }
        var cases = 0
        var seen = WireMember.Set()
        for (_, response) in Self.responses {
            let document = response.document
            guard document.kind == kind && document.result == result else { continue }
            cases += 1
            seen.formUnion(try document.members)
        }
        #expect(cases > 0, "no valid case is a \(name)")
        #expect(
            seen == shape.allowed, "\(name): members \(Self.names(shape.allowed)), seen \(Self.names(seen))")
    }
}

extension WireDocument {
    /// The members the document writes: the names of its canonical bytes, read back.
    var members: WireMember.Set {
        get throws {
            let bytes = try canonicalBytes()
            let value = try bytes.withUnsafeInput { (input) throws(ResponseCodecError) in
                try StrictJSONParser.parse(input, limits: JSONLimits())
            }
            guard case .object(let object) = value else { return [] }
            var members = WireMember.Set()
            for member in object { members.insert(try #require(WireMember(name: member.key))) }
            return members
        }
    }
}
