import MySQLBinlog

/// Reading a decoded binlog value as the value MySQL would see in that column.
extension SQLValue {
    /// - Parameters:
    ///   - value: the decoded column value.
    ///   - column: the column's definition (signedness, charset, ENUM/SET members).
    ///   - sessionOffsetSeconds: the session time zone TIMESTAMP values are shown in; DM uses UTC (0).
    public init(binlog value: BinlogValue, column: ExpressionColumn, sessionOffsetSeconds: Int = 0) {
        switch value {
        case .null:
            self = .null
        case .int(let number):
            if column.isUnsigned, number < 0 {
                // The log had no signedness metadata: reinterpret the column's own width.
                let bits = min(max(column.integerByteWidth, 1), 8) * 8
                let mask: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
                self = .uint(UInt64(bitPattern: number) & mask)
            } else {
                self = .int(number)
            }
        case .uint(let number):
            self = .uint(number)
        case .float(let number):
            // FLOAT keeps its single-precision value: a FLOAT 1.1 is not equal to 1.1, as in MySQL.
            self = .double(Double(number))
        case .double(let number):
            self = .double(number)
        case .decimal(let text):
            self = SQLDecimal(text).map(SQLValue.decimal) ?? .string(text, column.effectiveCollation)
        case .year(let year):
            self = .int(Int64(year))
        case .temporal(let time):
            self = Self.temporal(time)
        case .timestamp(let seconds, let microseconds):
            if seconds == 0, microseconds == 0 {
                self = .datetime(SQLDateTime(year: 0, month: 0, day: 0))
            } else {
                let epoch = (Int64(seconds) + Int64(sessionOffsetSeconds)) * 1_000_000 + Int64(microseconds)
                self = .datetime(SQLDateTime(epochMicroseconds: epoch, precision: microseconds == 0 ? 0 : 6))
            }
        case .bytes(let bytes):
            self =
                column.isBinary ? .binary(bytes) : .string(Self.decode(bytes, charset: column.effectiveCollation.charset), column.effectiveCollation)
        case .enumIndex(let index):
            if column.enumMembers.isEmpty {
                self = .uint(UInt64(index))
            } else {
                // Index 0 is the empty string MySQL stores for an invalid value.
                let member = index >= 1 && Int(index) <= column.enumMembers.count ? column.enumMembers[Int(index) - 1] : ""
                self = .string(member, column.effectiveCollation)
            }
        case .setBits(let bits):
            if column.setMembers.isEmpty {
                self = .uint(bits)
            } else {
                let members = column.setMembers.enumerated().filter { bits & (1 << UInt64($0.offset)) != 0 }.map(\.element)
                self = .string(members.joined(separator: ","), column.effectiveCollation)
            }
        case .bit(let bits):
            self = .uint(bits)
        case .json(let text):
            self = SQLJSON.parse(text).map(SQLValue.json) ?? .string(text, SQLCollation(name: "utf8mb4_bin"))
        case .geometry(let bytes):
            self = .binary(bytes)
        }
    }

    private static func temporal(_ time: BinlogTime) -> SQLValue {
        switch time.kind {
        case .date:
            return .date(SQLDateTime(year: time.year, month: time.month, day: time.day))
        case .datetime:
            return .datetime(
                SQLDateTime(
                    year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second,
                    microsecond: time.microsecond, precision: time.precision))
        case .time:
            let magnitude = ((Int64(time.hour) * 60 + Int64(time.minute)) * 60 + Int64(time.second)) * 1_000_000 + Int64(time.microsecond)
            return .time(SQLTime(microseconds: time.isNegative ? -magnitude : magnitude, precision: time.precision))
        }
    }

    /// Single-byte character sets map bytes to the first 256 code points (latin1 as ISO 8859-1);
    /// everything else is read as UTF-8, with invalid sequences replaced.
    static func decode(_ bytes: [UInt8], charset: String) -> String {
        if SQLValue.singleByteCharsets.contains(charset) {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
            return String(scalars)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
