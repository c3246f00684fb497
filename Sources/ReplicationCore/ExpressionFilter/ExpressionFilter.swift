import Foundation
import MigrationConfig
import MySQLBinlog
import SQLSyntax

/// DM's expression filter (`expression-filter` rules in the task file): skips row changes of a
/// table for which a SQL expression over the row's values is true.
///
/// Semantics, from DM's "Filter Certain Row Changes Using SQL Expressions" documentation and
/// its syncer (`dm/syncer/expr_filter_group.go`):
/// - A rule names one `schema` and one `table` exactly (no wildcards).
/// - `insert-value-expr` is evaluated on each inserted row (WRITE_ROWS); a true result skips the row.
/// - `delete-value-expr` is evaluated on each deleted row (DELETE_ROWS).
/// - `update-old-value-expr` is evaluated on the row before an update, `update-new-value-expr`
///   on the row after it. When a rule sets both, the update is skipped only if **both** are true;
///   when it sets one, that one decides for the whole update (old and new images together).
/// - `insert-value-expr` cannot be combined with the update or delete fields in one rule, nor
///   `delete-value-expr` with the update fields.
/// - Several rules on one table: a row change is skipped if **any** rule skips it.
/// - An expression that is NULL does not skip (only TRUE does: non-NULL and non-zero, as in a
///   WHERE clause; DM's syncer tests `== 1`, which agrees for every boolean expression).
/// - Expressions see every column of the table by name, and may call functions such as
///   `c % 2 = 0`, `a*a + b*b = c*c`, `ts > NOW()`. TIMESTAMP values are shown in UTC, so
///   `c_timestamp = '2021-01-01 12:34:56.5678+08:00'` states its zone explicitly.
/// - Filtering applies to incremental replication (binlog rows) only.
///
/// Expressions are parsed and checked (function names, argument counts, literals) when the filter
/// is built, and bound to a table's columns by `prepare(table:columns:)` (again after the table's
/// definition changes); a column the table lacks is an error unless
/// `Options.unknownColumns` is `.neverSkip`, DM's own behaviour (it logs a warning and skips
/// nothing). Evaluation errors (e.g. `BIGINT value is out of range` in `c * c`) are thrown, as DM
/// stops the task on them.
///
/// ```swift
/// var filter = try ExpressionFilter(rules: subtaskRules.expressionFilters)
/// let table = TableName(schema: "expr_filter", table: "tbl")
/// if filter.needsPreparation(table) { try filter.prepare(table: table, columns: columns) }
/// if try filter.skipInsert(table: table, row: row) { /* drop the row */ }
/// ```
public struct ExpressionFilter: Sendable {
    public struct Options: Sendable {
        /// What `prepare(table:columns:)` does with an expression naming a column the table lacks.
        public enum UnknownColumnPolicy: Sendable, Hashable {
            /// Throw `ExpressionFilterError` with code `.unknownColumn` (the default).
            case reject
            /// Treat the expression as never true, as DM does.
            case neverSkip
        }

        public var context: SQLEvaluationContext
        public var unknownColumns: UnknownColumnPolicy

        public init(context: SQLEvaluationContext = .init(), unknownColumns: UnknownColumnPolicy = .reject) {
            self.context = context
            self.unknownColumns = unknownColumns
        }
    }

    public let options: Options
    private let rulesByTable: [TableName: [ParsedRule]]
    private var preparedTables: [TableName: PreparedTable] = [:]

    /// Parses and checks every rule.
    /// - Parameter rules: the task's `expression-filter` section, rule name → rule (only the rules
    ///   the source refers to in `expression-filters`).
    public init(rules: [String: ExpressionFilterConfig], options: Options = .init()) throws {
        self.options = options
        var byTable: [TableName: [ParsedRule]] = [:]
        // Sorted, so rules are checked and reported in the same order on every run.
        for (name, config) in rules.sorted(by: { $0.key < $1.key }) {
            let rule = try ParsedRule(name: name, config: config, context: options.context)
            byTable[rule.table, default: []].append(rule)
        }
        self.rulesByTable = byTable
    }

    /// The tables some rule applies to.
    public var tables: Set<TableName> { Set(self.rulesByTable.keys) }

    /// Whether any rule applies to `table`; rows of other tables are never skipped.
    public func hasRules(for table: TableName) -> Bool { self.rulesByTable[table] != nil }

    /// Whether `prepare(table:columns:)` must be called before rows of `table` are filtered.
    public func needsPreparation(_ table: TableName) -> Bool {
        self.rulesByTable[table] != nil && self.preparedTables[table] == nil
    }

    /// Binds the table's rules to its columns (in table order, as rows are given) and caches
    /// them. Call it again when the table's definition changes.
    public mutating func prepare(table: TableName, columns: [ExpressionColumn]) throws {
        guard let rules = self.rulesByTable[table] else { return }
        self.preparedTables[table] = try PreparedTable(table: table, columns: columns, rules: rules, options: self.options)
    }

    /// Drops what `prepare` cached for the table (e.g. after DDL, before the new definition is known).
    public mutating func forget(table: TableName) {
        self.preparedTables[table] = nil
    }

    /// Whether an inserted row must be skipped.
    public func skipInsert(table: TableName, row: [BinlogValue]) throws -> Bool {
        guard let prepared = try self.prepared(table) else { return false }
        for expression in prepared.insert where try expression.isTrue(row) { return true }
        return false
    }

    /// Whether an update must be skipped, given the row before (`old`) and after (`new`) it.
    public func skipUpdate(table: TableName, old: [BinlogValue], new: [BinlogValue]) throws -> Bool {
        guard let prepared = try self.prepared(table) else { return false }
        for rule in prepared.update {
            // A side the rule does not set counts as true: the set side decides alone.
            let oldMatches = try rule.old.map { try $0.isTrue(old) } ?? true
            guard oldMatches else { continue }
            if try rule.new.map({ try $0.isTrue(new) }) ?? true { return true }
        }
        return false
    }

    /// Whether a deleted row must be skipped.
    public func skipDelete(table: TableName, row: [BinlogValue]) throws -> Bool {
        guard let prepared = try self.prepared(table) else { return false }
        for expression in prepared.delete where try expression.isTrue(row) { return true }
        return false
    }

    private func prepared(_ table: TableName) throws -> PreparedTable? {
        guard let rules = self.rulesByTable[table] else { return nil }
        guard let prepared = self.preparedTables[table] else {
            throw ExpressionFilterError(
                .tableNotPrepared, "table has expression filters but its columns are unknown (call prepare(table:columns:))", rule: rules.first?.name,
                table: table.description)
        }
        return prepared
    }
}
