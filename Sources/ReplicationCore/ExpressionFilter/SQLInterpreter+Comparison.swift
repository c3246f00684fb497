import SQLSyntax

/// Comparisons with MySQL's type rules ("Type Conversion in Expression Evaluation"):
/// - NULL on either side gives NULL (except `<=>`);
/// - two strings compare by collation (a binary string makes it byte by byte);
/// - two integers compare as integers, signed and unsigned mixed correctly;
/// - integers and decimals compare exactly as decimals;
/// - a temporal value and a string: the string is read as a date/time ('2024-01-02' = DATE);
/// - a temporal value and a number: the temporal's number (20240102) is compared;
/// - JSON compares with JSON rules, the other side converted to a JSON scalar;
/// - everything else (string vs number, anything vs double) compares as doubles, so
///   `'10' = 10` and `'10abc' = 10` are true.
extension SQLInterpreter {
    func comparison(_ op: SQLBinaryOperator, _ lhs: SQLValue, _ rhs: SQLValue) -> SQLValue {
        if op == .nullSafeEqual {
            if lhs.isNull || rhs.isNull { return .boolean(lhs.isNull && rhs.isNull) }
            return .boolean(self.compare(lhs, rhs) == 0)
        }
        guard let order = self.compare(lhs, rhs) else { return .null }
        return .boolean(Self.holds(op, order))
    }

    static func holds(_ op: SQLBinaryOperator, _ order: Int) -> Bool {
        switch op {
        case .equal, .nullSafeEqual: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        default: return order >= 0
        }
    }

    /// `(a, b) op (c, d)`: equality needs every pair equal; ordering is decided by the first
    /// unequal pair. A NULL pair makes the result NULL unless an earlier pair already decided.
    func compareRows(_ op: SQLBinaryOperator, _ lhs: [SQLValue], _ rhs: [SQLValue]) throws -> SQLValue {
        guard lhs.count == rhs.count else { throw ExpressionFilterError.invalid("operand should contain \(lhs.count) column(s)") }
        switch op {
        case .nullSafeEqual:
            return .boolean(zip(lhs, rhs).allSatisfy { self.comparison(.nullSafeEqual, $0, $1).truth == true })
        case .equal, .notEqual:
            var sawNull = false
            for (a, b) in zip(lhs, rhs) {
                guard let order = self.compare(a, b) else {
                    sawNull = true
                    continue
                }
                if order != 0 { return .boolean(op == .notEqual) }
            }
            return sawNull ? .null : .boolean(op == .equal)
        default:
            for (a, b) in zip(lhs, rhs) {
                guard let order = self.compare(a, b) else { return .null }
                if order != 0 { return .boolean(Self.holds(op, order)) }
            }
            return .boolean(Self.holds(op, 0))
        }
    }

    /// Three-way comparison (negative, zero, positive); nil when either side is NULL.
    func compare(_ lhs: SQLValue, _ rhs: SQLValue) -> Int? {
        if lhs.isNull || rhs.isNull { return nil }
        switch (lhs, rhs) {
        case (.json(let a), _):
            return SQLJSON.compare(a, Self.jsonScalar(rhs))
        case (_, .json(let b)):
            return SQLJSON.compare(Self.jsonScalar(lhs), b)
        case (.binary(let a), _) where rhs.isString:
            return SQLCollation.compare(a, rhs.bytes ?? [])
        case (_, .binary(let b)) where lhs.isString:
            return SQLCollation.compare(lhs.bytes ?? [], b)
        case (.string(let a, let x), .string(let b, let y)):
            return SQLCollation.aggregate(x, y).compare(a, b)
        default:
            break
        }
        if lhs.isTemporal || rhs.isTemporal {
            if let order = self.compareTemporal(lhs, rhs) { return order }
        }
        guard let a = lhs.number, let b = rhs.number else { return nil }
        return Self.compareNumbers(a, b)
    }

    static func compareNumbers(_ lhs: SQLValue.Number, _ rhs: SQLValue.Number) -> Int {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return Self.order(a, b)
        case (.uint(let a), .uint(let b)): return Self.order(a, b)
        case (.int(let a), .uint(let b)): return a < 0 ? -1 : Self.order(UInt64(a), b)
        case (.uint(let a), .int(let b)): return b < 0 ? 1 : Self.order(a, UInt64(b))
        case (.double, _), (_, .double):
            return Self.order(lhs.doubleValue, rhs.doubleValue)
        default:
            // Exact against exact: compare as decimals, so 0.1 + 0.2 = 0.3 holds.
            guard let a = lhs.decimalValue, let b = rhs.decimalValue else { return Self.order(lhs.doubleValue, rhs.doubleValue) }
            return a == b ? 0 : (a < b ? -1 : 1)
        }
    }

    static func order<T: Comparable>(_ a: T, _ b: T) -> Int { a == b ? 0 : (a < b ? -1 : 1) }

    /// Temporal comparisons; nil to fall back to numeric comparison.
    private func compareTemporal(_ lhs: SQLValue, _ rhs: SQLValue) -> Int? {
        if lhs.isString || rhs.isString {
            // Read the string as the other side's kind of value; an unreadable string compares as text.
            let (temporal, string, flipped) = lhs.isTemporal ? (lhs, rhs, false) : (rhs, lhs, true)
            let converted = self.temporal(fromString: string.text ?? "", like: temporal)
            let order: Int
            if let converted, let result = self.compareTemporalValues(temporal, converted) {
                order = result
            } else {
                order = self.context.literalCollation.compare(temporal.text ?? "", string.text ?? "")
            }
            return flipped ? -order : order
        }
        guard lhs.isTemporal, rhs.isTemporal else { return nil }
        return self.compareTemporalValues(lhs, rhs)
    }

    private func compareTemporalValues(_ lhs: SQLValue, _ rhs: SQLValue) -> Int? {
        switch (lhs, rhs) {
        case (.time(let a), .time(let b)):
            return Self.order(a, b)
        default:
            guard let a = self.dateTime(lhs), let b = self.dateTime(rhs) else { return nil }
            return Self.order(a, b)
        }
    }

    /// DATE and DATETIME as a datetime; a TIME on today's date, as MySQL compares TIME with DATETIME.
    private func dateTime(_ value: SQLValue) -> SQLDateTime? {
        switch value {
        case .date(let value), .datetime(let value):
            return value
        case .time(let time):
            let today = SQLDateTime(epochMicroseconds: self.clockMicroseconds).date
            return SQLDateTime(epochMicroseconds: today.epochMicroseconds + time.microseconds, precision: time.precision)
        default:
            return nil
        }
    }

    private func temporal(fromString text: String, like model: SQLValue) -> SQLValue? {
        let offset = self.context.sessionTimeZoneOffsetSeconds
        if case .time = model { return SQLTemporalParser.parseTime(text, sessionOffsetSeconds: offset).map(SQLValue.time) }
        guard let parsed = SQLTemporalParser.parseDateTime(text, sessionOffsetSeconds: offset) else { return nil }
        return parsed.hasTime ? .datetime(parsed.value) : .date(parsed.value)
    }

    /// A SQL value as the JSON scalar it is compared with.
    static func jsonScalar(_ value: SQLValue) -> SQLJSON {
        switch value {
        case .json(let document): return document
        case .int(let number): return .int(number)
        case .uint(let number): return .uint(number)
        case .double(let number): return .double(number)
        case .decimal(let number): return .double(number.doubleValue)
        default: return .string(value.text ?? "")
        }
    }
}
