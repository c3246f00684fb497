/// Why the schema tracker refused a statement: what the server would have answered (with its
/// error number where there is one), naming the table and the column or key concerned.
public struct SchemaTrackerError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        case noDatabaseSelected
        case unknownDatabase
        case databaseExists
        case unknownTable
        case tableExists
        case duplicateColumn
        case unknownColumn
        /// `DROP COLUMN`/`DROP INDEX`/`DROP FOREIGN KEY` of something that does not exist.
        case cantDrop
        case cantDropAllColumns
        case duplicateKeyName
        case multiplePrimaryKeys
        case keyColumnDoesNotExist
        case unknownKey
        case wrongIndexName
        case invalidDefault
        case invalidOnUpdate
        case wrongAutoKey
        case blobKeyWithoutLength
        case wrongSubKey
        case unknownCharset
        case collationMismatch
        case columnTooLong
        case spatialKeyNull
        case wrongKeyColumnType
        case foreignKeyColumn
        /// Valid SQL that the tracker cannot follow (e.g. a type it does not know).
        case unsupported
        /// `load(createTableSQL:)` was given something other than one CREATE TABLE.
        case notCreateTable
    }

    public var kind: Kind
    /// The MariaDB error number the server gives for the same statement, if any.
    public var serverErrorNumber: Int?
    public var message: String

    public init(_ kind: Kind, _ serverErrorNumber: Int?, _ message: String) {
        self.kind = kind
        self.serverErrorNumber = serverErrorNumber
        self.message = message
    }

    public var description: String {
        self.serverErrorNumber.map { "\(self.message) (server error \($0))" } ?? self.message
    }
}

extension SchemaTrackerError {
    static func unknownTable(_ table: TableName) -> Self {
        .init(.unknownTable, 1146, "Table '\(table.schema).\(table.table)' doesn't exist")
    }

    static func tableExists(_ table: TableName) -> Self {
        .init(.tableExists, 1050, "Table '\(table.schema).\(table.table)' already exists")
    }

    static func unknownDatabase(_ name: String) -> Self {
        .init(.unknownDatabase, 1049, "Unknown database '\(name)'")
    }

    static func duplicateColumn(_ column: String, in table: TableName) -> Self {
        .init(.duplicateColumn, 1060, "Duplicate column name '\(column)' in \(table)")
    }

    static func unknownColumn(_ column: String, in table: TableName) -> Self {
        .init(.unknownColumn, 1054, "Unknown column '\(column)' in \(table)")
    }

    static func invalidDefault(_ column: String, in table: TableName) -> Self {
        .init(.invalidDefault, 1067, "Invalid default value for '\(column)' in \(table)")
    }

    static func keyColumnDoesNotExist(_ column: String, in table: TableName) -> Self {
        .init(.keyColumnDoesNotExist, 1072, "Key column '\(column)' doesn't exist in table \(table)")
    }

    static func duplicateKeyName(_ name: String, in table: TableName) -> Self {
        .init(.duplicateKeyName, 1061, "Duplicate key name '\(name)' in \(table)")
    }

    static func wrongSubKey(_ column: String, in table: TableName) -> Self {
        .init(
            .wrongSubKey, 1089,
            "Incorrect prefix key on '\(column)' in \(table): the column isn't a string or the prefix is longer than it")
    }
}
