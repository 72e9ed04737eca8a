import ResponseCodec

/// The checks' verdicts: each failure with what was expected.
struct Checks {
    /// How many checks ran.
    private(set) var count = 0
    /// The failed checks, described.
    private(set) var failures: [String] = []

    /// Records a check of `condition`, described by `what`.
    mutating func expect(_ condition: Bool, _ what: @autoclosure () -> String) {
        count += 1
        if !condition { failures.append(what()) }
    }

    /// Records that `decode` fails with exactly `code`, `pointer` and `offset` (and the line and
    /// column that offset has in a one-line document).
    mutating func expectError(
        _ form: String, code: ResponseCodecError.Code, pointer: String, offset: Int,
        _ decode: () throws -> ExtensionResponse
    ) {
        do {
            let response = try decode()
            expect(false, "\(form): expected \(code) at \(pointer) offset \(offset), got \(response)")
        } catch let error as ResponseCodecError {
            expect(
                error.code == code && error.pointer == pointer && error.offset == offset
                    && error.line == 1 && error.column == offset + 1,
                "\(form): expected \(code) at \"\(pointer)\" offset \(offset) (line 1:\(offset + 1)), got \(error)"
            )
        } catch {
            expect(false, "\(form): expected a ResponseCodecError, got \(error)")
        }
    }
}
