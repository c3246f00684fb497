import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

/// The sync unit on real servers: a full load, then concurrent writes and DDL on the source
/// while the sync runs; after catch-up, the target equals the source.
@Suite(.serialized, .timeLimit(.minutes(10))) struct SyncTests {
    static let schema = """
        CREATE TABLE accounts (id INT AUTO_INCREMENT PRIMARY KEY, owner VARCHAR(40), balance DECIMAL(12,2), updated DATETIME(6), note TEXT);
        CREATE TABLE log_lines (msg VARCHAR(100), n INT);
        CREATE TABLE uk_only (code VARCHAR(20) NOT NULL, v INT, UNIQUE KEY (code));
        INSERT INTO accounts (owner, balance, updated, note) SELECT CONCAT('owner ', seq), seq * 1.5, '2024-01-01' + INTERVAL seq SECOND, REPEAT('n', seq % 50) FROM seq_1_to_2000;
        INSERT INTO log_lines SELECT CONCAT('line ', seq % 10), seq % 10 FROM seq_1_to_300;
        INSERT INTO uk_only SELECT CONCAT('code-', seq), seq FROM seq_1_to_500;
        """

    static func accountsRound(_ round: Int) -> String {
        """
        INSERT INTO accounts (owner, balance, updated, note) VALUES ('new \(round)', \(round).25, NOW(6), 'r\(round)'), ('new \(round)b', -1, NULL, NULL);
        UPDATE accounts SET balance = balance + 1, updated = NOW(6) WHERE id % 17 = \(round % 17);
        DELETE FROM accounts WHERE id % 29 = \(round % 29) AND id < 1000;
        BEGIN;
        UPDATE accounts SET id = -id WHERE id = \(1000 + round);
        INSERT INTO accounts (owner, balance) VALUES ('in a transaction \(round)', 3);
        UPDATE accounts SET note = CONCAT(IFNULL(note, ''), '+') WHERE owner = 'new \(round)';
        COMMIT;
        """
    }

    static func othersRound(_ round: Int) -> String {
        """
        INSERT INTO log_lines (msg, n) VALUES ('line \(round % 10)', \(round % 10)), ('line \(round % 10)', \(round % 10));
        DELETE FROM log_lines WHERE n = \(round % 10) LIMIT 1;
        UPDATE log_lines SET msg = CONCAT(msg, '.') WHERE n = \((round + 3) % 10) LIMIT 2;
        UPDATE uk_only SET code = CONCAT(code, 'x') WHERE v = \(round + 1);
        DELETE FROM uk_only WHERE v = \(round + 200);
        INSERT INTO uk_only VALUES ('code-\(round + 200)', \(round + 200));
        """
    }

    @Test func concurrentWritesAndDDLArriveExactly() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli(Self.schema, database: "app")
            let task = try MigrationFiles.task(
                name: "sync", target: target, databases: ["app"], rows: 500,
                instance: "    syncer-config-name: \"s\"",
                extra: "syncers:\n  s:\n    worker-count: 4\n    batch: 50")
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FullMigration(task: task, source: sourceConfig).run()
            let sync = try SyncUnit(task: task, source: sourceConfig, start: position)
            let running = Task { try await sync.run() }

            try await Self.concurrently(source, rounds: 0..<25)
            try source.cli("""
                ALTER TABLE accounts ADD COLUMN extra INT NOT NULL DEFAULT 7 AFTER owner;
                UPDATE accounts SET extra = id % 5 WHERE id % 3 = 0;
                ALTER TABLE accounts ADD INDEX by_owner (owner), MODIFY note VARCHAR(300);
                RENAME TABLE uk_only TO uk_renamed;
                CREATE VIEW uk_only AS SELECT * FROM uk_renamed;
                DROP VIEW uk_only;
                RENAME TABLE uk_renamed TO uk_only;
                DROP TABLE log_lines;
                CREATE TABLE log_lines (msg VARCHAR(100), n INT, extra BLOB);
                INSERT INTO log_lines (msg, n) SELECT CONCAT('again ', seq % 10), seq % 10 FROM seq_1_to_100;
                """, database: "app")
            try await Self.concurrently(source, rounds: 25..<50)

            let master = try source.cli("SHOW MASTER STATUS").split(separator: "\t").map(String.init)
            let end = BinlogPosition(file: master[0], position: UInt64(master[1])!, gtidSet: "")
            let deadline = ContinuousClock.now + .seconds(180)
            while ContinuousClock.now < deadline {
                if let committed = sync.status.snapshot().committedPosition, !committed.precedes(end) { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            running.cancel()
            let outcome = await running.result
            if case .failure(let error) = outcome, !(error is CancellationError) {
                Issue.record("the sync failed: \(error)")
            }
            let status = sync.status.snapshot()
            #expect(status.committedPosition.map { !$0.precedes(end) } == true, "not caught up: \(String(describing: status.committedPosition)) < \(end)")
            #expect(status.ddlApplied >= 8)
            let differences = try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app")
            #expect(differences == [])
        }
    }

    /// Transactions of tens of thousands of rows stream to the target in parts inside one
    /// target transaction, on tables with and without keys.
    @Test func largeTransactionsStream() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli("""
                CREATE TABLE big (id INT PRIMARY KEY, v VARCHAR(40), n INT);
                CREATE TABLE big_nokey (id INT, v VARCHAR(40));
                """, database: "app")
            let task = try MigrationFiles.task(
                name: "large", target: target, databases: ["app"], instance: "    syncer-config-name: \"s\"",
                extra: "syncers:\n  s:\n    worker-count: 3\n    batch: 100")
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FullMigration(task: task, source: sourceConfig).run()
            let sync = try SyncUnit(task: task, source: sourceConfig, start: position)
            let running = Task { try await sync.run() }
            try source.cli("""
                INSERT INTO big SELECT seq, MD5(seq), seq % 100 FROM seq_1_to_40000;
                INSERT INTO big_nokey SELECT seq % 1000, MD5(seq % 1000) FROM seq_1_to_30000;
                INSERT INTO big VALUES (-1, 'small', 0);
                UPDATE big SET v = CONCAT(v, '!'), n = n + 1;
                DELETE FROM big_nokey WHERE id % 3 = 0;
                BEGIN;
                DELETE FROM big WHERE id % 2 = 0;
                UPDATE big_nokey SET v = 'changed' WHERE id < 500;
                COMMIT;
                """, database: "app")
            let caughtUp = try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 180)
            running.cancel()
            if case .failure(let error) = await running.result, !(error is CancellationError) {
                Issue.record("the sync failed: \(error)")
            }
            #expect(caughtUp)
            let differences = try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app")
            #expect(differences == [])
        }
    }

    /// Every column type and edge value, written after the full load, arrives through the
    /// sync unit exactly (the ENUM error value's warning included).
    @Test func everyValueThroughTheSyncUnit() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE edge")
            let task = try MigrationFiles.task(name: "edge", target: target, databases: ["edge"])
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FullMigration(task: task, source: sourceConfig).run()
            let sync = try SyncUnit(task: task, source: sourceConfig, start: position)
            let running = Task { try await sync.run() }
            try EdgeValueFixture.install(on: source, database: "edge")
            try source.cli("UPDATE all_types SET c_int = IFNULL(c_int, 0) + 1 WHERE id % 2 = 0; DELETE FROM no_key WHERE n = 1 LIMIT 1", database: "edge")
            let caughtUp = try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 120)
            running.cancel()
            if case .failure(let error) = await running.result, !(error is CancellationError) {
                Issue.record("the sync failed: \(error)")
            }
            #expect(caughtUp)
            let differences = try await compareDatabases(source: source, sourceDatabase: "edge", target: target, targetDatabase: "edge")
            #expect(differences == [])
        }
    }

    /// task-mode incremental from a task `meta` that names only a GTID position: the stream
    /// starts by GTID and learns the binlog file from the server.
    @Test func incrementalFromAGTIDPosition() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli(Self.schema, database: "app")
            // The target gets the data as of now by another task's full load.
            _ = try await FullMigration(
                task: try MigrationFiles.task(name: "copy", target: target, databases: ["app"]), source: try MigrationFiles.source(source)
            ).run()
            let gtid = try source.cli("SELECT @@gtid_binlog_pos")
            let task = try MigrationFiles.task(
                name: "gtid", target: target, databases: ["app"],
                instance: "    meta:\n      binlog-gtid: \"\(gtid)\"")
            let sync = try SyncUnit(task: task, source: try MigrationFiles.source(source))
            let running = Task { try await sync.run() }
            try await Self.concurrently(source, rounds: 0..<10)
            let caughtUp = try await SyncRestartTests.waitForCatchUp(sync, source: source, seconds: 120)
            running.cancel()
            if case .failure(let error) = await running.result, !(error is CancellationError) {
                Issue.record("the sync failed: \(error)")
            }
            #expect(caughtUp)
            #expect(sync.status.snapshot().rowsApplied > 50)
            let differences = try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app")
            #expect(differences == [])
        }
    }

    /// Runs the two writers' rounds at the same time.
    static func concurrently(_ source: MariaDBServer, rounds: Range<Int>) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { for round in rounds { try source.cli(Self.accountsRound(round), database: "app") } }
            group.addTask { for round in rounds { try source.cli(Self.othersRound(round), database: "app") } }
            try await group.waitForAll()
        }
    }
}
