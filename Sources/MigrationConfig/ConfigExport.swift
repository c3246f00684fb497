/// `dm config export`: a task or source file as normalized YAML, secrets masked.
public enum ConfigExport {
    public static func normalizedYAML(path: String, secrets: SecretKeySource?, options: ExportOptions = ExportOptions()) throws -> String {
        let text = try ConfigLoader.read(path)
        switch try ConfigLoader.detectKind(yaml: text, file: path) {
        case .task: return try ConfigLoader.loadTask(yaml: text, file: path, secrets: secrets).value.exportYAML(options)
        case .source: return try ConfigLoader.loadSource(yaml: text, file: path, secrets: secrets).value.exportYAML(options)
        }
    }
}
