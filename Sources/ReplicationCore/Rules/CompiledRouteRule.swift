import MigrationConfig

/// One route rule with its patterns and extract regular expressions compiled.
struct CompiledRouteRule: Sendable {
    let config: RouteRuleConfig
    let label: String
    let schema: NamePattern
    /// `nil` for a schema rule.
    let table: NamePattern?
    /// In DM's order: table, schema, source.
    let extractors: [Extractor]

    struct Extractor: Sendable {
        enum Input: Sendable { case table, schema, sourceID }
        let input: Input
        let regex: RuleRegex
        let targetColumn: String
    }

    init(_ config: RouteRuleConfig, label: String, caseSensitive: Bool) throws {
        func invalid(_ reason: String) -> RouteRuleError { RouteRuleError(rule: label, reason: reason) }
        guard !config.schemaPattern.isEmpty else { throw invalid("schema-pattern must not be empty") }
        guard !config.targetSchema.isEmpty else { throw invalid("target-schema must not be empty") }
        do {
            schema = try NamePattern(config.schemaPattern, caseSensitive: caseSensitive)
            table = config.tablePattern.isEmpty ? nil : try NamePattern(config.tablePattern, caseSensitive: caseSensitive)
        } catch {
            throw invalid("\(error)")
        }
        let requested: [(String, RouteRuleConfig.ExtractColumn?, Extractor.Input)] = [
            ("extract-table", config.extractTable, .table),
            ("extract-schema", config.extractSchema, .schema),
            ("extract-source", config.extractSource, .sourceID),
        ]
        extractors = try requested.compactMap { key, extract, input in
            guard let extract else { return nil }
            guard !extract.targetColumn.isEmpty else { throw invalid("\(key).target-column must not be empty") }
            // DM's docs: these are plain regular expressions and cannot start with `~`.
            guard !extract.regexp.hasPrefix("~") else {
                throw invalid("\(key) regexp \"\(extract.regexp)\" must not start with `~`: it is always a regular expression")
            }
            do {
                return Extractor(input: input, regex: try RuleRegex(extract.regexp), targetColumn: extract.targetColumn)
            } catch {
                throw invalid("\(key): \(error)")
            }
        }
        self.config = config
        self.label = label
    }

    func matches(_ name: TableName) -> Bool {
        guard schema.matches(name.schema) else { return false }
        return table.map { $0.matches(name.table) } ?? true
    }

    /// The rule for error messages: its label and patterns.
    var summary: String {
        var text = "\(label) {schema-pattern: \"\(config.schemaPattern)\""
        if !config.tablePattern.isEmpty { text += ", table-pattern: \"\(config.tablePattern)\"" }
        text += ", target-schema: \"\(config.targetSchema)\""
        if !config.targetTable.isEmpty { text += ", target-table: \"\(config.targetTable)\"" }
        return text + "}"
    }
}

/// A route rule that does not compile.
public struct RouteRuleError: Error, Hashable, CustomStringConvertible {
    /// The rule's name, or `#n` for the n-th rule.
    public let rule: String
    public let reason: String

    public var description: String { "route rule \(rule): \(reason)" }
}
