import Foundation
import MariaDBHarness

/// The sync benchmark: one sysbench write workload recorded in the source's binlog, then applied
/// from a stopped start by `dm run` (task-mode incremental; DM's default syncer settings, then
/// with `compact` and `multiple-rows`) and by native MariaDB replicas with
/// `slave_parallel_threads` 0 and 4, one after the other; every copy is checked by checksum.
func syncBenchmark(_ arguments: [String]) async {
    if arguments.count > 3 { usage("too many arguments") }
    let tableCount = positional(arguments, 0, default: 8)
    let rowsPerTable = positional(arguments, 1, default: 100_000)
    let transactions = positional(arguments, 2, default: 100_000)
    let workloadThreads = 8

    let work = FileManager.default.temporaryDirectory.appendingPathComponent("sync-bench-\(UUID().uuidString.prefix(8))")
    var servers: [MariaDBServer] = []
    do {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let tools = try Tools.locate()
        let source = try await MariaDBHarness.startServer(options: Servers.source)
        servers.append(source)
        // Appliers, all without a binlog of their own (none pays for writing one).
        var appliers: [MariaDBServer] = []
        for _ in 0..<4 {
            let server = try await MariaDBHarness.startServer(options: Servers.target)
            servers.append(server)
            appliers.append(server)
        }
        try Servers.checkSourceBinlog(source)
        let version = try source.cli("SELECT VERSION()")
        let parallelMode = try appliers[2].cli("SELECT @@slave_parallel_mode")
        say("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; MariaDB \(version) (source, dm target and replicas)")

        say("filling the source: \(tableCount) tables x \(rowsPerTable) rows (sysbench prepare) ...")
        _ = try Servers.fill(source, sysbench: tools.sysbench, tables: tableCount, rows: rowsPerTable, threads: 4, log: work.appendingPathComponent("sysbench.log"))
        let start = try BinlogMark.current(source)
        say("copying the filled tables to the dm target and the two replicas (mariadb-dump | mariadb) ...")
        for server in appliers {
            let dump = [tools.mariadbDump] + source.clientArguments() + ["--single-transaction", "--quick", "--databases", "sbtest"]
            try Command.pipeline(dump, into: [tools.mariadb] + server.clientArguments(), log: work.appendingPathComponent("copy.log"))
        }

        say("recording the workload: sysbench oltp_write_only, \(transactions) transactions, \(workloadThreads) threads ...")
        let recorded = try Servers.run(
            tools.sysbench, "oltp_write_only", "run", on: source,
            options: ["--tables=\(tableCount)", "--table-size=\(rowsPerTable)", "--threads=\(workloadThreads)", "--events=\(transactions)", "--time=0"],
            log: work.appendingPathComponent("sysbench.log"))
        let end = try BinlogMark.current(source)
        let workload = try BinlogMark.count(source, from: start, to: end)
        say(String(format: "  %.1f s on the source; binlog %@ to %@: %d transactions, %d row changes, %.1f MB",
                   recorded, start.description, end.description, workload.transactions, workload.rows, Double(workload.bytes) / 1e6))
        let tables = Verification.tableNames(count: tableCount)
        let reference = try Verification.reference(source: source, tables: tables)
        for server in servers { try Servers.settle(server) }

        let contenders = SyncContenders(source: source, tools: tools, start: start, end: end, work: work)
        var results: [(String, Double)] = []

        /// CPU seconds of the source and the applying server while `body` runs, printed.
        func measured<T>(_ target: MariaDBServer, _ body: () throws -> T) rethrows -> (T, [Double]) {
            try CPUTime.during([source.pid, target.pid], body)
        }
        func cpuLine(_ cpu: [Double], dm: Double? = nil) -> String {
            String(format: "  CPU seconds: %@source mariadbd %.1f, applying mariadbd %.1f", dm.map { String(format: "dm %.1f, ", $0) } ?? "", cpu[0], cpu[1])
        }
        let dmRuns = [
            ("a. dm run (task-mode incremental, worker-count 16, batch 100: DM's defaults)", appliers[0], "", "dm run", "swift-dm `dm run` (task-mode incremental)"),
            ("a2. dm run, as a. plus compact: true and multiple-rows: true", appliers[3], "compact: true\n    multiple-rows: true", "dm run (compact, multiple-rows)",
             "swift-dm `dm run`, compact + multiple-rows"),
        ]
        for (title, server, syncer, label, row) in dmRuns {
            say(title)
            let (run, cpu) = try measured(server) { try contenders.dmRun(target: server, syncer: syncer) }
            say(String(format: "  %.2f s", run.seconds))
            say(cpuLine(cpu, dm: run.cpu))
            try Verification.verify(target: server, against: reference, tables: tables, after: label)
            results.append((row, run.seconds))
        }

        for (server, threads) in [(appliers[1], 0), (appliers[2], 4)] {
            say("\(threads == 0 ? "b" : "c"). native MariaDB replica, slave_parallel_threads=\(threads)")
            let (native, cpu) = try measured(server) { try contenders.nativeReplica(server, parallelThreads: threads) }
            say(String(format: "  %.2f s", native))
            say(cpuLine(cpu))
            try Verification.verify(target: server, against: reference, tables: tables, after: "replica (\(threads) threads)")
            let mode = threads == 0 ? "" : ", slave_parallel_mode=\(parallelMode)"
            results.append(("MariaDB replica, slave_parallel_threads=\(threads)\(mode)", native))
        }

        say("")
        say("| applier | seconds | transactions/s | row changes/s |")
        say("| --- | ---: | ---: | ---: |")
        for (name, seconds) in results {
            say("| \(name) | " + String(format: "%.2f | %.0f | %.0f |", seconds, Double(workload.transactions) / seconds, Double(workload.rows) / seconds))
        }
        say("")
        say("\(workload.transactions) transactions, \(workload.rows) row changes (sysbench oltp_write_only, \(tableCount) tables x \(rowsPerTable) rows), "
            + "\(ProcessInfo.processInfo.activeProcessorCount) cores, MariaDB \(version)")
        let (dm, merged) = (results[0].1, results[1].1)
        for (name, seconds) in results.dropFirst(2) {
            say(String(format: "dm run vs %@: %.2fx the speed (compact + multiple-rows: %.2fx)", name, seconds / dm, seconds / merged))
        }
    } catch {
        try? FileHandle.standardError.write(contentsOf: Data("error: \(error)\nlogs kept in \(work.path)\n".utf8))
        await MariaDBHarness.stop(servers)
        exit(1)
    }
    await MariaDBHarness.stop(servers)
    try? FileManager.default.removeItem(at: work)
}
