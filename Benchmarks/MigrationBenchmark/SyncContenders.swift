import Foundation
import MariaDBHarness

/// The ways to apply the recorded workload (binlog `start` to `end`) to a server holding the
/// tables as they were at `start`. Each returns wall-clock seconds from its start until
/// everything up to `end` is committed on its server.
struct SyncContenders: Sendable {
    let source: MariaDBServer
    let tools: Tools
    let start: BinlogMark
    let end: BinlogMark
    let work: URL

    /// a. `dm run` in task-mode incremental from `start`. Done when dm's status endpoint says
    /// everything up to `end` is committed in the target (each applier commits its checkpoint
    /// with its rows; appliers with nothing outstanding count as far as the reader handed out),
    /// polled every 50 ms. `syncer` holds extra lines of the task's `syncers` entry.
    func dmRun(target: MariaDBServer, syncer: String = "") throws -> (seconds: Double, cpu: Double) {
        let sourceFile = work.appendingPathComponent("sync-source.yaml")
        let taskFile = work.appendingPathComponent("sync-task.yaml")
        try Contenders.sourceYAML(source).write(to: sourceFile, atomically: true, encoding: .utf8)
        try taskYAML(target, syncer: syncer).write(to: taskFile, atomically: true, encoding: .utf8)
        let log = work.appendingPathComponent("dm-sync.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tools.dm)
        process.arguments = ["run", "--source", sourceFile.path, "--status-addr", "127.0.0.1:0", taskFile.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        process.currentDirectoryURL = work
        let began = ContinuousClock.now
        try process.run()
        defer {
            // SIGTERM: dm stops after the current batches commit; the poll avoids waitUntilExit's run loop.
            process.terminate()
            for _ in 0..<600 where process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        }
        var port: Int?
        while true {
            guard process.isRunning else {
                throw BenchmarkFailure("dm run exited with status \(process.terminationStatus) before catching up; end of \(log.path):\n\(Command.tail(of: log))")
            }
            if port == nil, let text = try? String(contentsOf: log, encoding: .utf8), let range = text.range(of: "status at http://127.0.0.1:") {
                port = Int(text[range.upperBound...].prefix { $0.isNumber })
            }
            if let port, let status = HTTPGet.body(port: port, path: "/status"), Self.committed(status, reached: end) {
                return (seconds(ContinuousClock.now - began), CPUTime.of(process.processIdentifier))
            }
            if ContinuousClock.now - began > .seconds(3600) { throw BenchmarkFailure("dm run did not catch up within an hour; see \(log.path)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Whether the `/status` document's committed position is at or past `end`.
    static func committed(_ status: String, reached end: BinlogMark) -> Bool {
        guard let key = status.range(of: "\"committed_position\""),
            let open = status[key.upperBound...].firstIndex(of: "\""),
            let close = status[status.index(after: open)...].firstIndex(of: "\"")
        else { return false }
        let position = status[status.index(after: open)..<close]
        guard let colon = position.lastIndex(of: ":"), let offset = Int(position[position.index(after: colon)...]) else { return false }
        let file = String(position[..<colon])
        return file > end.file || (file == end.file && offset >= end.position)
    }

    /// b/c. A native replica started at `start` (its I/O thread fetches the binlog while its
    /// SQL thread(s) apply it), timed from START SLAVE until MASTER_POS_WAIT says `end` is
    /// applied.
    func nativeReplica(_ replica: MariaDBServer, parallelThreads: Int) throws -> Double {
        var change = "CHANGE MASTER TO MASTER_HOST='\(source.host)', MASTER_PORT=\(source.port), MASTER_USER='\(source.user)', "
            + "MASTER_LOG_FILE='\(start.file)', MASTER_LOG_POS=\(start.position), MASTER_USE_GTID=no"
        if !source.password.isEmpty { change += ", MASTER_PASSWORD='\(source.password)'" }
        try replica.cli("\(change); SET GLOBAL slave_parallel_threads = \(parallelThreads);")
        let began = ContinuousClock.now
        let result = try replica.cli("START SLAVE; SELECT MASTER_POS_WAIT('\(end.file)', \(end.position), 3600);")
        let elapsed = seconds(ContinuousClock.now - began)
        guard result == "0" || (Int(result) ?? -1) > 0 else {
            let status = (try? replica.cli("SHOW SLAVE STATUS\\G")) ?? ""
            throw BenchmarkFailure("the replica did not reach \(end) (MASTER_POS_WAIT gave \(result)):\n\(status)")
        }
        try replica.cli("STOP SLAVE")
        return elapsed
    }

    /// DM's task file: incremental sync of `sbtest` from `start`, with DM's default syncer
    /// settings. The copy is exactly at `start`, so `safe-mode-duration: "0s"` says no
    /// automatic safe mode is needed (as the replicas, which get none either).
    private func taskYAML(_ target: MariaDBServer, syncer: String) -> String {
        """
        name: "bench"
        task-mode: incremental
        target-database:
          host: \(Contenders.quoted(target.host))
          port: \(target.port)
          user: \(Contenders.quoted(target.user))
          password: \(Contenders.quoted(target.password))
        mysql-instances:
          - source-id: "bench-source"
            block-allow-list: "bal"
            syncer-config-name: "sync"
            meta:
              binlog-name: \(Contenders.quoted(start.file))
              binlog-pos: \(start.position)
        syncers:
          sync:
            worker-count: 16
            batch: 100
            safe-mode-duration: "0s"
            \(syncer)
        block-allow-list:
          bal:
            do-dbs: ["sbtest"]

        """
    }
}
