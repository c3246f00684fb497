import SQLSyntax

/// DROP TABLE and RENAME TABLE.
extension SchemaTracker {
    /// Drops the known tables; unknown ones (without IF EXISTS) are reported in one error after
    /// the others were dropped, as the server does.
    mutating func dropTables(
        _ drop: DropTable, defaultSchema: String?
    ) throws(SchemaTrackerError) -> (changes: [SchemaChange], error: SchemaTrackerError?) {
        if drop.temporary { return ([], nil) }
        var changes: [SchemaChange] = []
        var unknown: [TableName] = []
        for requested in drop.tables {
            let name = try self.qualify(requested, defaultSchema: defaultSchema)
            if let table = self.table(name) {
                self.removeTable(table.tableName)
                changes.append(.droppedTable(table.tableName))
            } else if !drop.ifExists {
                unknown.append(name)
            }
        }
        guard !unknown.isEmpty else { return (changes, nil) }
        let list = unknown.map { "\($0.schema).\($0.table)" }.joined(separator: ",")
        return (changes, SchemaTrackerError(.unknownTable, 1051, "Unknown table '\(list)'"))
    }

    /// Renames pair by pair, in order (so `a TO tmp, b TO a, tmp TO b` swaps); all or nothing.
    mutating func renameTables(_ rename: RenameTable, defaultSchema: String?) throws(SchemaTrackerError) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        for pair in rename.pairs {
            let from = try self.qualify(pair.from, defaultSchema: defaultSchema)
            let to = try self.qualify(pair.to, defaultSchema: defaultSchema)
            changes.append(try self.moveTable(from, to: to))
        }
        return changes
    }

    /// Moves a table to a new name, possibly in another database; InnoDB's generated foreign-key
    /// names (`<old>_ibfk_<n>`) follow the table name.
    mutating func moveTable(_ from: TableName, to requested: TableName) throws(SchemaTrackerError) -> SchemaChange {
        var table = try self.existingTable(from)
        let to = try self.newTableName(requested)
        if let existing = self.table(to) { throw .tableExists(existing.tableName) }
        let oldName = table.tableName
        self.removeTable(oldName)
        let oldPrefix = "\(table.name)_ibfk_"
        for index in table.foreignKeys.indices where table.foreignKeys[index].name.hasPrefix(oldPrefix) {
            table.foreignKeys[index].name = "\(to.table)_ibfk_" + table.foreignKeys[index].name.dropFirst(oldPrefix.count)
        }
        table.schema = to.schema
        table.name = to.table
        self.store(table)
        return .renamedTable(from: oldName, to: table.tableName)
    }
}
