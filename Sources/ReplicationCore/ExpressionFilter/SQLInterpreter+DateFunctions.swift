import SQLSyntax

/// Date and time functions. Arguments are read as MySQL reads them (DATE/DATETIME values,
/// strings like '2024-01-02', numbers like 20240102); an unreadable argument gives NULL. The
/// clock functions use the instant sampled for this row, in the session time zone (UTC for DM).
extension SQLInterpreter {
    func dateFunction(_ function: SQLFunction, _ values: [SQLValue]) throws -> SQLValue {
        switch function {
        case .now:
            return .datetime(Self.truncated(SQLDateTime(epochMicroseconds: self.nowMicroseconds), precision: Self.fsp(values)))
        case .utcTimestamp:
            let utc = self.nowMicroseconds - Int64(self.context.sessionTimeZoneOffsetSeconds) * 1_000_000
            return .datetime(Self.truncated(SQLDateTime(epochMicroseconds: utc), precision: Self.fsp(values)))
        case .curDate:
            return .date(SQLDateTime(epochMicroseconds: self.nowMicroseconds).date)
        case .utcDate:
            return .date(SQLDateTime(epochMicroseconds: self.nowMicroseconds - Int64(self.context.sessionTimeZoneOffsetSeconds) * 1_000_000).date)
        case .curTime:
            let now = Self.truncated(SQLDateTime(epochMicroseconds: self.nowMicroseconds), precision: Self.fsp(values))
            return .time(now.timeOfDay)
        case .utcTime:
            let utc = self.nowMicroseconds - Int64(self.context.sessionTimeZoneOffsetSeconds) * 1_000_000
            return .time(Self.truncated(SQLDateTime(epochMicroseconds: utc), precision: Self.fsp(values)).timeOfDay)
        case .unixTimestamp:
            return self.unixTimestamp(values.first)
        default:
            break
        }
        if values.contains(where: \.isNull) { return .null }
        switch function {
        case .year, .month, .day, .quarter:
            guard let value = self.dateTimeArgument(values[0])?.value else { return .null }
            switch function {
            case .year: return .int(Int64(value.year))
            case .month: return .int(Int64(value.month))
            case .day: return .int(Int64(value.day))
            default: return .int(Int64((value.month + 2) / 3))
            }
        case .hour, .minute, .second, .microsecond:
            guard let time = self.timeArgument(values[0]) else { return .null }
            let parts = [SQLFunction.hour: time.hours, .minute: time.minutes, .second: time.seconds, .microsecond: time.fraction]
            return .int(Int64(parts[function] ?? 0))
        case .date:
            return self.dateTimeArgument(values[0]).map { .date($0.value.date) } ?? .null
        case .time:
            return self.timeArgument(values[0]).map(SQLValue.time) ?? .null
        case .dayOfWeek, .weekday, .dayOfYear, .dayName, .monthName, .toDays, .lastDay, .week:
            guard let value = self.validDate(values[0]) else { return .null }
            switch function {
            case .dayOfWeek: return .int(Int64((value.weekday + 1) % 7 + 1))
            case .weekday: return .int(Int64(value.weekday))
            case .dayOfYear: return .int(Int64(value.dayOfYear))
            case .dayName: return self.text(SQLDateFormatter.dayNames[value.weekday])
            case .monthName: return self.text(SQLDateFormatter.monthNames[value.month - 1])
            case .toDays: return .int(Int64(value.dayNumber))
            case .lastDay:
                return .date(SQLDateTime(year: value.year, month: value.month, day: SQLDateTime.daysInMonth(year: value.year, month: value.month)))
            default:
                let mode = values.count > 1 ? Int(values[1].integerArgument ?? 0) : 0
                return .int(Int64(SQLDateFormatter.week(of: value, behaviour: SQLDateFormatter.weekBehaviour(mode: mode)).week))
            }
        case .dateDiff:
            guard let a = self.validDate(values[0]), let b = self.validDate(values[1]) else { return .null }
            return .int(Int64(a.dayNumber - b.dayNumber))
        case .timestampDiff:
            guard let unit = SQLIntervalUnit(rawValue: values[0].text ?? ""), let a = self.validDate(values[1], keepTime: true),
                let b = self.validDate(values[2], keepTime: true)
            else { return .null }
            return .int(Self.difference(from: a, to: b, unit: unit))
        case .timestampAdd:
            guard let unit = SQLIntervalUnit(rawValue: values[0].text ?? "") else { return .null }
            return try self.addInterval(to: values[2], amount: values[1], unit: unit, subtract: false)
        case .extract:
            guard let unit = SQLIntervalUnit(rawValue: values[0].text ?? "") else { return .null }
            return self.extract(unit, from: values[1])
        case .dateFormat:
            guard let value = self.dateTimeArgument(values[0])?.value else { return .null }
            return SQLDateFormatter.format(value, with: values[1].text ?? "").map(self.text) ?? .null
        case .strToDate:
            return SQLDateFormatter.parse(values[0].text ?? "", format: values[1].text ?? "") ?? .null
        case .fromUnixTime:
            guard let seconds = values[0].decimalValue, !seconds.isNegative,
                let micro = (seconds * SQLDecimal(Int64(1_000_000))).roundedInt64, micro < 32_536_771_200_000_000
            else { return .null }
            let local = micro + Int64(self.context.sessionTimeZoneOffsetSeconds) * 1_000_000
            let precision = seconds.scale > 0 ? min(seconds.scale, 6) : 0
            let value = SQLDateTime(epochMicroseconds: local, precision: precision)
            guard values.count > 1 else { return .datetime(value) }
            return SQLDateFormatter.format(value, with: values[1].text ?? "").map(self.text) ?? .null
        default:
            throw Self.misrouted(function)
        }
    }

