import Foundation
import MariaDBHarness

/// DM's tutorial scenario on this machine: three MariaDB sources whose `dmtest1.t1` shards use
/// auto-increment offsets 1/2/3 with increment 5, a target, DM's source and task files, and
/// `dm run` merging the shards into `dmtest1.t1` on the target (full copy, then the binlog).
/// `scripts/quickstart` runs it end to end; the end-to-end test drives the same steps.
public final class Quickstart: Sendable {
    public let sources: [MariaDBServer]
    public let target: MariaDBServer
    /// Where the source and task files (and dm's log) are written.
    public let directory: URL

    public static let createTable = """
        CREATE TABLE t1 (id BIGINT AUTO_INCREMENT, uid INT, name VARCHAR(80), info VARCHAR(100),
          PRIMARY KEY (id), UNIQUE KEY uid (uid)) DEFAULT CHARSET = utf8mb4
        """

    /// Starts the servers and fills each shard with `rows` rows.
    public static func prepare(directory: URL, rows: Int = 10) async throws -> Quickstart {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var sources: [MariaDBServer] = []
        do {
            for offset in 1...3 {
                sources.append(try await MariaDBHarness.startServer(options: MariaDBServerOptions(
                    extraArguments: ["--auto-increment-increment=5", "--auto-increment-offset=\(offset)"])))
            }
            let target = try await MariaDBHarness.startServer()
            let quickstart = Quickstart(sources: sources, target: target, directory: directory)
            for (index, source) in sources.enumerated() {
                try source.cli("CREATE DATABASE dmtest1")
                try source.cli(Self.createTable, database: "dmtest1")
                let values = (1...rows).map { n in "(\(index * 100_000 + n), 'name-\(index + 1)-\(n)', NULL)" }.joined(separator: ", ")
                try source.cli("INSERT INTO t1 (uid, name, info) VALUES \(values)", database: "dmtest1")
            }
            try quickstart.writeFiles()
            return quickstart
        } catch {
            await MariaDBHarness.stop(sources)
            throw error
        }
    }

    private init(sources: [MariaDBServer], target: MariaDBServer, directory: URL) {
        self.sources = sources
        self.target = target
        self.directory = directory
    }

    public var sourceFiles: [URL] { (1...3).map { self.directory.appendingPathComponent("source\($0).yaml") } }
    public var taskFile: URL { self.directory.appendingPathComponent("task.yaml") }

    /// DM's source files and a task in DM's format: shard mode pessimistic, every
    /// `dmtest1.t1` routed into `dmtest1.t1` of the target.
    private func writeFiles() throws {
        for (index, source) in self.sources.enumerated() {
            try """
                source-id: "mysql-replica-0\(index + 1)"
                enable-gtid: false
                from:
                  host: "\(source.host)"
                  port: \(source.port)
                  user: "\(source.user)"
                  password: "\(source.password)"

                """.write(to: self.sourceFiles[index], atomically: true, encoding: .utf8)
        }
        let instances = (1...3).map { n in
            """
              - source-id: "mysql-replica-0\(n)"
                block-allow-list: "instance"
                route-rules: ["sharding-route-rules-table", "sharding-route-rules-schema"]
                mydumper-thread: 4
                loader-thread: 4
                syncer-thread: 4
            """
        }.joined(separator: "\n")
        try """
            name: "test"
            task-mode: "all"
            shard-mode: "pessimistic"
            target-database:
              host: "\(self.target.host)"
              port: \(self.target.port)
              user: "\(self.target.user)"
              password: "\(self.target.password)"
            mysql-instances:
            \(instances)
            block-allow-list:
              instance:
                do-dbs: ["dmtest1"]
            routes:
              sharding-route-rules-table:
                schema-pattern: dmtest1
                table-pattern: t1
                target-schema: dmtest1
                target-table: t1
              sharding-route-rules-schema:
                schema-pattern: dmtest1
                target-schema: dmtest1

            """.write(to: self.taskFile, atomically: true, encoding: .utf8)
    }

    /// `dm run` with the files, its output appended to `log`.
    public func dmRunArguments(statusAddr: String = "127.0.0.1:0") -> [String] {
        ["run"] + self.sourceFiles.flatMap { ["--source", $0.path] } + ["--status-addr", statusAddr, self.taskFile.path]
    }

    /// Upstream changes after the full phase: new rows on every shard, and updates.
    public func writeUpstream(round: Int) throws {
        for (index, source) in self.sources.enumerated() {
            let uid = 900_000 + round * 1000 + index * 10
            try source.cli("""
                INSERT INTO t1 (uid, name, info) VALUES (\(uid), 'new-\(index + 1)-\(round)', 'inserted'), (\(uid + 1), 'new2-\(index + 1)-\(round)', NULL);
                UPDATE t1 SET info = 'updated in round \(round)' WHERE uid % 3 = \(round % 3) AND uid < 900000;
                """, database: "dmtest1")
        }
    }

    /// `count` more rows on every shard, in one statement each (for tests that need a longer load).
    public func addRows(_ count: Int) throws {
        for (index, source) in self.sources.enumerated() {
            try source.cli(
                "INSERT INTO t1 (uid, name, info) SELECT \(index + 1) * 10000000 + seq, CONCAT('bulk-', seq), REPEAT('x', 60) FROM seq_1_to_\(count)",
                database: "dmtest1")
        }
    }

    /// Every shard's rows, sorted by id: what the target's table must hold.
    public func union() throws -> [String] {
        try self.sources.flatMap { try Self.rows($0) }.sorted()
    }

    public func merged() throws -> [String] {
        try Self.rows(self.target)
    }

    static func rows(_ server: MariaDBServer) throws -> [String] {
        try server.cli("SELECT LPAD(id, 10, '0'), uid, name, IFNULL(info, 'NULL') FROM dmtest1.t1 ORDER BY id")
            .split(separator: "\n").map(String.init)
    }

    /// Waits until the target holds exactly the union of the shards.
    public func waitUntilMerged(seconds: Int = 120) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if let merged = try? self.merged(), merged == (try self.union()) { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }

    public func stop() async {
        await MariaDBHarness.stop(self.sources + [self.target])
    }
}
