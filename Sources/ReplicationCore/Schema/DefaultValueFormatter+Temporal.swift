/// Conversion of literal defaults to DATE, TIME, DATETIME, TIMESTAMP and YEAR columns, as the
/// server reads `'2020-1-2'`, `20200102`, `'10:00'` and prints them back in full.
extension DefaultValueFormatter {
    func temporal(_ constant: Constant) throws(SchemaTrackerError) -> String {
        var text = self.text(constant).trimmingSpaces
        if case .number = constant, ![.year, .time].contains(self.column.family) {
            guard let digits = Self.dateDigits(fromNumber: text) else { throw self.invalid }
            text = digits
        }
        switch self.column.family {
        case .year:
            if case .bytes = constant { text = try self.number(constant).description }
            return try self.year(text, isString: { if case .string = constant { true } else { false } }())
        case .time: return try Self.quoted(self.time(text))
        default: break
        }
        guard let parts = Self.dateTimeParts(text) else { throw self.invalid }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        guard month <= 12, day <= Self.daysInMonth(month, year: year),
              parts[3] < 24, parts[4] < 60, parts[5] < 60
        else { throw self.invalid }
        let date = Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
        if self.column.family == .date { return Self.quoted(date) }
        let time = Self.padded(parts[3], 2) + ":" + Self.padded(parts[4], 2) + ":" + Self.padded(parts[5], 2)
        return Self.quoted(date + " " + time + self.fraction(Self.fractionDigits(text)))
    }

    private func year(_ text: String, isString: Bool) throws(SchemaTrackerError) -> String {
        // 1.5 is read as 2 (and so as 2002).
        guard let number = SQLDecimal(text), let value = Int(number.rounded(toScale: 0).description) else { throw self.invalid }
        switch value {
        // The number 0 and the string '0000' mean the zero year; the strings '0' and '00' mean 2000.
        case 0: return isString && text.count <= 2 ? "2000" : "0000"
        case 1...69: return String(2000 + value)
        case 70...99: return String(1900 + value)
        case 1901...2155: return String(value)
        default: throw self.invalid
        }
    }

    private func time(_ text: String) throws(SchemaTrackerError) -> String {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let fractionText = Self.fractionDigits(String(body))
        if let dot = body.firstIndex(of: ".") { body = body[..<dot] }
        var days = 0
        if let space = body.firstIndex(of: " "), body[..<space].contains("-") {
            // A datetime ('2020-01-02 03:04:05') gives its time.
            body = body[body.index(after: space)...]
        } else if let space = body.firstIndex(of: " ") {
            guard let value = Int(body[..<space]) else { throw self.invalid }
            days = value
            body = body[body.index(after: space)...]
        }
        var hours = 0, minutes = 0, seconds = 0
        if body.contains(":") {
            let fields = body.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard fields.count <= 3, fields.allSatisfy({ $0 != nil }) else { throw self.invalid }
            hours = fields[0]!
            minutes = fields.count > 1 ? fields[1]! : 0
            seconds = fields.count > 2 ? fields[2]! : 0
        } else {
            // HHMMSS, MMSS or SS.
            guard let value = Int(body) else { throw self.invalid }
            (hours, minutes, seconds) = (value / 10_000, value / 100 % 100, value % 100)
        }
        hours += days * 24
        guard minutes < 60, seconds < 60, hours <= 838 else { throw self.invalid }
        let time = Self.padded(hours, 2) + ":" + Self.padded(minutes, 2) + ":" + Self.padded(seconds, 2)
        return (negative ? "-" : "") + time + self.fraction(fractionText)
    }

    /// `.fff` cut to the column's fractional-second digits (none for precision 0).
    private func fraction(_ digits: String) -> String {
        let precision = self.column.scale ?? 0
        guard precision > 0 else { return "" }
        let kept = String(digits.prefix(precision))
        return "." + kept + String(repeating: "0", count: precision - kept.count)
    }

    /// A number as a date, as the server reads it: YYMMDD, YYYYMMDD, YYMMDDhhmmss or
    /// YYYYMMDDhhmmss (127 is 2000-01-27), 0 the zero date; nil where no form fits (1, 691232).
    /// The fraction is kept for DATETIME precision.
    static func dateDigits(fromNumber text: String) -> String? {
        let parts = text.split(separator: ".", maxSplits: 1)
        let digits = String(parts.first ?? "")
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let value = Int(digits) else { return nil }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        if value == 0 { return "0000-00-00 00:00:00" + fraction }
        let forms: [(ClosedRange<Int>, width: Int)] = [
            (101...991_231, 6), (10_000_101...99_991_231, 8),
            (101_000_000...991_231_235_959, 12), (10_000_101_000_000...99_991_231_235_959, 14),
        ]
        guard let form = forms.first(where: { $0.0.contains(value) }), !(691_232..<700_101).contains(value),
              !(691_231_235_960..<700_101_000_000).contains(value)
        else { return nil }
        return String(repeating: "0", count: form.width - digits.count) + digits + fraction
    }

    /// Year, month, day, hour, minute, second from `2020-01-02 03:04:05`, `20-1-2`,
    /// `20200102030405`, `200102`; nil if it is not a date.
    static func dateTimeParts(_ text: String) -> [Int]? {
        var body = Substring(text)
        if let dot = body.firstIndex(of: "."), body[dot...].dropFirst().allSatisfy(\.isNumber),
           body.firstIndex(of: ":") != nil || body.count > 14 || body[..<dot].allSatisfy(\.isNumber) {
            body = body[..<dot]
        }
        var fields: [Int]
        if body.allSatisfy(\.isNumber) {
            let digits = Array(body)
            let yearDigits = digits.count == 8 || digits.count == 14 ? 4 : digits.count == 6 || digits.count == 12 ? 2 : 0
            guard yearDigits > 0 else { return nil }
            fields = [Int(String(digits[0..<yearDigits]))!]
            var index = yearDigits
            while index < digits.count {
                fields.append(Int(String(digits[index..<index + 2]))!)
                index += 2
            }
            if yearDigits == 2 { fields[0] += fields[0] < 70 ? 2000 : 1900 }
        } else {
            let groups = body.split { !$0.isNumber }
            guard groups.count >= 3, groups.count <= 6 else { return nil }
            fields = groups.map { Int($0)! }
            if groups[0].count <= 2 { fields[0] += fields[0] < 70 ? 2000 : 1900 }
        }
        while fields.count < 6 { fields.append(0) }
        return fields
    }

    /// The digits after the last `.` that follows a time (or ends a plain number).
    static func fractionDigits(_ text: String) -> String {
        guard let dot = text.lastIndex(of: ".") else { return "" }
        let digits = text[text.index(after: dot)...]
        return digits.allSatisfy(\.isNumber) ? String(digits) : ""
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 0: 31
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
