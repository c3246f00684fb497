import SQLSyntax

/// CAST/CONVERT, and reading any value as a date or time for the date functions.
extension SQLInterpreter {
    func cast(_ value: SQLValue, to type: SQLCastType) throws -> SQLValue {
        if value.isNull { return .null }
        switch type {
        case .signed:
            switch value {
            case .int: return value
            case .uint(let number): return .int(Int64(bitPattern: number))
            case .string, .binary: return .int(SQLValue.integerPrefix(of: value.text ?? ""))
            default: return .int(value.integerArgument ?? 0)
            }
        case .unsigned:
            return .uint(Self.unsigned(value))
        case .decimal(let precision, let scale):
            guard let decimal = value.decimalValue else { return .null }
            return .decimal(Self.fit(decimal, precision: precision ?? 10, scale: scale ?? 0))
        case .double:
            return value.doubleValue.map(SQLValue.double) ?? .null
        case .float:
            return value.doubleValue.map { .double(Double(Float($0))) } ?? .null
        case .char(let length, let charset):
            var text = value.text ?? ""
            if let length { text = String(text.prefix(length)) }
            if let charset {
                if charset.lowercased() == "binary" { return .binary(Array(text.utf8)) }
                return .string(text, SQLCollation.defaultCollation(ofCharset: charset))
            }
            return .string(text, self.context.literalCollation.with(.implicit))
        case .binary(let length):
            var bytes = value.bytes ?? []
            if let length {
                // BINARY(n) pads with zero bytes, as MySQL does.
                bytes = bytes.count >= length ? Array(bytes.prefix(length)) : bytes + [UInt8](repeating: 0, count: length - bytes.count)
            }
            return .binary(bytes)
        case .date:
            return self.dateTimeArgument(value).map { .date($0.value.date) } ?? .null
        case .datetime(let precision):
            guard let parsed = self.dateTimeArgument(value) else { return .null }
            return .datetime(Self.rounded(parsed.value, precision: precision ?? 0))
        case .time(let precision):
            guard var time = self.timeArgument(value) else { return .null }
            let digits = min(max(precision ?? 0, 0), 6)
            let unit = Int64(Self.powerOfTen(6 - digits))
            let magnitude = (abs(time.microseconds) + unit / 2) / unit * unit
            time.microseconds = time.microseconds < 0 ? -magnitude : magnitude
            time.precision = digits
            return .time(time)
        case .json:
            switch value {
            case .json: return value
            case .int(let number): return .json(.int(number))
            case .uint(let number): return .json(.uint(number))
            case .double(let number): return .json(.double(number))
            case .decimal(let number): return .json(.double(number.doubleValue))
            case .string, .binary:
                guard let document = SQLJSON.parse(value.text ?? "") else {
                    throw ExpressionFilterError.invalid("invalid JSON text in CAST: '\(value.text ?? "")'")
                }
                return .json(document)
            default: return .json(.string(value.text ?? ""))
            }
        }
    }

    private static func unsigned(_ value: SQLValue) -> UInt64 {
        switch value {
        case .int(let number): return UInt64(bitPattern: number)
        case .uint(let number): return number
        case .string, .binary:
            let prefix = SQLValue.numericPrefix(of: value.text ?? "").prefix { $0 != "." && $0 != "e" && $0 != "E" }
            if prefix.hasPrefix("-") { return UInt64(bitPattern: SQLValue.integerPrefix(of: String(prefix))) }
            return UInt64(prefix.drop { $0 == "+" }) ?? (prefix.count > 1 ? UInt64.max : 0)
        default:
            return value.bitOperand ?? 0
        }
    }

    /// DECIMAL(p, s): rounded to s digits, clamped to the largest value with p digits.
    private static func fit(_ value: SQLDecimal, precision: Int, scale: Int) -> SQLDecimal {
        let rounded = value.rounded(toScale: scale)
        guard rounded.integerDigitCount > precision - scale else { return rounded }
        let nines = String(repeating: "9", count: precision - scale) + (scale > 0 ? "." + String(repeating: "9", count: scale) : "")
        let maximum = SQLDecimal(nines) ?? rounded
        return rounded.isNegative ? maximum.negated : maximum
    }

    static func powerOfTen(_ exponent: Int) -> Int {
        (0..<max(exponent, 0)).reduce(1) { value, _ in value * 10 }
    }

    /// A datetime with its fraction rounded to `precision` digits (carrying into the seconds).
    static func rounded(_ value: SQLDateTime, precision: Int) -> SQLDateTime {
        let digits = min(max(precision, 0), 6)
        let unit = powerOfTen(6 - digits)
        guard value.microsecond % unit != 0, value.isValidDate else {
            var copy = value
            copy.precision = digits
            return copy
        }
        let down = value.epochMicroseconds - Int64(value.microsecond % unit)
        let up = value.microsecond % unit * 2 >= unit
        return SQLDateTime(epochMicroseconds: down + (up ? Int64(unit) : 0), precision: digits)
    }

    /// Any value read as a date or datetime, as the date functions read their argument:
    /// strings and numbers are parsed, a TIME is taken on today's date.
    func dateTimeArgument(_ value: SQLValue) -> SQLTemporalParser.ParsedDateTime? {
        switch value {
        case .null:
            return nil
        case .date(let date):
            return .init(value: date, hasTime: false)
        case .datetime(let dateTime):
            return .init(value: dateTime, hasTime: true)
        case .time(let time):
            let today = SQLDateTime(epochMicroseconds: self.clockMicroseconds).date
            return .init(value: SQLDateTime(epochMicroseconds: today.epochMicroseconds + time.microseconds, precision: time.precision), hasTime: true)
        case .int, .uint, .decimal, .double:
            return SQLTemporalParser.dateTime(fromNumberText: value.text ?? "")
        default:
            return SQLTemporalParser.parseDateTime(value.text ?? "", sessionOffsetSeconds: self.context.sessionTimeZoneOffsetSeconds)
        }
    }

    /// Any value read as a TIME: a datetime gives its time of day, numbers are `hhmmss`.
    func timeArgument(_ value: SQLValue) -> SQLTime? {
        switch value {
        case .null: return nil
        case .time(let time): return time
        case .datetime(let dateTime): return dateTime.timeOfDay
        case .date: return SQLTime(microseconds: 0)
        case .int, .uint, .decimal, .double: return SQLTemporalParser.time(fromNumberText: value.text ?? "")
        default: return SQLTemporalParser.parseTime(value.text ?? "", sessionOffsetSeconds: self.context.sessionTimeZoneOffsetSeconds)
        }
    }

    /// The sampled clock, or a fresh reading when the expression was not expected to need one
    /// (a TIME compared with a DATETIME).
    var clockMicroseconds: Int64 {
        self.nowMicroseconds != 0 ? self.nowMicroseconds : self.context.sessionNowMicroseconds()
    }
}
