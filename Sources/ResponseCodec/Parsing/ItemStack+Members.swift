/// The parser's use of the member stack: a member is pushed when its name is read, and its value
/// is put in place when the value is complete.
extension ItemStack where Element == JSONObject.Member {
    /// The name of the member at `position`, which must be below ``count``.
    @inline(__always)
    func name(at position: Int) -> String {
        slot(position)?.pointee.key ?? ""
    }

    /// Puts `value` in place of the top member's placeholder value, which must be `null`: a
    /// `null` holds no reference, so it is overwritten without being destroyed first.
    @inline(__always)
    mutating func setLastValue(_ value: consuming JSONValue) {
        guard let member = slot(count &- 1), let offset = MemoryLayout.offset(of: \Element.value) else {
            return
        }
        let placeholder = (UnsafeMutableRawPointer(member) + offset).assumingMemoryBound(to: JSONValue.self)
        placeholder.initialize(to: value)
    }
}
