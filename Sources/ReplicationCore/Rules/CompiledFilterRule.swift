import MigrationConfig

/// One binlog event filter rule with its patterns compiled.
struct CompiledFilterRule: Sendable {
    let config: EventFilterRuleConfig
    let label: String
    let schema: WildcardPattern
    /// `nil` for a schema rule.
    let table: WildcardPattern?
    let sqlPatterns: [RuleRegex]

    init(_ config: EventFilterRuleConfig, label: String, caseSensitive: Bool) throws {
        func invalid(_ reason: String) -> FilterRuleError { FilterRuleError(rule: label, reason: reason) }
        guard !config.schemaPattern.isEmpty else { throw invalid("schema-pattern must not be empty") }
        for (key, text) in [("schema-pattern", config.schemaPattern), ("table-pattern", config.tablePattern)] where text.hasPrefix("~") {
            // DM would read `~` as a character and the rule would never match.
            throw invalid("\(key) \"\(text)\": binlog event filters take wildcards only, not `~` regular expressions")
        }
        do {
            schema = try WildcardPattern(config.schemaPattern, caseSensitive: caseSensitive)
            table = config.tablePattern.isEmpty ? nil : try WildcardPattern(config.tablePattern, caseSensitive: caseSensitive)
            sqlPatterns = try config.sqlPattern.map { try RuleRegex($0, caseSensitive: false) }
        } catch {
            throw invalid("\(error)")
        }
        self.config = config
        self.label = label
    }

    /// Patterns normalised as DM's selector compares them (lower-cased unless case-sensitive).
    var patternKey: String {
        let parts = [schema, table].map { pattern -> String in
            guard let pattern else { return "" }
            return pattern.caseSensitive ? pattern.text : pattern.text.lowercased()
        }
        return parts.joined(separator: "\u{0}")
    }

    func appliesTo(_ name: TableName) -> Bool {
        guard schema.matches(name.schema) else { return false }
        return table.map { $0.matches(name.table) } ?? true
    }

    /// DM's ordered scan of `events` (see ``BinlogEventFilter``).
    func matchesEvent(_ event: FilterEventType) -> Bool {
        for entry in config.events {
            switch entry {
            case .all: return true
            case .noneEvent: return false
            case .allDDL where event.isDDL, .allDML where event.isDML: return true
            case .noneDDL where event.isDDL, .noneDML where event.isDML: return false
            case .incompatibleDDLChanges where event.category == .incompatibleDDL: return true
            default: if entry == event { return true }
            }
        }
        return false
    }

    func matchesSQL(_ statement: String) -> Bool {
        sqlPatterns.contains { $0.matches(statement) }
    }
}

/// A binlog event filter rule that does not compile.
public struct FilterRuleError: Error, Hashable, CustomStringConvertible {
    /// The rule's name, or `#n` for the n-th rule.
    public let rule: String
    public let reason: String

    public var description: String { "binlog event filter rule \(rule): \(reason)" }
}
