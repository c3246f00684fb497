import MySQLProtocol
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

    /// The SELECT list that reads the columns. FLOAT is read as a DOUBLE: the text form of a
    /// FLOAT keeps 6 significant digits, while the double holds the float exactly and converts
    /// back to the same float. MariaDB's INET6/UUID/INET4 are read in binary form.
    var selectList: String {
        self.columns.map { column in
            let name = MySQLLiteral.quoteIdentifier(column.name)
            switch column.dataType {
            case "float": return "\(name) + 0E0"
            // Read in their binary form: a binary string is what these types take back as
            // such (their text, sent as a binary string, would be misread as binary form).
            case "inet6", "uuid": return "CAST(\(name) AS BINARY(16))"
            case "inet4": return "CAST(\(name) AS BINARY(4))"
            default: return name
            }
        }.joined(separator: ", ")
    }

    /// The column list of an INSERT or LOAD DATA.
    var columnList: String {
        self.columns.map { MySQLLiteral.quoteIdentifier($0.name) }.joined(separator: ", ")
    }

    /// Key types whose comparison order equals their ORDER BY order, so chunk bounds partition
    /// the rows (ENUM sorts by index but compares as a string; floats print inexactly).
    static let chunkableTypes: Set<String> = [
        "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "char", "varchar", "binary", "varbinary",
        "date", "datetime", "timestamp", "time", "year",
    ]
}
