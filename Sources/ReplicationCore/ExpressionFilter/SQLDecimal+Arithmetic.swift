/// Exact arithmetic with MySQL's result scales: `+`/`-` keep the larger scale, `*` adds the scales,
/// `/` gives the dividend's scale plus `div_precision_increment` (4 by default): 1/3 = 0.3333.
extension SQLDecimal {
    /// More than 65 digits before the point: MySQL refuses such a value.
    var exceedsMySQLRange: Bool { self.integerDigitCount > Self.maxDigits }

    static func + (lhs: SQLDecimal, rhs: SQLDecimal) -> SQLDecimal {
        let scale = max(lhs.scale, rhs.scale)
        let a = lhs.coefficient(atScale: scale)
        let b = rhs.coefficient(atScale: scale)
        if lhs.isNegative == rhs.isNegative {
            return SQLDecimal(isNegative: lhs.isNegative, coefficient: a + b, scale: scale)
        }
        // Opposite signs: the result takes the sign of the larger magnitude.
        if a < b { return SQLDecimal(isNegative: rhs.isNegative, coefficient: b - a, scale: scale) }
        return SQLDecimal(isNegative: lhs.isNegative, coefficient: a - b, scale: scale)
    }

    static func - (lhs: SQLDecimal, rhs: SQLDecimal) -> SQLDecimal {
        lhs + rhs.negated
    }

    static func * (lhs: SQLDecimal, rhs: SQLDecimal) -> SQLDecimal {
        SQLDecimal(isNegative: lhs.isNegative != rhs.isNegative, coefficient: lhs.coefficient * rhs.coefficient, scale: lhs.scale + rhs.scale)
    }

    /// `lhs / rhs` rounded half away from zero to `lhs.scale + extraScale` digits; nil when `rhs` is 0.
    func divided(by divisor: SQLDecimal, extraScale: Int) -> SQLDecimal? {
        guard !divisor.isZero else { return nil }
        let resultScale = min(self.scale + extraScale, Self.maxScale)
        // value = A/10^s1 ÷ B/10^s2, so the result coefficient is A·10^(s2+S) ÷ (B·10^s1).
        let numerator = self.coefficient.multipliedByPowerOfTen(divisor.scale + resultScale)
        let denominator = divisor.coefficient.multipliedByPowerOfTen(self.scale)
        var (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        if !((remainder + remainder) < denominator) { quotient = quotient + DecimalMagnitude(1) }
        return SQLDecimal(isNegative: self.isNegative != divisor.isNegative, coefficient: quotient, scale: resultScale)
    }

    /// The integer part of `lhs / rhs` (towards zero), for DIV; nil when `rhs` is 0.
    func integerQuotient(dividingBy divisor: SQLDecimal) -> SQLDecimal? {
        guard !divisor.isZero else { return nil }
        let scale = max(self.scale, divisor.scale)
        let (quotient, _) = self.coefficient(atScale: scale).quotientAndRemainder(dividingBy: divisor.coefficient(atScale: scale))
        return SQLDecimal(isNegative: self.isNegative != divisor.isNegative, coefficient: quotient, scale: 0)
    }

    /// MOD: the remainder has the sign of the dividend (-7 MOD 2 = -1); nil when `rhs` is 0.
    func remainder(dividingBy divisor: SQLDecimal) -> SQLDecimal? {
        guard !divisor.isZero else { return nil }
        let scale = max(self.scale, divisor.scale)
        let (_, remainder) = self.coefficient(atScale: scale).quotientAndRemainder(dividingBy: divisor.coefficient(atScale: scale))
        return SQLDecimal(isNegative: self.isNegative, coefficient: remainder, scale: scale)
    }

    var absoluteValue: SQLDecimal {
        SQLDecimal(isNegative: false, coefficient: self.coefficient, scale: self.scale)
    }

    /// The smallest integer not below the value (CEIL), with scale 0.
    var ceiling: SQLDecimal {
        let truncated = self.truncated(toScale: 0)
        return truncated < self ? truncated + SQLDecimal(Int64(1)) : truncated
    }

    /// The largest integer not above the value (FLOOR), with scale 0.
    var floor: SQLDecimal {
        let truncated = self.truncated(toScale: 0)
        return self < truncated ? truncated - SQLDecimal(Int64(1)) : truncated
    }
}
