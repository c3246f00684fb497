import Foundation
import MariaDBHarness
import MySQLBinlog
import MySQLClient
import Testing

/// Decodes binlogs written by a real MariaDB: the rows read back equal the rows written.
@Suite(.timeLimit(.minutes(3))) struct LiveBinlogTests {
    static let table = """
        CREATE TABLE t (
          id INT PRIMARY KEY, ti TINYINT, tu TINYINT UNSIGNED, si SMALLINT, mi MEDIUMINT, mu MEDIUMINT UNSIGNED, i INT, iu INT UNSIGNED,
          bi BIGINT, bu BIGINT UNSIGNED, f FLOAT, d DOUBLE, dec1 DECIMAL(10,2), dec2 DECIMAL(65,30), dt DATE, tm TIME(3), dtm DATETIME(6),
          ts TIMESTAMP(2) NULL, y YEAR, b BIT(10), e ENUM('x','y','z'), s SET('a','b','c'), c CHAR(3), vc VARCHAR(300), vb VARBINARY(10),
          bl BLOB, tx TEXT, j JSON
        )
        """
    static let insert = """
        INSERT INTO t VALUES
          (1, -128, 255, -32768, -8388608, 16777215, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615,
           1.5, -2.25, -12345678.90, -12345678901234567890123456789012345.123456789012345678901234567890, '2024-02-29', '-838:59:59.999',
           '2038-01-19 03:14:07.999999', '2001-02-03 04:05:06.78', 2155, b'1010101010', 'z', 'a,c', 'ab', 'ünï 🐬', x'00ff',
           x'000102', 'text', '{"k": [1, "v"]}'),
          (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL)
        """

    static func expectedFirstRow() -> [BinlogValue?] {
        [
            .int(1), .int(-128), .uint(255), .int(-32768), .int(-8_388_608), .uint(16_777_215), .int(-2_147_483_648), .uint(4_294_967_295),
            .int(Int64.min), .uint(UInt64.max), .float(1.5), .double(-2.25), .decimal("-12345678.90"),
            .decimal("-12345678901234567890123456789012345.123456789012345678901234567890"),
            .temporal(BinlogTime(kind: .date, year: 2024, month: 2, day: 29)),
            .temporal(BinlogTime(kind: .time, isNegative: true, hour: 838, minute: 59, second: 59, microsecond: 999_000, precision: 3)),
            .temporal(BinlogTime(kind: .datetime, year: 2038, month: 1, day: 19, hour: 3, minute: 14, second: 7, microsecond: 999_999, precision: 6)),
            nil,  // TIMESTAMP depends on the server's time zone: checked separately
            .year(2155), .bit(0b10_1010_1010), .enumIndex(3), .setBits(0b101), .bytes(Array("ab".utf8)), .bytes(Array("ünï 🐬".utf8)),
            .bytes([0, 0xFF]), .bytes([0, 1, 2]), .bytes(Array("text".utf8)), .bytes(Array(#"{"k": [1, "v"]}"#.utf8)),
        ]
    }

    /// Every event of the server's binlog files, in order.
    static func decodeFiles(_ files: [String], of server: MariaDBServer) throws -> [BinlogEvent] {
        var events: [BinlogEvent] = []
        for file in files {
            var reader = try BinlogFileReader(path: server.dataDirectory.appendingPathComponent(file).path)
            var decoder = BinlogDecoder()
            while let (position, bytes) = try reader.next() { events.append(try decoder.decode(bytes, position: position)) }
        }
        return events
    }

    func workload(_ server: MariaDBServer) async throws -> MySQLConnection {
        let connection = try await MySQLConnection.connect(
            configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
        _ = try await connection.query("CREATE DATABASE b")
        try await connection.selectDatabase("b")
        _ = try await connection.query("SET time_zone = '+00:00'")
        _ = try await connection.query(Self.table)
        _ = try await connection.query(Self.insert)
        _ = try await connection.query("UPDATE t SET vc = 'changed', i = i + 1 WHERE id = 1")
        _ = try await connection.query("DELETE FROM t WHERE id = 2")
        return connection
    }

    func check(_ events: [BinlogEvent]) throws {
        let rows = events.compactMap { event -> RowsEvent? in
            if case .rows(let rows) = event.body, rows.table == "t" { return rows }
            return nil
        }
        #expect(rows.map(\.kind) == [.write, .update, .delete])
        let written = try #require(rows.first?.rows)
        #expect(written.count == 2)
        let first = try #require(written[0].after)
        for (index, expected) in Self.expectedFirstRow().enumerated() {
            guard let expected else { continue }
            #expect(first[index] == expected, "column \(index)")
        }
        #expect(first[17] == .timestamp(seconds: 981_173_106, microseconds: 780_000))
        #expect(written[1].after?.dropFirst().allSatisfy { $0 == .null } == true)
        let update = try #require(rows[1].rows.first)
        #expect(update.before?[23] == .bytes(Array("ünï 🐬".utf8)))
        #expect(update.after?[23] == .bytes(Array("changed".utf8)))
        #expect(update.after?[6] == .int(-2_147_483_647))
        #expect(rows[2].rows.first?.before?[0] == .int(2))
        let queries = events.compactMap { event -> String? in
            if case .query(let q) = event.body { return q.queryText }
            return nil
        }
        #expect(queries.contains { $0.contains("CREATE TABLE t") })
    }

    @Test func decodeTheServersBinlogFiles() async throws {
        try await withMariaDB(options: MariaDBServerOptions(extraArguments: ["--binlog-row-metadata=FULL"])) { server in
            let connection = try await workload(server)
            _ = try await connection.query("FLUSH BINARY LOGS")
            let files = try await connection.query("SHOW BINARY LOGS").rows.map { try $0[0].string ?? "" }
            try await connection.close()
            let events = try Self.decodeFiles(files, of: server)
            try check(events)
            let names = events.compactMap { event -> [String]? in
                if case .tableMap(let map) = event.body, map.table == "t" { return map.optional.columnNames }
                return nil
            }
            #expect(names.first?.prefix(3) == ["id", "ti", "tu"], "binlog_row_metadata=FULL logs column names")
        }
    }

    @Test func mariadbCompressedEvents() async throws {
        let options = MariaDBServerOptions(extraArguments: ["--binlog-row-metadata=FULL", "--log-bin-compress=ON", "--log-bin-compress-min-len=10"])
        try await withMariaDB(options: options) { server in
            let connection = try await workload(server)
            _ = try await connection.query("FLUSH BINARY LOGS")
            let files = try await connection.query("SHOW BINARY LOGS").rows.map { try $0[0].string ?? "" }
            try await connection.close()
            let events = try Self.decodeFiles(files, of: server)
            // The DELETE of an all-NULL row is below the 10-byte threshold and stays uncompressed.
            let compressedTypes: Set<BinlogEventType> = [.mariadbQueryCompressed, .mariadbWriteRowsCompressedV1, .mariadbUpdateRowsCompressedV1]
            let seen = Set(events.map(\.header.type))
            #expect(seen.isSuperset(of: compressedTypes), "the server wrote compressed events: \(seen)")
            try check(events)
        }
    }

    /// Events streamed from the server, written with `BinlogFileWriter`, read back identical by
    /// our reader and readable by `mariadb-binlog` (the relay-log path).
    @Test func streamedEventsWrittenToAFileReadBack() async throws {
        try await withMariaDB(options: MariaDBServerOptions(extraArguments: ["--binlog-row-metadata=FULL"])) { server in
            let connection = try await workload(server)
            let file = try await connection.query("SHOW BINARY LOGS").rows[0][0].string ?? ""
            try await connection.close()
            let replica = try await MySQLConnection.connect(
                configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("relay-\(UUID().uuidString).000001").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            var writer = try BinlogFileWriter(path: path)
            var streamed: [[UInt8]] = []
            for try await buffer in try await replica.startBinlogStream(.init(start: .position(file: file, position: 4), serverID: 97, stopAtEnd: true)) {
                let bytes = Array(buffer.readableBytesView)
                // The server's first event is an artificial ROTATE (log_pos 0) that is no part of the file.
                if bytes[4] == BinlogEventType.rotate.rawValue && bytes[13..<17].allSatisfy({ $0 == 0 }) { continue }
                streamed.append(bytes)
                try writer.append(bytes)
            }
            try writer.close()
            try? await replica.close()
            var reader = try BinlogFileReader(path: path)
            var decoder = BinlogDecoder()
            var readBack: [[UInt8]] = []
            var events: [BinlogEvent] = []
            while let (_, bytes) = try reader.next() {
                readBack.append(bytes)
                events.append(try decoder.decode(bytes))
            }
            #expect(readBack == streamed)
            try check(events)
            let theirs = try #require(try MariaDBBinlogText.run([path]))
            #expect(theirs.contains("### INSERT INTO `b`.`t`"))
        }
    }

    /// MariaDB's COMPRESSED columns: short values are stored plain, long ones deflated.
    @Test func mariadbCompressedColumns() async throws {
        try await withMariaDB { server in
            let connection = try await MySQLConnection.connect(
                configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
            _ = try await connection.query("CREATE DATABASE cc")
            try await connection.selectDatabase("cc")
            _ = try await connection.query("CREATE TABLE c (id INT PRIMARY KEY, t TEXT COMPRESSED, v VARCHAR(1000) COMPRESSED, b BLOB COMPRESSED)")
            let long = String(repeating: "compress me ", count: 80)
            _ = try await connection.query("INSERT INTO c VALUES (1, 'short', 'tiny', x'0001'), (2, '\(long)', '\(long)', REPEAT(x'ab', 5000)), (3, '', '', NULL)")
            _ = try await connection.query("SET SESSION column_compression_zlib_wrap = ON")
            _ = try await connection.query("INSERT INTO c VALUES (4, '\(long)', '\(long)', NULL)")
            let file = try await connection.query("SHOW MASTER STATUS").rows[0][0].string ?? ""
            try await connection.close()
            var reader = try BinlogFileReader(path: server.dataDirectory.appendingPathComponent(file).path)
            var decoder = BinlogDecoder()
            var rows: [[BinlogValue?]] = []
            while let (_, bytes) = try reader.next() {
                if case .rows(let r) = try decoder.decode(bytes).body, r.table == "c" { rows += r.rows.compactMap(\.after) }
            }
            let longBytes = BinlogValue.bytes(Array(long.utf8))
            #expect(rows.count == 4)
            #expect(rows.first == [.int(1), .bytes(Array("short".utf8)), .bytes(Array("tiny".utf8)), .bytes([0, 1])])
            #expect(rows.dropFirst().first == [.int(2), longBytes, longBytes, .bytes(Array(repeating: 0xAB, count: 5000))])
            #expect(rows.dropFirst(2).first == [.int(3), .bytes([]), .bytes([]), .null])
            #expect(rows.last == [.int(4), longBytes, longBytes, .null])
        }
    }

    @Test func streamFromTheServerByPositionAndByGTID() async throws {
        try await withMariaDB(options: MariaDBServerOptions(extraArguments: ["--binlog-row-metadata=FULL"])) { server in
            let connection = try await workload(server)
            let file = try await connection.query("SHOW BINARY LOGS").rows[0][0].string ?? ""
            try await connection.close()
            for start in [MySQLBinlogRequest.Start.position(file: file, position: 4), .mariadbGTID("")] {
                let replica = try await MySQLConnection.connect(
                    configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
                let raw = try await replica.startBinlogStream(.init(start: start, serverID: 99, stopAtEnd: true))
                #expect(raw.checksums)
                var events: [BinlogEvent] = []
                var gtids = 0
                for try await (_, _, event) in BinlogEventStream(raw, startFile: file) {
                    events.append(event)
                    if case .mariadbGTID = event.body { gtids += 1 }
                }
                try check(events)
                #expect(gtids >= 5)
                try? await replica.close()
            }
        }
    }

    /// With `stopAtEnd` off the stream waits for new events; an idle log sends heartbeats, and
    /// events written later arrive on the same stream.
    @Test func waitingStreamGetsHeartbeatsAndNewEvents() async throws {
        try await withMariaDB { server in
            let writer = try await MySQLConnection.connect(
                configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
            let file = try await writer.query("SHOW MASTER STATUS").rows[0][0].string ?? ""
            let replica = try await MySQLConnection.connect(
                configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
            let raw = try await replica.startBinlogStream(.init(start: .position(file: file, position: 4), serverID: 77, heartbeatPeriod: .milliseconds(300)))
            var sawHeartbeat = false
            var sawLater = false
            var wrote = false
            for try await (_, _, event) in BinlogEventStream(raw, startFile: file) {
                if case .heartbeat = event.body, !wrote {
                    sawHeartbeat = true
                    wrote = true
                    _ = try await writer.query("CREATE DATABASE later_db")
                }
                if case .query(let q) = event.body, q.queryText.contains("later_db") {
                    sawLater = true
                    break
                }
            }
            #expect(sawHeartbeat)
            #expect(sawLater)
            try? await writer.close()
            try? await replica.close()
        }
    }

    /// A server that stops answering (SIGSTOP) ends the stream with an error after two missed
    /// heartbeats, instead of a wait forever.
    @Test func silentServerEndsTheStream() async throws {
        try await withMariaDB { server in
            let replica = try await MySQLConnection.connect(
                configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
            let file = try await replica.query("SHOW MASTER STATUS").rows[0][0].string ?? ""
            let raw = try await replica.startBinlogStream(.init(start: .position(file: file, position: 4), serverID: 76, heartbeatPeriod: .milliseconds(300)))
            var stoppedAt: ContinuousClock.Instant?
            let error = await #expect(throws: MySQLError.self) {
                for try await (_, _, event) in BinlogEventStream(raw, startFile: file) {
                    if case .heartbeat = event.body, stoppedAt == nil {
                        stoppedAt = .now
                        kill(server.pid, SIGSTOP)
                    }
                }
            }
            kill(server.pid, SIGCONT)
            #expect(error?.code == .connectionClosed)
            // Detection takes two heartbeat periods plus 5 s of grace; measured from the stop,
            // with room for a loaded machine.
            let stopped = try #require(stoppedAt)
            #expect(ContinuousClock.now - stopped < .seconds(15))
        }
    }

    @Test func purgedFileIsAClearError() async throws {
        let server = try await MariaDBHarness.sharedServer()
        let replica = try await MySQLConnection.connect(
            configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
        let error = await #expect(throws: MySQLError.self) {
            for try await _ in try await replica.startBinlogStream(.init(start: .position(file: "mysql-bin.999999", position: 4), serverID: 98, stopAtEnd: true)) {}
        }
        #expect(error?.errorNumber == 1236)
        try? await replica.close()
    }
}
