import MigrationConfig

/// One column mapping rule, validated as DM validates it, with its patterns compiled.
struct CompiledMappingRule: Sendable {
    let config: ColumnMappingRuleConfig
    let label: String
    let schema: WildcardPattern
    /// `nil` for a schema rule.
    let table: WildcardPattern?

    init(_ config: ColumnMappingRuleConfig, label: String, caseSensitive: Bool) throws {
        func invalid(_ reason: String) -> ColumnMappingError { ColumnMappingError(rule: label, table: nil, reason: reason) }
        guard !config.schemaPattern.isEmpty else { throw invalid("schema-pattern must not be empty") }
        for (key, text) in [("schema-pattern", config.schemaPattern), ("table-pattern", config.tablePattern)] where text.hasPrefix("~") {
            throw invalid("\(key) \"\(text)\": column mappings take wildcards only, not `~` regular expressions")
        }
        guard !config.targetColumn.isEmpty else { throw invalid("target-column must not be empty") }
        let count = config.arguments.count
        switch config.expression {
        case .addPrefix, .addSuffix:
            guard count == 1 else { throw invalid("\(config.expression.rawValue) takes one argument, got \(count)") }
        case .partitionID:
            guard count == 3 || count == 4 else {
                throw invalid("partition id takes 3 or 4 arguments [instance id, schema prefix, table prefix, separator], got \(count)")
            }
            do {
                _ = try PartitionID.instanceID(config.arguments[0])
            } catch {
                throw invalid("\(error)")
            }
        }
        do {
            schema = try WildcardPattern(config.schemaPattern, caseSensitive: caseSensitive)
            table = config.tablePattern.isEmpty ? nil : try WildcardPattern(config.tablePattern, caseSensitive: caseSensitive)
        } catch {
            throw invalid("\(error)")
        }
        self.config = config
        self.label = label
    }

    /// Patterns normalised as DM's selector compares them (lower-cased unless case-sensitive).
    var patternKey: String {
        [schema, table].map { pattern -> String in
            guard let pattern else { return "" }
            return pattern.caseSensitive ? pattern.text : pattern.text.lowercased()
        }.joined(separator: "\u{0}")
    }

    func appliesTo(_ name: TableName) -> Bool {
        guard schema.matches(name.schema) else { return false }
        return table.map { $0.matches(name.table) } ?? true
    }
}
