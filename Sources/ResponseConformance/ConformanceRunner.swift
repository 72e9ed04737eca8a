import ResponseCodec

/// Runs every case of a golden corpus against one testee and judges the answers.
///
/// The runner asks; the testee answers through a closure, so the same runner drives the
/// built-in Swift implementation in process and any other runtime over a pipe.
///
/// Spec: `spec/conformance.md` §4 "Judging".
public struct ConformanceRunner {
    /// The corpus index.
    public let manifest: Manifest
    /// Reads a golden file's bytes by its manifest path.
    public let readFile: (String) throws -> [UInt8]

    /// Creates a runner over a manifest and a way to read its files.
    public init(manifest: Manifest, readFile: @escaping (String) throws -> [UInt8]) {
        self.manifest = manifest
        self.readFile = readFile
    }

    /// The outcome of one case.
    public struct Outcome: Sendable, Hashable {
        /// The case id.
        public var id: String
        /// `nil` when the case passed; otherwise what was expected and what came back.
        public var failure: Failure?
    }

    /// Why a case failed.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        /// The step that failed (`encode`, `decode`, `verify`, `canonicalize`, `task_output`,
        /// `decode_task_output`).
        public var step: String
        /// What the corpus expects, in one line.
        public var expected: String
        /// What the testee answered, in one line.
        public var got: String

