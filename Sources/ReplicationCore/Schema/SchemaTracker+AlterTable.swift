import SQLSyntax

/// ALTER TABLE, CREATE INDEX and DROP INDEX (which the server runs as ALTER TABLE).
extension SchemaTracker {
    mutating func alterTable(_ alter: AlterTable, defaultSchema: String?) throws(SchemaTrackerError) -> [SchemaChange] {
        let original = try self.existingTable(self.qualify(alter.name, defaultSchema: defaultSchema))
        let database = try self.existingDatabase(original.schema)
        var alteration = TableAlteration(
            original: original, databaseDefaults: CharsetResolution(charset: database.charset, collation: database.collation))
        let altered = try alteration.apply(alter.specifications)
        let definitionChanged = altered != original
        if definitionChanged { self.store(altered) }
        let target = try alteration.renameTo.map { (name) throws(SchemaTrackerError) -> TableName in
            try self.qualify(name, defaultSchema: defaultSchema)
        }
        // RENAME to the table's own name is a no-op for ALTER TABLE.
        guard let target, self.table(target).map({ $0.tableName != original.tableName }) ?? true else {
            return definitionChanged ? [.alteredTable(original.tableName)] : []
        }
        let rename = try self.moveTable(original.tableName, to: target)
        guard definitionChanged, case .renamedTable(_, let newName) = rename else { return [rename] }
        return [rename, .alteredTable(newName)]
    }

    mutating func createIndex(_ create: CreateIndex, defaultSchema: String?) throws(SchemaTrackerError) -> [SchemaChange] {
        let kind: TableConstraint.Kind = switch (create.unique, create.flavor) {
        case (true, _): .unique(create.index)
        case (false, let flavor): .index(create.index, flavor)
        }
        var specifications: [AlterSpecification] = []
        if create.orReplace, let name = create.index.name { specifications.append(.dropIndex(name, ifExists: true)) }
        specifications.append(.addConstraint(TableConstraint(kind: kind), ifNotExists: create.ifNotExists))
        return try self.alterTable(AlterTable(name: create.table, specifications: specifications), defaultSchema: defaultSchema)
    }

    mutating func dropIndex(_ drop: DropIndex, defaultSchema: String?) throws(SchemaTrackerError) -> [SchemaChange] {
        let specification: AlterSpecification = drop.name.matchesIgnoringCase("PRIMARY")
            ? .dropPrimaryKey : .dropIndex(drop.name, ifExists: drop.ifExists)
        return try self.alterTable(AlterTable(name: drop.table, specifications: [specification]), defaultSchema: defaultSchema)
    }
}
