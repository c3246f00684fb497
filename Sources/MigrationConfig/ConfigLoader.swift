import Foundation
import Yams

/// A config file after loading: the value, plus notices (deprecated or not-yet-supported keys)
/// that `dm config check` prints.
public struct Loaded<Value: Sendable>: Sendable {
    public var value: Value
    public var notices: [ConfigDiagnostic]
    public var file: String
    /// Line and column of every key and list item written in the file.
    public var locations: [ConfigPath: ConfigLocation]

    /// A diagnostic about a key of this file, found after loading (e.g. by the rule engines),
    /// placed at the key or its closest written parent.
    public func diagnostic(_ message: String, at path: ConfigPath, severity: ConfigDiagnostic.Severity = .error) -> ConfigDiagnostic {
        var components = path.components
        var location = self.locations[path]
        while location == nil, !components.isEmpty {
            components.removeLast()
            location = self.locations[ConfigPath(components)]
        }
        return ConfigDiagnostic(
            severity: severity, file: self.file, line: location?.line ?? 0, column: location?.column ?? 0, path: path, message: message)
    }
}

/// 1-based line and column in a config file.
public struct ConfigLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int
}

/// Which of DM's file kinds a YAML document is.
public enum ConfigKind: String, Sendable {
    case task
    case source
}

/// Reads DM task and source files. Loading collects every problem in the file before failing,
/// so one run of `dm config check` shows all of them.
public enum ConfigLoader {
    public static func loadTask(path: String, secrets: SecretKeySource? = nil) throws(ConfigErrors) -> Loaded<TaskConfig> {
        try Self.load(TaskConfig.self, text: Self.read(path), file: path, secrets: secrets)
    }

    public static func loadSource(path: String, secrets: SecretKeySource? = nil) throws(ConfigErrors) -> Loaded<SourceConfig> {
        try Self.load(SourceConfig.self, text: Self.read(path), file: path, secrets: secrets)
    }

    public static func loadTask(yaml: String, file: String = "<task>", secrets: SecretKeySource? = nil) throws(ConfigErrors) -> Loaded<TaskConfig> {
        try Self.load(TaskConfig.self, text: yaml, file: file, secrets: secrets)
    }

    public static func loadSource(yaml: String, file: String = "<source>", secrets: SecretKeySource? = nil) throws(ConfigErrors) -> Loaded<SourceConfig> {
        try Self.load(SourceConfig.self, text: yaml, file: file, secrets: secrets)
    }

    /// Task files have `mysql-instances` or `task-mode`; source files have `source-id` at the top.
    public static func detectKind(yaml: String, file: String) throws(ConfigErrors) -> ConfigKind {
        let root = try Self.parse(yaml, file: file)
        guard case .mapping(let mapping)? = root else {
            throw ConfigErrors([ConfigDiagnostic(file: file, line: 1, column: 1, path: ConfigPath(), message: "expected a mapping of keys at the top level")])
        }
        let keys = Set(mapping.keys.compactMap(\.string))
        if keys.contains("mysql-instances") || keys.contains("task-mode") || keys.contains("target-database") { return .task }
        if keys.contains("source-id") || keys.contains("from") { return .source }
        throw ConfigErrors([
            ConfigDiagnostic(
                file: file, line: 1, column: 1, path: ConfigPath(),
                message: "neither a task file (no task-mode, mysql-instances or target-database) nor a source file (no source-id or from)")
        ])
    }

    public static func read(_ path: String) throws(ConfigErrors) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigErrors([ConfigDiagnostic(file: path, line: 0, column: 0, path: ConfigPath(), message: "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigErrors([ConfigDiagnostic(file: path, line: 0, column: 0, path: ConfigPath(), message: "the file is not valid UTF-8")])
        }
        return text
    }

    static func load<Value: ConfigSection & Sendable>(
        _ type: Value.Type, text: String, file: String, secrets: SecretKeySource?
    ) throws(ConfigErrors) -> Loaded<Value> {
        let root = try Self.parse(text, file: file)
        guard let root, !root.isNull else {
            throw ConfigErrors([ConfigDiagnostic(file: file, line: 1, column: 1, path: ConfigPath(), message: "the file is empty")])
        }
        let context = DecodeContext(file: file, secrets: secrets)
        let value = Value.decode(root, at: ConfigPath(), context: context)
        let errors = context.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let value else {
            throw ConfigErrors(errors.isEmpty ? context.diagnostics : errors)
        }
        return Loaded(
            value: value, notices: context.diagnostics.filter { $0.severity == .notice }, file: file,
            locations: context.marks.mapValues { ConfigLocation(line: $0.line, column: $0.column) })
    }

    /// YAML syntax errors become diagnostics with libyaml's line and column.
    static func parse(_ text: String, file: String) throws(ConfigErrors) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigErrors([Self.diagnostic(for: error, file: file)])
        } catch {
            throw ConfigErrors([ConfigDiagnostic(file: file, line: 0, column: 0, path: ConfigPath(), message: "invalid YAML: \(error)")])
        }
    }

    private static func diagnostic(for error: YamlError, file: String) -> ConfigDiagnostic {
        func make(_ mark: Mark?, _ message: String) -> ConfigDiagnostic {
            ConfigDiagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, path: ConfigPath(), message: "invalid YAML: " + message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return make(mark, detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return make(context.mark, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        case .reader(let problem, _, _, _):
            return make(nil, problem)
        default:
            return make(nil, String(describing: error))
        }
    }
}

extension TaskConfig {
    /// The normalized YAML of this task, every key written with its value or default.
    public func exportYAML(_ options: ExportOptions = ExportOptions()) throws -> String {
        try Yams.serialize(node: self.encode(options), indent: 2, width: -1, allowUnicode: true, sortKeys: false)
    }
}

extension SourceConfig {
    /// The normalized YAML of this source, every key written with its value or default.
    public func exportYAML(_ options: ExportOptions = ExportOptions()) throws -> String {
        try Yams.serialize(node: self.encode(options), indent: 2, width: -1, allowUnicode: true, sortKeys: false)
    }
}
