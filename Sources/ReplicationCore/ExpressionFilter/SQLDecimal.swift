/// An exact decimal number as MySQL's DECIMAL: a coefficient and a scale (digits after the point).
/// `0.1 + 0.2` is exactly `0.3`, and `1.50` keeps its scale when printed.
public struct SQLDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// MySQL's limits: 65 digits in all, 30 after the point.
    public static let maxDigits = 65
    public static let maxScale = 30

    var isNegative: Bool
    var coefficient: DecimalMagnitude
    /// Digits after the decimal point (0...30).
    public private(set) var scale: Int

    init(isNegative: Bool, coefficient: DecimalMagnitude, scale: Int) {
        // A negative scale (from an exponent) is folded into the coefficient.
        let magnitude = scale < 0 ? coefficient.multipliedByPowerOfTen(-scale) : coefficient
        let value = SQLDecimal(checkedNegative: isNegative && !magnitude.isZero, coefficient: magnitude, scale: max(scale, 0))
        self = scale > Self.maxScale ? value.rounded(toScale: Self.maxScale) : value
    }

    private init(checkedNegative: Bool, coefficient: DecimalMagnitude, scale: Int) {
        self.isNegative = checkedNegative
        self.coefficient = coefficient
        self.scale = scale
    }

    public init(_ value: Int64) {
        self.init(isNegative: value < 0, coefficient: DecimalMagnitude(value.magnitude), scale: 0)
    }

    public init(_ value: UInt64) {
        self.init(isNegative: false, coefficient: DecimalMagnitude(value), scale: 0)
    }

    /// Parses `[+|-]digits[.digits][e[+|-]digits]` (surrounding spaces allowed); nil otherwise.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        func skipSpaces() { while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        skipSpaces()
        var negative = false
        if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
            negative = bytes[index] == 0x2D
            index += 1
        }
        var digits: [UInt8] = []
        var scale = 0
        var sawPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                digits.append(byte)
                if sawPoint { scale += 1 }
            } else if byte == 0x2E, !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
                exponentNegative = bytes[index] == 0x2D
                index += 1
            }
            var exponent = 0
            var sawDigit = false
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                exponent = min(exponent * 10 + Int(bytes[index] - 0x30), 10_000)
                sawDigit = true
                index += 1
            }
            guard sawDigit, exponent <= 200 else { return nil }
            scale += exponentNegative ? exponent : -exponent
        }
        skipSpaces()
        guard index == bytes.count, let magnitude = DecimalMagnitude(digits: digits) else { return nil }
        self.init(isNegative: negative, coefficient: magnitude, scale: scale)
    }

    /// The decimal closest to a finite double, through its shortest round-trip text (0.1 → 0.1).
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init("\(value)")
    }

    public var isZero: Bool { self.coefficient.isZero }

    public var description: String {
        var digits = self.coefficient.digitString
        if self.scale > 0 {
            if digits.count <= self.scale { digits = String(repeating: "0", count: self.scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -self.scale))
        }
        return (self.isNegative ? "-" : "") + digits
    }

    /// Digits before the point, for MySQL's 65-digit limit.
    var integerDigitCount: Int { max(0, self.coefficient.digitCount - self.scale) }

    public var doubleValue: Double { Double(self.description) ?? 0 }

    var negated: SQLDecimal { SQLDecimal(isNegative: !self.isNegative, coefficient: self.coefficient, scale: self.scale) }

    /// The coefficient scaled to `scale` (which must be >= self.scale).
    func coefficient(atScale scale: Int) -> DecimalMagnitude {
        self.coefficient.multipliedByPowerOfTen(scale - self.scale)
    }

    public static func < (lhs: SQLDecimal, rhs: SQLDecimal) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let scale = max(lhs.scale, rhs.scale)
        let a = lhs.coefficient(atScale: scale)
        let b = rhs.coefficient(atScale: scale)
        return lhs.isNegative ? b < a : a < b
    }

    public static func == (lhs: SQLDecimal, rhs: SQLDecimal) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    public func hash(into hasher: inout Hasher) {
        // Equal values must hash alike whatever their scale: 1.50 == 1.5.
        let normalized = self.trimmingTrailingZeros()
        hasher.combine(normalized.isNegative)
        hasher.combine(normalized.coefficient)
        hasher.combine(normalized.scale)
    }

    private func trimmingTrailingZeros() -> SQLDecimal {
        var result = self
        while result.scale > 0 {
            let (quotient, remainder) = result.coefficient.quotientAndRemainder(dividingBy: DecimalMagnitude(10))
            guard remainder.isZero else { break }
            result.coefficient = quotient
            result.scale -= 1
        }
        return result
    }

    /// Rounds half away from zero, as MySQL does for exact values. A negative scale rounds to tens,
    /// hundreds...: ROUND(155, -1) = 160.
    public func rounded(toScale target: Int) -> SQLDecimal {
        self.adjusted(toScale: target, roundHalfAway: true)
    }

    /// Drops digits beyond `target` (towards zero), as TRUNCATE() does.
    public func truncated(toScale target: Int) -> SQLDecimal {
        self.adjusted(toScale: target, roundHalfAway: false)
    }

    private func adjusted(toScale requested: Int, roundHalfAway: Bool) -> SQLDecimal {
        let target = min(requested, Self.maxScale)
        if target >= self.scale {
            var result = self
            result.coefficient = self.coefficient(atScale: target)
            result.scale = target
            return result
        }
        let dropped = self.scale - target
        let divisor = DecimalMagnitude(1).multipliedByPowerOfTen(dropped)
        var (quotient, remainder) = self.coefficient.quotientAndRemainder(dividingBy: divisor)
        if roundHalfAway, !((remainder + remainder) < divisor) { quotient = quotient + DecimalMagnitude(1) }
        if target < 0 { quotient = quotient.multipliedByPowerOfTen(-target) }
        var result = SQLDecimal(isNegative: self.isNegative, coefficient: quotient, scale: max(target, 0))
        result.isNegative = self.isNegative && !quotient.isZero
        return result
    }

    /// The value rounded to an integer, if it fits in Int64.
    var roundedInt64: Int64? { self.rounded(toScale: 0).int64IfIntegral }

    /// The value if it is integral (scale digits all zero) and fits in Int64.
    var int64IfIntegral: Int64? {
        let whole = self.truncated(toScale: 0)
        guard whole == self, let magnitude = whole.coefficient.uint64Value else { return nil }
        if whole.isNegative {
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    var uint64IfIntegral: UInt64? {
        let whole = self.truncated(toScale: 0)
        guard whole == self, !whole.isNegative else { return whole.isZero ? 0 : nil }
        return whole.coefficient.uint64Value
    }
}
