import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker

/// Task and source files for a migration from `source` to `target` in the test servers.
enum MigrationFiles {
    static func source(_ server: MariaDBServer, id: String = "source-1") throws -> SourceConfig {
        try ConfigLoader.loadSource(yaml: sourceYAML(server, id: id)).value
    }

    static func sourceYAML(_ server: MariaDBServer, id: String = "source-1") -> String {
        """
            source-id: "\(id)"
            from:
              host: "\(server.host)"
              port: \(server.port)
              user: "\(server.user)"
              password: "\(server.password)"
            """
    }

    /// A new temporary directory holding the source file for `server` (`source.yaml`), and
    /// where the task file goes (`task.yaml`); the caller removes the directory.
    static func workDirectory(_ prefix: String, source server: MariaDBServer, id: String = "source-1") throws -> (directory: URL, sourceFile: URL, taskFile: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sourceFile = directory.appendingPathComponent("source.yaml")
        try sourceYAML(server, id: id).write(to: sourceFile, atomically: true, encoding: .utf8)
        return (directory, sourceFile, directory.appendingPathComponent("task.yaml"))
    }

    /// The task file's `target-database` section for `target`.
    static func targetYAML(_ target: MariaDBServer) -> String {
        """
        target-database:
          host: "\(target.host)"
          port: \(target.port)
          user: "\(target.user)"
          password: "\(target.password)"
        """
    }

    /// A full-mode task over `databases`; `extra` is appended to the file (routes, ...), and
    /// `instance` to the mysql-instances entry.
    static func task(
        name: String, target: MariaDBServer, databases: [String], sourceID: String = "source-1", rows: Int = 0, threads: Int = 4,
        consistency: String = "auto", instance: String = "", extra: String = ""
    ) throws -> TaskConfig {
        try ConfigLoader.loadTask(yaml: taskYAML(
            name: name, target: target, databases: databases, sourceID: sourceID, rows: rows, threads: threads,
            consistency: consistency, instance: instance, extra: extra)).value
    }

    static func taskYAML(
        name: String, target: MariaDBServer, databases: [String], sourceID: String = "source-1", rows: Int = 0, threads: Int = 4,
        consistency: String = "auto", instance: String = "", extra: String = ""
    ) -> String {
        let list = databases.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            name: "\(name)"
            task-mode: full
            \(Self.targetYAML(target))
            mysql-instances:
              - source-id: "\(sourceID)"
                block-allow-list: "only"
                mydumper-config-name: "dump"
            \(instance)
            block-allow-list:
              only:
                do-dbs: [\(list)]
            mydumpers:
              dump:
                threads: \(threads)
                rows: \(rows)
                extra-args: "--consistency \(consistency)"
            \(extra)
            """
    }
}
