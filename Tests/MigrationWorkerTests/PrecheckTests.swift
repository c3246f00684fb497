import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

/// DM's prechecks on real servers: each item fails for the setting it names, says how to fix
/// it, and can be ignored by name.
@Suite(.serialized, .timeLimit(.minutes(10))) struct PrecheckTests {
    static func task(_ target: MariaDBServer, mode: String = "all", extra: String = "", instances: [String] = ["s1"]) throws -> TaskConfig {
        let list = instances.map { "  - source-id: \"\($0)\"\n    block-allow-list: \"only\"\n    route-rules: [\"merge\"]" }.joined(separator: "\n")
        return try ConfigLoader.loadTask(yaml: """
            name: "check"
            task-mode: \(mode)
            \(MigrationFiles.targetYAML(target))
            mysql-instances:
            \(list)
            block-allow-list:
              only:
                do-dbs: ["app"]
            routes:
              merge:
                schema-pattern: "app"
                table-pattern: "t*"
                target-schema: "app"
                target-table: "t"
            \(extra)
            """).value
    }

    static func failures(_ results: [PrecheckResult]) -> [String] {
        results.filter { $0.state == .failure }.map { "\($0.subject) \($0.item)" }
    }

    @Test func readyServersPassAndBadSettingsFailWithAFix() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app; CREATE TABLE app.t1 (id INT PRIMARY KEY, v INT); CREATE TABLE app.bag (a INT)")
            let sources = [try MigrationFiles.source(source, id: "s1")]
            let ready = await Precheck(task: try Self.task(target), sources: sources).run()
            #expect(Self.failures(ready) == [])
            #expect(ready.contains { $0.item == "table_schema" && $0.state == .warning && $0.message.contains("`app`.`bag`") })
            #expect(Set(ready.map(\.item)).isSuperset(of: [
                "connection", "version", "server_id", "binlog_enable", "binlog_format", "binlog_row_image", "dump_privilege",
                "replication_privilege", "target_privilege",
            ]))

            try source.cli("SET GLOBAL binlog_format = 'STATEMENT'; SET GLOBAL binlog_row_image = 'MINIMAL'")
            let bad = await Precheck(task: try Self.task(target), sources: sources).run()
            #expect(Self.failures(bad) == ["source s1 binlog_format", "source s1 binlog_row_image"])
            let format = try #require(bad.first { $0.item == "binlog_format" })
            #expect(format.message == "is STATEMENT, must be ROW")
            #expect(format.instruction.contains("SET GLOBAL binlog_format = 'ROW'"))
            #expect(format.line.hasPrefix("FAIL source s1 binlog_format: is STATEMENT, must be ROW\n       fix: "))
            // A full migration does not read the binlog; ignored items are left out.
            #expect(Self.failures(await Precheck(task: try Self.task(target, mode: "full"), sources: sources).run()) == [])
            let ignoring = try Self.task(target, extra: "ignore-checking-items: [\"binlog_format\", \"binlog_row_image\"]")
            let ignored = await Precheck(task: ignoring, sources: sources).run()
            #expect(Self.failures(ignored) == [] && !ignored.contains { $0.item == "binlog_format" })
            try source.cli("SET GLOBAL binlog_format = 'ROW'; SET GLOBAL binlog_row_image = 'FULL'")

            // An account without replication privileges.
            try source.cli("CREATE USER 'reader'@'%' IDENTIFIED BY 'pw'; GRANT SELECT ON *.* TO 'reader'@'%'")
            let reader = try ConfigLoader.loadSource(yaml: MigrationFiles.sourceYAML(source, id: "s1")
                .replacingOccurrences(of: "user: \"\(source.user)\"", with: "user: \"reader\"")
                .replacingOccurrences(of: "password: \"\(source.password)\"", with: "password: \"pw\"")).value
            let limited = await Precheck(task: try Self.task(target), sources: [reader]).run()
            let replication = try #require(limited.first { $0.item == "replication_privilege" })
            #expect(replication.state == .failure && replication.message.contains("REPLICATION SLAVE"))
            #expect(limited.first { $0.item == "dump_privilege" }?.state == .warning)

            // An unreachable source is a failure that names it.
            var gone = sources[0]
            gone.from.port = 1
            let unreachable = await Precheck(task: try Self.task(target), sources: [gone]).run()
            #expect(Self.failures(unreachable) == ["source s1 connection"])
        }
    }

    /// Shards merged into one table: auto-increment keys collide unless the sources keep their
    /// values apart, and shard tables must have the same columns.
    @Test func shardGroupsCheckAutoIncrementAndColumns() async throws {
        try await withMariaDB(count: 3) { servers in
            let target = servers[2]
            for shard in servers.prefix(2) {
                try shard.cli("CREATE DATABASE app; CREATE TABLE app.t1 (id INT AUTO_INCREMENT PRIMARY KEY, v INT)")
            }
            let sources = [try MigrationFiles.source(servers[0], id: "s1"), try MigrationFiles.source(servers[1], id: "s2")]
            let task = try Self.task(target, instances: ["s1", "s2"])
            let colliding = await Precheck(task: task, sources: sources).run()
            #expect(Self.failures(colliding) == ["shard group `app`.`t` auto_increment_ID"])

            for (index, shard) in servers.prefix(2).enumerated() {
                try shard.cli("SET GLOBAL auto_increment_increment = 5; SET GLOBAL auto_increment_offset = \(index + 1)")
            }
            let apart = await Precheck(task: task, sources: sources).run()
            #expect(Self.failures(apart) == [])
            #expect(apart.first { $0.item == "auto_increment_ID" }?.message.contains("offsets 1/2 with increment 5") == true)

            try servers[1].cli("ALTER TABLE app.t1 ADD COLUMN extra INT")
            let different = await Precheck(task: task, sources: sources).run()
            #expect(Self.failures(different) == ["shard group `app`.`t` schema_of_shard_tables"])
        }
    }

    /// `dm check` prints every item and exits 1 when one fails.
    @Test func dmCheckExitsNonZeroOnFailure() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app; CREATE TABLE app.t1 (id INT PRIMARY KEY)")
            let (work, sourceFile, taskFile) = try MigrationFiles.workDirectory("check", source: source, id: "s1")
            defer { try? FileManager.default.removeItem(at: work) }
            try MigrationFiles.taskYAML(name: "check", target: target, databases: ["app"], sourceID: "s1")
                .replacingOccurrences(of: "task-mode: full", with: "task-mode: all").write(to: taskFile, atomically: true, encoding: .utf8)
            let passing = try DMProcess(["check", "--source", sourceFile.path, taskFile.path], workDirectory: work).wait()
            #expect(passing.status == 0, "\(passing.output)")
            #expect(passing.output.contains("ok   source s1 binlog_format: ROW"))
            try source.cli("SET GLOBAL binlog_format = 'MIXED'")
            let failing = try DMProcess(["check", "--source", sourceFile.path, taskFile.path], workDirectory: work).wait()
            #expect(failing.status == 1)
            #expect(failing.output.contains("FAIL source s1 binlog_format: is MIXED, must be ROW"))
            // dm run refuses to start.
            let run = try DMProcess(["run", "--source", sourceFile.path, "--status-addr", "off", taskFile.path], workDirectory: work).wait()
            #expect(run.status == 2)
            #expect(run.output.contains("precheck failed"))
            try source.cli("SET GLOBAL binlog_format = 'ROW'")
        }
    }
}
