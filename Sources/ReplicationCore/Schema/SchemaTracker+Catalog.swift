import SQLSyntax

/// Name resolution and storage shared by the statement handlers.
extension SchemaTracker {
    /// `db.t`, or `t` in the current database; names as written.
    func qualify(_ name: SQLTableName, defaultSchema: String?) throws(SchemaTrackerError) -> TableName {
        guard let schema = name.schema ?? defaultSchema else {
            throw SchemaTrackerError(.noDatabaseSelected, 1046, "No database selected for table `\(name.name)`")
        }
        return TableName(schema: schema, table: name.name)
    }

    func existingDatabase(_ name: String) throws(SchemaTrackerError) -> TrackedDatabase {
        guard let database = self.database(named: name) else { throw .unknownDatabase(name) }
        return database
    }

    func existingTable(_ name: TableName) throws(SchemaTrackerError) -> TrackedTable {
        guard let table = self.table(name) else { throw .unknownTable(name) }
        return table
    }

    /// The name a new table gets: its database's stored name, the table name as the server stores it.
    func newTableName(_ name: TableName) throws(SchemaTrackerError) -> TableName {
        let database = try self.existingDatabase(name.schema)
        return TableName(schema: database.name, table: self.options.storedName(name.table))
    }

    /// Adds or replaces a table; its database must exist.
    mutating func store(_ table: TrackedTable) {
        let key = self.options.lookupKey(table.schema)
        self.catalog[key]?.tables[self.options.lookupKey(table.name)] = table
    }

    @discardableResult
    mutating func removeTable(_ name: TableName) -> TrackedTable? {
        let key = self.options.lookupKey(name.schema)
        return self.catalog[key]?.tables.removeValue(forKey: self.options.lookupKey(name.table))
    }

    var serverDefaults: CharsetResolution {
        CharsetResolution(charset: self.options.serverCharset, collation: self.options.serverCollation)
    }
}
