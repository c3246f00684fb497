import Yams

/// State shared while one file is decoded: where we are, what went wrong, where keys were.
/// Decoding never stops at the first problem, so `dm config check` can print all of them.
final class DecodeContext {
    let file: String
    private(set) var diagnostics: [ConfigDiagnostic] = []
    /// Where each decoded key path was written, for errors found after decoding (dangling rule
    /// names, conflicting keys).
    private(set) var marks: [ConfigPath: Mark] = [:]
    let secrets: SecretKeySource?

    init(file: String, secrets: SecretKeySource?) {
        self.file = file
        self.secrets = secrets
    }

    func record(_ path: ConfigPath, at mark: Mark?) {
        if let mark { self.marks[path] = mark }
    }

    func mark(of path: ConfigPath) -> Mark? {
        // A key without its own mark (never written) is reported at its closest written parent.
        var components = path.components
        while true {
            if let mark = self.marks[ConfigPath(components)] { return mark }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }

    func error(_ message: String, at path: ConfigPath, mark: Mark? = nil) {
        self.report(.error, message, at: path, mark: mark)
    }

    func notice(_ message: String, at path: ConfigPath, mark: Mark? = nil) {
        self.report(.notice, message, at: path, mark: mark)
    }

    private func report(_ severity: ConfigDiagnostic.Severity, _ message: String, at path: ConfigPath, mark: Mark?) {
        let place = mark ?? self.mark(of: path)
        self.diagnostics.append(
            ConfigDiagnostic(
                severity: severity, file: self.file, line: place?.line ?? 0, column: place?.column ?? 0, path: path, message: message
            )
        )
    }
}

extension Node {
    var describedForError: String {
        switch self {
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    var isNull: Bool {
        // Only plain scalars can be null: a quoted "null" is the string.
        if case .scalar(let scalar) = self, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            return true
        }
        return false
    }
}
