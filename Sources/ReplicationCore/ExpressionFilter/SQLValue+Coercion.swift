/// How a value reads in a string, numeric or boolean context, following MySQL's implicit
/// conversions: a string used as a number is its longest numeric prefix (`'12abc'` → 12,
/// `'abc'` → 0), a DATE used as a number is `YYYYMMDD`, and a value is true when it is non-zero.
extension SQLValue {
    /// A number as arithmetic sees it.
    enum Number: Sendable, Hashable {
        case int(Int64)
        case uint(UInt64)
        case decimal(SQLDecimal)
        case double(Double)

        var doubleValue: Double {
            switch self {
            case .int(let value): return Double(value)
            case .uint(let value): return Double(value)
            case .decimal(let value): return value.doubleValue
            case .double(let value): return value
            }
        }

        /// Exact for integers and decimals; nil for a non-finite double.
        var decimalValue: SQLDecimal? {
            switch self {
            case .int(let value): return SQLDecimal(value)
            case .uint(let value): return SQLDecimal(value)
            case .decimal(let value): return value
            case .double(let value): return SQLDecimal(value)
            }
        }

        var value: SQLValue {
            switch self {
            case .int(let value): return .int(value)
            case .uint(let value): return .uint(value)
            case .decimal(let value): return .decimal(value)
            case .double(let value): return .double(value)
            }
        }
    }

    /// The value in a numeric context; nil for NULL. Strings read as doubles, as MySQL does in
    /// arithmetic and comparisons.
    var number: Number? {
        switch self {
        case .null: return nil
        case .int(let value): return .int(value)
        case .uint(let value): return .uint(value)
        case .decimal(let value): return .decimal(value)
        case .double(let value): return .double(value)
        case .string, .binary: return .double(Double(SQLValue.numericPrefix(of: self.text ?? "")) ?? 0)
        case .date(let value): return .int(Int64(value.year * 10000 + value.month * 100 + value.day))
        case .datetime(let value):
            let whole =
                Int64(value.year * 10000 + value.month * 100 + value.day) * 1_000_000 + Int64(value.hour * 10000 + value.minute * 100 + value.second)
            return Self.withFraction(whole, microsecond: value.microsecond, precision: value.precision)
        case .time(let value):
            let whole = Int64(value.hours * 10000 + value.minutes * 100 + value.seconds)
            let number = Self.withFraction(whole, microsecond: value.fraction, precision: value.precision)
            guard value.isNegative else { return number }
            switch number {
            case .int(let magnitude): return .int(-magnitude)
            case .decimal(let magnitude): return .decimal(magnitude.negated)
            default: return number
            }
        case .json(let document):
            switch document {
            case .int(let value): return .int(value)
            case .uint(let value): return .uint(value)
            case .double(let value): return .double(value)
            case .bool(let value): return .int(value ? 1 : 0)
            case .string(let text): return .double(Double(SQLValue.numericPrefix(of: text)) ?? 0)
            case .null, .array, .object: return .int(0)
            }
        }
    }

    private static func withFraction(_ whole: Int64, microsecond: Int, precision: Int) -> Number {
        guard precision > 0 || microsecond != 0 else { return .int(whole) }
        // DATETIME(3) + 0 is 20240131130509.500: as many digits as the column shows.
        let digits = precision > 0 ? precision : 6
        let fraction = SQLDecimal(Int64(microsecond)).divided(by: SQLDecimal(Int64(1_000_000)), extraScale: 6) ?? SQLDecimal(Int64(0))
        return .decimal((SQLDecimal(whole) + fraction).rounded(toScale: digits))
    }

    var doubleValue: Double? { self.number?.doubleValue }

    /// The value as an exact decimal; strings are read exactly ('0.1' is 0.1, not a double).
    var decimalValue: SQLDecimal? {
        switch self {
        case .string, .binary: return SQLDecimal(SQLValue.numericPrefix(of: self.text ?? ""))
        default: return self.number?.decimalValue
        }
    }

    /// True for a non-zero value, nil for NULL: the truth of a WHERE condition.
    var truth: Bool? {
        switch self.number {
        case nil: return nil
        case .int(let value): return value != 0
        case .uint(let value): return value != 0
        case .decimal(let value): return !value.isZero
        case .double(let value): return value != 0
        }
    }

    /// An integer argument (a length, a count, a position): rounded, clamped to Int64, and for
    /// strings the integer prefix ('3abc' → 3).
    var integerArgument: Int64? {
        switch self {
        case .null: return nil
        case .int(let value): return value
        case .uint(let value): return value > UInt64(Int64.max) ? Int64.max : Int64(value)
        case .string, .binary: return Self.integerPrefix(of: self.text ?? "")
        default:
            guard let number = self.number else { return nil }
            if case .int(let value) = number { return value }
            return Self.clampedInt64(number.doubleValue.rounded(.toNearestOrAwayFromZero))
        }
    }

    static func clampedInt64(_ value: Double) -> Int64 {
        if value.isNaN { return 0 }
        if value >= 9_223_372_036_854_775_808.0 { return Int64.max }
        if value <= -9_223_372_036_854_775_808 { return Int64.min }
        return Int64(value)
    }

    /// The longest prefix of `text` that reads as a number, after leading spaces; "0" if none.
    static func numericPrefix(of text: String) -> String {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        let start = index
        if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
        let digitsStart = index
        while index < bytes.count, isASCIIDigit(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            while index < bytes.count, isASCIIDigit(bytes[index]) { index += 1 }
        }
        let mantissaDigits = bytes[digitsStart..<index].filter(isASCIIDigit).count
        guard mantissaDigits > 0 else { return "0" }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            var exponentEnd = index + 1
            if exponentEnd < bytes.count, bytes[exponentEnd] == 0x2B || bytes[exponentEnd] == 0x2D { exponentEnd += 1 }
            if exponentEnd < bytes.count, isASCIIDigit(bytes[exponentEnd]) {
                index = exponentEnd
                while index < bytes.count, isASCIIDigit(bytes[index]) { index += 1 }
            }
        }
        var prefix = String(decoding: bytes[start..<index], as: UTF8.self)
        if prefix.hasSuffix(".") { prefix.removeLast() }
        return prefix
    }

    /// The leading integer of a string ('3.9x' → 3), clamped to Int64.
    static func integerPrefix(of text: String) -> Int64 {
        let prefix = Self.numericPrefix(of: text)
        let integerPart = prefix.prefix { $0 != "." && $0 != "e" && $0 != "E" }
        if let value = Int64(integerPart) { return value }
        return integerPart.hasPrefix("-") ? Int64.min : (integerPart.isEmpty || integerPart == "-" || integerPart == "+" ? 0 : Int64.max)
    }
}

private func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
