import MigrationConfig

/// A compiled `block-allow-list` entry: which upstream schemas and tables a task replicates.
///
/// DM's algorithm ("Block and Allow Table Lists", filtering process; `pkg/util/filter`), for
/// `` `schema`.`table` ``:
/// 1. Schema level: if `do-dbs` is not empty, the schema must match one of them; otherwise, if
///    `ignore-dbs` is not empty, the schema must match none of them.
/// 2. Table level (skipped for schema-only names, such as `CREATE DATABASE`): a match in
///    `do-tables` allows the table; otherwise a match in `ignore-tables` blocks it; otherwise the
///    table is allowed only when `do-tables` is empty.
///
/// Names starting with `~` are regular expressions, the others wildcard patterns (``NamePattern``);
/// a `do-tables`/`ignore-tables` entry matches when both its `db-name` and its `tbl-name` match.
/// Without `caseSensitive`, matching ignores case. Results are cached per name.
public final class BlockAllowList: Sendable {
    let doDBs: [NamePattern]
    let ignoreDBs: [NamePattern]
    let doTables: [TablePattern]
    let ignoreTables: [TablePattern]
    private let cache = RuleCache<TableName, Bool>()

    struct TablePattern: Sendable {
        let schema: NamePattern
        let table: NamePattern

        func matches(_ name: TableName) -> Bool {
            schema.matches(name.schema) && table.matches(name.table)
        }
    }

    /// Compiles `config`; throws ``BlockAllowListError`` for an empty name or a bad pattern.
    public init(_ config: BlockAllowListConfig, caseSensitive: Bool) throws {
        func compile(_ text: String, _ field: String) throws -> NamePattern {
            guard !text.isEmpty else { throw BlockAllowListError(field: field, pattern: text, reason: "names must not be empty") }
            do {
                return try NamePattern(text, caseSensitive: caseSensitive)
            } catch {
                throw BlockAllowListError(field: field, pattern: text, reason: "\(error)")
            }
        }
        func compileTables(_ patterns: [TableNamePattern], _ field: String) throws -> [TablePattern] {
            try patterns.map {
                TablePattern(schema: try compile($0.dbName, "\(field).db-name"), table: try compile($0.tableName, "\(field).tbl-name"))
            }
        }
        doDBs = try config.doDBs.map { try compile($0, "do-dbs") }
        ignoreDBs = try config.ignoreDBs.map { try compile($0, "ignore-dbs") }
        doTables = try compileTables(config.doTables, "do-tables")
        ignoreTables = try compileTables(config.ignoreTables, "ignore-tables")
    }

    /// Whether the list lets `name` through (see the type's documentation for the algorithm).
    /// DM additionally always drops the system schemas; see ``shouldReplicate(_:)``.
    public func matches(_ name: TableName) -> Bool {
        cache.value(for: name) { passesSchemaLevel(name.schema) && passesTableLevel(name) }
    }

    /// ``matches(_:)`` minus the system schemas DM never replicates (``isSystemSchema(_:)``).
    public func shouldReplicate(_ name: TableName) -> Bool {
        !Self.isSystemSchema(name.schema) && matches(name)
    }

    /// The schemas DM skips whatever the lists say (`IsSystemSchema` in DM's filter package),
    /// compared ignoring case: `mysql`, `sys`, `information_schema`, `performance_schema`,
    /// `metrics_schema`, `inspection_schema` and DM's own `dm_heartbeat`.
    public static func isSystemSchema(_ schema: String) -> Bool {
        systemSchemas.contains(schema.lowercased())
    }

    static let systemSchemas: Set<String> = [
        "mysql", "sys", "information_schema", "performance_schema", "metrics_schema", "inspection_schema", "dm_heartbeat",
    ]

    private func passesSchemaLevel(_ schema: String) -> Bool {
        if !doDBs.isEmpty { return doDBs.contains { $0.matches(schema) } }
        return !ignoreDBs.contains { $0.matches(schema) }
    }

    private func passesTableLevel(_ name: TableName) -> Bool {
        if name.isSchemaOnly { return true }
        if doTables.contains(where: { $0.matches(name) }) { return true }
        if ignoreTables.contains(where: { $0.matches(name) }) { return false }
        return doTables.isEmpty
    }
}

/// A `block-allow-list` entry that does not compile.
public struct BlockAllowListError: Error, Hashable, CustomStringConvertible {
    /// `do-dbs`, `ignore-dbs`, `do-tables.db-name`...
    public let field: String
    public let pattern: String
    public let reason: String

    public var description: String { "block-allow-list \(field) \"\(pattern)\": \(reason)" }
}
