import Foundation
import MariaDBHarness

/// The two throwaway servers and what is done to them outside the timed runs.
enum Servers {
    /// Both servers: a buffer pool that holds a good part of the data, group commit to the OS
    /// cache, and a 1G redo log instead of the harness's 8M (with 8M, InnoDB would checkpoint
    /// all the time and every contender would mostly measure that; the server resizes the
    /// template's log at startup).
    static let common = ["--innodb-buffer-pool-size=1G", "--innodb-flush-log-at-trx-commit=2", "--innodb-log-file-size=1G"]

    /// The source: binlog on (the harness enables it with mysql-bin.*), row format as DM needs.
    static let source = MariaDBServerOptions(extraArguments: common + ["--binlog-format=ROW"])

    /// The target: LOCAL INFILE allowed (a loader may use LOAD DATA LOCAL), and no binlog: myloader
    /// turns it off for its sessions (SET SQL_LOG_BIN=0), so without this the other contenders
    /// would pay for writing one and myloader would not.
    static let target = MariaDBServerOptions(extraArguments: common + ["--local-infile=1", "--skip-log-bin"])

    /// Fails unless the source writes a row-format binlog.
    static func checkSourceBinlog(_ source: MariaDBServer) throws {
        let settings = try source.cli("SELECT @@log_bin, @@binlog_format")
        guard settings == "1\tROW" else {
            throw BenchmarkFailure("the source must write a ROW binlog; log_bin, binlog_format = \(settings)")
        }
    }

    /// Fills `sbtest` on the source with sysbench's tables; returns the seconds it took.
    static func fill(_ source: MariaDBServer, sysbench: String, tables: Int, rows: Int, threads: Int, log: URL) throws -> Double {
        try source.cli("CREATE DATABASE sbtest")
        return try run(sysbench, "oltp_read_write", "prepare", on: source, options: ["--tables=\(tables)", "--table-size=\(rows)", "--threads=\(threads)"], log: log)
    }

    /// Runs one sysbench `test` `command` against `sbtest` on `server`; returns its seconds.
    @discardableResult
    static func run(_ sysbench: String, _ test: String, _ command: String, on server: MariaDBServer, options: [String], log: URL) throws -> Double {
        var arguments = [
            test, "--db-driver=mysql",
            "--mysql-host=\(server.host)", "--mysql-port=\(server.port)", "--mysql-user=\(server.user)",
        ]
        if !server.password.isEmpty { arguments.append("--mysql-password=\(server.password)") }
        arguments += ["--mysql-db=sbtest"] + options + [command]
        return try Command.run(sysbench, arguments, log: log)
    }

    /// Waits until InnoDB has written its dirty pages, so one contender's (or the fill's) pending
    /// writes don't slow down the next one. Temporarily asks the page cleaner to flush everything.
    static func settle(_ server: MariaDBServer, timeout: TimeInterval = 600) throws {
        let saved = try server.cli(
            "SELECT @@GLOBAL.innodb_max_dirty_pages_pct, @@GLOBAL.innodb_max_dirty_pages_pct_lwm, @@GLOBAL.innodb_io_capacity, @@GLOBAL.innodb_io_capacity_max"
        ).split(separator: "\t").map(String.init)
        guard saved.count == 4 else { throw BenchmarkFailure("unexpected dirty-page settings: \(saved)") }
        // At the default io capacity (200 pages/s) a benchmark's dirty pages take minutes.
        try server.cli("""
            SET GLOBAL innodb_io_capacity_max = 100000; SET GLOBAL innodb_io_capacity = 50000;
            SET GLOBAL innodb_max_dirty_pages_pct_lwm = 0.001; SET GLOBAL innodb_max_dirty_pages_pct = 0;
            """)
        defer {
            _ = try? server.cli("""
                SET GLOBAL innodb_max_dirty_pages_pct = \(saved[0]); SET GLOBAL innodb_max_dirty_pages_pct_lwm = \(saved[1]);
                SET GLOBAL innodb_io_capacity = \(saved[2]); SET GLOBAL innodb_io_capacity_max = \(saved[3]);
                """)
        }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let dirty = try server.cli(
                "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'")
            // A few pages stay dirty from background work; 100 pages are 1.6 MB.
            if let pages = Int(dirty), pages < 100 { return }
            Thread.sleep(forTimeInterval: 0.5)
        }
        say("  note: \(server.host):\(server.port) still has dirty pages after \(Int(timeout)) s; going on")
    }
}
