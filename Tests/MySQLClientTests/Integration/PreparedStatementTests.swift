import MySQLClient
import MySQLProtocol
import Testing

@Suite struct PreparedStatementTests {
    static let table = """
        CREATE TABLE types (
          id INT PRIMARY KEY,
          ti TINYINT, tiu TINYINT UNSIGNED, si SMALLINT, siu SMALLINT UNSIGNED, mi MEDIUMINT, mu MEDIUMINT UNSIGNED,
          i INT, iu INT UNSIGNED, bi BIGINT, biu BIGINT UNSIGNED,
          f FLOAT, d DOUBLE, dec1 DECIMAL(30,10),
          dt DATE, tm TIME(6), dtm DATETIME(6), ts TIMESTAMP(6) NULL, y YEAR,
          b BIT(12), e ENUM('a','b','c'), st SET('x','y','z'),
          c CHAR(5), vc VARCHAR(100), bin BINARY(4), vb VARBINARY(300),
          tb TINYBLOB, bl BLOB, mb MEDIUMBLOB, lb LONGBLOB, tx TEXT CHARACTER SET utf8mb4, j JSON, l1 VARCHAR(10) CHARACTER SET latin1,
          g GEOMETRY
        )
        """

    static let allBytes = (0...255).map { UInt8($0) }

    /// One row of extreme values, bound through the binary protocol.
    static var extremes: [MySQLData] {
        [
            1,
            MySQLData(int8: -128), MySQLData(uint8: 255), MySQLData(int16: -32768), MySQLData(uint16: 65535), MySQLData(int32: -8_388_608),
            MySQLData(uint32: 16_777_215),
            MySQLData(int32: Int32.min), MySQLData(uint32: UInt32.max), MySQLData(int64: Int64.min), MySQLData(uint64: UInt64.max),
            MySQLData(float: 1.5), MySQLData(double: -2.25e-300), MySQLData(decimal: "-12345678901234567890.0123456789"),
            MySQLData(time: MySQLTime(year: 1999, month: 12, day: 31), type: .date),
            MySQLData(time: MySQLTime(hour: 838, minute: 59, second: 59, microsecond: 0, isNegative: true), type: .time),
            MySQLData(time: MySQLTime(year: 2038, month: 1, day: 19, hour: 3, minute: 14, second: 7, microsecond: 999_999)),
            MySQLData(time: MySQLTime(year: 2001, month: 2, day: 3, hour: 4, minute: 5, second: 6, microsecond: 7), type: .timestamp),
            MySQLData(int16: 2155),
            MySQLData(bytes: [0x0A, 0xBC], type: .bit), "c", "x,z",
            "abc", "ünïcödé ✓ 🐬", MySQLData(bytes: [0, 1, 0xFE, 0xFF]), MySQLData(bytes: allBytes),
            MySQLData(bytes: [0xFF]), MySQLData(bytes: allBytes), MySQLData(bytes: allBytes + allBytes), MySQLData(bytes: []),
            "text with 'quotes' and \\ backslash", #"{"k": [1, 2.5, "v"]}"#, "café",
            nil,
        ]
    }