        /// `step: expected …, got …`.
        public var description: String { "\(step): expected \(expected), got \(got)" }
    }

    /// A run: the outcome of every case judged, and the cases left when the testee stopped.
    public struct Run: Sendable, Hashable {
        /// The judged cases, in manifest order.
        public var outcomes: [Outcome] = []
        /// The cases without a verdict, in manifest order: the one being asked when the testee
        /// stopped, and every later one. Empty when the run finished.
        public var unanswered: [String] = []
        /// Why the run stopped early (the ``TesteeStopped`` description), or `nil`.
        public var stopReason: String?
    }

    /// One case of the manifest, of any kind.
    private enum Case {
        case valid(ValidCase)
        case invalid(InvalidCase)
        case factoryError(FactoryErrorCase)
        case taskOutput(TaskOutputCase)

        var id: String {
            switch self {
            case .valid(let valid): valid.id
            case .invalid(let invalid): invalid.id
            case .factoryError(let factoryError): factoryError.id
            case .taskOutput(let taskOutput): taskOutput.id
            }
        }
    }

    /// Runs every case in manifest order, asking `testee` for each step, until the end or
    /// until `testee` throws ``TesteeStopped``.
    public func run(testee: (TesteeRequest) throws -> TesteeResponse) -> Run {
        let cases =
            manifest.valid.map(Case.valid) + manifest.invalid.map(Case.invalid)
            + manifest.factoryErrors.map(Case.factoryError) + manifest.taskOutputs.map(Case.taskOutput)
        var run = Run()
        for (index, next) in cases.enumerated() {
            do {
                run.outcomes.append(Outcome(id: next.id, failure: try judge(next, testee)))
            } catch {
                run.unanswered = cases[index...].map(\.id)
                run.stopReason = error.description
                break
            }
        }
        return run
    }

    private func judge(
        _ next: Case, _ testee: (TesteeRequest) throws -> TesteeResponse
    ) throws(TesteeStopped) -> Failure? {
        switch next {
        case .valid(let valid): return try judge(valid, testee)
        case .invalid(let invalid): return try judge(invalid, testee)
        case .factoryError(let factoryError):
            let request = TesteeRequest(id: factoryError.id, op: .encode, call: factoryError.call)
            return try expectError(
                step: "encode", request: request, code: factoryError.code, pointer: factoryError.pointer,
                offset: nil, testee)
        case .taskOutput(let taskOutput): return try judge(taskOutput, testee)
        }
    }

    /// A task output case: `task_output` gives the file and `decode_task_output` of the file gives
    /// it back; or, for an error case, `task_output` fails with the code and pointer.
    private func judge(
        _ taskOutput: TaskOutputCase, _ testee: (TesteeRequest) throws -> TesteeResponse
    ) throws(TesteeStopped) -> Failure? {
        let request = TesteeRequest(
            id: taskOutput.id, op: .taskOutput, call: taskOutput.call, runtime: taskOutput.runtime,
            retry: taskOutput.retry)
        guard let file = taskOutput.file else {
            guard let code = taskOutput.code, let pointer = taskOutput.pointer else {
                return Failure(step: "read", expected: "a file, or a code and a pointer", got: "neither")
            }
            return try expectError(
                step: "task_output", request: request, code: code, pointer: pointer, offset: nil, testee)
        }
        let golden: [UInt8]
        do { golden = try readFile(file) } catch {
            return Failure(step: "read", expected: "golden file \(file)", got: "\(error)")
        }
        if let failure = try expectOutput(step: "task_output", request: request, output: golden, testee) {
            return failure
        }
        let decode = TesteeRequest(id: taskOutput.id, op: .decodeTaskOutput, input: golden)
        return try expectOutput(step: "decode_task_output", request: decode, output: golden, testee)
    }

    /// A valid case: encode gives the file, decode of the file gives the file, verify accepts it.
    private func judge(
        _ valid: ValidCase, _ testee: (TesteeRequest) throws -> TesteeResponse
    ) throws(TesteeStopped) -> Failure? {
        let golden: [UInt8]
        do { golden = try readFile(valid.file) } catch {
            return Failure(step: "read", expected: "golden file \(valid.file)", got: "\(error)")
        }
        let encode = TesteeRequest(id: valid.id, op: .encode, call: valid.call)
        if let failure = try expectOutput(step: "encode", request: encode, output: golden, testee) {
            return failure
        }
        for op in [TesteeRequest.Operation.decode, .verify] {
            let request = TesteeRequest(id: valid.id, op: op, input: golden)
            if let failure = try expectOutput(step: op.rawValue, request: request, output: golden, testee) {
                return failure
            }
        }
        return nil
    }

    /// An invalid case: the operation fails with the expected code, pointer and offset; a
    /// `verify` case must also decode to its canonical golden file.
    private func judge(
        _ invalid: InvalidCase, _ testee: (TesteeRequest) throws -> TesteeResponse
    ) throws(TesteeStopped) -> Failure? {
        let input: [UInt8]
        do { input = try readFile(invalid.file) } catch {
            return Failure(step: "read", expected: "input file \(invalid.file)", got: "\(error)")
        }
        if let canonicalFile = invalid.decodesTo {
            let canonical: [UInt8]
            do { canonical = try readFile(canonicalFile) } catch {
                return Failure(step: "read", expected: "golden file \(canonicalFile)", got: "\(error)")
            }
            let decode = TesteeRequest(
                id: invalid.id, op: .decode, input: input, limits: invalid.limits,
                unknownMembers: invalid.unknownMembers)
            if let failure = try expectOutput(step: "decode", request: decode, output: canonical, testee) {
                return failure
            }
        }
        let request = TesteeRequest(
            id: invalid.id, op: TesteeRequest.Operation(rawValue: invalid.operation.rawValue) ?? .decode,
            input: input,
            limits: invalid.limits, unknownMembers: invalid.unknownMembers)
        return try expectError(
            step: invalid.operation.rawValue, request: request, code: invalid.code, pointer: invalid.pointer,
            offset: invalid.offset, testee)
    }

    private func expectOutput(
        step: String, request: TesteeRequest, output: [UInt8],
        _ testee: (TesteeRequest) throws -> TesteeResponse
    ) throws(TesteeStopped) -> Failure? {
        let expected = "ok \(Self.show(output))"
        let response: TesteeResponse
        do { response = try testee(request) } catch let stopped as TesteeStopped { throw stopped } catch {
            return Failure(step: step, expected: expected, got: "no answer: \(error)")
        }
        guard response.ok else { return Failure(step: step, expected: expected, got: Self.show(response)) }
        guard let got = response.output else {
            return Failure(step: step, expected: expected, got: "ok without valid output_b64")
        }
        guard got == output else {
            return Failure(
                step: step, expected: expected,
                got: "ok \(Self.show(got)) (\(ByteDiff(expected: output, actual: got)))")
        }
        return nil
    }

    private func expectError(
        step: String, request: TesteeRequest, code: String, pointer: String, offset: Int?,
        _ testee: (TesteeRequest) throws -> TesteeResponse
    ) throws(TesteeStopped) -> Failure? {
        let expected = "error \(code) at \"\(pointer)\"" + (offset.map { " offset \($0)" } ?? "")
        let response: TesteeResponse
        do { response = try testee(request) } catch let stopped as TesteeStopped { throw stopped } catch {
            return Failure(step: step, expected: expected, got: "no answer: \(error)")
        }
        let matches =
            !response.ok && response.code == code && response.pointer == pointer
            && (offset == nil || response.offset == offset)
        return matches ? nil : Failure(step: step, expected: expected, got: Self.show(response))
    }

    /// A response in one line.
    static func show(_ response: TesteeResponse) -> String {
        if response.ok { return "ok \(response.output.map(show) ?? "(no output)")" }
        return "error \(response.code ?? "?") at \"\(response.pointer ?? "?")\""
            + (response.offset.map { " offset \($0)" } ?? "")
    }

    /// Bytes in one line, as text where printable, cut at 160 characters.
    static func show(_ bytes: [UInt8]) -> String {
        let text = ByteDiff.printable(bytes[...])
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }
}
