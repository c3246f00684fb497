/// The column type codes of TABLE_MAP_EVENT (`enum_field_types` in MySQL and MariaDB), as plain
/// `UInt8` constants so that decoders can `switch` on the raw byte without conversions.
public enum ColumnTypeCode {
    public static let decimal: UInt8 = 0  // pre-5.0 DECIMAL (never in row-based logs)
    public static let tiny: UInt8 = 1
    public static let short: UInt8 = 2
    public static let long: UInt8 = 3
    public static let float: UInt8 = 4
    public static let double: UInt8 = 5
    public static let null: UInt8 = 6
    public static let timestamp: UInt8 = 7
    public static let longlong: UInt8 = 8
    public static let int24: UInt8 = 9
    public static let date: UInt8 = 10
    public static let time: UInt8 = 11
    public static let datetime: UInt8 = 12
    public static let year: UInt8 = 13
    public static let newdate: UInt8 = 14
    public static let varchar: UInt8 = 15
    public static let bit: UInt8 = 16
    public static let timestamp2: UInt8 = 17
    public static let datetime2: UInt8 = 18
    public static let time2: UInt8 = 19
    /// MariaDB: BLOB/TEXT declared `COMPRESSED` (checked against MariaDB 10.11's table maps).
    public static let blobCompressed: UInt8 = 140
    /// MariaDB: VARCHAR declared `COMPRESSED`.
    public static let varcharCompressed: UInt8 = 141
    /// MySQL 9.0+.
    public static let vector: UInt8 = 242
    public static let json: UInt8 = 245
    public static let newDecimal: UInt8 = 246
    public static let `enum`: UInt8 = 247
    public static let set: UInt8 = 248
    public static let tinyBlob: UInt8 = 249
    public static let mediumBlob: UInt8 = 250
    public static let longBlob: UInt8 = 251
    public static let blob: UInt8 = 252
    public static let varString: UInt8 = 253
    public static let string: UInt8 = 254
    public static let geometry: UInt8 = 255

    /// The server's name for a type code, for messages: `"NEWDECIMAL (246)"`, `"type 200"`.
    public static func name(_ code: UInt8) -> String {
        let name: String
        switch code {
        case 0: name = "DECIMAL"
        case 1: name = "TINY"
        case 2: name = "SHORT"
        case 3: name = "LONG"
        case 4: name = "FLOAT"
        case 5: name = "DOUBLE"
        case 6: name = "NULL"
        case 7: name = "TIMESTAMP"
        case 8: name = "LONGLONG"
        case 9: name = "INT24"
        case 10: name = "DATE"
        case 11: name = "TIME"
        case 12: name = "DATETIME"
        case 13: name = "YEAR"
        case 14: name = "NEWDATE"
        case 15: name = "VARCHAR"
        case 16: name = "BIT"
        case 17: name = "TIMESTAMP2"
        case 18: name = "DATETIME2"
        case 19: name = "TIME2"
        case 140: name = "BLOB_COMPRESSED"
        case 141: name = "VARCHAR_COMPRESSED"
        case 242: name = "VECTOR"
        case 245: name = "JSON"
        case 246: name = "NEWDECIMAL"
        case 247: name = "ENUM"
        case 248: name = "SET"
        case 249: name = "TINY_BLOB"
        case 250: name = "MEDIUM_BLOB"
        case 251: name = "LONG_BLOB"
        case 252: name = "BLOB"
        case 253: name = "VAR_STRING"
        case 254: name = "STRING"
        case 255: name = "GEOMETRY"
        default: return "type \(code)"
        }
        return "\(name) (\(code))"
    }
}