    @Test func everyTypeRoundTripsThroughTheBinaryProtocol() async throws {
        try await TestServer.withConnection { connection in
            _ = try await connection.query(Self.table)
            let placeholders = Array(repeating: "?", count: 34).joined(separator: ",")
            let insert = try await connection.prepare("INSERT INTO types VALUES (\(placeholders))")
            #expect(insert.parameters.count == 34)
            _ = try await insert.execute(Self.extremes)
            // All NULL except the key.
            _ = try await insert.execute([2] + Array(repeating: MySQLData.null, count: 33))
            _ = try await connection.query("UPDATE types SET g = ST_GeomFromText('POINT(1 2)') WHERE id = 1")

            let select = try await connection.prepare("SELECT * FROM types WHERE id = ?")
            #expect(select.columns.count == 34)
            let binary = try await select.execute([1]).rows[0].values
            let text = try await connection.query("SELECT * FROM types WHERE id = 1").rows[0].values
            for row in [binary, text] {
                #expect(row[1].int64 == -128)
                #expect(row[2].uint64 == 255)
                #expect(row[3].int64 == -32768)
                #expect(row[4].uint64 == 65535)
                #expect(row[5].int64 == -8_388_608)
                #expect(row[6].uint64 == 16_777_215)
                #expect(row[7].int64 == Int64(Int32.min))
                #expect(row[8].uint64 == UInt64(UInt32.max))
                #expect(row[9].int64 == Int64.min)
                #expect(row[10].uint64 == UInt64.max)
                #expect(row[11].float == 1.5)
                #expect(row[12].double == -2.25e-300)
                #expect(row[13].decimalString == "-12345678901234567890.0123456789")
                #expect(row[14].time == MySQLTime(year: 1999, month: 12, day: 31))
                #expect(row[15].time == MySQLTime(hour: 838, minute: 59, second: 59, isNegative: true))
                #expect(row[16].time == MySQLTime(year: 2038, month: 1, day: 19, hour: 3, minute: 14, second: 7, microsecond: 999_999))
                #expect(row[17].time == MySQLTime(year: 2001, month: 2, day: 3, hour: 4, minute: 5, second: 6, microsecond: 7))
                #expect(row[18].int == 2155)
                #expect(row[19].uint64 == 0x0ABC)
                #expect(row[20].string == "c")
                #expect(row[21].string == "x,z")
                #expect(row[22].string == "abc")
                #expect(row[23].string == "ünïcödé ✓ 🐬")
                #expect(row[24].bytes == [0, 1, 0xFE, 0xFF])
                #expect(row[25].bytes == Self.allBytes)
                #expect(row[26].bytes == [0xFF])
                #expect(row[27].bytes == Self.allBytes)
                #expect(row[28].bytes == Self.allBytes + Self.allBytes)
                #expect(row[29].bytes == [])
                #expect(!row[29].isNull, "an empty blob is not NULL")
                #expect(row[30].string == "text with 'quotes' and \\ backslash")
                #expect(row[31].string == #"{"k": [1, 2.5, "v"]}"#)
                #expect(row[32].string == "café", "stored as latin1, converted both ways by the server")
                // MariaDB sends geometry as SRID (4 bytes) + WKB: point(1, 2).
                #expect(row[33].bytes == [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x40])
            }
            #expect(binary[1].format == .binary)
            #expect(binary[25].collation == 63, "blobs are binary")
            #expect(binary[23].collation != 63, "text carries its collation")
            let nulls = try await select.execute([2]).rows[0].values
            #expect(nulls.dropFirst().allSatisfy { $0.isNull })
            try await select.close()
            try await insert.close()
        }
    }

    @Test func textValuesCanBeBoundBack() async throws {
        // Values read with the text protocol go back unchanged as parameters.
        try await TestServer.withConnection { connection in
            _ = try await connection.query("CREATE TABLE c (a BIGINT, b DATETIME(3), c DOUBLE)")
            let source = try await connection.query("SELECT -42, '2020-02-02 02:02:02.123', 0.5").rows[0].values
            let insert = try await connection.prepare("INSERT INTO c VALUES (?, ?, ?)")
            _ = try await insert.execute(source)
            let back = try await connection.query("SELECT * FROM c").rows[0].values
            #expect(back.map(\.string) == ["-42", "2020-02-02 02:02:02.123", "0.5"])
        }
    }

    @Test func arityMismatchIsRejectedBeforeSending() async throws {
        try await TestServer.withConnection(scratch: false) { connection in
            let statement = try await connection.prepare("SELECT ? + ?")
            let error = try await #require(throws: MySQLError.self) { try await statement.execute([1]) }
            #expect(error.code == .invalidArgument)
            #expect(try await statement.execute([1, 2]).rows[0][0].int == 3)
        }
    }

    @Test func resetCloseAndErrors() async throws {
        try await TestServer.withConnection(scratch: false) { connection in
            let prepareError = try await #require(throws: MySQLError.self) { try await connection.prepare("SELECT FROM WHERE") }
            #expect(prepareError.errorNumber == 1064)
            let statement = try await connection.prepare("SELECT ?")
            try await statement.reset()
            #expect(try await statement.execute(["x"]).rows[0][0].string == "x")
            try await statement.close()
            // Executing a closed statement is refused by the server (unknown statement handler).
            let closed = try await #require(throws: MySQLError.self) { try await statement.execute(["y"]) }
            #expect(closed.errorNumber == 1243)
            try await connection.ping()
        }
    }

    @Test func multiRowInsertWithManyParameters() async throws {
        try await TestServer.withConnection { connection in
            _ = try await connection.query("CREATE TABLE r (id INT PRIMARY KEY, v VARCHAR(20))")
            let rows = 500
            let insert = try await connection.prepare("INSERT INTO r VALUES " + Array(repeating: "(?, ?)", count: rows).joined(separator: ","))
            var values: [MySQLData] = []
            for i in 0..<rows { values += [MySQLData(int: i), MySQLData(string: "v\(i)")] }
            let result = try await insert.execute(values)
            #expect(result.affectedRows == UInt64(rows))
            #expect(try await connection.query("SELECT COUNT(*), SUM(id) FROM r").rows[0].values.map(\.int) == [rows, rows * (rows - 1) / 2])
        }
    }
}
