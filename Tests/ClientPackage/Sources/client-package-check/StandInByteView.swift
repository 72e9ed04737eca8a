/// A stand-in for swift-nio's `ByteBufferView`, which the package can't depend on: a random-access
/// collection of bytes whose indices start where the buffer's reader index is (not at 0), and
/// which lends its contiguous storage through `withContiguousStorageIfAvailable`.
///
/// It counts how it is read, so that the check can tell the library's contiguous fast path (the
/// storage lent through `withContiguousStorageIfAvailable`) from a walk over it element by
/// element. (A copy made with `Array(_:)` borrows the storage the same way, so this can't
/// prove that no copy is made; it proves that the bytes are not read one by one.)
struct StandInByteView: RandomAccessCollection {
    /// How the view was read; a class, so that copies of the view share it.
    final class Reads {
        /// Calls of `withContiguousStorageIfAvailable`.
        var contiguous = 0
        /// Elements read through the subscript.
        var elements = 0
    }

    /// The bytes.
    private let storage: [UInt8]
    /// How the view was read.
    let reads = Reads()
    /// The index of the first byte, as a `ByteBufferView`'s is the buffer's reader index.
    let startIndex: Int

    /// A view of `bytes` whose first index is `startIndex`.
    init(_ bytes: [UInt8], startIndex: Int) {
        self.storage = bytes
        self.startIndex = startIndex
    }

    /// The index after the last byte.
    var endIndex: Int { startIndex + storage.count }

    /// The byte at `position`, counted as an element read.
    subscript(position: Int) -> UInt8 {
        reads.elements += 1
        return storage[position - startIndex]
    }

    /// Lends the bytes in place, as `ByteBufferView` does.
    func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        reads.contiguous += 1
        return try storage.withUnsafeBufferPointer(body)
    }
}
