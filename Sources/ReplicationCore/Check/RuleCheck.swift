import MigrationConfig

/// Builds the rule engines of every subtask of a task, reporting what the engines reject.
enum RuleCheck {
    static func task(_ task: Loaded<TaskConfig>) -> [ConfigDiagnostic] {
        var diagnostics: [ConfigDiagnostic] = []
        var reported: Set<ConfigPath> = []
        for index in task.value.mysqlInstances.indices {
            do {
                _ = try SubtaskRules(task: task.value, instanceIndex: index)
            } catch {
                // A shared rule that fails is reported once, not once per instance using it.
                if reported.insert(error.path).inserted {
                    diagnostics.append(task.diagnostic(error.message, at: error.path))
                }
            }
        }
        return diagnostics
    }

    static func source(_ source: Loaded<SourceConfig>) -> [ConfigDiagnostic] {
        do {
            _ = try BinlogEventFilter(
                rules: source.value.filters, caseSensitive: source.value.caseSensitive,
                ruleNames: source.value.filters.indices.map { "filters[\($0)]" })
            return []
        } catch {
            return [source.diagnostic(String(describing: error), at: ConfigPath().appending("filters"))]
        }
    }
}
