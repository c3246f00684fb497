/// Rule patterns are checked when the file is loaded, so a bad regex or wildcard is reported
/// with its file position rather than when the first event arrives.
enum PatternValidation {
    /// Block-allow list names: `~regex` or a wildcard (a plain name matches only itself).
    static func checkNamePattern(_ text: String, at path: ConfigPath, context: DecodeContext) {
        if text.isEmpty {
            context.error("must not be empty", at: path)
        } else if text.hasPrefix("~") {
            Self.checkRegex(String(text.dropFirst()), at: path, context: context)
        } else {
            Self.checkWildcard(text, at: path, context: context)
        }
    }

    static func checkWildcard(_ text: String, at path: ConfigPath, context: DecodeContext) {
        do {
            _ = try WildcardPattern(text, caseSensitive: false)
        } catch {
            context.error("bad wildcard pattern '\(text)': \(error)", at: path)
        }
    }

    static func checkRegex(_ text: String, at path: ConfigPath, context: DecodeContext) {
        do {
            _ = try RuleRegex(text)
        } catch {
            context.error("bad regular expression '\(text)': \(error)", at: path)
        }
    }
}
