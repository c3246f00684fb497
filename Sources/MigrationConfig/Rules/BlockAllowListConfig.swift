/// One `block-allow-list` (or legacy `black-white-list`) entry of a task file.
/// Names starting with `~` are regular expressions; others are wildcard patterns (`*` at the end,
/// `?`, `[...]`), so a name without wildcards matches only itself. See `NamePattern`.
public struct BlockAllowListConfig: Sendable, Hashable {
    public var doDBs: [String]
    public var ignoreDBs: [String]
    public var doTables: [TableNamePattern]
    public var ignoreTables: [TableNamePattern]

    public init(doDBs: [String] = [], ignoreDBs: [String] = [], doTables: [TableNamePattern] = [], ignoreTables: [TableNamePattern] = []) {
        self.doDBs = doDBs
        self.ignoreDBs = ignoreDBs
        self.doTables = doTables
        self.ignoreTables = ignoreTables
    }
}

/// `{db-name, tbl-name}` of `do-tables` / `ignore-tables`.
public struct TableNamePattern: Sendable, Hashable {
    public var dbName: String
    public var tableName: String

    public init(dbName: String, tableName: String) {
        self.dbName = dbName
        self.tableName = tableName
    }
}
