import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

/// The source and then the target restart while the sync runs and writes go on: the sync
/// reconnects by itself and the target ends equal to the source.
@Suite(.serialized, .timeLimit(.minutes(10))) struct SyncRestartTests {
    @Test func sourceAndTargetRestartsAreSurvived() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli(SyncTests.schema, database: "app")
            let task = try MigrationFiles.task(
                name: "restart", target: target, databases: ["app"], rows: 500, instance: "    syncer-config-name: \"s\"",
                extra: "syncers:\n  s:\n    worker-count: 2\n    batch: 30")
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FullMigration(task: task, source: sourceConfig).run()
            let sync = try SyncUnit(task: task, source: sourceConfig, start: position)
            let running = Task { try await sync.run() }

            try await SyncTests.concurrently(source, rounds: 0..<10)
            // The sync must be streaming from the source before it restarts (the test's own
            // blocking calls can hold the sync's task back on a busy machine).
            #expect(try await Self.waitForCatchUp(sync, source: source, seconds: 60))
            try source.restart()
            try await SyncTests.concurrently(source, rounds: 10..<20)
            try await Self.waitForCatchUp(sync, source: source, seconds: 60)
            let afterSource = sync.status.snapshot().retries
            #expect(afterSource >= 1, "the source restart did not make the sync reconnect: \(sync.status.snapshot())")
            try target.restart()
            try await SyncTests.concurrently(source, rounds: 20..<30)
            let caughtUp = try await Self.waitForCatchUp(sync, source: source, seconds: 120)
            running.cancel()
            if case .failure(let error) = await running.result, !(error is CancellationError) {
                Issue.record("the sync failed instead of recovering: \(error)")
            }
            #expect(caughtUp, "not caught up: \(sync.status.snapshot())")
            #expect(sync.status.snapshot().retries > afterSource, "the target restart did not make the sync reconnect: \(sync.status.snapshot())")
            let differences = try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app")
            #expect(differences == [])
        }
    }

    /// Waits until everything up to the source's current binlog position is committed.
    @discardableResult
    static func waitForCatchUp(_ sync: SyncUnit, source: MariaDBServer, seconds: Int) async throws -> Bool {
        let master = try source.cli("SHOW MASTER STATUS").split(separator: "\t").map(String.init)
        let end = BinlogPosition(file: master[0], position: UInt64(master[1])!, gtidSet: "")
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if let committed = sync.status.snapshot().committedPosition, !committed.precedes(end) { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}
