import Foundation
import MariaDBHarness
import MySQLBinlog
import MySQLClient
import Testing

/// The oracle: a generated workload on a real MariaDB, decoded by this decoder and by
/// `mariadb-binlog --verbose --base64-output=decode-rows`; every row value must print the same.
@Suite(.timeLimit(.minutes(3))) struct OracleTests {
    static let columns = [
        "ti TINYINT", "tu TINYINT UNSIGNED", "si SMALLINT", "su SMALLINT UNSIGNED", "mi MEDIUMINT", "mu MEDIUMINT UNSIGNED", "i INT", "iu INT UNSIGNED",
        "bi BIGINT", "bu BIGINT UNSIGNED", "f FLOAT", "d DOUBLE", "dc DECIMAL(20,6)", "dw DECIMAL(65,30)", "dz DECIMAL(5,0)", "dt DATE",
        "t0 TIME", "t3 TIME(3)", "t6 TIME(6)", "dt0 DATETIME", "dt2 DATETIME(2)", "dt6 DATETIME(6)", "ts0 TIMESTAMP NULL", "ts4 TIMESTAMP(4) NULL",
        "y YEAR", "b1 BIT(1)", "b64 BIT(64)", "e ENUM('a','b','c')", "s SET('x','y','z')", "c CHAR(10)", "c4 CHAR(100) CHARACTER SET utf8mb4",
        "vc VARCHAR(20)", "vl VARCHAR(400) CHARACTER SET utf8mb4", "bn BINARY(4)", "vb VARBINARY(300)", "tb TINYBLOB", "bl BLOB", "mb MEDIUMBLOB",
        "tx TEXT CHARACTER SET utf8mb4", "j JSON", "g GEOMETRY",
    ]

    /// Edge rows, then seeded random ones. Each value is SQL text for its column.
    static func rows() -> [[String]] {
        var rows: [[String]] = [
            [
                "-128", "255", "-32768", "65535", "-8388608", "16777215", "-2147483648", "4294967295", "-9223372036854775808", "18446744073709551615",
                "-1.5e38", "2.2250738585072014e-308", "-99999999999999.999999", "-12345678901234567890123456789012345.123456789012345678901234567890",
                "0", "'0000-00-00'", "'-838:59:59'", "'-00:00:00.5'", "'838:59:59.999999'", "'0000-00-00 00:00:00'", "'1000-01-01 00:00:00.01'",
                "'9999-12-31 23:59:59.999999'", "'1970-01-01 00:00:01'", "'2038-01-19 03:14:07.9999'", "0", "b'1'", "b'1111111111111111111111111111111111111111111111111111111111111111'",
                "'c'", "''", "''", "'🐬🐬🐬'", "''", "CONCAT(REPEAT('é', 150), '𝄞')", "x'00000000'", "x''", "''", "x'00ff00'", "REPEAT('m', 70000)",
                "'ünï\\n\\t'", "'{\"a\": [1, 2.5, null, true, {\"b\": \"c\"}], \"d\": -1e300}'", "ST_GeomFromText('POLYGON((0 0,1 0,1 1,0 0))')",
            ],
            Array(repeating: "NULL", count: 41),
        ]
        var rng = SplitMix64(seed: 42)
        func r(_ n: UInt64) -> UInt64 { rng.next() % n }
        for _ in 0..<150 {
            let sign = r(2) == 0 ? "-" : ""
            rows.append([
                "\(sign)\(r(128))", "\(r(256))", "\(sign)\(r(32768))", "\(r(65536))", "\(sign)\(r(8_388_608))", "\(r(16_777_216))",
                "\(sign)\(r(2_147_483_648))", "\(r(4_294_967_296))", "\(sign)\(r(UInt64(Int64.max)))", "\(rng.next())",
                "\(sign)\(r(1_000_000)).\(r(100))", "\(sign)\(r(1_000_000_000)).\(r(1_000_000))e\(r(20))", "\(sign)\(r(100_000_000_000_000)).\(r(1_000_000))",
                "\(sign)\(rng.next())\(rng.next()).\(rng.next())", "\(sign)\(r(100_000))", "'\(1000 + r(9000))-\(1 + r(12))-\(1 + r(28))'",
                "'\(sign)\(r(839)):\(r(60)):\(r(60))'", "'\(sign)\(r(839)):\(r(60)):\(r(60)).\(r(1000))'", "'\(sign)\(r(839)):\(r(60)):\(r(60)).\(r(1_000_000))'",
                "'\(1000 + r(9000))-\(1 + r(12))-\(1 + r(28)) \(r(24)):\(r(60)):\(r(60))'", "'\(1000 + r(9000))-\(1 + r(12))-\(1 + r(28)) \(r(24)):\(r(60)):\(r(60)).\(r(100))'",
                "'\(1000 + r(9000))-\(1 + r(12))-\(1 + r(28)) \(r(24)):\(r(60)):\(r(60)).\(r(1_000_000))'",
                "FROM_UNIXTIME(\(1 + r(2_000_000_000)))", "FROM_UNIXTIME(\(1 + r(2_000_000_000)).\(r(10000)))", "\(1901 + r(255))",
                "b'\(r(2))'", "\(rng.next())", "'\(["a", "b", "c"][Int(r(3))])'", "'\(["x", "y,z", "x,y,z", ""][Int(r(4))])'",
                "'c\(r(1000))'", "'\(String(repeating: "ß", count: Int(r(50))))'", "'v\(r(100))'", "REPEAT('ж', \(r(400)))", "x'\(String(r(UInt64(UInt32.max)), radix: 16).leftPad(8))'",
                "REPEAT(x'00ab', \(r(150)))", "REPEAT('t', \(r(255)))", "REPEAT(x'fe', \(r(3000)))", "REPEAT('M', \(r(100_000)))", "REPEAT('文', \(r(500)))",
                "'[\(r(100)), \"s\(r(10))\", {\"k\": \(sign)\(r(1000)).5}]'", "ST_GeomFromText('POINT(\(r(100)) \(r(100)))')",
            ])
        }
        return rows
    }

    @Test func everyRowValueAgreesWithMariaDBBinlog() async throws {
        try await withMariaDB(options: MariaDBServerOptions(extraArguments: ["--max-allowed-packet=64M"])) { server in
            let connection = try await MySQLConnection.connect(
                configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
            _ = try await connection.query("CREATE DATABASE o")
            try await connection.selectDatabase("o")
            _ = try await connection.query("SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION', time_zone = '+00:00'")
            _ = try await connection.query("CREATE TABLE w (id INT PRIMARY KEY, \(Self.columns.joined(separator: ", ")))")
            for (i, row) in Self.rows().enumerated() {
                _ = try await connection.query("INSERT INTO w VALUES (\(i), \(row.joined(separator: ", ")))")
            }
            _ = try await connection.query("UPDATE w SET vc = CONCAT('u', id), dc = -dc, j = '{\"updated\": true}' WHERE id % 3 = 0")
            _ = try await connection.query("DELETE FROM w WHERE id % 5 = 0")
            _ = try await connection.query("FLUSH BINARY LOGS")
            let files = try await connection.query("SHOW BINARY LOGS").rows.map { server.dataDirectory.appendingPathComponent(try $0[0].string ?? "").path }
            try await connection.close()

            var ours: [String] = []
            for file in files {
                var reader = try BinlogFileReader(path: file)
                var decoder = BinlogDecoder()
                var maps: [UInt64: TableMapEvent] = [:]
                while let (_, bytes) = try reader.next() {
                    let event = try decoder.decode(bytes)
                    if case .tableMap(let map) = event.body { maps[map.tableID] = map }
                    guard case .rows(let rows) = event.body, let map = maps[rows.tableID] else { continue }
                    ours += MariaDBBinlogText.lines(rows, map: map).map(\.line)
                }
            }
            let theirs = MariaDBBinlogText.valueLines(try #require(try MariaDBBinlogText.run(files)))
            #expect(ours.count > 150 * 42)
            #expect(ours.count == theirs.count)
            let mismatches = zip(ours, theirs).enumerated().filter { $0.element.0 != $0.element.1 }
            #expect(mismatches.isEmpty, "\(mismatches.count) values differ; first: \(mismatches.prefix(3).map { "ours \($0.element.0) / mariadb-binlog \($0.element.1)" })")
        }
    }

}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    func leftPad(_ width: Int) -> String { String(repeating: "0", count: max(0, width - self.count)) + self }
}
