import Foundation
import MySQLClient
import NIOCore
import Testing

@Suite(.timeLimit(.minutes(3))) struct LocalInfileTests {
    @Test func loadFromAFile() async throws {
        try await TestServer.withConnection { connection in
            _ = try await connection.query("CREATE TABLE l (id INT PRIMARY KEY, name VARCHAR(50))")
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("infile-\(UUID().uuidString).tsv").path
            var content = ""
            for i in 0..<10_000 { content += "\(i)\tname \(i)\n" }
            try content.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let result = try await connection.query("LOAD DATA LOCAL INFILE 'people.tsv' INTO TABLE l", localInfile: ["people.tsv": .file(path)])
            #expect(result.affectedRows == 10_000)
            #expect(try await connection.query("SELECT COUNT(*), MAX(name) FROM l WHERE name = CONCAT('name ', id)").rows[0][0].int == 10_000)
        }
    }

    @Test func loadFromAnAsyncSequenceLargerThanOnePacket() async throws {
        try await TestServer.withConnection { connection in
            _ = try await connection.query("CREATE TABLE s (id INT PRIMARY KEY, pad VARCHAR(200))")
            let rows = 60_000
            let pad = String(repeating: "p", count: 150)
            let chunks = AsyncThrowingStream<ByteBuffer, any Error> { continuation in
                for start in stride(from: 0, to: rows, by: 5_000) {
                    var buffer = ByteBuffer()
                    for i in start..<start + 5_000 { buffer.writeString("\(i),\(pad)\n") }
                    continuation.yield(buffer)
                }
                continuation.finish()
            }
            let result = try await connection.query(
                "LOAD DATA LOCAL INFILE 'gen' INTO TABLE s FIELDS TERMINATED BY ','", localInfile: ["gen": .stream(chunks)])
            #expect(result.affectedRows == UInt64(rows))
            #expect(try await connection.query("SELECT COUNT(*) FROM s").rows[0][0].int == rows)
        }
    }

    @Test func requestsForOtherFilesAreRefused() async throws {
        try await TestServer.withConnection { connection in
            _ = try await connection.query("CREATE TABLE r (line TEXT)")
            let error = try await #require(throws: MySQLError.self) {
                try await connection.query("LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE r", localInfile: ["allowed.csv": .bytes(ByteBuffer(string: "x\n"))])
            }
            #expect(error.code == .localInfileRefused)
            #expect(error.message.contains("/etc/passwd"))
            #expect(try await connection.query("SELECT COUNT(*) FROM r").rows[0][0].int == 0, "nothing of the file was sent")
            // Streaming queries refuse too, and the connection stays usable.
            await #expect(throws: MySQLError.self) { _ = try await connection.streamQuery("LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE r") }
            try await connection.ping()
        }
    }

    @Test func aFileThatCannotBeReadIsAClearErrorAndTheConnectionSurvives() async throws {
        try await TestServer.withConnection { connection in
            _ = try await connection.query("CREATE TABLE m (line TEXT)")
            let error = try await #require(throws: MySQLError.self) {
                try await connection.query("LOAD DATA LOCAL INFILE 'x' INTO TABLE m", localInfile: ["x": .file("/nonexistent/file.csv")])
            }
            #expect(error.message.contains("/nonexistent/file.csv"))
            try await connection.ping()
        }
    }
}
