import Foundation
import MariaDBHarness
import MySQLClient
import MySQLProtocol
import Testing

@Suite struct ConnectionTests {
    @Test func connectAndQuery() async throws {
        try await TestServer.withConnection { connection in
            #expect(connection.isMariaDB)
            #expect(connection.capabilities.contains(.deprecateEOF))
            let result = try await connection.query("SELECT 1 AS one, 'héllo' AS s, NULL AS n, CONNECTION_ID() AS id, -5 AS neg")
            #expect(result.rows.count == 1)
            let row = try #require(result.rows.first)
            #expect(try row["one"].int == 1)
            #expect(try row["s"].string == "héllo")
            #expect(try row["n"].isNull)
            #expect(try row["neg"].int64 == -5)
            #expect(try row["id"].uint64 == UInt64(connection.connectionID))
            #expect(result.columns?.definitions.map(\.name) == ["one", "s", "n", "id", "neg"])
        }
    }

    @Test func okPacketDetails() async throws {
        try await TestServer.withConnection { connection in
            _ = try await connection.query("CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v INT)")
            let insert = try await connection.query("INSERT INTO t (v) VALUES (1), (2), (3)")
            #expect(insert.affectedRows == 3)
            #expect(insert.lastInsertID == 1)
            let update = try await connection.query("UPDATE t SET v = v + 1 WHERE v >= 2")
            #expect(update.affectedRows == 2)
            #expect(update.resultSets[0].info.contains("Rows matched: 2"))
            let warned = try await connection.query("SELECT CAST('12abc' AS SIGNED)")
            #expect(warned.warnings == 1)
            #expect(try warned.rows[0][0].int == 12)
        }
    }

    @Test func serverErrorsAreTypedAndTheConnectionStaysUsable() async throws {
        try await TestServer.withConnection { connection in
            let error = try await #require(throws: MySQLError.self) { try await connection.query("SELEC 1") }
            #expect(error.code == .server)
            #expect(error.errorNumber == 1064)
            #expect(error.sqlState == "42000")
            #expect(error.query == "SELEC 1")
            #expect(error.message.contains("syntax"))
            let missing = try await #require(throws: MySQLError.self) { try await connection.query("SELECT * FROM no_such_table") }
            #expect(missing.errorNumber == 1146)
            #expect(missing.sqlState == "42S02")
            #expect(try await connection.query("SELECT 2").rows[0][0].int == 2)
        }
    }

    @Test func multipleResultSets() async throws {
        try await TestServer.withConnection({ $0.multiStatements = true }) { connection in
            let result = try await connection.query("CREATE TABLE m (x INT); INSERT INTO m VALUES (1),(2); SELECT x FROM m ORDER BY x; SELECT 'a', 'b'")
            #expect(result.resultSets.count == 4)
            #expect(result.resultSets[1].affectedRows == 2)
            #expect(try result.resultSets[2].rows.map { try $0[0].int } == [1, 2])
            #expect(try result.resultSets[3].rows[0].values.map(\.string) == ["a", "b"])
            // A stored procedure returns its result sets and a final OK.
            _ = try await connection.query("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2, 3; END")
            let call = try await connection.query("CALL p()")
            #expect(call.resultSets.count == 3)
            #expect(try call.resultSets[1].rows[0][1].int == 3)
            #expect(call.resultSets[2].columns == nil)
        }
    }

    @Test func errorInALaterStatementKeepsEarlierResults() async throws {
        try await TestServer.withConnection({ $0.multiStatements = true }) { connection in
            let error = try await #require(throws: MySQLError.self) { try await connection.query("SELECT 1; SELECT * FROM nope; SELECT 3") }
            #expect(error.errorNumber == 1146)
            #expect(try await connection.query("SELECT 4").rows[0][0].int == 4)
        }
    }

