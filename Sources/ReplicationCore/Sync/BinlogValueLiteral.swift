import Foundation
import MySQLBinlog
import MySQLProtocol

/// SQL literals for row values decoded from the binlog, exact to the byte: strings as hex in
/// their column's character set, FLOAT through the double that holds it exactly, TIMESTAMP in
/// UTC (the applying session uses `time_zone = '+00:00'`), unsigned integers restored from the
/// signed form the binlog carries when the table map says nothing of signedness.
public enum BinlogValueLiteral {
    public static func literal(_ value: BinlogValue, column: TrackedColumn) throws(SyncError) -> String {
        switch value {
        case .null:
            return "NULL"
        case .int(let v):
            guard column.isUnsigned, v < 0 else { return String(v) }
            return String(try Self.unsigned(v, column: column))
        case .uint(let v):
            return String(v)
        case .float(let f):
            guard f.isFinite else { throw SyncError("column \(column.name): FLOAT value \(f) cannot be written to a table") }
            // The double nearest a float is the float itself; printed shortest, it parses back
            // to the same double and rounds to the same float.
            return Double(f).description
        case .double(let d):
            guard d.isFinite else { throw SyncError("column \(column.name): DOUBLE value \(d) cannot be written to a table") }
            return d.description
        case .decimal(let text):
            return text
        case .year(let y):
            return String(y)
        case .temporal(let time):
            return "'\(time.description)'"
        case .timestamp(let seconds, let microseconds):
            return "'\(Self.utc(seconds: seconds, microseconds: microseconds, precision: column.scale ?? 0))'"
        case .bytes(let bytes):
            // Fixed-size binary values lose their trailing 0x00 bytes in the binlog. BINARY(n)
            // pads them back on insert, but INET6/UUID/INET4 take only their exact size.
            let size = switch column.dataType {
            case "inet6", "uuid": 16
            case "inet4": 4
            default: 0
            }
            if bytes.count < size { return Self.string(bytes + [UInt8](repeating: 0, count: size - bytes.count), charset: nil) }
            return Self.string(bytes, charset: column.charset)
        case .enumIndex(let index):
            if index == 0 { return "''" }
            guard Int(index) <= column.values.count else {
                throw SyncError("column \(column.name): ENUM index \(index) but the tracked column has \(column.values.count) members")
            }
            return Self.string(Array(column.values[Int(index) - 1].utf8), charset: "utf8mb4")
        case .setBits(let bits):
            var members: [String] = []
            for (position, member) in column.values.enumerated() where position < 64 && bits & (1 << UInt64(position)) != 0 {
                members.append(member)
            }
            let known: UInt64 = column.values.count >= 64 ? ~0 : (1 << UInt64(column.values.count)) - 1
            if bits & ~known != 0 {
                throw SyncError("column \(column.name): SET bits \(bits) name members the tracked column does not have")
            }
            return Self.string(Array(members.joined(separator: ",").utf8), charset: "utf8mb4")
        case .bit(let v):
            return String(v)
        case .json(let text):
            return Self.string(Array(text.utf8), charset: "utf8mb4")
        case .geometry(let bytes):
            return Self.hex(bytes)
        }
    }

    /// A string in `charset` (nil or binary: a binary string), as a hex literal with an
    /// introducer: no escaping, no conversion on the way.
    public static func string(_ bytes: [UInt8], charset: String?) -> String {
        let prefix = charset.map { $0 == "binary" ? "" : "_\($0)" + (bytes.isEmpty ? "" : " ") } ?? ""
        return bytes.withUnsafeBufferPointer { MySQLLiteral.hexLiteral($0, prefix: prefix) }
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        MySQLLiteral.quoteBytes(bytes)
    }

    private static func unsigned(_ value: Int64, column: TrackedColumn) throws(SyncError) -> UInt64 {
        let bits: UInt64 = switch column.dataType {
        case "tinyint": 8
        case "smallint": 16
        case "mediumint": 24
        case "int", "integer": 32
        case "bigint": 64
        default: 0
        }
        guard bits > 0 else { throw SyncError("column \(column.name): negative value \(value) for unsigned \(column.columnType)") }
        return bits == 64 ? UInt64(bitPattern: value) : UInt64(bitPattern: value) & ((1 << bits) - 1)
    }

    /// `YYYY-MM-DD hh:mm:ss[.ffffff]` in UTC; 0 is the zero TIMESTAMP.
    static func utc(seconds: UInt32, microseconds: UInt32, precision: Int) -> String {
        var fraction = ""
        if precision > 0 {
            let digits = String(microseconds)
            fraction = "." + String((String(repeating: "0", count: max(0, 6 - digits.count)) + digits).prefix(precision))
        }
        if seconds == 0 && microseconds == 0 { return "0000-00-00 00:00:00" + fraction }
        var days = Int(seconds / 86_400)
        let rest = Int(seconds % 86_400)
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        days += 719_468
        let era = days / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) \(pad(rest / 3600, 2)):\(pad(rest % 3600 / 60, 2)):\(pad(rest % 60, 2))" + fraction
    }
}

/// A row event or statement the sync unit cannot apply, with the reason.
public struct SyncError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { self.message }
}
