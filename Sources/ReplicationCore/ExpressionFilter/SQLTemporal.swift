/// A DATE or DATETIME value: no time zone, and zero parts allowed ('0000-00-00') as MySQL stores
/// them. For a DATE the time fields are zero.
public struct SQLDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var microsecond: Int
    /// Fractional digits shown when printed (0...6); not part of the value.
    public var precision: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0, precision: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.precision = precision
    }

    private var key: [Int] { [self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond] }

    public static func == (lhs: SQLDateTime, rhs: SQLDateTime) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(self.key) }
    public static func < (lhs: SQLDateTime, rhs: SQLDateTime) -> Bool { lhs.key.lexicographicallyPrecedes(rhs.key) }

    /// `YYYY-MM-DD`.
    public var dateText: String { SQLDigits.pad(self.year, 4) + "-" + SQLDigits.pad(self.month, 2) + "-" + SQLDigits.pad(self.day, 2) }

    /// `YYYY-MM-DD hh:mm:ss[.ffffff]` with `precision` fractional digits.
    public var description: String {
        self.dateText + " " + SQLDigits.pad(self.hour, 2) + ":" + SQLDigits.pad(self.minute, 2) + ":" + SQLDigits.pad(self.second, 2)
            + SQLDigits.fraction(self.microsecond, precision: self.precision)
    }

    /// The date part only.
    public var date: SQLDateTime { SQLDateTime(year: self.year, month: self.month, day: self.day) }

    var hasTimePart: Bool { self.hour != 0 || self.minute != 0 || self.second != 0 || self.microsecond != 0 }

    /// A real calendar day (not a zero date, not February 30).
    var isValidDate: Bool {
        (0...9999).contains(self.year) && (1...12).contains(self.month) && self.day >= 1
            && self.day <= SQLDateTime.daysInMonth(year: self.year, month: self.month)
    }

    static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// MySQL's day number (TO_DAYS): days since year 0, so 1970-01-01 is 719528.
    var dayNumber: Int {
        // Days from the civil date, counted from 1970-01-01 (Howard Hinnant's algorithm).
        let y = self.month <= 2 ? self.year - 1 : self.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (self.month + (self.month > 2 ? -3 : 9)) + 2) / 5 + self.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 + SQLDateTime.unixEpochDayNumber
    }

    static let unixEpochDayNumber = 719_528

    /// The date with MySQL's day number `dayNumber` (the inverse of `dayNumber`).
    init(dayNumber: Int) {
        let z = dayNumber - SQLDateTime.unixEpochDayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 0 = Monday ... 6 = Sunday (WEEKDAY()).
    var weekday: Int { (self.dayNumber + 5) % 7 }

    var dayOfYear: Int { self.dayNumber - SQLDateTime(year: self.year, month: 1, day: 1).dayNumber + 1 }

    var microsecondOfDay: Int64 {
        ((Int64(self.hour) * 60 + Int64(self.minute)) * 60 + Int64(self.second)) * 1_000_000 + Int64(self.microsecond)
    }

    /// Microseconds since 1970-01-01 00:00:00 of the same wall clock (no time zone applied).
    var epochMicroseconds: Int64 {
        Int64(self.dayNumber - SQLDateTime.unixEpochDayNumber) * 86_400_000_000 + self.microsecondOfDay
    }

    /// The wall-clock date and time `microseconds` after 1970-01-01 00:00:00.
    init(epochMicroseconds microseconds: Int64, precision: Int = 0) {
        let perDay: Int64 = 86_400_000_000
        var days = microseconds / perDay
        var rest = microseconds % perDay
        if rest < 0 {
            rest += perDay
            days -= 1
        }
        var value = SQLDateTime(dayNumber: Int(days) + SQLDateTime.unixEpochDayNumber)
        value.hour = Int(rest / 3_600_000_000)
        value.minute = Int(rest / 60_000_000 % 60)
        value.second = Int(rest / 1_000_000 % 60)
        value.microsecond = Int(rest % 1_000_000)
        value.precision = precision
        self = value
    }

    /// The time of day as a TIME.
    var timeOfDay: SQLTime { SQLTime(microseconds: self.microsecondOfDay, precision: self.precision) }
}

/// A TIME value: a signed duration up to ±838:59:59.999999.
public struct SQLTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var microseconds: Int64
    /// Fractional digits shown when printed (0...6); not part of the value.
    public var precision: Int

    /// 838:59:59.999999, MySQL's TIME range.
    public static let maxMicroseconds: Int64 = ((838 * 60 + 59) * 60 + 59) * 1_000_000 + 999_999

    public init(microseconds: Int64, precision: Int = 0) {
        self.microseconds = microseconds
        self.precision = precision
    }

    public static func == (lhs: SQLTime, rhs: SQLTime) -> Bool { lhs.microseconds == rhs.microseconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(self.microseconds) }
    public static func < (lhs: SQLTime, rhs: SQLTime) -> Bool { lhs.microseconds < rhs.microseconds }

    var isNegative: Bool { self.microseconds < 0 }
    var hours: Int { Int(self.microseconds.magnitude / 3_600_000_000) }
    var minutes: Int { Int(self.microseconds.magnitude / 60_000_000 % 60) }
    var seconds: Int { Int(self.microseconds.magnitude / 1_000_000 % 60) }
    var fraction: Int { Int(self.microseconds.magnitude % 1_000_000) }

    /// `[-]hh:mm:ss[.ffffff]`.
    public var description: String {
        (self.isNegative ? "-" : "") + SQLDigits.pad(self.hours, 2) + ":" + SQLDigits.pad(self.minutes, 2) + ":" + SQLDigits.pad(self.seconds, 2)
            + SQLDigits.fraction(self.fraction, precision: self.precision)
    }
}

/// Zero-padded digits for printing dates and times.
enum SQLDigits {
    /// `value` with at least `width` digits: pad(7, 2) is "07".
    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value.magnitude)
        let padded = text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        return value < 0 ? "-" + padded : padded
    }

    /// `.ffffff` cut to `precision` digits, or nothing for precision 0.
    static func fraction(_ microsecond: Int, precision: Int) -> String {
        guard precision > 0 else { return "" }
        return "." + String(pad(microsecond, 6).prefix(min(precision, 6)))
    }
}
