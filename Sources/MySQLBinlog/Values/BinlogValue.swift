/// One column value of a row image, decoded from the binlog. Strings and blobs keep their bytes;
/// the table map says which character set they are in.
public enum BinlogValue: Sendable, Hashable {
    case null
    /// Signed integer types (TINY, SHORT, INT24, LONG, LONGLONG).
    case int(Int64)
    /// Integer types whose column is UNSIGNED (known from the table map's optional metadata, or
    /// from the caller's schema).
    case uint(UInt64)
    case float(Float)
    case double(Double)
    /// NEWDECIMAL as its exact text, e.g. "-1234.5670" (scale digits always printed).
    case decimal(String)
    case year(UInt16)
    /// DATE, DATETIME(2) and TIME(2) field by field; `fraction` has the column's precision.
    case temporal(BinlogTime)
    /// TIMESTAMP(2): seconds since the epoch (UTC) and microseconds.
    case timestamp(seconds: UInt32, microseconds: UInt32)
    /// CHAR, VARCHAR, BINARY, VARBINARY, TEXT, BLOB: the bytes as stored.
    case bytes([UInt8])
    /// ENUM: the 1-based index (0 is the empty error value).
    case enumIndex(UInt16)
    /// SET: the bitmap of members.
    case setBits(UInt64)
    /// BIT(n) as an integer.
    case bit(UInt64)
    /// JSON as text, the way MySQL prints it.
    case json(String)
    /// GEOMETRY: SRID (4 bytes) followed by WKB.
    case geometry([UInt8])
}

/// DATE, DATETIME and TIME values as stored: no time zone, zero dates allowed.
public struct BinlogTime: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable { case date, datetime, time }
    public var kind: Kind
    public var isNegative: Bool
    public var year: Int
    public var month: Int
    public var day: Int
    /// For TIME, may exceed 23 (up to 838).
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var microsecond: Int
    /// Fractional digits of the column (0...6): how many digits `description` prints.
    public var precision: Int

    public init(
        kind: Kind, isNegative: Bool = false, year: Int = 0, month: Int = 0, day: Int = 0, hour: Int = 0, minute: Int = 0, second: Int = 0,
        microsecond: Int = 0, precision: Int = 0
    ) {
        self.kind = kind
        self.isNegative = isNegative
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.precision = precision
    }

    /// The text MySQL prints: `2024-01-02`, `2024-01-02 03:04:05.120`, `-838:59:59`.
    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        var fraction = ""
        if self.precision > 0 {
            fraction = "." + String(pad(self.microsecond, 6).prefix(self.precision))
        }
        switch self.kind {
        case .date:
            return pad(self.year, 4) + "-" + pad(self.month, 2) + "-" + pad(self.day, 2)
        case .datetime:
            return pad(self.year, 4) + "-" + pad(self.month, 2) + "-" + pad(self.day, 2) + " " + pad(self.hour, 2) + ":" + pad(self.minute, 2) + ":"
                + pad(self.second, 2) + fraction
        case .time:
            return (self.isNegative ? "-" : "") + pad(self.hour, 2) + ":" + pad(self.minute, 2) + ":" + pad(self.second, 2) + fraction
        }
    }
}
