import Foundation
import ResponseCodec
import ResponseConformance
import Testing

extension TaskOutputCase: CustomTestStringConvertible {
    /// The case id.
    public var testDescription: String { id }
}

/// The task output cases of the corpus, by what they expect.
enum TaskOutputCases {
    /// Cases with a golden file: the runner sends this output.
    static let produced = Corpus.manifest.taskOutputs.filter { $0.file != nil }
    /// Cases with an error: the runner never makes this projection.
    static let refused = Corpus.manifest.taskOutputs.filter { $0.file == nil }
}

/// Every task output case: the projection, its golden bytes and both decoders agree.
@Suite("Task output cases")
struct TaskOutputCaseTests {
    /// The task output a case describes.
    private func projection(_ taskOutput: TaskOutputCase) throws -> TaskOutput {
        if let retry = taskOutput.retry { return TaskOutput.retry(message: retry.message) }
        let call = try #require(taskOutput.call, "\(taskOutput.id): a call or a retry")
        let runtime = try #require(taskOutput.runtime, "\(taskOutput.id): a call needs a runtime")
        return try TaskOutput(projecting: try FactoryCall(json: call).makeResponse(), runtime: runtime)
    }

    @Test("encode(projection) equals the golden bytes", arguments: TaskOutputCases.produced)
    func encodeMatchesGolden(_ taskOutput: TaskOutputCase) throws {
        let golden = try Corpus.read(try #require(taskOutput.file))
        expectBytes(try WireFormat.encode(try projection(taskOutput)), equal: golden, taskOutput.id)
    }

    @Test(
        "decode(golden) equals the projection, and re-encodes to the golden bytes",
        arguments: TaskOutputCases.produced)
    func decodeMatchesProjection(_ taskOutput: TaskOutputCase) throws {
        let golden = try Corpus.read(try #require(taskOutput.file))
        let decoded = try WireFormat.decode(golden, as: TaskOutput.self)
        #expect(decoded == (try projection(taskOutput)))
        expectBytes(try WireFormat.encode(decoded), equal: golden, taskOutput.id)
    }

    @Test(
        "Foundation's JSONDecoder and JSONEncoder agree with the projection",
        arguments: TaskOutputCases.produced)
    func foundationRoundTrip(_ taskOutput: TaskOutputCase) throws {
        let golden = try Corpus.read(try #require(taskOutput.file))
        let expected = try projection(taskOutput)
        #expect(try JSONDecoder().decode(TaskOutput.self, from: Data(golden)) == expected)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try WireFormat.decode([UInt8](try encoder.encode(expected)), as: TaskOutput.self) == expected)
    }

    @Test(
        "the golden file is canonical: five members, no trailing newline", arguments: TaskOutputCases.produced
    )
    func fileIsExact(_ taskOutput: TaskOutputCase) throws {
        let golden = try Corpus.read(try #require(taskOutput.file))
        #expect(golden.last == UInt8(ascii: "}"))
        expectBytes(try WireFormat.canonicalize(golden), equal: golden, taskOutput.id)
        guard case .object(let object) = try JSONValue(parsing: golden) else {
            Issue.record("\(taskOutput.id): not an object")
            return
        }
        #expect(object.keys == ["countdown", "data", "message", "result", "runtime"])
    }

    @Test("a projection the runner never makes is refused", arguments: TaskOutputCases.refused)
    func refused(_ taskOutput: TaskOutputCase) {
        let error = #expect(throws: ResponseCodecError.self) { try projection(taskOutput) }
        #expect(error?.code.rawValue == taskOutput.code, "\(taskOutput.id)")
        #expect(error?.pointer == taskOutput.pointer, "\(taskOutput.id)")
    }

    @Test("every class that the runner projects has a case per factory", arguments: ResponseClass.allCases)
    func everyFactoryProjected(_ kind: ResponseClass) throws {
        let calls = try TaskOutputCases.produced.compactMap { try $0.call.map(FactoryCall.init(json:)) }
        let refusedCalls = try TaskOutputCases.refused.compactMap { try $0.call.map(FactoryCall.init(json:)) }
        for factory in kind.factories {
            let pool = kind == .rowTransformation ? refusedCalls : calls
            #expect(
                pool.contains { $0.kind == kind && $0.factory == factory },
                "no task output case for \(kind).\(factory)")
        }
    }

    @Test("the runner's own retry has cases")
    func retryCovered() {
        #expect(TaskOutputCases.produced.contains { $0.retry != nil })
    }
}