    private func text(_ text: String) -> SQLValue {
        .string(text, self.context.literalCollation.with(.numeric))
    }

    /// The argument as a real calendar date (zero dates give nil), with or without its time.
    private func validDate(_ value: SQLValue, keepTime: Bool = false) -> SQLDateTime? {
        guard let parsed = self.dateTimeArgument(value), parsed.value.isValidDate else { return nil }
        return keepTime ? parsed.value : parsed.value.date
    }

    /// NOW(fsp)/CURTIME(fsp): the fractional-seconds precision argument, 0 by default.
    private static func fsp(_ values: [SQLValue]) -> Int {
        Int(min(max(values.first?.integerArgument ?? 0, 0), 6))
    }

    private static func truncated(_ value: SQLDateTime, precision: Int) -> SQLDateTime {
        var copy = value
        let unit = powerOfTen(6 - precision)
        copy.microsecond = copy.microsecond / unit * unit
        copy.precision = precision
        return copy
    }

    /// UNIX_TIMESTAMP(): the clock; UNIX_TIMESTAMP(d): seconds since the epoch of `d` read in the
    /// session time zone, 0 outside the supported range, a decimal when `d` has a fraction.
    private func unixTimestamp(_ argument: SQLValue?) -> SQLValue {
        let offset = Int64(self.context.sessionTimeZoneOffsetSeconds) * 1_000_000
        guard let argument else { return .int((self.nowMicroseconds - offset) / 1_000_000) }
        if argument.isNull { return .null }
        guard let parsed = self.dateTimeArgument(argument) else { return .null }
        guard parsed.value.isValidDate else { return .int(0) }
        let micro = parsed.value.epochMicroseconds - offset
        // MySQL 8.0.28+ on 64-bit platforms: up to 3001-01-18 23:59:59.999999 UTC.
        guard micro >= 0, micro < 32_536_850_400_000_000 else { return .int(0) }
        let precision = parsed.value.precision
        guard precision > 0 else { return .int(micro / 1_000_000) }
        let seconds = SQLDecimal(micro).divided(by: SQLDecimal(Int64(1_000_000)), extraScale: 6) ?? SQLDecimal(Int64(0))
        return .decimal(seconds.truncated(toScale: precision))
    }

