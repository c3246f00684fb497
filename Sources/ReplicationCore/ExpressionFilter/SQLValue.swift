/// A value during expression evaluation, typed the way MySQL types it: integers keep their
/// signedness, DECIMAL stays exact, character strings carry their collation, and binary strings
/// are bytes. Boolean results are the integers 1 and 0, as in MySQL.
public enum SQLValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case int(Int64)
    case uint(UInt64)
    case decimal(SQLDecimal)
    case double(Double)
    /// A character string and its collation.
    case string(String, SQLCollation)
    /// A binary string (BINARY, VARBINARY, BLOB, `_binary`/hex literals).
    case binary([UInt8])
    case date(SQLDateTime)
    case datetime(SQLDateTime)
    case time(SQLTime)
    case json(SQLJSON)

    public static let `true` = SQLValue.int(1)
    public static let `false` = SQLValue.int(0)

    public static func boolean(_ value: Bool) -> SQLValue { value ? .true : .false }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as MySQL would print it, `NULL` for NULL.
    public var description: String { self.text ?? "NULL" }

    var isString: Bool {
        switch self {
        case .string, .binary: return true
        default: return false
        }
    }

    var isTemporal: Bool {
        switch self {
        case .date, .datetime, .time: return true
        default: return false
        }
    }

    var isExactNumber: Bool {
        switch self {
        case .int, .uint, .decimal: return true
        default: return false
        }
    }
}
