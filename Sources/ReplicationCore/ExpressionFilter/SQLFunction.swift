/// The functions an expression filter may call, with their accepted argument counts. Names are
/// resolved (aliases included) and counts checked when the filter is built, so a typo fails the
/// task at start instead of at the first matching row.
enum SQLFunction: String, CaseIterable, Sendable {
    // String functions.
    case length = "LENGTH", charLength = "CHAR_LENGTH", upper = "UPPER", lower = "LOWER", concat = "CONCAT", concatWS = "CONCAT_WS"
    case substring = "SUBSTRING", left = "LEFT", right = "RIGHT", trim = "TRIM", ltrim = "LTRIM", rtrim = "RTRIM", replace = "REPLACE"
    case instr = "INSTR", locate = "LOCATE", reverse = "REVERSE", lpad = "LPAD", rpad = "RPAD", `repeat` = "REPEAT", ascii = "ASCII"
    case hex = "HEX", strcmp = "STRCMP", findInSet = "FIND_IN_SET", space = "SPACE"
    /// `TRIM(BOTH|LEADING|TRAILING [r] FROM s)`, which the parser hands over as `TRIM_BOTH(s[, r])`...
    case trimBoth = "TRIM_BOTH", trimLeading = "TRIM_LEADING", trimTrailing = "TRIM_TRAILING"
    // Numeric functions.
    case abs = "ABS", ceil = "CEIL", floor = "FLOOR", round = "ROUND", truncate = "TRUNCATE", mod = "MOD", sign = "SIGN"
    case greatest = "GREATEST", least = "LEAST", pow = "POW", sqrt = "SQRT"
    // Control flow (arguments evaluated lazily).
    case `if` = "IF", ifNull = "IFNULL", nullIf = "NULLIF", coalesce = "COALESCE", isNull = "ISNULL"
    // Date and time functions.
    case year = "YEAR", month = "MONTH", day = "DAY", hour = "HOUR", minute = "MINUTE", second = "SECOND", microsecond = "MICROSECOND"
    case date = "DATE", time = "TIME", dayOfWeek = "DAYOFWEEK", weekday = "WEEKDAY", dayOfYear = "DAYOFYEAR", quarter = "QUARTER"
    case week = "WEEK", dayName = "DAYNAME", monthName = "MONTHNAME", toDays = "TO_DAYS", lastDay = "LAST_DAY"
    case dateDiff = "DATEDIFF", timestampDiff = "TIMESTAMPDIFF", timestampAdd = "TIMESTAMPADD", extract = "EXTRACT"
    case dateAdd = "DATE_ADD", dateSub = "DATE_SUB", addDate = "ADDDATE", subDate = "SUBDATE"
    case dateFormat = "DATE_FORMAT", strToDate = "STR_TO_DATE", unixTimestamp = "UNIX_TIMESTAMP", fromUnixTime = "FROM_UNIXTIME"
    case now = "NOW", curDate = "CURDATE", curTime = "CURTIME", utcTimestamp = "UTC_TIMESTAMP", utcDate = "UTC_DATE", utcTime = "UTC_TIME"
    // JSON functions.
    case jsonExtract = "JSON_EXTRACT", jsonUnquote = "JSON_UNQUOTE", jsonType = "JSON_TYPE", jsonValid = "JSON_VALID"

    private static let aliases: [String: SQLFunction] = [
        "CHARACTER_LENGTH": .charLength, "OCTET_LENGTH": .length, "UCASE": .upper, "LCASE": .lower, "SUBSTR": .substring, "MID": .substring,
        "POSITION": .locate, "CEILING": .ceil, "POWER": .pow, "DAYOFMONTH": .day, "CURRENT_TIMESTAMP": .now, "LOCALTIME": .now,
        "LOCALTIMESTAMP": .now, "SYSDATE": .now, "CURRENT_DATE": .curDate, "CURRENT_TIME": .curTime,
    ]

    private static let byName: [String: SQLFunction] = {
        var table = aliases
        for function in SQLFunction.allCases { table[function.rawValue] = function }
        return table
    }()

    /// The function called `name` (any case, aliases included).
    static func named(_ name: String) -> SQLFunction? { byName[name.uppercased()] }

    /// Niladic functions MySQL also accepts without parentheses, so a parser may hand them over
    /// as column names when the table has no such column.
    static let bareWords: Set<String> = ["CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME", "LOCALTIMESTAMP", "UTC_TIMESTAMP", "UTC_DATE", "UTC_TIME"]

    /// The accepted argument counts.
    var arity: ClosedRange<Int> {
        switch self {
        case .length, .charLength, .upper, .lower, .trim, .ltrim, .rtrim, .reverse, .ascii, .hex, .space: return 1...1
        case .concat: return 1...Int.max
        case .concatWS: return 2...Int.max
        case .substring: return 2...3
        case .trimBoth, .trimLeading, .trimTrailing: return 1...2
        case .left, .right, .instr, .repeat, .strcmp, .findInSet: return 2...2
        case .locate: return 2...3
        case .replace, .lpad, .rpad: return 3...3
        case .abs, .ceil, .floor, .sign, .sqrt: return 1...1
        case .round: return 1...2
        case .truncate, .mod, .pow: return 2...2
        case .greatest, .least: return 2...Int.max
        case .if: return 3...3
        case .ifNull, .nullIf: return 2...2
        case .coalesce: return 1...Int.max
        case .isNull: return 1...1
        case .year, .month, .day, .hour, .minute, .second, .microsecond, .date, .time, .dayOfWeek, .weekday, .dayOfYear, .quarter, .dayName,
            .monthName, .toDays, .lastDay:
            return 1...1
        case .week: return 1...2
        case .dateDiff, .dateAdd, .dateSub, .addDate, .subDate, .dateFormat, .strToDate, .extract: return 2...2
        case .timestampDiff, .timestampAdd: return 3...3
        case .unixTimestamp: return 0...1
        case .fromUnixTime: return 1...2
        case .now, .curTime, .utcTimestamp, .utcTime: return 0...1
        case .curDate, .utcDate: return 0...0
        case .jsonExtract: return 2...Int.max
        case .jsonUnquote, .jsonType, .jsonValid: return 1...1
        }
    }

    /// Reads the clock: the evaluator samples it once per row only when some call needs it.
    var readsClock: Bool {
        switch self {
        case .now, .curDate, .curTime, .utcTimestamp, .utcDate, .utcTime: return true
        case .unixTimestamp: return true
        default: return false
        }
    }

    /// The functions whose first argument is a unit keyword (`TIMESTAMPDIFF(DAY, a, b)`).
    var takesUnitFirst: Bool { self == .timestampDiff || self == .timestampAdd || self == .extract }
}
