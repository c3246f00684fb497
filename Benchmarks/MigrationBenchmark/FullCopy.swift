import Foundation
import MariaDBHarness

/// The full-copy benchmark: `dm run` (task-mode full) vs mydumper + myloader vs `mariadb-dump | mariadb`.
func fullCopyBenchmark(_ arguments: [String]) async {
    if arguments.count > 3 { usage("too many arguments") }
    let tableCount = positional(arguments, 0, default: 8)
    let rowsPerTable = positional(arguments, 1, default: 1_000_000)
    let threads = positional(arguments, 2, default: 4)
    let totalRows = tableCount * rowsPerTable

    let work = FileManager.default.temporaryDirectory.appendingPathComponent("migration-bench-\(UUID().uuidString.prefix(8))")
    var servers: [MariaDBServer] = []
    do {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let tools = try Tools.locate()
        let source = try await MariaDBHarness.startServer(options: Servers.source)
        servers.append(source)
        let target = try await MariaDBHarness.startServer(options: Servers.target)
        servers.append(target)
        try Servers.checkSourceBinlog(source)

        let version = try source.cli("SELECT VERSION()")
        let mydumperVersion = try Command.output(tools.mydumper, ["--version"], scratch: work)
        say("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; MariaDB \(version) (source and target); \(mydumperVersion)")
        say("data: \(tableCount) tables x \(rowsPerTable) rows = \(totalRows) rows (sysbench oltp_read_write); \(threads) threads for every tool")

        say("filling the source: sysbench oltp_read_write prepare ...")
        let fill = try Servers.fill(
            source, sysbench: tools.sysbench, tables: tableCount, rows: rowsPerTable, threads: threads,
            log: work.appendingPathComponent("sysbench.log"))
        say(String(format: "  %.1f s", fill))
        let tables = Verification.tableNames(count: tableCount)
        let reference = try Verification.reference(source: source, tables: tables)

        let contenders = Contenders(source: source, target: target, tools: tools, threads: threads, work: work)
        var report = Report(rows: totalRows)

        say("a. dm run (task-mode full)")
        let dm = try contenders.dmRun()
        say(String(format: "  %.2f s", dm))
        try Verification.verify(target: target, against: reference, tables: tables, after: "dm run")
        report.results.append(("swift-dm `dm run` (task-mode full)", dm))

        say("b. mydumper + myloader")
        let (dump, load) = try contenders.mydumperMyloader()
        say(String(format: "  %.2f s (dump %.2f s, load %.2f s)", dump + load, dump, load))
        try Verification.verify(target: target, against: reference, tables: tables, after: "mydumper + myloader")
        report.results += [
            ("mydumper + myloader", dump + load),
            ("mydumper (dump only)", dump),
            ("myloader (load only)", load),
        ]

        say("c. mariadb-dump | mariadb")
        let pipe = try contenders.dumpPipe()
        say(String(format: "  %.2f s", pipe))
        try Verification.verify(target: target, against: reference, tables: tables, after: "mariadb-dump | mariadb")
        report.results.append(("`mariadb-dump --single-transaction --quick \\| mariadb`", pipe))

        say("")
        say(report.table())
        say("")
        say("\(totalRows) rows in \(tableCount) tables, \(threads) threads, \(ProcessInfo.processInfo.activeProcessorCount) cores, MariaDB \(version)")
        say(Report.comparison(dm, dump + load, against: "mydumper + myloader"))
        say(Report.comparison(dm, pipe, against: "mariadb-dump | mariadb"))
    } catch {
        try? FileHandle.standardError.write(contentsOf: Data("error: \(error)\nlogs kept in \(work.path)\n".utf8))
        await MariaDBHarness.stop(servers)
        exit(1)
    }
    await MariaDBHarness.stop(servers)
    try? FileManager.default.removeItem(at: work)

}
