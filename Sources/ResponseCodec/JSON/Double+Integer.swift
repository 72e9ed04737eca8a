extension Double {
    /// The integer this number denotes, for members and arguments of integer type: `nil` when
    /// it has a fractional part (so `30.0` and `3e1` are 30, `30.5` is no integer); a value
    /// beyond `Int`'s range saturates to `Int.min` or `Int.max`, so the caller's own range rule
    /// (a countdown's floor, an HTTP status's bounds) decides it without a separate case.
    var saturatingInteger: Int? {
        guard isFinite, rounded(.towardZero) == self else { return nil }
        if self >= 0x1p63 { return .max }
        if self < -0x1p63 { return .min }
        return Int(self)
    }
}
