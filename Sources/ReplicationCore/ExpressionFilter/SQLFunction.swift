/// The functions an expression filter may call, with their accepted argument counts. Names are
/// resolved (aliases included) and counts checked when the filter is built, so a typo fails the
/// task at start instead of at the first matching row.
enum SQLFunction: String, CaseIterable, Sendable {
    // String functions.
    case length = "LENGTH"
    case charLength = "CHAR_LENGTH"
    case upper = "UPPER"
    case lower = "LOWER"
    case concat = "CONCAT"
    case concatWS = "CONCAT_WS"
    case substring = "SUBSTRING"
    case left = "LEFT"
    case right = "RIGHT"
    case trim = "TRIM"
    case ltrim = "LTRIM"
    case rtrim = "RTRIM"
    case replace = "REPLACE"
    case instr = "INSTR"
    case locate = "LOCATE"
    case reverse = "REVERSE"
    case lpad = "LPAD"
    case rpad = "RPAD"
    case `repeat` = "REPEAT"
    case ascii = "ASCII"
    case hex = "HEX"
    case strcmp = "STRCMP"
    case findInSet = "FIND_IN_SET"
    case space = "SPACE"
    /// `TRIM(BOTH|LEADING|TRAILING [r] FROM s)`, which the parser hands over as `TRIM_BOTH(s[, r])`...
    case trimBoth = "TRIM_BOTH"
    case trimLeading = "TRIM_LEADING"
    case trimTrailing = "TRIM_TRAILING"
    // Numeric functions.
    case abs = "ABS"
    case ceil = "CEIL"
    case floor = "FLOOR"
    case round = "ROUND"
    case truncate = "TRUNCATE"
    case mod = "MOD"
    case sign = "SIGN"
    case greatest = "GREATEST"
    case least = "LEAST"
    case pow = "POW"
    case sqrt = "SQRT"
    // Control flow (arguments evaluated lazily).
    case `if` = "IF"
    case ifNull = "IFNULL"
    case nullIf = "NULLIF"
    case coalesce = "COALESCE"
    case isNull = "ISNULL"
    // Date and time functions.
    case year = "YEAR"
    case month = "MONTH"
    case day = "DAY"
    case hour = "HOUR"
    case minute = "MINUTE"
    case second = "SECOND"
    case microsecond = "MICROSECOND"
    case date = "DATE"
    case time = "TIME"
    case dayOfWeek = "DAYOFWEEK"
    case weekday = "WEEKDAY"
    case dayOfYear = "DAYOFYEAR"
    case quarter = "QUARTER"
    case week = "WEEK"
    case dayName = "DAYNAME"
    case monthName = "MONTHNAME"
    case toDays = "TO_DAYS"
    case lastDay = "LAST_DAY"
    case dateDiff = "DATEDIFF"
    case timestampDiff = "TIMESTAMPDIFF"
    case timestampAdd = "TIMESTAMPADD"
    case extract = "EXTRACT"
    case dateAdd = "DATE_ADD"
    case dateSub = "DATE_SUB"
    case addDate = "ADDDATE"
    case subDate = "SUBDATE"
    case dateFormat = "DATE_FORMAT"
    case strToDate = "STR_TO_DATE"
    case unixTimestamp = "UNIX_TIMESTAMP"
    case fromUnixTime = "FROM_UNIXTIME"
    case now = "NOW"
    case curDate = "CURDATE"
    case curTime = "CURTIME"
    case utcTimestamp = "UTC_TIMESTAMP"
    case utcDate = "UTC_DATE"
    case utcTime = "UTC_TIME"
    // JSON functions.
    case jsonExtract = "JSON_EXTRACT"
    case jsonUnquote = "JSON_UNQUOTE"
    case jsonType = "JSON_TYPE"
    case jsonValid = "JSON_VALID"

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
    static let bareWords: Set<String> = [
        "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME", "LOCALTIMESTAMP", "UTC_TIMESTAMP", "UTC_DATE", "UTC_TIME",
    ]

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
