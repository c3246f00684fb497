import MigrationConfig
import ReplicationCore

/// The settings and compiled rules of one subtask: the task's `mysql-instances` entry for a
/// source.
struct SubtaskSetup: Sendable {
    let settings: SubtaskSettings
    let rules: SubtaskRules

    init(task: TaskConfig, source: SourceConfig) throws {
        guard let index = task.mysqlInstances.firstIndex(where: { $0.sourceID == source.sourceID }) else {
            throw MigrationError("task \(task.name) has no mysql-instances entry for source \(source.sourceID)")
        }
        self.settings = task.subtaskSettings(index)
        self.rules = try SubtaskRules(task: task, instanceIndex: index, source: source)
    }
}
