import Foundation
import MariaDBHarness
import Testing

/// `dm run` is SIGKILLed at random moments of a load, several times in a row, then run to the
/// end: every chunk must be in the target exactly once.
@Suite(.serialized, .timeLimit(.minutes(15))) struct LoadCrashTests {
    @Test func killedLoadsResumeExactly() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE crash")
            try source.cli("""
                CREATE TABLE wide (id INT PRIMARY KEY, k INT, c CHAR(120), pad CHAR(60), KEY (k));
                INSERT INTO wide SELECT seq, seq % 1000, SHA2(seq, 256), MD5(seq) FROM seq_1_to_600000;
                CREATE TABLE keyless (a INT, b VARCHAR(40));
                INSERT INTO keyless SELECT seq % 50, MD5(seq % 50) FROM seq_1_to_60000;
                CREATE TABLE composite (name VARCHAR(40) COLLATE utf8mb4_general_ci, at DATETIME(3), tag VARBINARY(8), v TEXT,
                  PRIMARY KEY (name, at, tag));
                INSERT INTO composite SELECT CONCAT(IF(seq % 2, 'Name ', 'náme '), seq % 97), '2020-01-01' + INTERVAL seq SECOND,
                  UNHEX(LPAD(HEX(seq), 8, '0')), REPEAT('x', seq % 300) FROM seq_1_to_40000;
                """, database: "crash")
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crash-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let sourceFile = directory.appendingPathComponent("source.yaml")
            let taskFile = directory.appendingPathComponent("task.yaml")
            try MigrationFiles.sourceYAML(source).write(to: sourceFile, atomically: true, encoding: .utf8)
            try MigrationFiles.taskYAML(name: "crash", target: target, databases: ["crash"], rows: 4000, threads: 3)
                .write(to: taskFile, atomically: true, encoding: .utf8)
            let arguments = ["run", "--progress-interval", "0", "--source", sourceFile.path, taskFile.path]

            // Kills come from a Dispatch timer, not from this test's task: with a busy
            // cooperative pool the task may run late, and the kill would land after the load.
            var killedMidway = 0
            for round in 1...5 {
                let run = try DMProcess(arguments, workDirectory: directory)
                let state = run.killLater(milliseconds: Int.random(in: 300...2500))
                while run.process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
                run.process.waitUntilExit()
                let killed = state.killedWhileRunning
                if killed { killedMidway += 1 }
                let loaded = try target.cli(
                    "SELECT COUNT(*), IFNULL(SUM(`rows`), 0) FROM dm_meta.crash_loader_checkpoint WHERE status = 'loaded'")
                print("crash round \(round): killed \(killed ? "mid-load" : "after it ended"), loaded chunks/rows: \(loaded)")
            }
            #expect(killedMidway >= 3, "the load ended before most kills")

            let final = try DMProcess(arguments, workDirectory: directory).wait()
            #expect(final.status == 0, "dm run failed: \(final.output)")
            for table in ["wide", "keyless", "composite"] {
                let checksum = "CHECKSUM TABLE crash.\(table) EXTENDED; SELECT COUNT(*) FROM crash.\(table)"
                #expect(try source.cli(checksum) == target.cli(checksum), "table \(table) differs")
            }
            // Secondary indexes deferred by the first run were built by the last one.
            for table in ["wide", "keyless", "composite"] {
                let create = { (server: MariaDBServer) in
                    try server.cli("SHOW CREATE TABLE crash.\(table)").replacing(/\ AUTO_INCREMENT=\d+/, with: "")
                }
                #expect(try create(source) == create(target))
            }
            #expect(try target.cli("SELECT COUNT(*) FROM dm_meta.crash_loader_index") == "0")
            let unfinished = try target.cli("SELECT COUNT(*) FROM dm_meta.crash_loader_checkpoint WHERE status <> 'loaded'")
            #expect(unfinished == "0")
        }
    }
}
