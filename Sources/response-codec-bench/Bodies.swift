import ResponseCodec

/// The interactive bodies of the built-in documents, from a seeded generator.
enum Bodies {
    /// A nested purchase request of about 1 KiB (document c): objects four deep, arrays of
    /// objects, strings, integers, doubles, booleans and a null. `reasonPadding` characters
    /// are added to its `reason`.
    static func purchaseRequest(reasonPadding: Int, using random: inout SeededGenerator) -> JSONValue {
        let assetID = "AS-\(random.digits(4))-\(random.digits(4))-\(random.digits(4))"
        let items: [JSONValue] = (1...2).map { index in
            [
                "id": .string("PRD_\(random.digits(3))_\(random.digits(3))_\(random.digits(3))_000\(index)"),
                "mpn": .string("MPN-STORAGE-\(random.pick(["100", "500", "1000"]))"),
                "old_quantity": .number(Double(random.below(3))),
                "price": .number(Double(random.below(10_000)) / 100),
                "quantity": .number(Double(1 + random.below(20))),
            ]
        }
        let params: [JSONValue] = ["tenant_id", "region"].map { id in
            [
                "constraints": [
                    "hidden": .bool(random.chance(oneIn: 4)), "required": .bool(random.chance(oneIn: 2)),
                ],
                "id": .string(id),
                "value": .string(random.pick(["t-42", "eu-west-1", "us-east-2"])),
                "value_error": "",
            ]
        }
        let asset: JSONValue = [
            "connection": [
                "id": .string("CT-\(random.digits(4))-\(random.digits(4))-\(random.digits(4))"),
                "type": "production",
            ],
            "external_id": .string(random.digits(6)),
            "id": .string(assetID),
            "items": .array(items),
            "params": .array(params),
            "product": [
                "id": .string("PRD-\(random.digits(3))-\(random.digits(3))-\(random.digits(3))"),
                "name": "Cloud Storage Plus", "status": "published",
            ],
        ]
        return [
            "asset": asset,
            "contract": ["id": .string("CRD-\(random.digits(5))-\(random.digits(5))-\(random.digits(5))")],
            "created": .string("2024-0\(1 + random.below(9))-1\(random.below(10))T10:20:30+00:00"),
            "id": .string("PR-\(random.digits(4))-\(random.digits(4))-\(random.digits(4))-001"),
            "marketplace": ["id": .string("MP-\(random.digits(5))"), "name": "EU marketplace"],
            "note": .null,
            "reason": .string("Approved automatically by the extension" + Documents.filler(reasonPadding)),
            "status": "approved",
            "test": false,
            "type": "purchase",
        ]
    }

    /// One record of a records body (document d and the scaling series), about 200 bytes:
    /// strings (some non-ASCII), integers, doubles, booleans and nulls.
    struct Record {
        let index: Int
        let active: Bool
        let deleted: Bool?
        let dash: Bool
        let parent: Int?
        let cents: Int
        let quantity: Int
        let eighths: Int
        let tags: [String]

        /// Draws the record's values.
        init(index: Int, using random: inout SeededGenerator) {
            self.index = index
            active = random.chance(oneIn: 2)
            deleted = random.chance(oneIn: 2) ? nil : random.chance(oneIn: 2)
            dash = random.chance(oneIn: 8)
            parent = random.chance(oneIn: 8) ? random.below(max(index, 1)) : nil
            cents = 1 + random.below(99_999)
            quantity = random.below(1_000)
            eighths = random.below(9)
            tags = ["tag\(random.below(5))", "x"]
        }

        /// The record as JSON, with `padding` characters added to its description.
        func json(padding: Int) -> JSONValue {
            let id = String(index)
            let paddedID = String(repeating: "0", count: max(0, 5 - id.count)) + id
            return [
                "active": .bool(active),
                "deleted": deleted.map(JSONValue.bool) ?? .null,
                "description": .string("Description of item \(index)." + Documents.filler(padding)),
                "id": .string("ITEM-" + paddedID),
                "index": .number(Double(index)),
                "name": .string("Item number \(index) \(dash ? "— " : "")widget"),
                "parent": parent.map { .string("ITEM-\($0)") } ?? .null,
                "price": .number(Double(cents) / 100),
                "qty": .number(Double(quantity)),
                "ratio": .number(Double(eighths) / 8),
                "tags": .array(tags.map(JSONValue.string)),
            ]
        }
    }
}