    /// TIMESTAMPDIFF: whole units from `a` to `b`, truncated towards zero. Months count only
    /// when the day and time of `b` reach those of `a` ('2024-01-31' to '2024-02-29' is 0 months).
    static func difference(from a: SQLDateTime, to b: SQLDateTime, unit: SQLIntervalUnit) -> Int64 {
        switch unit {
        case .month, .quarter, .year:
            var months = Int64((b.year - a.year) * 12 + (b.month - a.month))
            let aRest = (a.day, a.microsecondOfDay)
            let bRest = (b.day, b.microsecondOfDay)
            if months > 0, bRest < aRest { months -= 1 }
            if months < 0, bRest > aRest { months += 1 }
            return unit == .month ? months : months / (unit == .quarter ? 3 : 12)
        default:
            let micro = b.epochMicroseconds - a.epochMicroseconds
            let divisors: [SQLIntervalUnit: Int64] = [
                .second: 1_000_000, .minute: 60_000_000, .hour: 3_600_000_000, .day: 86_400_000_000, .week: 604_800_000_000,
            ]
            return micro / (divisors[unit] ?? 1)
        }
    }

    /// EXTRACT(unit FROM d); composite units concatenate their fields (DAY_HOUR of
    /// '2024-01-02 03:00' is 203).
    private func extract(_ unit: SQLIntervalUnit, from value: SQLValue) -> SQLValue {
        let timeUnits: Set<SQLIntervalUnit> = [
            .hour, .minute, .second, .microsecond, .hourMinute, .hourSecond, .hourMicrosecond, .minuteSecond, .minuteMicrosecond, .secondMicrosecond,
        ]
        if timeUnits.contains(unit), let time = self.timeArgument(value) {
            let sign: Int64 = time.isNegative ? -1 : 1
            let (h, m, s, u) = (Int64(time.hours), Int64(time.minutes), Int64(time.seconds), Int64(time.fraction))
            switch unit {
            case .hour: return .int(sign * h)
            case .minute: return .int(sign * m)
            case .second: return .int(sign * s)
            case .microsecond: return .int(sign * u)
            case .hourMinute: return .int(sign * (h * 100 + m))
            case .hourSecond: return .int(sign * (h * 10000 + m * 100 + s))
            case .hourMicrosecond: return .int(sign * ((h * 10000 + m * 100 + s) * 1_000_000 + u))
            case .minuteSecond: return .int(sign * (m * 100 + s))
            case .minuteMicrosecond: return .int(sign * ((m * 100 + s) * 1_000_000 + u))
            default: return .int(sign * (s * 1_000_000 + u))
            }
        }
        guard let date = self.dateTimeArgument(value)?.value else { return .null }
        let (y, mo, d, h, mi, s, u) = (
            Int64(date.year), Int64(date.month), Int64(date.day), Int64(date.hour), Int64(date.minute), Int64(date.second), Int64(date.microsecond)
        )
        switch unit {
        case .year: return .int(y)
        case .quarter: return .int((mo + 2) / 3)
        case .month: return .int(mo)
        case .week:
            guard date.isValidDate else { return .null }
            return .int(Int64(SQLDateFormatter.week(of: date, behaviour: SQLDateFormatter.weekBehaviour(mode: 0)).week))
        case .day: return .int(d)
        case .yearMonth: return .int(y * 100 + mo)
        case .dayHour: return .int(d * 100 + h)
        case .dayMinute: return .int(d * 10000 + h * 100 + mi)
        case .daySecond: return .int(d * 1_000_000 + h * 10000 + mi * 100 + s)
        case .dayMicrosecond: return .int((d * 1_000_000 + h * 10000 + mi * 100 + s) * 1_000_000 + u)
        default: return .null
        }
    }
}
