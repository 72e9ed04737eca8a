/// `JSONValue` encodes as the JSON it is and decodes from any JSON value.
///
/// With this library's encoder and decoder the value moves into or out of the tree as it is
/// (no rebuilding). With other coders (Foundation's `JSONEncoder`/`JSONDecoder`) it goes through
/// the ordinary containers.
extension JSONValue: Codable {
    /// Encodes the value as the JSON it denotes: an object through a keyed container, an array
    /// through an unkeyed one, anything else through a single-value container.
    public func encode(to encoder: any Encoder) throws {
        if let tree = encoder as? TreeEncoder {
            try tree.encodeJSONValue(self)
            return
        }
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let bool):
            var container = encoder.singleValueContainer()
            try container.encode(bool)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let string):
            var container = encoder.singleValueContainer()
            try container.encode(string)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let object):
            var container = encoder.container(keyedBy: MemberKey.self)
            for member in object { try container.encode(member.value, forKey: MemberKey(member.key)) }
        }
    }

    /// Decodes any JSON value. From another decoder the value is probed in this order: `null`,
    /// boolean, number, string, array, object.
    public init(from decoder: any Decoder) throws {
        if let tree = decoder as? TreeDecoder {
            self = tree.value
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let elements = try? container.decode([JSONValue].self) {
            self = .array(elements)
        } else if let members = try? container.decode([String: JSONValue].self) {
            self = .object(JSONObject(members))
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }
}
