import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

/// `shard-mode: pessimistic`: two sources whose `dmtest.t1` merge into `merged.t`; a DDL runs
/// on the target once, when both shards have reached it.
@Suite(.serialized, .timeLimit(.minutes(10))) struct ShardDDLTests {
    static func taskYAML(target: MariaDBServer) -> String {
        """
        name: "shardddl"
        task-mode: all
        shard-mode: pessimistic
        \(MigrationFiles.targetYAML(target))
        mysql-instances:
          - source-id: "s1"
            block-allow-list: "only"
            route-rules: ["merge"]
          - source-id: "s2"
            block-allow-list: "only"
            route-rules: ["merge"]
        block-allow-list:
          only:
            do-dbs: ["dmtest"]
        routes:
          merge:
            schema-pattern: "dmtest"
            table-pattern: "t1"
            target-schema: "merged"
            target-table: "t"
          db:
            schema-pattern: "dmtest"
            target-schema: "merged"
        """
    }

    /// Starts both shards with a few rows each (odd ids on s1, even on s2) and runs the task.
    static func start(_ servers: [MariaDBServer]) async throws -> (TaskRun, Task<Void, any Error>) {
        for (index, shard) in servers.prefix(2).enumerated() {
            try shard.cli("CREATE DATABASE dmtest")
            try shard.cli("CREATE TABLE t1 (id INT PRIMARY KEY, v VARCHAR(20))", database: "dmtest")
            for n in 0..<5 { try shard.cli("INSERT INTO t1 VALUES (\(n * 2 + index + 1), 'load')", database: "dmtest") }
        }
        let task = try ConfigLoader.loadTask(yaml: Self.taskYAML(target: servers[2])).value
        let sources = try [MigrationFiles.source(servers[0], id: "s1"), MigrationFiles.source(servers[1], id: "s2")]
        let run = try TaskRun(task: task, sources: sources)
        return (run, Task { try await run.run() })
    }

    static func sync(_ run: TaskRun, _ index: Int) -> SyncUnit { run.subtasks[index].sync! }

    /// Both shards' syncs have caught up with their source.
    static func caughtUp(_ run: TaskRun, _ servers: [MariaDBServer]) async throws -> Bool {
        let first = try await SyncRestartTests.waitForCatchUp(Self.sync(run, 0), source: servers[0], seconds: 120)
        return try await SyncRestartTests.waitForCatchUp(Self.sync(run, 1), source: servers[1], seconds: 120) && first
    }

    /// Waits until `body` holds, for up to `seconds`.
    static func eventually(seconds: Int = 60, _ body: () throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if try body() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    @Test func addColumnRunsOnceWhenBothShardsReachIt() async throws {
        try await withMariaDB(count: 3) { servers in
            let (s1, s2, target) = (servers[0], servers[1], servers[2])
            let (run, running) = try await Self.start(servers)
            defer { running.cancel() }
            #expect(try await Self.caughtUp(run, servers))
            #expect(try target.cli("SELECT COUNT(*) FROM merged.t") == "10")

            // s1 changes first: its later rows wait with the DDL, s2 goes on with the old schema.
            try s1.cli("INSERT INTO t1 VALUES (21, 'before'); ALTER TABLE t1 ADD COLUMN c INT NOT NULL DEFAULT 7; INSERT INTO t1 VALUES (23, 'after', 1)", database: "dmtest")
            try s2.cli("INSERT INTO t1 VALUES (22, 'old')", database: "dmtest")
            #expect(try await Self.eventually { Self.sync(run, 0).status.snapshot().paused?.contains("waiting for the other shards") == true })
            #expect(try await Self.eventually { try target.cli("SELECT COUNT(*) FROM merged.t WHERE id IN (21, 22)") == "2" })
            try await Task.sleep(for: .seconds(1))
            #expect(try target.cli("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'merged' AND TABLE_NAME = 't' AND COLUMN_NAME = 'c'") == "0")
            #expect(try target.cli("SELECT COUNT(*) FROM merged.t WHERE id = 23") == "0")

            // s2 reaches the same DDL (written differently): it runs once, and everything arrives.
            try s2.cli("alter table `t1` add column `c` int not null default 7; INSERT INTO t1 VALUES (24, 'after', 2)", database: "dmtest")
            try s1.cli("INSERT INTO t1 VALUES (25, 'later', 3)", database: "dmtest")
            #expect(try await SyncRestartTests.waitForCatchUp(Self.sync(run, 0), source: s1, seconds: 60))
            #expect(try await SyncRestartTests.waitForCatchUp(Self.sync(run, 1), source: s2, seconds: 60))
            #expect(Self.sync(run, 0).status.snapshot().paused == nil)
            let union = try (s1.cli("SELECT id, v, c FROM t1", database: "dmtest") + "\n" + s2.cli("SELECT id, v, c FROM t1", database: "dmtest"))
                .split(separator: "\n").sorted { Int($0.split(separator: "\t")[0])! < Int($1.split(separator: "\t")[0])! }.joined(separator: "\n")
            #expect(try target.cli("SELECT id, v, c FROM merged.t ORDER BY id") == union)
            let ddl = try target.cli("SELECT COUNT(*), MAX(`statement`) FROM dm_meta.shardddl_shard_ddl")
            #expect(ddl.hasPrefix("2\t"))
            running.cancel()
            _ = await running.result
        }
    }

    /// A shard reaching a different DDL pauses with both statements named; skipping it lets
    /// the group go on with the other's.
    @Test func differentDDLPausesTheLaterShard() async throws {
        try await withMariaDB(count: 3) { servers in
            let (s1, s2, target) = (servers[0], servers[1], servers[2])
            let (run, running) = try await Self.start(servers)
            defer { running.cancel() }
            #expect(try await Self.caughtUp(run, servers))
            try s1.cli("ALTER TABLE t1 ADD COLUMN c INT", database: "dmtest")
            #expect(try await Self.eventually { Self.sync(run, 0).status.snapshot().paused != nil })
            try s2.cli("ALTER TABLE t1 ADD COLUMN d INT", database: "dmtest")
            #expect(try await Self.eventually { Self.sync(run, 1).status.snapshot().paused?.contains("shard DDL conflict on `merged`.`t`") == true })
            let paused = Self.sync(run, 1).status.snapshot().paused ?? ""
            #expect(paused.contains("dm binlog replace -s s2"), "\(paused)")
            // Neither statement ran.
            let columns = "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'merged' AND TABLE_NAME = 't'"
            #expect(try target.cli(columns) == "id,v")
            // The operator skips s2's DDL: it then agrees with s1's, which runs once.
            _ = try await BinlogOperator(task: run.task, sourceID: "s2").skip(at: nil)
            #expect(try await Self.eventually { try target.cli(columns) == "id,v,c" })
            #expect(try await Self.caughtUp(run, servers))
            #expect(Self.sync(run, 0).status.snapshot().paused == nil && Self.sync(run, 1).status.snapshot().paused == nil)
            running.cancel()
            _ = await running.result
        }
    }
}
