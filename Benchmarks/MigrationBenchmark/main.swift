// Two benchmarks against the peers a user would otherwise run, in one run each:
//
//     swift run -c release MigrationBenchmark [tables] [rows-per-table] [threads]     (8 1000000 4)
//
// copies sysbench's tables from one throwaway MariaDB (the source, binlog on) to another (the
// target) with this project's `dm run` (task-mode full), with mydumper + myloader and with
// `mariadb-dump | mariadb`; checks every copy with CHECKSUM TABLE and row counts, and prints wall
// seconds and rows/s side by side (FullCopy.swift).
//
//     swift run -c release MigrationBenchmark sync [tables] [rows-per-table] [transactions]   (8 100000 100000)
//
// applies one sysbench write workload from the source's binlog with `dm run` (task-mode
// incremental) and with native MariaDB replicas (slave_parallel_threads 0 and 4), each catching
// up from a stopped start, and prints transactions/s and row changes/s (SyncBenchmark.swift).
//
// `dm` is the binary next to this one (scripts/bench-migrate and scripts/bench-sync build both
// in release mode).
import Foundation
import MariaDBHarness

func usage(_ problem: String) -> Never {
    try? FileHandle.standardError.write(contentsOf: Data(
        """
        \(problem)
        usage: MigrationBenchmark [tables] [rows-per-table] [threads]                (defaults 8 1000000 4)
               MigrationBenchmark sync [tables] [rows-per-table] [transactions]      (defaults 8 100000 100000)

        """.utf8))
    exit(2)
}

/// Positional argument `index` (0-based) of `arguments`, or `value` when absent.
func positional(_ arguments: [String], _ index: Int, default value: Int) -> Int {
    guard index < arguments.count else { return value }
    guard let number = Int(arguments[index]), number > 0 else { usage("not a positive integer: \(arguments[index])") }
    return number
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "sync" {
    await syncBenchmark(Array(arguments.dropFirst()))
} else {
    await fullCopyBenchmark(arguments)
}
