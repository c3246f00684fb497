import ReplicationCore

/// A column the dump reads: stored, not generated (generated columns are recomputed by the
/// target). Invisible columns are included, so they are listed explicitly in every query.
public struct SourceColumn: Sendable, Hashable, Codable {
    public var name: String
    /// `DATA_TYPE` of information_schema, lower case (`int`, `varchar`, `bit`, ...).
    public var dataType: String
    /// `CHARACTER_SET_NAME`, nil for non-string columns.
    public var charset: String?
    public var isNullable: Bool
}

/// A table selected for the migration, as read from the source.
public struct SourceTable: Sendable, Hashable {
    public var name: TableName
    /// Where its rows go (routing applied).
    public var target: TableName
    public var columns: [SourceColumn]
    /// The columns that split the table into chunks (a primary key, else a unique key of NOT
    /// NULL columns), empty when the table is read whole.
    public var chunkKey: [SourceColumn]
    /// `SHOW CREATE TABLE` output.
    public var createSQL: String
    /// `TABLE_ROWS` and `AVG_ROW_LENGTH` of information_schema: estimates for chunk sizes and ETA.
    public var estimatedRows: Int
    public var averageRowLength: Int
    public var engine: String

    /// Key types whose comparison order equals their ORDER BY order, so chunk bounds partition
    /// the rows (ENUM sorts by index but compares as a string; floats print inexactly).
    static let chunkableTypes: Set<String> = [
        "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "char", "varchar", "binary", "varbinary",
        "date", "datetime", "timestamp", "time", "year",
    ]
}
