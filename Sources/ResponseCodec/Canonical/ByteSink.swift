/// Writes bytes into spare capacity that ``CanonicalWriter`` has reserved in its buffer, with one
/// capacity check per token instead of one uniqueness-and-capacity check per byte.
///
/// Every write checks that it fits and traps otherwise, so a wrong size estimate can never
/// write out of bounds. Callers make sure of ``room`` before they start a token.
struct ByteSink {
    /// The reserved memory; the first ``count`` bytes are written.
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes are written.
    private(set) var count: Int

    /// A sink over `buffer` whose first `count` bytes are already written.
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) {
        self.buffer = buffer
        self.count = count
    }

    /// How many more bytes fit.
    var room: Int { buffer.count &- count }

    /// Writes one byte.
    @inline(__always)
    mutating func put(_ byte: UInt8) {
        precondition(count < buffer.count, "ByteSink overflow")
        buffer[count] = byte
        count &+= 1
    }

    /// Writes one byte whose room the caller has already checked, as part of a longer check
    /// (a quoted string's quotes, a member's `,` and `:`, a bracket); the bounds are not checked
    /// again.
    @inline(__always)
    mutating func putInCheckedRoom(_ byte: UInt8) {
        (buffer.baseAddress.unsafelyUnwrapped + count).initialize(to: byte)
        count &+= 1
    }

    /// Writes two bytes.
    @inline(__always)
    mutating func put(_ first: UInt8, _ second: UInt8) {
        precondition(buffer.count &- count >= 2, "ByteSink overflow")
        buffer[count] = first
        buffer[count &+ 1] = second
        count &+= 2
    }

    /// Stores the eight bytes of `word` (the first in the low bits) and keeps the first `kept`
    /// of them; the others are overwritten by the next write. Needs room for all eight.
    @inline(__always)
    mutating func putWord(_ word: UInt64, keeping kept: Int) {
        precondition(buffer.count &- count >= 8 && kept <= 8, "ByteSink overflow")
        UnsafeMutableRawPointer(buffer.baseAddress! + count).storeBytes(
            of: word.littleEndian, as: UInt64.self)
        count &+= kept
    }

    /// Stores the sixteen bytes of `first` and `second` (the first byte in the low bits of
    /// `first`) and keeps the first `kept` of them; the others are overwritten by the next write.
    /// Needs room for all sixteen.
    @inline(__always)
    mutating func putWords(_ first: UInt64, _ second: UInt64, keeping kept: Int) {
        precondition(buffer.count &- count >= 16 && kept <= 16, "ByteSink overflow")
        let target = UnsafeMutableRawPointer(buffer.baseAddress! + count)
        target.storeBytes(of: first.littleEndian, as: UInt64.self)
        target.storeBytes(of: second.littleEndian, toByteOffset: 8, as: UInt64.self)
        count &+= kept
    }

    /// Writes the last `kept` (1...8) bytes of `word` (the first byte in the low bits) by
    /// storing all eight so that they end where the kept ones do: the `8 - kept` bytes before
    /// ``count`` are written again, so they must already be the word's first bytes.
    @inline(__always)
    mutating func putEnding(_ word: UInt64, keeping kept: Int) {
        precondition(
            kept > 0 && kept <= 8 && count >= 8 &- kept && buffer.count &- count >= kept, "ByteSink overflow")
        UnsafeMutableRawPointer(buffer.baseAddress! + (count &- (8 &- kept))).storeBytes(
            of: word.littleEndian, as: UInt64.self)
        count &+= kept
    }

    /// Writes `length` bytes (4...16) given as their first and last words, which overlap when
    /// `length` is below twice the word size; `T` is `UInt32` or `UInt64`.
    @inline(__always)
    mutating func putOverlapping<T: FixedWidthInteger>(_ head: T, _ tail: T, length: Int) {
        let size = MemoryLayout<T>.size
        precondition(
            length >= size && length <= 2 &* size && length <= buffer.count &- count, "ByteSink overflow")
        let target = UnsafeMutableRawPointer(buffer.baseAddress! + count)
        target.storeBytes(of: head.littleEndian, as: T.self)
        target.storeBytes(of: tail.littleEndian, toByteOffset: length &- size, as: T.self)
        count &+= length
    }

    /// Writes `bytes`: 4 to 16 of them as two overlapping loads and stores (member names,
    /// literals, a number's digits), others by copying, which is a `memcpy` call.
    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        let raw = UnsafeRawPointer(source)
        switch length {
        case 8...16:
            putOverlapping(
                UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)),
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: length &- 8, as: UInt64.self)),
                length: length)
        case 4...7:
            putOverlapping(
                UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)),
                UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self)),
                length: length)
        default:
            precondition(length <= buffer.count &- count, "ByteSink overflow")
            (buffer.baseAddress! + count).initialize(from: source, count: length)
            count &+= length
        }
    }

    /// Writes the bytes of a static string (a literal or a member name).
    @inline(__always)
    mutating func put(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

extension ByteSink {
    /// Writes the decimal digits of `value`, without sign or leading zeros, two at a time.
    mutating func putDecimal(_ value: UInt64) {
        // The digit count, by comparison with growing powers of ten (10^19 is the last that
        // fits, and every UInt64 has at most 20 digits).
        var digitCount = 1
        var power: UInt64 = 10
        while value >= power {
            digitCount &+= 1
            if digitCount == 20 { break }
            power &*= 10
        }
        putDecimal(value, digitCount: digitCount)
    }

    /// Writes `value`, which is below 10^digitCount, as `digitCount` decimal digits (with leading
    /// zeros when it has fewer), two at a time.
    @inline(__always)
    mutating func putDecimal(_ value: UInt64, digitCount: Int) {
        precondition(digitCount > 0 && digitCount <= room, "ByteSink overflow")
        let pairs = Self.digitPairs.utf8Start
        var position = count &+ digitCount
        var rest = value
        while position &- count > 2 {
            let pair = Int(truncatingIfNeeded: rest % 100) &* 2
            rest /= 100
            position &-= 2
            buffer[position] = pairs[pair]
            buffer[position &+ 1] = pairs[pair &+ 1]
        }
        // One or two digits are left: fewer than 100 unless `value` has more than `digitCount`.
        if position &- count == 2 {
            precondition(rest < 100, "ByteSink: more digits than digitCount")
            let pair = Int(truncatingIfNeeded: rest) &* 2
            buffer[count] = pairs[pair]
            buffer[count &+ 1] = pairs[pair &+ 1]
        } else {
            buffer[count] = ASCII.zero &+ UInt8(truncatingIfNeeded: rest)
        }
        count &+= digitCount
    }

    /// Writes `value`, which is below 10^digitCount, as `digitCount` decimal digits (with leading
    /// zeros when it has fewer) and a `.` after the first `integerDigitCount` of them, which are
    /// fewer than all (`1.87`, `10.09`).
    mutating func putDecimal(_ value: UInt64, digitCount: Int, pointAfter integerDigitCount: Int) {
        precondition(
            integerDigitCount > 0 && integerDigitCount < digitCount && digitCount < room, "ByteSink overflow")
        // The digits go one byte to the right, then the integer digits move back over the gap.
        let start = count
        count &+= 1
        putDecimal(value, digitCount: digitCount)
        for offset in start..<start &+ integerDigitCount {
            buffer[offset] = buffer[offset &+ 1]
        }
        buffer[start &+ integerDigitCount] = ASCII.period
    }

    /// "00", "01", ... "99": the two digits of every number below 100, side by side.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324\
        25262728293031323334353637383940414243444546474849\
        50515253545556575859606162636465666768697071727374\
        75767778798081828384858687888990919293949596979899
        """
}

extension Array where Element == UInt8 {
    /// Appends what `body` writes into a ``ByteSink`` over the array's spare capacity (through
    /// an `OutputSpan`), after making sure there is room for at least `minimum` bytes. Growth is
    /// geometric, so that many small calls cost amortized constant time each.
    mutating func appendThroughSink<R, E: Error>(
        atLeast minimum: Int, _ body: (inout ByteSink) throws(E) -> R
    ) throws(E) -> R {
        if capacity &- count < minimum { growForSink(atLeast: minimum) }
        var result: R?
        try append(addingCapacity: capacity &- count) { (span: inout OutputSpan<UInt8>) throws(E) in
            try span.withUnsafeMutableBufferPointer { (buffer, written) throws(E) in
                var sink = ByteSink(buffer, count: written)
                defer { written = sink.count }
                result = try body(&sink)
            }
        }
        guard let result else {
            preconditionFailure("appendThroughSink: the body neither returned nor threw")
        }
        return result
    }

    /// Moves the bytes into a buffer with room for `minimum` more, at least twice the size, so
    /// that many small appends cost amortized constant time each. The bytes move as one block
    /// copy, where the standard library's own growth copies them one element at a time.
    private mutating func growForSink(atLeast minimum: Int) {
        var grown: [UInt8] = []
        grown.reserveCapacity(Swift.max(count &+ minimum, capacity &* 2, 64))
        grown.append(contentsOf: self)
        self = grown
    }
}
