import MySQLClient
import Testing

@Suite(.timeLimit(.minutes(3))) struct TimeoutTests {
    @Test func longStatementIsKilledOnTheServer() async throws {
        try await TestServer.withConnection(scratch: false) { connection in
            let start = ContinuousClock.now
            let error = try await #require(throws: MySQLError.self) {
                try await connection.query("SELECT SLEEP(20), BENCHMARK(4000000000, MD5('x'))", timeout: .milliseconds(500))
            }
            let elapsed = ContinuousClock.now - start
            #expect(error.code == .queryTimeout)
            #expect(elapsed < .seconds(10), "killed, not waited out (took \(elapsed))")
            // The connection is usable after the kill.
            #expect(try await connection.query("SELECT 5", timeout: .seconds(30)).rows[0][0].int == 5)
        }
    }

    /// The timeout counts from when the statement reaches the server, and kills only that
    /// statement: a long statement ahead of it in the queue is left alone.
    @Test func queuedStatementDoesNotKillTheOneAheadOfIt() async throws {
        try await TestServer.withConnection(scratch: false) { connection in
            async let first = connection.query("SELECT SLEEP(1.5)")
            try await Task.sleep(for: .milliseconds(100))
            let second = try await connection.query("SELECT 1", timeout: .seconds(1))
            #expect(try second.rows[0][0].int == 1)
            #expect(try await first.rows[0][0].int == 0, "SLEEP returns 0 when it was not interrupted")
        }
    }

    @Test func fastStatementIsUnaffected() async throws {
        try await TestServer.withConnection(scratch: false) { connection in
            let value = try await connection.query("SELECT 1", timeout: .seconds(5)).rows[0][0].int
            #expect(value == 1)
        }
    }
}

@Suite(.timeLimit(.minutes(3))) struct PoolTests {
    @Test func respectsTheLimitUnderLoad() async throws {
        let server = try await TestServer.server()
        let pool = MySQLConnectionPool(configuration: TestServer.configuration(server), options: .init(maxConnections: 3))
        let ids = try await withThrowingTaskGroup(of: UInt32.self) { group in
            for _ in 0..<30 {
                group.addTask {
                    try await pool.withConnection { connection in
                        _ = try await connection.query("DO SLEEP(0.02)")
                        return connection.connectionID
                    }
                }
            }
            return try await group.reduce(into: Set<UInt32>()) { $0.insert($1) }
        }
        #expect(ids.count <= 3, "at most 3 distinct connections were used")
        let counts = await pool.counts
        #expect(counts.open <= 3)
        #expect(await pool.connectionsOpened <= 3)
        await pool.close()
        await #expect(throws: MySQLError.self) { try await pool.withConnection { _ in 1 } }
    }

    @Test func brokenConnectionsAreReplaced() async throws {
        let server = try await TestServer.server()
        let pool = MySQLConnectionPool(configuration: TestServer.configuration(server), options: .init(maxConnections: 1, healthCheckAfterIdle: .zero))
        let first = try await pool.withConnection { $0.connectionID }
        // Kill it from outside, as a server restart or a network fault would.
        try server.cli("KILL \(first)")
        try await Task.sleep(for: .milliseconds(100))
        let second = try await pool.withConnection { connection in
            try await connection.query("SELECT CONNECTION_ID()").rows[0][0].uint64
        }
        #expect(second != nil)
        #expect(second != UInt64(first))
        #expect(await pool.connectionsOpened == 2)
        await pool.close()
    }

    @Test func aCancelledWaiterStopsWaiting() async throws {
        let server = try await TestServer.server()
        let pool = MySQLConnectionPool(configuration: TestServer.configuration(server), options: .init(maxConnections: 1))
        let held = try await pool.lease()
        let waiter = Task { try await pool.withConnection { $0.connectionID } }
        try await Task.sleep(for: .milliseconds(100))
        waiter.cancel()
        await #expect(throws: CancellationError.self) { _ = try await waiter.value }
        await pool.release(held)
        #expect(try await pool.withConnection { $0.connectionID } == held.connectionID, "the pool still lends its connection")
        await pool.close()
    }

    @Test func failingBodyReturnsTheConnection() async throws {
        let server = try await TestServer.server()
        let pool = MySQLConnectionPool(configuration: TestServer.configuration(server), options: .init(maxConnections: 1))
        await #expect(throws: MySQLError.self) { try await pool.withConnection { try await $0.query("SELEC") } }
        #expect(try await pool.withConnection { try await $0.query("SELECT 3").rows[0][0].int } == 3)
        #expect(await pool.connectionsOpened == 1)
        await pool.close()
    }

    @Test func unreachableServerFailsAfterRetries() async throws {
        let pool = MySQLConnectionPool(
            configuration: .init(host: "127.0.0.1", port: 1, username: "root"), options: .init(maxConnections: 1, connectAttempts: 2, retryDelay: .milliseconds(10)))
        let error = try await #require(throws: MySQLError.self) { try await pool.withConnection { _ in 1 } }
        #expect(error.code == .connectFailed)
        await pool.close()
    }
}
