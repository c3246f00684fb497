import MigrationConfig

/// `dm config check`: loads task and source files, builds every rule each subtask would use,
/// and reports all problems with their file positions.
public struct ConfigCheck: Sendable {
    public var diagnostics: [ConfigDiagnostic] = []

    public var hasErrors: Bool { self.diagnostics.contains { $0.severity == .error } }

    public func lines(includeNotices: Bool) -> [String] {
        let shown = self.diagnostics.filter { includeNotices || $0.severity == .error }
        let errors = self.diagnostics.count { $0.severity == .error }
        let notices = self.diagnostics.count - errors
        return shown.map(\.description) + ["\(errors) error\(errors == 1 ? "" : "s"), \(notices) notice\(notices == 1 ? "" : "s")"]
    }

    public static func run(files: [String], secrets: SecretKeySource?) -> ConfigCheck {
        var check = ConfigCheck()
        var tasks: [Loaded<TaskConfig>] = []
        var sources: [Loaded<SourceConfig>] = []
        for file in files {
            do {
                let text = try ConfigLoader.read(file)
                switch try ConfigLoader.detectKind(yaml: text, file: file) {
                case .task:
                    let loaded = try ConfigLoader.loadTask(yaml: text, file: file, secrets: secrets)
                    check.diagnostics += loaded.notices
                    tasks.append(loaded)
                case .source:
                    let loaded = try ConfigLoader.loadSource(yaml: text, file: file, secrets: secrets)
                    check.diagnostics += loaded.notices
                    sources.append(loaded)
                }
            } catch {
                check.diagnostics += error.diagnostics
            }
        }
        for source in sources {
            check.diagnostics += RuleCheck.source(source)
        }
        for task in tasks {
            check.diagnostics += RuleCheck.task(task)
            if !sources.isEmpty {
                check.diagnostics += Self.crossCheck(task, sources: sources)
            }
        }
        return check
    }

    /// With source files given, every source the task names must be among them, once.
    static func crossCheck(_ task: Loaded<TaskConfig>, sources: [Loaded<SourceConfig>]) -> [ConfigDiagnostic] {
        var diagnostics: [ConfigDiagnostic] = []
        let known = sources.map(\.value.sourceID)
        for (index, instance) in task.value.mysqlInstances.enumerated() where !known.contains(instance.sourceID) {
            let path = ConfigPath().appending("mysql-instances").appending(index: index).appending("source-id")
            diagnostics.append(
                task.diagnostic("source '\(instance.sourceID)' is not among the source files given (\(known.joined(separator: ", ")))", at: path))
        }
        var seen: [String: String] = [:]
        for source in sources {
            if let other = seen[source.value.sourceID] {
                diagnostics.append(source.diagnostic("source-id '\(source.value.sourceID)' is also used by \(other)", at: ConfigPath().appending("source-id")))
            }
            seen[source.value.sourceID] = source.file
        }
        return diagnostics
    }
}
