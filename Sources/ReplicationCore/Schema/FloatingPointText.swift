/// FLOAT and DOUBLE values printed as the server prints them (its `my_gcvt`): DOUBLE with the
/// shortest digits that read back the same, FLOAT with 6 significant digits; plain notation
/// while the point is at most 15 places from the digits (`100000000`, `0.00000015`), otherwise
/// `1e20`, `1.2345678901234568e17`.
enum FloatingPointText {
    static func format(_ value: Double, singlePrecision: Bool) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == 0 { return "0" }
        var (digits, point) = Self.shortestDigits(of: abs(value))
        if singlePrecision { (digits, point) = Self.round(digits, point, significantDigits: 6) }
        let sign = value < 0 ? "-" : ""
        let count = digits.count
        // The server's rule: plain notation unless the point lies more than 15 places away.
        if point >= -14, point <= 15 || count > point {
            if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
            if point < count {
                return sign + digits.prefix(point) + "." + digits.dropFirst(point)
            }
            return sign + digits + String(repeating: "0", count: point - count)
        }
        let exponent = point - 1
        let mantissa = count > 1 ? "\(digits.prefix(1)).\(digits.dropFirst())" : digits
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "") + String(abs(exponent))
    }

    /// Significant digits without leading or trailing zeros, and where the point goes:
    /// value = 0.d₁d₂… × 10^point.
    static func shortestDigits(of value: Double) -> (digits: String, point: Int) {
        let text = value.description  // shortest round-trip form: "1000.0", "1.5e-07", "1e+20"
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = String(pieces[0])
        let fractionPart = pieces.count > 1 ? String(pieces[1]) : ""
        var digits = integerPart + fractionPart
        var point = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (digits.isEmpty ? "0" : digits, point)
    }

    /// Rounds a digit string half up to `significantDigits`, dropping trailing zeros.
    static func round(_ digits: String, _ point: Int, significantDigits: Int) -> (String, Int) {
        guard digits.count > significantDigits else { return (digits, point) }
        var kept = Array(digits.utf8.prefix(significantDigits)).map { Int($0) - 48 }
        let next = Int(Array(digits.utf8)[significantDigits]) - 48
        var point = point
        if next >= 5 {
            var index = kept.count - 1
            while index >= 0 {
                kept[index] += 1
                if kept[index] < 10 { break }
                kept[index] = 0
                index -= 1
            }
            if index < 0 {
                kept.insert(1, at: 0)
                kept.removeLast()
                point += 1
            }
        }
        while kept.last == 0 { kept.removeLast() }
        return (kept.map(String.init).joined(), point)
    }
}
