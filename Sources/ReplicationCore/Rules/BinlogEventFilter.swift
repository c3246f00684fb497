import MigrationConfig

/// Compiled `filters` (binlog event filter rules): whether an event of a table is replicated,
/// skipped, or stops the task.
///
/// Semantics, from DM's "Binlog Event Filter" page and its binlog-filter package
/// (`pkg/util/binlog-filter`, `Filter`):
/// - Rules apply to a table when `schema-pattern` matches its schema and `table-pattern` is empty
///   (a schema rule, which covers every table of the schema and schema-only statements) or matches
///   its table. Both kinds apply together; neither has priority. A schema-only name (`CREATE
///   DATABASE`) matches a table rule only if the table pattern matches the empty name (`*`).
///   Patterns are wildcards only (``WildcardPattern``).
/// - Per rule, two tests: the event type against `events` (when the caller knows the type), and
///   the statement text against `sql-pattern` (only when both are non-empty). Row events have no
///   statement text, so they are judged by event type alone.
/// - `events` is scanned in order: `all` matches; `none` stops the scan without a match;
///   `all ddl`/`none ddl` do the same for DDL, `all dml`/`none dml` for DML; `incompatible ddl
///   changes` matches incompatible DDL; any other entry matches its own type.
/// - `Ignore` fires when a test matches; `Error` likewise; a `Do` rule rejects the event when a
///   test fails, so an event must be in the rule's `events` and, for statements, also match its
///   `sql-pattern` if it has one (a `Do` rule with no `events` therefore rejects every event of a
///   known type).
/// - Precedence across all applying rules, as documented: `Ignore` over `Error` over `Do`. So the
///   result is `.ignore` if an `Ignore` rule fires, else `.error` if an `Error` rule fires, else
///   `.ignore` if a `Do` rule rejects, else `.do` (also when no rule applies). DM's code returns at
///   the first rule that decides, in match order; this differs only when an `Error` rule and an
///   `Ignore`/rejecting `Do` rule both apply, where this follows the documented priority.
/// - `sql-pattern` expressions always ignore case (DM compiles them with `(?i)`).
public final class BinlogEventFilter: Sendable {
    let rules: [CompiledFilterRule]
    private let ruleCache = RuleCache<TableName, [Int]>()

    /// Compiles `rules`. `ruleNames`, when given (parallel to `rules`), label rules in errors.
    public init(rules: [EventFilterRuleConfig], caseSensitive: Bool, ruleNames: [String] = []) throws {
        var seen: [String: String] = [:]
        self.rules = try rules.enumerated().map { index, rule in
            let label = index < ruleNames.count ? ruleNames[index] : "#\(index + 1)"
            let compiled = try CompiledFilterRule(rule, label: label, caseSensitive: caseSensitive)
            // DM's rule selector refuses two rules with the same patterns ("already exists").
            let key = compiled.patternKey
            if let other = seen[key] {
                throw FilterRuleError(rule: label, reason: "has the same schema-pattern and table-pattern as rule \(other)")
            }
            seen[key] = label
            return compiled
        }
    }

    /// The action for `event` (nil when the statement's type is unknown: only `sql-pattern` then
    /// applies) on `table`, with `sql` the statement text of a query event (nil or empty for rows).
    /// Throws ``BinlogEventFilterError`` when `event` is a group such as `all dml`.
    public func decide(table: TableName, event: FilterEventType?, sql: String?) throws -> FilterAction {
        if let event, event.isGroup { throw BinlogEventFilterError(event: event) }
        let statement = sql ?? ""
        var ignored = false
        var errored = false
        var rejectedByDo = false
        for index in applyingRules(for: table) {
            let rule = rules[index]
            let eventHit = event.map { rule.matchesEvent($0) }
            let sqlHit = statement.isEmpty || rule.sqlPatterns.isEmpty ? nil : rule.matchesSQL(statement)
            switch rule.config.action {
            case .ignore: if eventHit == true || sqlHit == true { ignored = true }
            case .error: if eventHit == true || sqlHit == true { errored = true }
            case .do: if eventHit == false || sqlHit == false { rejectedByDo = true }
            }
        }
        if ignored { return .ignore }
        if errored { return .error }
        return rejectedByDo ? .ignore : .do
    }

    /// Indices of the rules whose patterns match `table`, cached per name.
    private func applyingRules(for table: TableName) -> [Int] {
        ruleCache.value(for: table) { rules.indices.filter { rules[$0].appliesTo(table) } }
    }
}

/// ``BinlogEventFilter/decide(table:event:sql:)`` was given a group instead of an event's type.
public struct BinlogEventFilterError: Error, Hashable, CustomStringConvertible {
    public let event: FilterEventType

    public init(event: FilterEventType) {
        self.event = event
    }

    public var description: String {
        "binlog event filter: \"\(event.rawValue)\" is a group of event types, not the type of an event"
    }
}
