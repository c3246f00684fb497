import MigrationConfig

/// Compiled `column-mappings`: the column mapping, if any, of each upstream table.
///
/// DM's semantics (`pkg/column-mapping`): rules are selected like routes — matching table rules
/// (non-empty `table-pattern`) win over matching schema rules, and only one rule may apply to a
/// table (more is an error); a schema-only name uses schema rules. Patterns are wildcards only.
/// `add prefix` / `add suffix` take one argument; `partition id` takes three or four (see
/// ``PartitionID``). Mappings are cached per table.
public final class ColumnMapper: Sendable {
    let rules: [CompiledMappingRule]
    private let cache = RuleCache<TableName, Result<ColumnMapping?, ColumnMappingError>>()
    private let caseSensitive: Bool

    /// Compiles `rules`. `ruleNames`, when given (parallel to `rules`), label rules in errors.
    public init(rules: [ColumnMappingRuleConfig], caseSensitive: Bool, ruleNames: [String] = []) throws {
        var seen: [String: String] = [:]
        self.rules = try rules.enumerated().map { index, rule in
            let label = index < ruleNames.count ? ruleNames[index] : "#\(index + 1)"
            let compiled = try CompiledMappingRule(rule, label: label, caseSensitive: caseSensitive)
            // DM's rule selector refuses two rules with the same patterns ("already exists").
            if let other = seen[compiled.patternKey] {
                throw ColumnMappingError(rule: label, table: nil, reason: "has the same schema-pattern and table-pattern as rule \(other)")
            }
            seen[compiled.patternKey] = label
            return compiled
        }
        self.caseSensitive = caseSensitive
    }

    /// The mapping of `table`, nil when no rule applies. Throws ``ColumnMappingError`` when several
    /// rules apply, or when `partition id` cannot derive ids from the names.
    public func mapping(for table: TableName) throws(ColumnMappingError) -> ColumnMapping? {
        try cache.value(for: table) { Result { () throws(ColumnMappingError) in try computeMapping(table) } }.get()
    }

    private func computeMapping(_ table: TableName) throws(ColumnMappingError) -> ColumnMapping? {
        var candidates = table.isSchemaOnly ? [] : rules.filter { $0.table != nil && $0.appliesTo(table) }
        if candidates.isEmpty { candidates = rules.filter { $0.table == nil && $0.appliesTo(table) } }
        guard let rule = candidates.first else { return nil }
        guard candidates.count == 1 else {
            let labels = candidates.map(\.label).joined(separator: ", ")
            throw ColumnMappingError(rule: labels, table: table, reason: "\(candidates.count) rules apply, but a table can have only one")
        }
        let config = rule.config
        let transform: ColumnTransform
        switch config.expression {
        case .addPrefix: transform = .addPrefix(Array(config.arguments[0].utf8))
        case .addSuffix: transform = .addSuffix(Array(config.arguments[0].utf8))
        case .partitionID:
            do {
                transform = .partitionID(try PartitionID(arguments: config.arguments, table: table, caseSensitive: caseSensitive))
            } catch {
                throw ColumnMappingError(rule: rule.label, table: table, reason: "\(error)")
            }
        }
        return ColumnMapping(
            table: table, rule: rule.label, sourceColumn: config.sourceColumn, targetColumn: config.targetColumn, transform: transform
        )
    }
}

/// A column mapping rule that does not compile, or that cannot map a table or value.
public struct ColumnMappingError: Error, Hashable, CustomStringConvertible {
    /// The rule's name (or `#n`), or the names of the rules in conflict.
    public let rule: String
    /// The table being mapped; nil for configuration errors.
    public let table: TableName?
    public let reason: String

    public var description: String {
        "column mapping rule \(rule)" + (table.map { " for \($0)" } ?? "") + ": \(reason)"
    }
}
