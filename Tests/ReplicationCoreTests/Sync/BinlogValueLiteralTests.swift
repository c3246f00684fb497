import MySQLBinlog
import ReplicationCore
import Testing

@Suite struct BinlogValueLiteralTests {
    static func column(_ type: String, unsigned: Bool = false, charset: String? = nil, values: [String] = [], scale: Int? = nil) -> TrackedColumn {
        TrackedColumn(name: "c", dataType: type, columnType: type, scale: scale, isUnsigned: unsigned, values: values, charset: charset)
    }

    @Test func unsignedIntegersComeBackFromTheSignedForm() throws {
        #expect(try BinlogValueLiteral.literal(.int(-1), column: Self.column("tinyint", unsigned: true)) == "255")
        #expect(try BinlogValueLiteral.literal(.int(-1), column: Self.column("mediumint", unsigned: true)) == "16777215")
        #expect(try BinlogValueLiteral.literal(.int(-1), column: Self.column("bigint", unsigned: true)) == "18446744073709551615")
        #expect(try BinlogValueLiteral.literal(.int(-1), column: Self.column("int")) == "-1")
        #expect(try BinlogValueLiteral.literal(.uint(42), column: Self.column("int", unsigned: true)) == "42")
    }

    @Test func floatsAreWrittenThroughTheirExactDouble() throws {
        #expect(try BinlogValueLiteral.literal(.float(.greatestFiniteMagnitude), column: Self.column("float")) == "3.4028234663852886e+38")
        #expect(try BinlogValueLiteral.literal(.float(16_777_216), column: Self.column("float")) == "16777216.0")
        #expect(try BinlogValueLiteral.literal(.double(.leastNonzeroMagnitude), column: Self.column("double")) == "5e-324")
        #expect(throws: SyncError.self) { try BinlogValueLiteral.literal(.double(.nan), column: Self.column("double")) }
    }

    @Test func stringsKeepTheirBytesAndCharset() throws {
        #expect(try BinlogValueLiteral.literal(.bytes([0xE9]), column: Self.column("varchar", charset: "latin1")) == "_latin1 X'e9'")
        #expect(try BinlogValueLiteral.literal(.bytes([]), column: Self.column("varchar", charset: "utf8mb4")) == "_utf8mb4''")
        #expect(try BinlogValueLiteral.literal(.bytes([0, 1]), column: Self.column("blob")) == "X'0001'")
        // INET6 lost its trailing zero bytes in the binlog.
        #expect(try BinlogValueLiteral.literal(.bytes([]), column: Self.column("inet6")) == "X'00000000000000000000000000000000'")
    }

    @Test func enumAndSetByMemberName() throws {
        let members = ["a", "b", "c d"]
        #expect(try BinlogValueLiteral.literal(.enumIndex(3), column: Self.column("enum", values: members)) == "_utf8mb4 X'632064'")
        #expect(try BinlogValueLiteral.literal(.enumIndex(0), column: Self.column("enum", values: members)) == "''")
        #expect(try BinlogValueLiteral.literal(.setBits(0b101), column: Self.column("set", values: members)) == "_utf8mb4 X'612c632064'")
        #expect(throws: SyncError.self) { try BinlogValueLiteral.literal(.enumIndex(4), column: Self.column("enum", values: members)) }
        #expect(throws: SyncError.self) { try BinlogValueLiteral.literal(.setBits(0b1000), column: Self.column("set", values: members)) }
    }

    @Test func timestampsInUTC() throws {
        #expect(try BinlogValueLiteral.literal(.timestamp(seconds: 1, microseconds: 0), column: Self.column("timestamp", scale: 3)) == "'1970-01-01 00:00:01.000'")
        #expect(try BinlogValueLiteral.literal(.timestamp(seconds: 1_709_210_096, microseconds: 123_456), column: Self.column("timestamp", scale: 6))
            == "'2024-02-29 12:34:56.123456'")
        #expect(try BinlogValueLiteral.literal(.timestamp(seconds: 2_147_483_647, microseconds: 0), column: Self.column("timestamp")) == "'2038-01-19 03:14:07'")
        #expect(try BinlogValueLiteral.literal(.timestamp(seconds: 0, microseconds: 0), column: Self.column("timestamp")) == "'0000-00-00 00:00:00'")
    }
}
