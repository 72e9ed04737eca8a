import Foundation
import ResponseCodec
import ResponseConformance
import Testing

/// Every valid case: the factory call, its golden bytes and the decoders agree both ways.
@Suite("Valid cases")
struct ValidCaseTests {
    @Test("encode(factory(args)) equals the golden bytes", arguments: Corpus.manifest.valid)
    func encodeMatchesGolden(_ valid: ValidCase) throws {
        let response = try FactoryCall(json: valid.call).makeResponse()
        expectBytes(try WireFormat.encode(response), equal: try Corpus.read(valid.file), valid.id)
    }

    @Test("decode(golden) equals factory(args)", arguments: Corpus.manifest.valid)
    func decodeMatchesFactory(_ valid: ValidCase) throws {
        let decoded = try WireFormat.decode(try Corpus.read(valid.file))
        #expect(decoded == (try FactoryCall(json: valid.call).makeResponse()))
    }

    @Test(
        "encode(decode(golden)) equals the golden bytes, and verify accepts them",
        arguments: Corpus.manifest.valid)
    func roundTrip(_ valid: ValidCase) throws {
        let golden = try Corpus.read(valid.file)
        expectBytes(try WireFormat.encode(try WireFormat.decode(golden)), equal: golden, valid.id)
        #expect(try WireFormat.verify(golden) == WireFormat.decode(golden))
    }

    @Test(
        "Foundation's JSONDecoder reads the golden file as the same value", arguments: Corpus.manifest.valid)
    func foundationDecodesEqual(_ valid: ValidCase) throws {
        let viaFoundation = try JSONDecoder().decode(ExtensionResponse.self, from: Data(try Corpus.read(valid.file)))
        #expect(viaFoundation == (try FactoryCall(json: valid.call).makeResponse()))
    }

    @Test(
        "Foundation's JSONEncoder writes JSON that decodes to the same value",
        arguments: Corpus.manifest.valid)
    func foundationEncodesEqual(_ valid: ValidCase) throws {
        let response = try FactoryCall(json: valid.call).makeResponse()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(response)
        #expect(try WireFormat.decode([UInt8](data)) == response)
    }

    @Test("the golden file has no trailing newline and is valid UTF-8", arguments: Corpus.manifest.valid)
    func fileIsExact(_ valid: ValidCase) throws {
        let golden = try Corpus.read(valid.file)
        #expect(golden.last == UInt8(ascii: "}"))
        #expect(String(validating: golden, as: UTF8.self) != nil)
    }
}