    @Test func simpleCommands() async throws {
        try await TestServer.withConnection(scratch: false) { connection in
            try await connection.ping()
            let schema = try await TestServer.server().createScratchDatabase()
            try await connection.selectDatabase(schema)
            #expect(try await connection.query("SELECT DATABASE()").rows[0][0].string == schema)
            let error = try await #require(throws: MySQLError.self) { try await connection.selectDatabase("no_such_db_x") }
            #expect(error.errorNumber == 1049)

            _ = try await connection.query("SET @v = 42")
            #expect(try await connection.query("SELECT @v").rows[0][0].int == 42)
            try await connection.resetConnection()
            #expect(try await connection.query("SELECT @v").rows[0][0].isNull)

            try await connection.close()
            #expect(connection.isClosed)
            let closed = try await #require(throws: MySQLError.self) { try await connection.query("SELECT 1") }
            #expect(closed.code == .connectionClosed)
        }
    }

    @Test(.timeLimit(.minutes(1))) func commandsOnAConnectionTheServerKilledFailPromptly() async throws {
        let (connection, _) = try await TestServer.connect(scratch: false)
        try await TestServer.server().cli("KILL \(connection.connectionID)")
        for _ in 0..<100 where !connection.isClosed { try await Task.sleep(for: .milliseconds(20)) }
        #expect(connection.isClosed)
        for attempt in 0..<3 {
            let error = try await #require(throws: MySQLError.self, "attempt \(attempt)") { try await connection.ping() }
            #expect(error.code == .connectionClosed)
            await #expect(throws: MySQLError.self) { try await connection.query("SELECT 1") }
            await #expect(throws: MySQLError.self) { try await connection.prepare("SELECT 1") }
            await #expect(throws: MySQLError.self) { try await connection.streamQuery("SELECT 1") }
        }
        try await connection.close()
    }

    @Test func concurrentCommandsOnOneConnectionRunInOrder() async throws {
        try await TestServer.withConnection(scratch: false) { connection in
            let values = try await withThrowingTaskGroup(of: (Int, Int?).self) { group in
                for i in 0..<50 {
                    group.addTask { (i, try await connection.query("SELECT \(i)").rows[0][0].int) }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            #expect(values.count == 50)
            #expect(values.allSatisfy { $0.key == $0.value })
        }
    }

    @Test func unreachableServerIsAClearError() async throws {
        let port = try await TestServer.server().port
        // Nothing listens on port 1 of loopback.
        let error = try await #require(throws: MySQLError.self) {
            try await MySQLConnection.connect(configuration: .init(host: "127.0.0.1", port: 1, username: "root"))
        }
        #expect(error.code == .connectFailed)
        #expect(error.message.contains("127.0.0.1:1"))
        #expect(port != 1)
    }

    @Test func largeValuesCrossThe16MiBPacketBoundary() async throws {
        try await TestServer.withConnection { connection in
            _ = try await connection.query("CREATE TABLE big (id INT PRIMARY KEY, b LONGBLOB)")
            let size = 20 * 1024 * 1024
            var bytes = [UInt8](repeating: 0, count: size)
            for i in 0..<size { bytes[i] = UInt8(truncatingIfNeeded: i &* 7 &+ i >> 9) }
            let insert = try await connection.prepare("INSERT INTO big VALUES (?, ?)")
            _ = try await insert.execute([1, MySQLData(bytes: bytes)])
            // Text protocol read (row packet > 16 MiB).
            let text = try await connection.query("SELECT b, LENGTH(b), MD5(b) FROM big WHERE id = 1")
            #expect(try text.rows[0][1].int == size)
            #expect(try text.rows[0][0].bytes == bytes)
            // Binary protocol read.
            let select = try await connection.prepare("SELECT b FROM big WHERE id = ?")
            #expect(try await select.execute([1]).rows[0][0].bytes == bytes)
            // A statement of exactly 0xFFFFFF bytes needs a trailing empty frame.
            let filler = String(repeating: " ", count: 0xFF_FFFF - 1 - "SELECT 7".utf8.count)
            #expect(try await connection.query("SELECT 7" + filler).rows[0][0].int == 7)
        }
    }
}
