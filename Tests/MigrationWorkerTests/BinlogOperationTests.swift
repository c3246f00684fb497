import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import MySQLClient
import Testing

/// DDL the target refuses pauses the sync with the statement and its binlog position; an
/// operator's `binlog replace` or `binlog skip` at that position lets it go on, and the rows
/// around the DDL all arrive.
@Suite(.serialized, .timeLimit(.minutes(10))) struct BinlogOperationTests {
    @Test func refusedDDLPausesUntilReplacedOrSkipped() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("""
                CREATE DATABASE app;
                CREATE TABLE app.t (id INT PRIMARY KEY, v INT, w INT);
                INSERT INTO app.t SELECT seq, seq, seq FROM app.seq_1_to_100;
                """)
            let task = try MigrationFiles.task(name: "ops", target: target, databases: ["app"])
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FullMigration(task: task, source: sourceConfig).run()
            // A row only the target has: unique keys on v or w cannot be built there.
            try target.cli("INSERT INTO app.t VALUES (100000, 1, 1)")
            let sync = try SyncUnit(task: task, source: sourceConfig, start: position)
            let running = Task { try await sync.run() }
            defer { running.cancel() }
            let admin = try await MySQLConnection.connect(
                configuration: .init(host: target.host, port: target.port, username: target.user, password: target.password))
            let operations = SyncOperations(metaSchema: "dm_meta", task: "ops", sourceID: "source-1")

            // 1. Refused, then replaced by a plain index.
            try source.cli("""
                INSERT INTO app.t VALUES (101, 101, 101);
                ALTER TABLE app.t ADD UNIQUE KEY uk_v (v);
                INSERT INTO app.t VALUES (102, 102, 102);
                """)
            let first = try await Self.waitForPause(sync, operations: operations, admin: admin)
            #expect(first.statement.contains("ADD UNIQUE KEY uk_v"))
            #expect(first.message.contains("Duplicate entry"))
            let paused = try #require(sync.status.snapshot().paused)
            #expect(paused.contains(first.position.filePosition) && paused.contains("dm binlog skip"))
            try await operations.set(.init(position: first.position, action: .replace(["ALTER TABLE app.t ADD KEY k_v (v)"])), on: admin)
            try await Self.waitForCatchUp(sync, source: source)
            #expect(try target.cli("SELECT INDEX_NAME, NON_UNIQUE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'app' AND TABLE_NAME = 't' AND INDEX_NAME <> 'PRIMARY'") == "k_v\t1")
            #expect(try await operations.pausedError(on: admin) == nil)

            // 2. Refused, then skipped; an operation for some other position is listed and reverted.
            try source.cli("""
                CREATE UNIQUE INDEX uk_w ON app.t (w);
                UPDATE app.t SET w = w + 1000 WHERE id = 102;
                """)
            let second = try await Self.waitForPause(sync, operations: operations, admin: admin)
            #expect(second.statement.contains("uk_w"))
            #expect(second.position != first.position)
            let elsewhere = BinlogPosition(file: second.position.file, position: second.position.position + 1_000_000)
            try await operations.set(.init(position: elsewhere, action: .skip), on: admin)
            #expect(try await operations.list(on: admin).map(\.position) == [first.position, elsewhere])
            #expect(try await operations.revert(at: elsewhere, on: admin))
            #expect(try await !operations.revert(at: elsewhere, on: admin))

            // The operator's commands: list shows the operations and the pause; replace refuses
            // DML; skip without a position takes the paused one.
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("binlog-ops-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let taskFile = directory.appendingPathComponent("task.yaml").path
            try MigrationFiles.taskYAML(name: "ops", target: target, databases: ["app"]).write(toFile: taskFile, atomically: true, encoding: .utf8)
            let list = try DMProcess(["binlog", "list", taskFile], workDirectory: directory).wait()
            #expect(list.status == 0)
            #expect(list.output.contains("\(first.position.filePosition)\treplace\tALTER TABLE app.t ADD KEY k_v (v)"))
            #expect(list.output.contains("paused at \(second.position.filePosition)"))
            let dml = try DMProcess(["binlog", "replace", taskFile, "DELETE FROM app.t"], workDirectory: directory).wait()
            #expect(dml.status == 1 && dml.output.contains("not a DDL statement"))
            let unknown = try DMProcess(["binlog", "skip", "--source-id", "nope", taskFile], workDirectory: directory).wait()
            #expect(unknown.status == 1 && unknown.output.contains("no source 'nope'"))
            let skip = try DMProcess(["binlog", "skip", taskFile], workDirectory: directory).wait()
            #expect(skip.status == 0 && skip.output.contains(second.position.filePosition))
            #expect(try await operations.list(on: admin).map(\.position) == [first.position, second.position])
            try await Self.waitForCatchUp(sync, source: source)
            #expect(try target.cli("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'app' AND INDEX_NAME = 'uk_w'") == "0")

            running.cancel()
            _ = await running.result
            try await admin.close()
            try target.cli("DELETE FROM app.t WHERE id = 100000")
            let differences = try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app")
            #expect(differences == [])
        }
    }

    @Test func binlogPositionsParse() throws {
        let position = try BinlogPosition(parsingFilePosition: "mysql-bin.000003:4521")
        #expect(position.file == "mysql-bin.000003" && position.position == 4521)
        #expect(position.filePosition == "mysql-bin.000003:4521")
        for bad in ["mysql-bin.000003", ":12", "mysql-bin.000003:x", "f:-1"] {
            #expect(throws: MigrationError.self) { try BinlogPosition(parsingFilePosition: bad) }
        }
    }

    /// Waits until the unit pauses, and returns the refusal recorded in the target.
    static func waitForPause(_ sync: SyncUnit, operations: SyncOperations, admin: MySQLConnection) async throws -> SyncOperations.PausedError {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if sync.status.snapshot().paused != nil, let error = try await operations.pausedError(on: admin) { return error }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw MigrationError("the sync did not pause within 60 s: \(sync.status.snapshot())")
    }

    static func waitForCatchUp(_ sync: SyncUnit, source: MariaDBServer) async throws {
        guard try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 60), sync.status.snapshot().paused == nil else {
            throw MigrationError("the sync did not catch up within 60 s: \(sync.status.snapshot())")
        }
    }
}
