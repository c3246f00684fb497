import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

/// A transaction far larger than memory should hold streams through the sync: `dm run`'s peak
/// resident size grows by much less than the transaction's SQL.
@Suite(.serialized, .timeLimit(.minutes(10))) struct SyncMemoryTests {
    /// Peak resident memory of a process in MiB (`VmHWM` of /proc/<pid>/status).
    static func peakMiB(_ pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
    }

    @Test func hugeUpdateStreamsInBoundedMemory() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            let rows = 300_000
            try source.cli("CREATE DATABASE app")
            try source.cli("""
                CREATE TABLE big (id INT PRIMARY KEY, filler VARCHAR(255));
                INSERT INTO big SELECT seq, REPEAT(CHAR(65 + seq % 26), 200) FROM seq_1_to_\(rows);
                """, database: "app")
            // The target gets the table as it is now; the sync starts from here.
            let copy = try MigrationFiles.task(name: "copy", target: target, databases: ["app"])
            _ = try await FullMigration(task: copy, source: try MigrationFiles.source(source)).run()
            let master = try source.cli("SHOW MASTER STATUS").split(separator: "\t").map(String.init)

            let (directory, sourceFile, taskFile) = try MigrationFiles.workDirectory("sync-memory", source: source)
            defer { try? FileManager.default.removeItem(at: directory) }
            try MigrationFiles.taskYAML(
                name: "memory", target: target, databases: ["app"],
                instance: "    syncer-config-name: \"s\"\n    meta:\n      binlog-name: \"\(master[0])\"\n      binlog-pos: \(master[1])",
                extra: "syncers:\n  s:\n    safe-mode-duration: \"0s\""
            ).replacingOccurrences(of: "task-mode: full", with: "task-mode: incremental").write(to: taskFile, atomically: true, encoding: .utf8)
            let dm = try DMProcess(
                ["run", "--progress-interval", "0", "--status-addr", "off", "--source", sourceFile.path, taskFile.path], workDirectory: directory)
            defer { dm.kill() }
            // Settled: the sync has started and reads the (quiet) source.
            try await Task.sleep(for: .seconds(2))
            let before = Self.peakMiB(dm.process.processIdentifier)

            // One transaction changing every row.
            try source.cli("UPDATE big SET filler = REPEAT('z', 200)", database: "app")
            let changed = "SELECT COUNT(*) FROM app.big WHERE filler LIKE 'z%'"
            let deadline = ContinuousClock.now + .seconds(300)
            while try target.cli(changed) != "\(rows)", ContinuousClock.now < deadline, dm.process.isRunning {
                try await Task.sleep(for: .milliseconds(500))
            }
            #expect(try target.cli(changed) == "\(rows)", "\(dm.process.isRunning ? "" : dm.wait().output)")
            let growth = Self.peakMiB(dm.process.processIdentifier) - before
            // The UPDATE's SQL alone is over 120 MiB (every row's 200-character filler as hex);
            // streamed in parts of 5,000 rows, dm holds a few parts at a time (about 70 MiB with
            // the allocator's overhead, measured).
            #expect(growth < 100, "dm's peak resident size grew by \(growth) MiB (from \(before) MiB)")
            #expect(before > 0)
        }
    }
}
