import SQLSyntax

/// `d + INTERVAL n unit`, DATE_ADD, DATE_SUB, TIMESTAMPADD. Month-based units keep the day
/// where possible and clamp it to the month's end ('2024-01-31' + INTERVAL 1 MONTH =
/// '2024-02-29'); the others add a fixed duration. A DATE plus a day-or-larger unit stays a DATE,
/// otherwise the result is a DATETIME; a result outside years 0-9999 is NULL.
extension SQLInterpreter {
    /// An interval as months plus microseconds.
    struct IntervalAmount {
        var months: Int64 = 0
        var microseconds: Int64 = 0
    }

    func addInterval(to base: SQLValue, amount: SQLValue, unit: SQLIntervalUnit, subtract: Bool) throws -> SQLValue {
        guard !base.isNull, var interval = Self.intervalAmount(amount, unit: unit) else { return .null }
        if subtract {
            interval.months = -interval.months
            interval.microseconds = -interval.microseconds
        }
        if case .time(let time) = base, interval.months == 0 {
            let total = time.microseconds + interval.microseconds
            guard Swift.abs(total) <= SQLTime.maxMicroseconds else { return .null }
            let fractional = interval.microseconds % 1_000_000 != 0 ? 6 : 0
            return .time(SQLTime(microseconds: total, precision: max(time.precision, Self.precision(of: unit), fractional)))
        }
        guard let parsed = self.dateTimeArgument(base), parsed.value.isValidDate else { return .null }
        var value = parsed.value
        if interval.months != 0 {
            let total = Int64(value.year) * 12 + Int64(value.month - 1) + interval.months
            let year = total >= 0 ? total / 12 : (total - 11) / 12
            guard (0...9999).contains(year) else { return .null }
            value.year = Int(year)
            value.month = Int(total - year * 12) + 1
            value.day = min(value.day, SQLDateTime.daysInMonth(year: value.year, month: value.month))
        }
        if interval.microseconds != 0 {
            let (shifted, overflow) = value.epochMicroseconds.addingReportingOverflow(interval.microseconds)
            guard !overflow, shifted >= SQLDateTime(year: 0, month: 1, day: 1).epochMicroseconds,
                shifted < SQLDateTime(year: 10000, month: 1, day: 1).epochMicroseconds
            else { return .null }
            value = SQLDateTime(epochMicroseconds: shifted, precision: value.precision)
        }
        // A fractional interval ('1.5' SECOND) shows microseconds, as MySQL's DATETIME(6) result.
        let fractional = interval.microseconds % 1_000_000 != 0 ? 6 : 0
        value.precision = max(value.precision, Self.precision(of: unit), fractional)
        let dateUnits: Set<SQLIntervalUnit> = [.day, .week, .month, .quarter, .year, .yearMonth]
        if !parsed.hasTime, dateUnits.contains(unit) { return .date(value) }
        return .datetime(value)
    }

    private static func precision(of unit: SQLIntervalUnit) -> Int {
        unit.rawValue.hasSuffix("MICROSECOND") ? 6 : 0
    }

    /// The interval `INTERVAL value unit`; nil (NULL) when the value does not fit the unit.
    /// Composite units read a string like '1 02:03:04' with missing leading parts taken as 0
    /// ('1:10' DAY_SECOND is 1 minute 10 seconds), as MySQL documents.
    static func intervalAmount(_ value: SQLValue, unit: SQLIntervalUnit) -> IntervalAmount? {
        let perSecond: Int64 = 1_000_000
        switch unit {
        case .microsecond, .second, .minute, .hour, .day, .week, .month, .quarter, .year:
            if unit == .second {
                guard let seconds = value.decimalValue else { return nil }
                guard let micro = (seconds * SQLDecimal(perSecond)).roundedInt64 else { return nil }
                return IntervalAmount(microseconds: micro)
            }
            guard let count = Self.intervalCount(value) else { return nil }
            let multiplier: Int64
            switch unit {
            case .month: return IntervalAmount(months: count)
            case .quarter: return count.multipliedReportingOverflow(by: 3).overflow ? nil : IntervalAmount(months: count * 3)
            case .year: return count.multipliedReportingOverflow(by: 12).overflow ? nil : IntervalAmount(months: count * 12)
            case .microsecond: multiplier = 1
            case .minute: multiplier = 60 * perSecond
            case .hour: multiplier = 3600 * perSecond
            case .day: multiplier = 86_400 * perSecond
            default: multiplier = 7 * 86_400 * perSecond
            }
            let (micro, overflow) = count.multipliedReportingOverflow(by: multiplier)
            return overflow ? nil : IntervalAmount(microseconds: micro)
        default:
            return Self.compositeInterval(value.text ?? "", unit: unit)
        }
    }

    /// A simple unit's count: numbers rounded, strings read up to the first non-digit.
    private static func intervalCount(_ value: SQLValue) -> Int64? {
        switch value {
        case .null: return nil
        case .string, .binary: return SQLValue.integerPrefix(of: value.text ?? "")
        default: return value.integerArgument
        }
    }

    private static func compositeInterval(_ text: String, unit: SQLIntervalUnit) -> IntervalAmount? {
        // The fields of each unit, largest first; "u" is microseconds.
        let fields: [Character]
        switch unit {
        case .secondMicrosecond: fields = ["s", "u"]
        case .minuteMicrosecond: fields = ["m", "s", "u"]
        case .minuteSecond: fields = ["m", "s"]
        case .hourMicrosecond: fields = ["h", "m", "s", "u"]
        case .hourSecond: fields = ["h", "m", "s"]
        case .hourMinute: fields = ["h", "m"]
        case .dayMicrosecond: fields = ["d", "h", "m", "s", "u"]
        case .daySecond: fields = ["d", "h", "m", "s"]
        case .dayMinute: fields = ["d", "h", "m"]
        case .dayHour: fields = ["d", "h"]
        default: fields = ["y", "M"]
        }
        let trimmed = text.drop { $0 == " " }
        let negative = trimmed.hasPrefix("-")
        let groups = trimmed.split { !$0.isASCII || !$0.isNumber }
        guard !groups.isEmpty, groups.count <= fields.count else { return nil }
        var numbers = [Int64](repeating: 0, count: fields.count - groups.count)
        for group in groups {
            guard let number = Int64(group), number <= 100_000_000 else { return nil }
            numbers.append(number)
        }
        if fields.last == "u", let digits = groups.last?.count, digits < 6 {
            // '1.5' SECOND_MICROSECOND is 1.5 seconds: the microsecond field reads as a fraction.
            numbers[numbers.count - 1] *= Int64(SQLInterpreter.powerOfTen(6 - digits))
        }
        var amount = IntervalAmount()
        for (field, number) in zip(fields, numbers) {
            switch field {
            case "y": amount.months += number * 12
            case "M": amount.months += number
            case "d": amount.microseconds += number * 86_400_000_000
            case "h": amount.microseconds += number * 3_600_000_000
            case "m": amount.microseconds += number * 60_000_000
            case "s": amount.microseconds += number * 1_000_000
            default: amount.microseconds += number
            }
        }
        if negative {
            amount.months = -amount.months
            amount.microseconds = -amount.microseconds
        }
        return amount
    }
}
