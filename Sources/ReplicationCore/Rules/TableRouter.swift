import MigrationConfig

/// Compiled `routes`: where an upstream table (or schema) goes downstream.
///
/// DM's semantics ("Table Routing"; `pkg/util/regexpr-router`):
/// - A rule with a `table-pattern` is a table rule; one without is a schema rule. Patterns are
///   wildcards, or regular expressions when they start with `~` (``NamePattern``).
/// - For a table, matching table rules win over matching schema rules. More than one matching rule
///   at the deciding level is an error (DM does not route one table to several targets).
/// - A schema-only name (`CREATE DATABASE db`) is routed by schema rules only, which is why DM's
///   docs pair every table rule with a schema rule for the same schemas.
/// - An empty `target-table` keeps the table name (`target-schema` is required, as in DM).
/// - No matching rule: the name is unchanged.
///
/// Results are cached per name.
public final class TableRouter: Sendable {
    let rules: [CompiledRouteRule]
    private let routeCache = RuleCache<TableName, Result<TableName, TableRouterError>>()
    let extractCache = RuleCache<ExtractKey, [ExtractedColumn]>()

    /// Compiles `rules`. `ruleNames`, when given (parallel to `rules`), label rules in errors.
    public init(rules: [RouteRuleConfig], caseSensitive: Bool, ruleNames: [String] = []) throws {
        self.rules = try rules.enumerated().map { index, rule in
            let label = index < ruleNames.count ? ruleNames[index] : "#\(index + 1)"
            return try CompiledRouteRule(rule, label: label, caseSensitive: caseSensitive)
        }
    }

    /// The downstream name of `name`; throws ``TableRouterError`` when several rules match.
    public func route(_ name: TableName) throws(TableRouterError) -> TableName {
        try routeCache.value(for: name) { Result { () throws(TableRouterError) in try computeRoute(name) } }.get()
    }

    private func computeRoute(_ name: TableName) throws(TableRouterError) -> TableName {
        let (candidates, level) = candidateRules(for: name)
        guard let rule = candidates.first else { return name }
        guard candidates.count == 1 else {
            throw TableRouterError(table: name, level: level, matchingRules: candidates.map(\.summary))
        }
        let schema = rule.config.targetSchema.isEmpty ? name.schema : rule.config.targetSchema
        if name.isSchemaOnly { return TableName(schema: schema) }
        let table = rule.config.targetTable.isEmpty ? name.table : rule.config.targetTable
        return TableName(schema: schema, table: table)
    }

    /// The matching rules of the level that decides for `name`: table rules if any match (and
    /// `name` has a table), else schema rules. In configuration order.
    func candidateRules(for name: TableName) -> ([CompiledRouteRule], TableRouterError.Level) {
        if !name.isSchemaOnly {
            let tableRules = rules.filter { $0.table != nil && $0.matches(name) }
            if !tableRules.isEmpty { return (tableRules, .table) }
        }
        return (rules.filter { $0.table == nil && $0.matches(name) }, .schema)
    }
}

/// A name matched by more than one route rule of the deciding level.
public struct TableRouterError: Error, Hashable, CustomStringConvertible {
    public enum Level: String, Sendable, Hashable {
        case table, schema
    }

    public let table: TableName
    public let level: Level
    /// The matching rules, described.
    public let matchingRules: [String]

    public var description: String {
        "\(table) matches \(matchingRules.count) \(level.rawValue) route rules, but a table can be routed by only one: "
            + matchingRules.joined(separator: "; ")
    }
}
