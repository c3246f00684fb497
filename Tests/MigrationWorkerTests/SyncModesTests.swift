import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

/// The sync's optional ways of writing: `compact`, the automatic safe-mode window after a
/// start from `meta`, and DM's heartbeat lag.
@Suite(.serialized, .timeLimit(.minutes(10))) struct SyncModesTests {
    static let schema = """
        CREATE TABLE kv (id INT PRIMARY KEY, v VARCHAR(20));
        CREATE TABLE two (id INT PRIMARY KEY, u INT NOT NULL UNIQUE, v INT);
        CREATE TABLE bag (a INT, b VARCHAR(10));
        """

    /// Changes to one row within a batch merge (the target counts REPLACE statements only a
    /// merged DELETE + INSERT makes, and fewer UPDATEs than the source ran), and the result
    /// equals the source — also where unique keys move between rows and in a keyless table.
    /// With `multiple-rows` the merged rows of `kv` then go out as one statement per kind.
    @Test(arguments: [false, true]) func compactMergesChangesToOneRow(multipleRows: Bool) async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli(Self.schema, database: "app")
            let task = try MigrationFiles.task(
                name: "compact", target: target, databases: ["app"], instance: "    syncer-config-name: \"s\"",
                extra: "syncers:\n  s:\n    compact: true\n    multiple-rows: \(multipleRows)\n    worker-count: 2\n    batch: 1000")
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FullMigration(task: task, source: sourceConfig).run()
            let sync = try SyncUnit(task: task, source: sourceConfig, start: position)
            let running = Task { try await sync.run() }
            defer { running.cancel() }
            let before = try Self.counters(target)
            // One transaction per round: many changes to the same rows land in one batch.
            for round in 0..<20 {
                var sql = "BEGIN;"
                for id in 1...25 {
                    let key = round * 100 + id
                    sql += "INSERT INTO kv VALUES (\(key), 'a'); UPDATE kv SET v = 'b' WHERE id = \(key); UPDATE kv SET v = 'c\(round)' WHERE id = \(key);"
                    sql += "DELETE FROM kv WHERE id = \(key - 1); INSERT INTO kv VALUES (\(key - 1), 'again');"
                    sql += "INSERT INTO bag VALUES (\(id), 'x'), (\(id), 'x'); DELETE FROM bag WHERE a = \(id) LIMIT 1;"
                }
                sql += "INSERT INTO two VALUES (\(round * 2 + 1), \(round * 2 + 1), 0), (\(round * 2 + 2), \(round * 2 + 2), 0);"
                sql += "UPDATE two SET u = -u WHERE id = \(round * 2 + 1); UPDATE two SET u = \(round * 2 + 1) WHERE id = \(round * 2 + 2);"
                sql += "COMMIT;"
                try source.cli(sql, database: "app")
            }
            #expect(try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 120))
            let after = try Self.counters(target)
            #expect(after.replace > before.replace)
            // The source ran 40 UPDATEs of `two` and 1000 of `kv`; nearly all of kv's merge away.
            #expect(after.update - before.update < 500)
            // Merged, kv's surviving rows go out as a few statements per batch, not one per row.
            if multipleRows { #expect(after.replace - before.replace < 100) }
            running.cancel()
            _ = await running.result
            #expect(try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app") == [])
        }
    }

    /// Started from `meta` on a target that already holds later changes, the sync writes in
    /// safe mode until it passes the source's position at its start, then normally.
    @Test func startFromMetaIsSafeUntilThePresent() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli(Self.schema, database: "app")
            try source.cli("INSERT INTO kv VALUES (1, 'one'), (2, 'two')", database: "app")
            let master = try source.cli("SHOW MASTER STATUS").split(separator: "\t").map(String.init)
            try source.cli(
                "INSERT INTO kv VALUES (3, 'three'); UPDATE kv SET v = 'TWO' WHERE id = 2; INSERT INTO two VALUES (1, 1, 1); DELETE FROM kv WHERE id = 1",
                database: "app")
            // The target gets the source as it is now (a copy made after `meta`).
            let copy = try MigrationFiles.task(name: "copy", target: target, databases: ["app"])
            let sourceConfig = try MigrationFiles.source(source)
            _ = try await FullMigration(task: copy, source: sourceConfig).run()

            let task = try ConfigLoader.loadTask(yaml: MigrationFiles.taskYAML(
                name: "meta", target: target, databases: ["app"],
                instance: "    meta:\n      binlog-name: \"\(master[0])\"\n      binlog-pos: \(master[1])"
            ).replacingOccurrences(of: "task-mode: full", with: "task-mode: incremental")).value
            let sync = try SyncUnit(task: task, source: sourceConfig)
            let running = Task { try await sync.run() }
            defer { running.cancel() }
            #expect(try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 60))
            #expect(sync.status.snapshot().retries == 0)
            try source.cli("INSERT INTO kv VALUES (4, 'four'); UPDATE two SET v = 2 WHERE id = 1", database: "app")
            #expect(try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 60))
            #expect(!sync.status.snapshot().safeMode)
            running.cancel()
            _ = await running.result
            #expect(try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app") == [])
        }
    }

    /// With `safe-mode-duration: "0s"` the user vouches that the target is exactly at `meta`:
    /// the changes after it are written as plain INSERT/UPDATE/DELETE (no REPLACE on the target).
    @Test func zeroSafeModeDurationTrustsMeta() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli(Self.schema, database: "app")
            try source.cli("INSERT INTO kv VALUES (1, 'one'), (2, 'two')", database: "app")
            let sourceConfig = try MigrationFiles.source(source)
            _ = try await FullMigration(task: try MigrationFiles.task(name: "copy", target: target, databases: ["app"]), source: sourceConfig).run()
            let master = try source.cli("SHOW MASTER STATUS").split(separator: "\t").map(String.init)
            try source.cli("INSERT INTO kv VALUES (3, 'three'); UPDATE kv SET v = 'TWO' WHERE id = 2; DELETE FROM kv WHERE id = 1", database: "app")

            let task = try ConfigLoader.loadTask(yaml: MigrationFiles.taskYAML(
                name: "meta", target: target, databases: ["app"],
                instance: "    syncer-config-name: \"s\"\n    meta:\n      binlog-name: \"\(master[0])\"\n      binlog-pos: \(master[1])",
                extra: "syncers:\n  s:\n    safe-mode-duration: \"0s\""
            ).replacingOccurrences(of: "task-mode: full", with: "task-mode: incremental")).value
            let before = try Self.counters(target)
            let sync = try SyncUnit(task: task, source: sourceConfig)
            let running = Task { try await sync.run() }
            defer { running.cancel() }
            #expect(try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 60))
            #expect(!sync.status.snapshot().safeMode)
            #expect(try Self.counters(target).replace == before.replace)
            running.cancel()
            _ = await running.result
            #expect(try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app") == [])
        }
    }

    /// Updates write the changed columns, and ON UPDATE ones always: a row whose timestamp the
    /// source kept must not get the target's clock.
    @Test func updatesKeepOnUpdateColumns() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli("""
                CREATE TABLE stamp (id INT PRIMARY KEY, v VARCHAR(10), n INT,
                  ts TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);
                INSERT INTO stamp VALUES (1, 'a', 1, '2001-01-01 00:00:00'), (2, 'b', 2, '2001-01-01 00:00:00');
                """, database: "app")
            let task = try MigrationFiles.task(name: "stamp", target: target, databases: ["app"])
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FullMigration(task: task, source: sourceConfig).run()
            let sync = try SyncUnit(task: task, source: sourceConfig, start: position)
            let running = Task { try await sync.run() }
            defer { running.cancel() }
            try source.cli("UPDATE stamp SET v = 'x', ts = ts WHERE id = 1; UPDATE stamp SET n = n + 1 WHERE id = 2", database: "app")
            #expect(try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 60))
            #expect(try target.cli("SELECT ts FROM app.stamp WHERE id = 1") == "2001-01-01 00:00:00")
            running.cancel()
            _ = await running.result
            #expect(try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app") == [])
        }
    }

    /// With `enable-heartbeat`, the sync writes DM's heartbeat table upstream and reports the
    /// lag it reads back; the heartbeat table never reaches the target.
    @Test func heartbeatMeasuresLag() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli(Self.schema, database: "app")
            let task = try MigrationFiles.task(name: "beat", target: target, databases: ["app"], extra: "enable-heartbeat: true")
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FullMigration(task: task, source: sourceConfig).run()
            let sync = try SyncUnit(task: task, source: sourceConfig, start: position)
            let running = Task { try await sync.run() }
            defer { running.cancel() }
            let deadline = ContinuousClock.now + .seconds(30)
            while sync.status.snapshot().heartbeatLagSeconds == nil, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(200))
            }
            let lag = try #require(sync.status.snapshot().heartbeatLagSeconds)
            #expect(lag >= 0 && lag < 10)
            #expect(try source.cli("SELECT COUNT(*) FROM dm_heartbeat.heartbeat WHERE server_id = @@server_id") == "1")
            try source.cli("INSERT INTO kv VALUES (1, 'one')", database: "app")
            #expect(try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 30))
            #expect(try target.cli("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'dm_heartbeat'") == "0")
            #expect(try target.cli("SELECT v FROM app.kv WHERE id = 1") == "one")
            running.cancel()
            _ = await running.result
        }
    }

    static func counters(_ server: MariaDBServer) throws -> (replace: Int, update: Int) {
        let rows = try server.cli("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_replace', 'Com_update')")
            .split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let values = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], Int($0[1]) ?? 0) })
        return (values["Com_replace"] ?? 0, values["Com_update"] ?? 0)
    }
}
