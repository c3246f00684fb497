/// A table as the tracker knows it at one binlog position.
public struct TrackedTable: Hashable, Sendable, Codable {
    public var schema: String
    public var name: String
    /// In table order, invisible and generated columns included (row events carry them all).
    public var columns: [TrackedColumn]
    /// In the server's order (information_schema.STATISTICS): the primary key, unique keys whose
    /// columns are all NOT NULL, other unique keys, then the other indexes, FULLTEXT last.
    public var indexes: [TrackedIndex]
    public var foreignKeys: [TrackedForeignKey]
    /// Default charset and collation of columns added later.
    public var charset: String
    public var collation: String
    public var engine: String
    /// False when the definition could not be followed exactly (e.g. `CREATE TABLE ... SELECT`,
    /// whose selected columns only the server knows): reload it with `SHOW CREATE TABLE`.
    public var isExact: Bool

    public init(
        schema: String, name: String, columns: [TrackedColumn], indexes: [TrackedIndex] = [],
        foreignKeys: [TrackedForeignKey] = [], charset: String, collation: String, engine: String = "InnoDB",
        isExact: Bool = true
    ) {
        self.schema = schema
        self.name = name
        self.columns = columns
        self.indexes = indexes
        self.foreignKeys = foreignKeys
        self.charset = charset
        self.collation = collation
        self.engine = engine
        self.isExact = isExact
    }

    public var tableName: TableName { TableName(schema: self.schema, table: self.name) }

    /// The column with this name, ignoring case.
    public func column(named name: String) -> TrackedColumn? {
        self.columns.first { $0.isNamed(name) }
    }

    /// The index with this name, ignoring case (`PRIMARY` for the primary key).
    public func index(named name: String) -> TrackedIndex? {
        self.indexes.first { $0.name.matchesIgnoringCase(name) }
    }

    public var primaryKey: TrackedIndex? { self.indexes.first { $0.kind == .primary } }

    /// Names of the primary key's columns in key order; empty without a primary key.
    public var primaryKeyColumns: [String] { self.primaryKey?.columns ?? [] }

    /// UNIQUE keys (not the primary key), in the server's order.
    public var uniqueKeys: [TrackedIndex] { self.indexes.filter { $0.kind == .unique } }

    /// The key that identifies a row: the primary key, else the first UNIQUE key whose columns
    /// are all NOT NULL and whole (no prefix, no hash), which InnoDB then uses as its clustered
    /// index and information_schema.COLUMNS marks `PRI`. Nil if rows have no identity.
    public var identityKey: TrackedIndex? {
        if let primaryKey { return primaryKey }
        return self.uniqueKeys.first { key in
            !key.isLongHash && key.parts.allSatisfy { part in
                part.prefixLength == nil && self.column(named: part.column).map { !$0.isNullable } == true
            }
        }
    }
}
