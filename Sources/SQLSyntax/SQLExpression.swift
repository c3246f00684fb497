/// A MySQL scalar expression, as written in a `WHERE` clause or a DM expression filter
/// (`insert-value-expr: "c % 2 = 0"`). The tree keeps what the user wrote: literals keep their
/// text, names keep their case; evaluation rules live with the evaluator, not here.
public indirect enum SQLExpression: Sendable, Hashable {
    case literal(SQLLiteral)
    /// A column reference: `c`, `t.c`, `db.t.c` (qualifiers first, the column name last).
    case column([String])
    case unary(SQLUnaryOperator, SQLExpression)
    case binary(SQLBinaryOperator, SQLExpression, SQLExpression)
    /// `x IS [NOT] NULL`.
    case isNull(SQLExpression, negated: Bool)
    /// `x IS [NOT] TRUE|FALSE|UNKNOWN`; `value` nil means UNKNOWN.
    case isTruth(SQLExpression, value: Bool?, negated: Bool)
    /// `x [NOT] BETWEEN low AND high`.
    case between(SQLExpression, low: SQLExpression, high: SQLExpression, negated: Bool)
    /// `x [NOT] IN (a, b, ...)`.
    case inList(SQLExpression, [SQLExpression], negated: Bool)
    /// `x [NOT] LIKE pattern [ESCAPE e]`.
    case like(SQLExpression, pattern: SQLExpression, escape: SQLExpression?, negated: Bool)
    /// `x [NOT] REGEXP|RLIKE pattern`.
    case regexp(SQLExpression, pattern: SQLExpression, negated: Bool)
    /// A function call; `name` is upper-cased (`CONCAT`, `DATE_FORMAT`). `COUNT(*)`-style star
    /// arguments are not expressions and are refused by the parser.
    case function(name: String, arguments: [SQLExpression])
    /// `CASE [operand] WHEN .. THEN .. [ELSE ..] END`.
    case caseWhen(operand: SQLExpression?, branches: [SQLCaseBranch], otherwise: SQLExpression?)
    /// `CAST(x AS type)` and `CONVERT(x, type)`.
    case cast(SQLExpression, SQLCastType)
    /// `INTERVAL expr unit`, as the second operand of `+`/`-` or of `DATE_ADD`/`DATE_SUB`.
    case interval(SQLExpression, unit: SQLIntervalUnit)
    /// `x COLLATE name`.
    case collate(SQLExpression, collation: String)
    /// A row constructor `(a, b)` or `ROW(a, b)`, for `(a, b) = (1, 2)` and `IN` over rows.
    case row([SQLExpression])
}

public struct SQLCaseBranch: Sendable, Hashable {
    public var when: SQLExpression
    public var then: SQLExpression
    public init(when: SQLExpression, then: SQLExpression) {
        self.when = when
        self.then = then
    }
}

public enum SQLLiteral: Sendable, Hashable {
    case null
    case boolean(Bool)
    /// An integer literal as written (no sign: a leading `-` is a unary operator), e.g. "42".
    case integer(String)
    /// An exact decimal literal as written, e.g. "1.50".
    case decimal(String)
    /// An approximate literal with an exponent, e.g. "1e3".
    case float(String)
    /// A string literal's bytes after unescaping, with its introducer (`_utf8mb4'x'`) if any.
    case string([UInt8], introducer: String?)
    /// `X'4142'` or `0x4142`: the bytes.
    case hex([UInt8])
    /// `b'0101'` or `0b0101`: the bytes, big-endian, left-padded to whole bytes.
    case bits([UInt8])
    /// `DATE '2024-01-02'`, `TIME '..'`, `TIMESTAMP '..'`: the kind and the text.
    case temporal(SQLTemporalKind, String)
}

public enum SQLTemporalKind: String, Sendable, Hashable {
    case date = "DATE"
    case time = "TIME"
    case timestamp = "TIMESTAMP"
}

public enum SQLUnaryOperator: String, Sendable, Hashable {
    /// `-x`
    case negate = "-"
    /// `+x`
    case plus = "+"
    /// `NOT x` and `!x`
    case not = "NOT"
    /// `~x`
    case bitNot = "~"
    /// `BINARY x`
    case binary = "BINARY"
}

public enum SQLBinaryOperator: String, Sendable, Hashable {
    case or = "OR"
    case xor = "XOR"
    case and = "AND"
    case equal = "="
    case nullSafeEqual = "<=>"
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case bitOr = "|"
    case bitAnd = "&"
    case bitXor = "^"
    case shiftLeft = "<<"
    case shiftRight = ">>"
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case integerDivide = "DIV"
    case modulo = "%"
}

/// Target types of `CAST`/`CONVERT`.
public enum SQLCastType: Sendable, Hashable {
    case signed
    case unsigned
    /// `DECIMAL(p, s)`; nil means the default (10, 0).
    case decimal(precision: Int?, scale: Int?)
    case double
    case float
    /// `CHAR(n)` with an optional character set.
    case char(length: Int?, charset: String?)
    case binary(length: Int?)
    case date
    case datetime(precision: Int?)
    case time(precision: Int?)
    case json
}

public enum SQLIntervalUnit: String, Sendable, Hashable, CaseIterable {
    case microsecond = "MICROSECOND"
    case second = "SECOND"
    case minute = "MINUTE"
    case hour = "HOUR"
    case day = "DAY"
    case week = "WEEK"
    case month = "MONTH"
    case quarter = "QUARTER"
    case year = "YEAR"
    case secondMicrosecond = "SECOND_MICROSECOND"
    case minuteMicrosecond = "MINUTE_MICROSECOND"
    case minuteSecond = "MINUTE_SECOND"
    case hourMicrosecond = "HOUR_MICROSECOND"
    case hourSecond = "HOUR_SECOND"
    case hourMinute = "HOUR_MINUTE"
    case dayMicrosecond = "DAY_MICROSECOND"
    case daySecond = "DAY_SECOND"
    case dayMinute = "DAY_MINUTE"
    case dayHour = "DAY_HOUR"
    case yearMonth = "YEAR_MONTH"
}
