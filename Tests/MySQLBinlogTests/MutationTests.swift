import Foundation
import MariaDBHarness
import MySQLBinlog
import MySQLClient
import Testing

/// Random and mutated event bytes must give errors, never traps (a trap would end this process).
/// `Benchmarks/BinlogFuzz` runs the same for a bounded time with more inputs.
@Suite(.timeLimit(.minutes(3))) struct MutationTests {
    @Test func mutatedEventsNeverTrap() async throws {
        let events = try await Self.realEvents()
        #expect(events.count > 12)
        var rng = SplitMix64(seed: 0x5EED)
        let stats = BinlogMutator.run(events: events, iterations: 20_000, rng: &rng)
        #expect(stats.decoded + stats.rejected == 20_000)
        #expect(stats.rejected > 0, "mutations must be noticed")
    }

    /// Events of a real workload, to mutate.
    static func realEvents() async throws -> [[UInt8]] {
        let server = try await MariaDBHarness.sharedServer()
        let connection = try await MySQLConnection.connect(
            configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
        let schema = try server.createScratchDatabase()
        try await connection.selectDatabase(schema)
        // Only this workload's events: the shared server's log also holds whatever other tests
        // wrote meanwhile, which would make the run depend on the order tests ran in.
        let start = try await connection.query("SHOW MASTER STATUS").rows[0]
        let startFile = try start[0].string ?? ""
        let startPosition = UInt64(try start[1].string ?? "") ?? 4
        _ = try await connection.query("CREATE TABLE m (id INT PRIMARY KEY, d DECIMAL(20,5), t DATETIME(4), s VARCHAR(40), b BLOB, e ENUM('a','b'), j JSON)")
        _ = try await connection.query("INSERT INTO m VALUES (1, -3.14159, '2020-01-01 01:02:03.4567', 'x', x'00ff', 'b', '[1,2]'), (2, NULL, NULL, NULL, NULL, NULL, NULL)")
        _ = try await connection.query("UPDATE m SET s = 'yy' WHERE id = 1")
        _ = try await connection.query("DELETE FROM m WHERE id = 2")
        let file = try await connection.query("SHOW MASTER STATUS").rows[0][0].string ?? ""
        try await connection.close()
        guard file == startFile else { throw BinlogDecodeError("the binlog rotated during the workload", offset: 0) }
        var reader = try BinlogFileReader(path: server.dataDirectory.appendingPathComponent(file).path)
        var events: [[UInt8]] = []
        var formatDescription: [UInt8]?
        while let (offset, bytes) = try reader.next() {
            if formatDescription == nil { formatDescription = bytes }
            if offset >= startPosition { events.append(bytes) }
        }
        return (formatDescription.map { [$0] } ?? []) + events
    }
}
