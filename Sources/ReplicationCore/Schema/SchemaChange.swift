/// What one applied statement changed in the tracked catalog, so the caller can refresh caches
/// keyed by table (column mappings, prepared DML) and route the DDL.
public enum SchemaChange: Hashable, Sendable {
    case createdDatabase(String)
    case alteredDatabase(String)
    /// Reported after a `droppedTable` for each of its tables.
    case droppedDatabase(String)
    case createdTable(TableName)
    /// Columns, indexes or options changed; the table keeps its name.
    case alteredTable(TableName)
    case droppedTable(TableName)
    /// `RENAME TABLE` and `ALTER TABLE ... RENAME`; an `alteredTable` of the new name follows
    /// when the same ALTER also changed the definition.
    case renamedTable(from: TableName, to: TableName)
}
