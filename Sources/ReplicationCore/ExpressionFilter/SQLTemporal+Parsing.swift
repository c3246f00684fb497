/// MySQL's lenient reading of strings and numbers as dates and times: `'2024-01-02'`,
/// `'2024-1-2 3:04:05.5'`, `'20240102030405'`, `'24-01-02'`, `20240102`, `'10:30'`, `'1 10:00:00'`,
/// and (MySQL 8.0.19+) a trailing UTC offset `'2021-01-01 12:34:56.5678+08:00'`, which is converted
/// to the session time zone. Anything else (or an impossible date such as `'2024-02-30'`) is nil.
enum SQLTemporalParser {
    struct ParsedDateTime {
        var value: SQLDateTime
        var hasTime: Bool
    }

    static func parseDateTime(_ text: String, sessionOffsetSeconds: Int) -> ParsedDateTime? {
        let bytes = Array(text.utf8.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
        guard let first = bytes.first, isDigit(first) else { return nil }
        if bytes.allSatisfy({ isDigit($0) || $0 == 0x2E }) {
            return self.parseDigitsOnly(bytes)
        }
        // Delimited: runs of digits separated by punctuation or one `T`/space between date and time.
        var runs: [[UInt8]] = []
        var separatorsBefore: [UInt8] = []
        var index = 0
        var offsetSeconds: Int?
        while index < bytes.count {
            var separator: UInt8 = 0
            while index < bytes.count, !isDigit(bytes[index]) {
                if separator == 0 || bytes[index] == 0x2E { separator = bytes[index] }
                index += 1
            }
            if runs.count >= 6, separator == 0x2B || separator == 0x2D {
                // `+hh:mm` / `-hh:mm` after the seconds.
                guard let offset = self.parseOffset(Array(bytes[(index - 1)...])) else { return nil }
                offsetSeconds = offset
                break
            }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if start == index { break }
            runs.append(Array(bytes[start..<index]))
            separatorsBefore.append(separator)
        }
        var fraction = 0
        var precision = 0
        if runs.count == 7, separatorsBefore[6] == 0x2E {
            (fraction, precision) = self.fraction(runs[6])
            runs.removeLast()
        }
        guard runs.count == 3 || (5...6).contains(runs.count) else { return nil }
        let numbers = runs.map { run in run.reduce(0) { min($0 * 10 + Int($1 - 0x30), 1_000_000) } }
        var year = numbers[0]
        if runs[0].count <= 2 { year += year < 70 ? 2000 : 1900 }
        var value = SQLDateTime(year: year, month: numbers[1], day: numbers[2])
        if runs.count >= 5 {
            value.hour = numbers[3]
            value.minute = numbers[4]
            value.second = runs.count == 6 ? numbers[5] : 0
            value.microsecond = fraction
            value.precision = precision
        }
        guard self.isAcceptable(value) else { return nil }
        if let offsetSeconds {
            guard value.isValidDate else { return nil }
            let shifted = value.epochMicroseconds + Int64(sessionOffsetSeconds - offsetSeconds) * 1_000_000
            value = SQLDateTime(epochMicroseconds: shifted, precision: value.precision)
        }
        return ParsedDateTime(value: value, hasTime: runs.count >= 5)
    }

    /// `YYYYMMDD`, `YYMMDD`, `YYYYMMDDhhmmss[.f]`, `YYMMDDhhmmss[.f]`.
    private static func parseDigitsOnly(_ bytes: [UInt8]) -> ParsedDateTime? {
        let parts = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        var digits = Array(parts[0])
        // MySQL pads short numbers on the left: 101 is 2000-01-01.
        switch digits.count {
        case 1...5: digits = Array(repeating: 0x30, count: 6 - digits.count) + digits
        case 7: digits = [0x30] + digits
        case 9...11: digits = Array(repeating: 0x30, count: 12 - digits.count) + digits
        case 13: digits = [0x30] + digits
        default: break
        }
        guard [6, 8, 12, 14].contains(digits.count) else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let yearDigits = digits.count == 8 || digits.count == 14 ? 4 : 2
        var year = number(0..<yearDigits)
        if yearDigits == 2 { year += year < 70 ? 2000 : 1900 }
        var value = SQLDateTime(year: year, month: number(yearDigits..<yearDigits + 2), day: number(yearDigits + 2..<yearDigits + 4))
        let hasTime = digits.count >= 12
        if hasTime {
            let base = yearDigits + 4
            value.hour = number(base..<base + 2)
            value.minute = number(base + 2..<base + 4)
            value.second = number(base + 4..<base + 6)
            if parts.count == 2 { (value.microsecond, value.precision) = self.fraction(Array(parts[1])) }
        }
        guard self.isAcceptable(value) else { return nil }
        return ParsedDateTime(value: value, hasTime: hasTime)
    }

    /// Zero dates and zero parts are allowed (MySQL stores them); impossible days are not.
    private static func isAcceptable(_ value: SQLDateTime) -> Bool {
        guard (0...9999).contains(value.year), (0...12).contains(value.month), (0...31).contains(value.day),
            (0...23).contains(value.hour), (0...59).contains(value.minute), (0...59).contains(value.second)
        else { return false }
        if value.month > 0, value.day > SQLDateTime.daysInMonth(year: value.year, month: value.month) { return false }
        return true
    }

    /// `+hh:mm` or `-hh:mm` (the bytes start at the sign) as seconds east of UTC.
    private static func parseOffset(_ bytes: [UInt8]) -> Int? {
        guard bytes.count == 6, bytes[3] == 0x3A, [1, 2, 4, 5].allSatisfy({ isDigit(bytes[$0]) }) else { return nil }
        let hours = Int(bytes[1] - 0x30) * 10 + Int(bytes[2] - 0x30)
        let minutes = Int(bytes[4] - 0x30) * 10 + Int(bytes[5] - 0x30)
        guard hours <= 14, minutes <= 59 else { return nil }
        return (bytes[0] == 0x2D ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// Fraction digits as microseconds (extra digits are cut) and how many were given (max 6).
    private static func fraction(_ digits: [UInt8]) -> (Int, Int) {
        let used = digits.prefix(6)
        var value = used.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        for _ in used.count..<6 { value *= 10 }
        return (value, used.count)
    }

    /// `[-][D ]hh:mm[:ss][.f]`, or `[-]hhmmss[.f]` / `mmss` / `ss` without colons; a full datetime
    /// gives its time of day.
    static func parseTime(_ text: String, sessionOffsetSeconds: Int) -> SQLTime? {
        if let parsed = self.parseDateTime(text, sessionOffsetSeconds: sessionOffsetSeconds), parsed.hasTime {
            return parsed.value.timeOfDay
        }
        var bytes = Array(text.utf8.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
        var negative = false
        if bytes.first == 0x2D {
            negative = true
            bytes.removeFirst()
        }
        guard let first = bytes.first, isDigit(first) else { return nil }
        var days = 0
        if let space = bytes.firstIndex(of: 0x20) {
            guard let value = Int(String(decoding: bytes[..<space], as: UTF8.self)), value <= 34 else { return nil }
            days = value
            bytes = Array(bytes[(space + 1)...])
        }
        let mainAndFraction = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard mainAndFraction.count <= 2 else { return nil }
        let main = Array(mainAndFraction[0])
        var (hours, minutes, seconds) = (0, 0, 0)
        if main.contains(0x3A) {
            let fields = main.split(separator: 0x3A, omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
            let numbers = fields.map { $0.reduce(0) { min($0 * 10 + Int($1 - 0x30), 100_000) } }
            (hours, minutes, seconds) = (numbers[0], numbers[1], fields.count == 3 ? numbers[2] : 0)
        } else {
            guard !main.isEmpty, main.allSatisfy(isDigit), main.count <= 7, days == 0 else { return nil }
            let number = main.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            (hours, minutes, seconds) = (number / 10000, number / 100 % 100, number % 100)
        }
        var (fraction, precision) = (0, 0)
        if mainAndFraction.count == 2 {
            guard mainAndFraction[1].allSatisfy(isDigit) else { return nil }
            (fraction, precision) = self.fraction(Array(mainAndFraction[1]))
        }
        hours += days * 24
        guard minutes < 60, seconds < 60, hours <= 838 else { return nil }
        let total = ((Int64(hours) * 60 + Int64(minutes)) * 60 + Int64(seconds)) * 1_000_000 + Int64(fraction)
        return SQLTime(microseconds: negative ? -total : total, precision: precision)
    }

    /// A number read as a date or datetime: 20240102 → 2024-01-02, 20240102030405 → a datetime.
    static func dateTime(fromNumberText text: String) -> ParsedDateTime? {
        guard !text.hasPrefix("-") else { return nil }
        return self.parseDigitsOnly(Array(text.utf8))
    }

    /// A number read as a time: 103000 → 10:30:00, -1.5 → -00:00:01.5.
    static func time(fromNumberText text: String) -> SQLTime? {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let number = Int(parts[0]) else { return nil }
        if number >= 1_000_000 {
            // Large numbers are datetimes (20240102103000).
            return self.dateTime(fromNumberText: String(body)).map { $0.value.timeOfDay }
        }
        let (hours, minutes, seconds) = (number / 10000, number / 100 % 100, number % 100)
        guard minutes < 60, seconds < 60, hours <= 838 else { return nil }
        var (fraction, precision) = (0, 0)
        if parts.count == 2 { (fraction, precision) = self.fraction(Array(parts[1].utf8.filter(isDigit))) }
        let total = ((Int64(hours) * 60 + Int64(minutes)) * 60 + Int64(seconds)) * 1_000_000 + Int64(fraction)
        return SQLTime(microseconds: negative ? -total : total, precision: precision)
    }
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
