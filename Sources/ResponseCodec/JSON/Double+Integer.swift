extension Double {
    /// The integer this number denotes, for members and arguments of integer type: `nil` when
    /// it has a fractional part (so `30.0` and `3e1` are 30, `30.5` is no integer); a value
    /// beyond `Int`'s range saturates to `Int.min` or `Int.max`, so the caller's own range rule
    /// (a countdown's floor, an HTTP status's bounds) decides it without a separate case.
    package var saturatingInteger: Int? {
        // Within Int's range (NaN fails both tests) a conversion truncates, exactly when the
        // number has a fractional part.
        if self >= -0x1p63 && self < 0x1p63 {
            let integer = Int(self)
            return Double(integer) == self ? integer : nil
        }
        // Beyond it every finite double is an integer (its unit in the last place is above 1).
        guard isFinite else { return nil }
        return self > 0 ? .max : .min
    }
}
