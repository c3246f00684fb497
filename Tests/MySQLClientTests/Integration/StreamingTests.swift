import Foundation
import MySQLClient
import MySQLProtocol
import Testing

@Suite(.timeLimit(.minutes(3))) struct StreamingTests {
    /// Resident memory of this process, from /proc.
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        return (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test func slowConsumerKeepsMemoryBounded() async throws {
        try await TestServer.withConnection { connection in
            // ~1 GB of rows: far more than the bound checked below, which leaves room for what
            // tests running in parallel in this process allocate meanwhile.
            let rows = 500_000
            let sql = "SELECT seq, REPEAT('x', 2000) FROM seq_1_to_\(rows)"
            let before = Self.residentBytes()
            var peak = before
            var count = 0
            var bytes = 0
            for try await row in try await connection.streamQuery(sql) {
                count += 1
                bytes += try row[1].buffer?.readableBytes ?? 0
                if count % 5_000 == 0 {
                    peak = max(peak, Self.residentBytes())
                    try await Task.sleep(for: .milliseconds(20))  // a slow consumer
                }
            }
            #expect(count == rows)
            #expect(bytes == rows * 2000)
            let growth = peak - before
            #expect(growth < 300 * 1024 * 1024, "resident memory grew by \(growth / 1024 / 1024) MiB while streaming \(bytes / 1024 / 1024) MiB")
        }
    }

    @Test func abandoningAStreamDrainsItAndKeepsTheConnection() async throws {
        try await TestServer.withConnection { connection in
            do {
                let stream = try await connection.streamQuery("SELECT seq FROM seq_1_to_100000")
                #expect(stream.columns?.definitions.first?.name == "seq")
                for try await row in stream {
                    if try row[0].int == 10 { break }
                }
            }
            #expect(try await connection.query("SELECT 'after'").rows[0][0].string == "after")
        }
    }

    @Test func streamErrorsSurfaceAtStart() async throws {
        try await TestServer.withConnection { connection in
            let error = try await #require(throws: MySQLError.self) { try await connection.streamQuery("SELECT * FROM nowhere.nothing") }
            #expect(error.errorNumber == 1146 || error.errorNumber == 1049)
            let empty = try await connection.streamQuery("DO 1")
            #expect(empty.columns == nil)
            var n = 0
            for try await _ in empty { n += 1 }
            #expect(n == 0)
        }
    }

    @Test func preparedStatementStream() async throws {
        try await TestServer.withConnection { connection in
            let statement = try await connection.prepare("SELECT seq FROM seq_1_to_50000 WHERE seq > ?")
            var sum = 0
            for try await row in try await statement.stream([MySQLData(int: 49_990)]) { sum += try row[0].int ?? 0 }
            #expect(sum == (49_991...50_000).reduce(0, +))
        }
    }
}
