/// One problem found in a config file, located by file, line, column and key path.
public struct ConfigDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        /// Accepted but not acted on (yet), or deprecated: reported by `dm config check`.
        case notice
    }

    public var severity: Severity
    public var file: String
    /// 1-based; 0 when the problem has no single place (e.g. a missing top-level key).
    public var line: Int
    public var column: Int
    public var path: ConfigPath
    public var message: String

    public init(severity: Severity = .error, file: String, line: Int, column: Int, path: ConfigPath, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `task.yaml:12:7: error: mysql-instances[0].route-rules[1]: ...`
    public var description: String {
        let place = self.line > 0 ? "\(self.file):\(self.line):\(self.column)" : self.file
        let key = self.path.components.isEmpty ? "" : "\(self.path): "
        return "\(place): \(self.severity.rawValue): \(key)\(self.message)"
    }
}

/// Every error found in one or more config files; thrown when loading fails.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ConfigDiagnostic]

    public init(_ diagnostics: [ConfigDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        self.diagnostics.map(\.description).joined(separator: "\n")
    }
}
