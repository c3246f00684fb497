import SQLSyntax

/// CREATE/ALTER/DROP DATABASE.
extension SchemaTracker {
    mutating func createDatabase(_ create: CreateDatabase) throws(SchemaTrackerError) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        if let existing = self.database(named: create.name) {
            if create.ifNotExists { return [] }
            guard create.orReplace else {
                throw SchemaTrackerError(.databaseExists, 1007, "Can't create database '\(existing.name)'; database exists")
            }
            changes = self.removeDatabase(existing.name)
        }
        let owner = "database `\(create.name)`"
        let resolved = try CharsetResolution.resolve(options: create.options, inherited: self.serverDefaults, owner: owner)
            ?? self.serverDefaults
        let name = self.options.storedName(create.name)
        self.catalog[self.options.lookupKey(name)] = DatabaseEntry(
            database: TrackedDatabase(name: name, charset: resolved.charset, collation: resolved.collation))
        return changes + [.createdDatabase(name)]
    }

    mutating func alterDatabase(_ alter: AlterDatabase, defaultSchema: String?) throws(SchemaTrackerError) -> [SchemaChange] {
        guard let name = alter.name ?? defaultSchema else {
            throw SchemaTrackerError(.noDatabaseSelected, 1046, "No database selected for ALTER DATABASE")
        }
        var database = try self.existingDatabase(name)
        let current = CharsetResolution(charset: database.charset, collation: database.collation)
        // `CHARACTER SET DEFAULT` means the server's default here.
        guard let resolved = try CharsetResolution.resolve(
            options: alter.options, inherited: self.serverDefaults, owner: "database `\(name)`")
        else { return [] }
        guard resolved != current else { return [] }
        database.charset = resolved.charset
        database.collation = resolved.collation
        self.catalog[self.options.lookupKey(name)]?.database = database
        return [.alteredDatabase(database.name)]
    }

    mutating func dropDatabase(_ drop: DropDatabase) throws(SchemaTrackerError) -> [SchemaChange] {
        guard let database = self.database(named: drop.name) else {
            if drop.ifExists { return [] }
            throw SchemaTrackerError(.unknownDatabase, 1008, "Can't drop database '\(drop.name)'; database doesn't exist")
        }
        return self.removeDatabase(database.name)
    }

    /// Removes a database with its tables; reports each table, then the database.
    private mutating func removeDatabase(_ name: String) -> [SchemaChange] {
        let tables = self.tables(inDatabase: name)
        self.catalog.removeValue(forKey: self.options.lookupKey(name))
        return tables.map { .droppedTable($0.tableName) } + [.droppedDatabase(name)]
    }
}
