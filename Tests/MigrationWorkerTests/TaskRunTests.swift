import MigrationConfig
@testable import MigrationWorker
import Testing

@Suite struct TaskRunTests {
    static func task(mode: String, shardMode: String = "") throws -> TaskConfig {
        try ConfigLoader.loadTask(yaml: """
            name: "t"
            task-mode: \(mode)
            shard-mode: "\(shardMode)"
            target-database: {host: "127.0.0.1", port: 3306, user: "root"}
            mysql-instances:
              - source-id: "s1"
            """).value
    }

    static let source = try! ConfigLoader.loadSource(yaml: """
        source-id: "s2"
        from: {host: "127.0.0.1", port: 3306, user: "root"}
        """).value

    @Test func modesChooseTheUnits() throws {
        let source = try ConfigLoader.loadSource(yaml: """
            source-id: "s1"
            from: {host: "127.0.0.1", port: 3306, user: "root"}
            """).value
        let all = try TaskRun(task: try Self.task(mode: "all"), sources: [source]).subtasks[0]
        #expect(all.full != nil && all.sync != nil)
        let full = try TaskRun(task: try Self.task(mode: "full"), sources: [source]).subtasks[0]
        #expect(full.full != nil && full.sync == nil)
        let incremental = try TaskRun(task: try Self.task(mode: "incremental"), sources: [source]).subtasks[0]
        #expect(incremental.full == nil && incremental.sync != nil)
    }

    @Test func shardModesAreRefusedClearly() throws {
        let shard = #expect(throws: MigrationError.self) { try TaskRun(task: try Self.task(mode: "full", shardMode: "optimistic"), sources: []) }
        #expect(shard?.message == "task t: shard-mode optimistic is not supported yet; use pessimistic (DDL waits for every shard)")
    }

    @Test func everyInstanceNeedsItsSourceFile() throws {
        let error = #expect(throws: MigrationError.self) { try TaskRun(task: try Self.task(mode: "full"), sources: [Self.source]) }
        #expect(error?.message == "task t names source s1, but no --source file defines it (given: s2)")
    }
}

@Suite struct ProgressLineTests {
    @Test func lineReadsWell() {
        let report = LoadProgress.Report(
            tables: [], rows: 1_500_000, bytes: 300 << 20, estimatedRows: 3_000_000, chunksDone: 12, chunksPlanned: 24,
            elapsed: .seconds(10), rowsPerSecond: 150_000, bytesPerSecond: Double(30 << 20), eta: .seconds(75), finished: false)
        #expect(
            ProgressLine.format(report, label: "t/s1 load")
                == "t/s1 load: [##########..........] 1500k/3000k rows (50.0%), 300.0 MiB, chunks 12/24, 150k rows/s, 30.0 MiB/s, ETA 1m15s")
    }
}

@Suite struct SyncLineTests {
    @Test func lineReadsWell() {
        let status = SyncStatus.Snapshot(
            readPosition: BinlogPosition(file: "mysql-bin.000002", position: 1234, gtidSet: ""),
            committedPosition: BinlogPosition(file: "mysql-bin.000002", position: 1000, gtidSet: ""), eventsRead: 10, rowsApplied: 42,
            ddlApplied: 1, lagSeconds: 0.25, rowsPerSecond: 31_000, eventsPerSecond: 12_000, caughtUp: false, lastRetryError: nil, retries: 0,
            safeMode: false, heartbeatLagSeconds: nil)
        #expect(
            SyncLine.format(status, label: "t/s1 sync")
                == "t/s1 sync: read mysql-bin.000002:1234, committed mysql-bin.000002:1000, lag 0.3s, 31k rows/s, 12k events/s, 42 rows, 1 DDL")
        var safe = status
        safe.safeMode = true
        safe.heartbeatLagSeconds = 1.5
        safe.caughtUp = true
        #expect(
            SyncLine.format(safe, label: "t/s1 sync")
                == "t/s1 sync: read mysql-bin.000002:1234, committed mysql-bin.000002:1000, lag 0.3s (heartbeat 1.5s), 31k rows/s, 12k events/s, 42 rows, 1 DDL, caught up, safe mode")
    }
}
