import MySQLBinlog
import Testing

@testable import ReplicationCore

/// Reading decoded binlog values as the values MySQL shows for their columns.
@Suite struct SQLValueBinlogTests {
    @Test func integers() {
        #expect(SQLValue(binlog: .int(-5), column: ExpressionColumn(name: "c")) == .int(-5))
        #expect(SQLValue(binlog: .uint(7), column: ExpressionColumn(name: "c", isUnsigned: true)) == .uint(7))
        // An UNSIGNED column logged without signedness metadata: reinterpret at the column's width.
        #expect(SQLValue(binlog: .int(-1), column: ExpressionColumn(name: "c", isUnsigned: true, integerByteWidth: 1)) == .uint(255))
        #expect(SQLValue(binlog: .int(-2), column: ExpressionColumn(name: "c", isUnsigned: true, integerByteWidth: 3)) == .uint(16_777_214))
        #expect(SQLValue(binlog: .int(-1), column: ExpressionColumn(name: "c", isUnsigned: true)) == .uint(UInt64.max))
        #expect(SQLValue(binlog: .year(2024), column: ExpressionColumn(name: "y")) == .int(2024))
        #expect(SQLValue(binlog: .bit(5), column: ExpressionColumn(name: "b")) == .uint(5))
        #expect(SQLValue(binlog: .null, column: ExpressionColumn(name: "c")) == .null)
    }

    @Test func numbers() {
        #expect(SQLValue(binlog: .decimal("-12.50"), column: ExpressionColumn(name: "d")).description == "-12.50")
        #expect(SQLValue(binlog: .double(0.5), column: ExpressionColumn(name: "d")) == .double(0.5))
        #expect(SQLValue(binlog: .float(1.1), column: ExpressionColumn(name: "f")) == .double(Double(Float(1.1))))
    }

    @Test func strings() {
        let general = SQLValue(binlog: .bytes(Array("héllo".utf8)), column: ExpressionColumn(name: "s", collation: "utf8mb4_general_ci"))
        #expect(general == .string("héllo", SQLCollation(name: "utf8mb4_general_ci")))
        let latin1 = SQLValue(binlog: .bytes([0x63, 0x61, 0x66, 0xE9]), column: ExpressionColumn(name: "s", charset: "latin1"))
        #expect(latin1 == .string("café", SQLCollation(name: "latin1_swedish_ci")))
        #expect(latin1.bytes == [0x63, 0x61, 0x66, 0xE9])
        #expect(SQLValue(binlog: .bytes([0, 1]), column: ExpressionColumn(name: "b", isBinary: true)) == .binary([0, 1]))
        let unspecified = ExpressionColumn(name: "s").effectiveCollation
        #expect(unspecified.name == "utf8mb4_general_ci")
        #expect(ExpressionColumn(name: "s", charset: "utf8mb4").effectiveCollation.name == "utf8mb4_0900_ai_ci")
    }

    @Test func enumsAndSets() {
        let size = ExpressionColumn(name: "e", enumMembers: ["small", "medium", "large"])
        #expect(SQLValue(binlog: .enumIndex(3), column: size).text == "large")
        #expect(SQLValue(binlog: .enumIndex(0), column: size).text == "")
        let flags = ExpressionColumn(name: "s", setMembers: ["a", "b", "c", "d"])
        #expect(SQLValue(binlog: .setBits(0b1010), column: flags).text == "b,d")
        #expect(SQLValue(binlog: .setBits(0), column: flags).text == "")
        // Without the members only the number is known.
        #expect(SQLValue(binlog: .enumIndex(2), column: ExpressionColumn(name: "e")) == .uint(2))
    }

    @Test func temporals() {
        let column = ExpressionColumn(name: "t")
        let date = SQLValue(binlog: .temporal(BinlogTime(kind: .date, year: 2024, month: 2, day: 29)), column: column)
        #expect(date == .date(SQLDateTime(year: 2024, month: 2, day: 29)))
        let time = SQLValue(binlog: .temporal(BinlogTime(kind: .time, isNegative: true, hour: 838, minute: 59, second: 59)), column: column)
        #expect(time.description == "-838:59:59")
        let zero = SQLValue(binlog: .temporal(BinlogTime(kind: .datetime)), column: column)
        #expect(zero.description == "0000-00-00 00:00:00")
        // TIMESTAMP is seconds since the epoch, shown in the session time zone (UTC by default).
        #expect(SQLValue(binlog: .timestamp(seconds: 0, microseconds: 0), column: column).description == "0000-00-00 00:00:00")
        #expect(SQLValue(binlog: .timestamp(seconds: 86_400, microseconds: 0), column: column).description == "1970-01-02 00:00:00")
        #expect(
            SQLValue(binlog: .timestamp(seconds: 86_400, microseconds: 0), column: column, sessionOffsetSeconds: -3600).description
                == "1970-01-01 23:00:00")
    }

    @Test func json() {
        let value = SQLValue(binlog: .json(#"{"b": [1, 2.5, null, true], "a": "x"}"#), column: ExpressionColumn(name: "j"))
        #expect(value.description == #"{"a": "x", "b": [1, 2.5, null, true]}"#)
    }
}
