import MigrationConfig

/// What `dm run` runs for a task: per `mysql-instances` entry, with the source file that
/// defines its source id, the units its task-mode asks for — the full migration (`full`,
/// `all`) and then the sync (`all`, `incremental`), which runs until cancelled.
public struct TaskRun: Sendable {
    public struct Subtask: Sendable {
        public let source: SourceConfig
        public let full: FullMigration?
        public let sync: SyncUnit?
    }

    public let task: TaskConfig
    public let subtasks: [Subtask]

    public init(task: TaskConfig, sources: [SourceConfig]) throws {
        if task.shardMode == .optimistic {
            throw MigrationError("task \(task.name): shard-mode optimistic is not supported yet; use pessimistic (DDL waits for every shard)")
        }
        var byID: [String: SourceConfig] = [:]
        for source in sources {
            if byID[source.sourceID] != nil { throw MigrationError("two source files define source-id \(source.sourceID)") }
            byID[source.sourceID] = source
        }
        self.task = task
        let shards = task.shardMode == .pessimistic ? ShardDDLCoordinator(sourceCount: task.mysqlInstances.count) : nil
        self.subtasks = try task.mysqlInstances.map { instance in
            guard let source = byID[instance.sourceID] else {
                let known = byID.keys.sorted().joined(separator: ", ")
                throw MigrationError(
                    "task \(task.name) names source \(instance.sourceID), but no --source file defines it (given: \(known.isEmpty ? "none" : known))")
            }
            let full = task.taskMode == .incremental ? nil : try FullMigration(task: task, source: source)
            // The sync starts where the full migration's snapshot was (read from the target).
            let sync = task.taskMode == .full ? nil : try SyncUnit(task: task, source: source, shards: shards)
            return Subtask(source: source, full: full, sync: sync)
        }
    }

    /// Runs every subtask at once; the first failure stops the others. With a sync unit it
    /// returns only when cancelled (or on failure).
    public func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for subtask in self.subtasks {
                group.addTask {
                    do {
                        if let full = subtask.full { _ = try await full.run() }
                        if let sync = subtask.sync { try await sync.run() }
                    } catch is CancellationError {
                        throw CancellationError()
                    } catch {
                        throw MigrationError("source \(subtask.source.sourceID): \(error)", underlying: error)
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
