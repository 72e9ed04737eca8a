import ResponseCodec
import ResponseConformance
import Testing

/// Every invalid case fails with exactly the code, pointer and offset the manifest gives.
@Suite("Invalid cases")
struct InvalidCaseTests {
    @Test(
        "the operation fails with the expected code, pointer and offset", arguments: Corpus.manifest.invalid)
    func failsAsExpected(_ invalid: InvalidCase) throws {
        let input = try Corpus.read(invalid.file)
        let options = DecodingOptions(
            limits: invalid.limits?.jsonLimits ?? JSONLimits(),
            unknownMembers: invalid.unknownMembers == "ignore" ? .ignore : .reject)
        let error = #expect(throws: ResponseCodecError.self) {
            switch invalid.operation {
            case .decode: _ = try WireFormat.decode(input, options: options)
            case .verify: try WireFormat.verify(input, options: options)
            case .canonicalize: _ = try WireFormat.canonicalize(input, limits: options.limits)
            case .decodeTaskOutput: _ = try WireFormat.decode(input, as: TaskOutput.self, options: options)
            }
        }
        #expect(
            error?.code.rawValue == invalid.code,
            "\(invalid.id): \(error.map(String.init(describing:)) ?? "")")
        #expect(error?.pointer == invalid.pointer, "\(invalid.id)")
        #expect(error?.offset == invalid.offset, "\(invalid.id)")
        #expect(
            error?.line != nil && error?.column != nil, "\(invalid.id): an offset comes with line and column")
    }

    @Test(
        "a non-canonical document decodes to its canonical golden file",
        arguments: Corpus.manifest.invalid.filter { $0.decodesTo != nil })
    func decodesToCanonical(_ invalid: InvalidCase) throws {
        let options = DecodingOptions(unknownMembers: invalid.unknownMembers == "ignore" ? .ignore : .reject)
        let decoded = try WireFormat.decode(try Corpus.read(invalid.file), options: options)
        let canonical = try Corpus.read(try #require(invalid.decodesTo))
        expectBytes(try WireFormat.encode(decoded), equal: canonical, invalid.id)
    }

    @Test("the file holds exactly the manifest's input", arguments: Corpus.manifest.invalid)
    func fileMatchesManifest(_ invalid: InvalidCase) throws {
        let expected = try #require(
            invalid.inputBytes, "\(invalid.id) needs exactly one of input and input_base64")
        expectBytes(try Corpus.read(invalid.file), equal: expected, invalid.id)
    }
}

/// Every refused factory call fails with the expected code and pointer into the call.
@Suite("Factory errors")
struct FactoryErrorTests {
    @Test("the factory call is refused", arguments: Corpus.manifest.factoryErrors)
    func refused(_ factoryError: FactoryErrorCase) {
        let error = #expect(throws: ResponseCodecError.self) {
            _ = try FactoryCall(json: factoryError.call).makeResponse()
        }
        #expect(
            error?.code.rawValue == factoryError.code,
            "\(factoryError.id): \(error.map(String.init(describing:)) ?? "")")
        #expect(error?.pointer == factoryError.pointer, "\(factoryError.id)")
    }
}
