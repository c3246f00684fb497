import Foundation
import MariaDBHarness
import Testing

/// `dm run` (task-mode all) SIGKILLed at random moments while the source takes writes, on
/// tables with and without keys; after a last run catches up, the target equals the source:
/// no row lost, none applied twice (the keyless table would show it).
@Suite(.serialized, .timeLimit(.minutes(15))) struct SyncCrashTests {
    @Test func killedSyncResumesExactlyOnce() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli(SyncTests.schema, database: "app")
            let (directory, sourceFile, taskFile) = try MigrationFiles.workDirectory("sync-crash", source: source)
            defer { try? FileManager.default.removeItem(at: directory) }
            try MigrationFiles.taskYAML(
                name: "crash", target: target, databases: ["app"], rows: 500, instance: "    syncer-config-name: \"s\"",
                extra: "syncers:\n  s:\n    worker-count: 3\n    batch: 20"
            ).replacingOccurrences(of: "task-mode: full", with: "task-mode: all").write(to: taskFile, atomically: true, encoding: .utf8)
            let arguments = ["run", "--progress-interval", "0", "--source", sourceFile.path, taskFile.path]

            // Writers keep going through every kill.
            let writers = Task.detached {
                for round in 0..<60 {
                    try source.cli(SyncTests.accountsRound(round) + SyncTests.othersRound(round), database: "app")
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            var killedWhileRunning = 0
            for _ in 1...4 {
                let run = try DMProcess(arguments, workDirectory: directory)
                try await Task.sleep(for: .milliseconds(Int.random(in: 800...2500)))
                if run.process.isRunning { killedWhileRunning += 1 }
                run.kill()
            }
            try await writers.value
            #expect(killedWhileRunning == 4, "dm run exited before it was killed")

            let master = try source.cli("SHOW MASTER STATUS").split(separator: "\t").map(String.init)
            let last = try DMProcess(arguments, workDirectory: directory)
            defer { last.kill() }
            let deadline = ContinuousClock.now + .seconds(120)
            var caughtUp = false
            while ContinuousClock.now < deadline && last.process.isRunning {
                let lowest = try target.cli(
                    "SELECT binlog_name, binlog_pos FROM dm_meta.crash_syncer_checkpoint ORDER BY binlog_name, binlog_pos LIMIT 1")
                let parts = lowest.split(separator: "\t").map(String.init)
                if parts.count == 2, parts[0] > master[0] || (parts[0] == master[0] && UInt64(parts[1])! >= UInt64(master[1])!) {
                    caughtUp = true
                    break
                }
                try await Task.sleep(for: .milliseconds(200))
            }
            last.kill()
            #expect(caughtUp, "dm run did not catch up: \(last.wait().output.suffix(2000))")
            let differences = try await compareDatabases(source: source, sourceDatabase: "app", target: target, targetDatabase: "app")
            #expect(differences == [])
        }
    }
}
