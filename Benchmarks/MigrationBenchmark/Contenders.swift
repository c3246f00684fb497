import Foundation
import MariaDBHarness

/// The three ways to copy `sbtest` from source to target. Each starts from a target without
/// `sbtest` and from servers whose dirty pages are written (so none pays for the previous one's
/// writes), and returns wall-clock seconds of the tool's processes only.
struct Contenders: Sendable {
    let source: MariaDBServer
    let target: MariaDBServer
    let tools: Tools
    let threads: Int
    /// Scratch directory: YAML files, logs, dump directories.
    let work: URL

    /// a. This project: `dm run` of a DM task in task-mode full.
    func dmRun() throws -> Double {
        try reset(dropping: ["sbtest", "dm_meta"])
        let sourceFile = work.appendingPathComponent("source.yaml")
        let taskFile = work.appendingPathComponent("task.yaml")
        try sourceYAML().write(to: sourceFile, atomically: true, encoding: .utf8)
        try taskYAML().write(to: taskFile, atomically: true, encoding: .utf8)
        // Its own working directory: DM's relative paths (the dump `dir`, ./dumped_data) land there.
        let directory = work.appendingPathComponent("dm")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try Command.run(
            tools.dm, ["run", "--source", sourceFile.path, taskFile.path],
            log: work.appendingPathComponent("dm.log"), currentDirectory: directory)
    }

    /// b. mydumper, then myloader, timed apart. `--rows` splits each table into chunks, so the
    /// threads also share the work within a table.
    func mydumperMyloader() throws -> (dump: Double, load: Double) {
        try reset(dropping: ["sbtest"])
        let directory = work.appendingPathComponent("mydumper")
        try? FileManager.default.removeItem(at: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let dump = try Command.run(
            tools.mydumper,
            connection(source) + ["--threads", "\(threads)", "--database", "sbtest", "--outputdir", directory.path, "--rows", "500000"],
            log: work.appendingPathComponent("mydumper.log"))
        let load = try Command.run(
            tools.myloader,
            connection(target) + ["--threads", "\(threads)", "--directory", directory.path, "--overwrite-tables"],
            log: work.appendingPathComponent("myloader.log"))
        return (dump, load)
    }

    /// c. `mariadb-dump | mariadb` as one /bin/sh pipeline, timed as a whole.
    func dumpPipe() throws -> Double {
        try reset(dropping: ["sbtest"])
        let dump = [tools.mariadbDump] + source.clientArguments() + ["--single-transaction", "--quick", "--databases", "sbtest"]
        return try Command.pipeline(dump, into: [tools.mariadb] + target.clientArguments(), log: work.appendingPathComponent("mariadb-dump.log"))
    }

    // MARK: Helpers

    /// Drops what a previous contender left on the target, then lets both servers settle.
    private func reset(dropping databases: [String]) throws {
        try target.cli(databases.map { "DROP DATABASE IF EXISTS `\($0)`;" }.joined(separator: " "))
        try Servers.settle(source)
        try Servers.settle(target)
    }

    /// mydumper/myloader connection options (TCP: an explicit host and port).
    private func connection(_ server: MariaDBServer) -> [String] {
        var arguments = ["--host", server.host, "--port", "\(server.port)", "--user", server.user]
        if !server.password.isEmpty { arguments += ["--password", server.password] }
        return arguments
    }

    private func sourceYAML() -> String { Self.sourceYAML(source) }

    /// DM's source file for `source`.
    static func sourceYAML(_ source: MariaDBServer) -> String {
        """
        source-id: "bench-source"
        from:
          host: \(quoted(source.host))
          port: \(source.port)
          user: \(quoted(source.user))
          password: \(quoted(source.password))

        """
    }

    /// DM's task file: full copy of `sbtest`, dump and load with the same thread count as the others.
    private func taskYAML() -> String {
        """
        name: "bench"
        task-mode: full
        target-database:
          host: \(quoted(target.host))
          port: \(target.port)
          user: \(quoted(target.user))
          password: \(quoted(target.password))
        mysql-instances:
          - source-id: "bench-source"
            block-allow-list: "bal"
            mydumper-thread: \(threads)
            loader-thread: \(threads)
        block-allow-list:
          bal:
            do-dbs: ["sbtest"]

        """
    }

    private func quoted(_ text: String) -> String { Self.quoted(text) }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
