/// Column (field) types as they appear in column definitions, the binary protocol and the binlog.
public struct MySQLColumnType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let decimal = Self(rawValue: 0)
    public static let tiny = Self(rawValue: 1)
    public static let short = Self(rawValue: 2)
    public static let long = Self(rawValue: 3)
    public static let float = Self(rawValue: 4)
    public static let double = Self(rawValue: 5)
    public static let null = Self(rawValue: 6)
    public static let timestamp = Self(rawValue: 7)
    public static let longlong = Self(rawValue: 8)
    public static let int24 = Self(rawValue: 9)
    public static let date = Self(rawValue: 10)
    public static let time = Self(rawValue: 11)
    public static let datetime = Self(rawValue: 12)
    public static let year = Self(rawValue: 13)
    public static let newdate = Self(rawValue: 14)
    public static let varchar = Self(rawValue: 15)
    public static let bit = Self(rawValue: 16)
    public static let timestamp2 = Self(rawValue: 17)
    public static let datetime2 = Self(rawValue: 18)
    public static let time2 = Self(rawValue: 19)
    public static let typedArray = Self(rawValue: 20)
    public static let vector = Self(rawValue: 242)
    public static let json = Self(rawValue: 245)
    public static let newdecimal = Self(rawValue: 246)
    public static let `enum` = Self(rawValue: 247)
    public static let set = Self(rawValue: 248)
    public static let tinyBlob = Self(rawValue: 249)
    public static let mediumBlob = Self(rawValue: 250)
    public static let longBlob = Self(rawValue: 251)
    public static let blob = Self(rawValue: 252)
    public static let varString = Self(rawValue: 253)
    public static let string = Self(rawValue: 254)
    public static let geometry = Self(rawValue: 255)

    /// Size in bytes of a value of this type in the binary protocol, nil when it is
    /// length-prefixed (a length byte for temporal types, `int<lenenc>` for the rest).
    public var binaryFixedSize: Int? {
        switch self {
        case .tiny: 1
        case .short, .year: 2
        case .long, .int24, .float: 4
        case .longlong, .double: 8
        case .null: 0
        default: nil
        }
    }

    public var isTemporal: Bool {
        switch self {
        case .date, .newdate, .datetime, .timestamp, .time, .datetime2, .timestamp2, .time2: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .decimal: "DECIMAL"
        case .tiny: "TINY"
        case .short: "SHORT"
        case .long: "LONG"
        case .float: "FLOAT"
        case .double: "DOUBLE"
        case .null: "NULL"
        case .timestamp: "TIMESTAMP"
        case .longlong: "LONGLONG"
        case .int24: "INT24"
        case .date: "DATE"
        case .time: "TIME"
        case .datetime: "DATETIME"
        case .year: "YEAR"
        case .newdate: "NEWDATE"
        case .varchar: "VARCHAR"
        case .bit: "BIT"
        case .timestamp2: "TIMESTAMP2"
        case .datetime2: "DATETIME2"
        case .time2: "TIME2"
        case .json: "JSON"
        case .newdecimal: "NEWDECIMAL"
        case .enum: "ENUM"
        case .set: "SET"
        case .tinyBlob: "TINY_BLOB"
        case .mediumBlob: "MEDIUM_BLOB"
        case .longBlob: "LONG_BLOB"
        case .blob: "BLOB"
        case .varString: "VAR_STRING"
        case .string: "STRING"
        case .geometry: "GEOMETRY"
        case .vector: "VECTOR"
        default: "TYPE(\(self.rawValue))"
        }
    }
}

/// Column definition flags.
public struct MySQLColumnFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let notNull = Self(rawValue: 1 << 0)
    public static let primaryKey = Self(rawValue: 1 << 1)
    public static let uniqueKey = Self(rawValue: 1 << 2)
    public static let multipleKey = Self(rawValue: 1 << 3)
    public static let blob = Self(rawValue: 1 << 4)
    public static let unsigned = Self(rawValue: 1 << 5)
    public static let zerofill = Self(rawValue: 1 << 6)
    public static let binary = Self(rawValue: 1 << 7)
    public static let `enum` = Self(rawValue: 1 << 8)
    public static let autoIncrement = Self(rawValue: 1 << 9)
    public static let timestamp = Self(rawValue: 1 << 10)
    public static let set = Self(rawValue: 1 << 11)
    public static let noDefaultValue = Self(rawValue: 1 << 12)
    public static let onUpdateNow = Self(rawValue: 1 << 13)
    public static let num = Self(rawValue: 1 << 15)
}
