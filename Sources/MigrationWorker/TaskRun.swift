import MigrationConfig

/// What `dm run` runs for a task: one subtask per `mysql-instances` entry, each with the
/// source file that defines its source id.
public struct TaskRun: Sendable {
    public let task: TaskConfig
    public let migrations: [FullMigration]

    public init(task: TaskConfig, sources: [SourceConfig]) throws {
        switch task.taskMode {
        case .full: break
        case .incremental, .all:
            throw MigrationError(
                "task \(task.name): task-mode \(task.taskMode.rawValue) needs the incremental sync unit, which is not built yet; "
                    + "set task-mode: full to run the full migration alone")
        }
        if task.shardMode != .none {
            throw MigrationError("task \(task.name): shard-mode \(task.shardMode.rawValue) is not supported yet")
        }
        var byID: [String: SourceConfig] = [:]
        for source in sources {
            if byID[source.sourceID] != nil { throw MigrationError("two source files define source-id \(source.sourceID)") }
            byID[source.sourceID] = source
        }
        self.task = task
        self.migrations = try task.mysqlInstances.map { instance in
            guard let source = byID[instance.sourceID] else {
                let known = byID.keys.sorted().joined(separator: ", ")
                throw MigrationError(
                    "task \(task.name) names source \(instance.sourceID), but no --source file defines it (given: \(known.isEmpty ? "none" : known))")
            }
            return try FullMigration(task: task, source: source)
        }
    }

    /// Runs every subtask at once; the first failure stops the others.
    public func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for migration in self.migrations {
                group.addTask {
                    do {
                        _ = try await migration.run()
                    } catch {
                        throw MigrationError("source \(migration.source.sourceID): \(error)")
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
