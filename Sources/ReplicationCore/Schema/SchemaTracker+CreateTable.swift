import SQLSyntax

/// CREATE TABLE: from a definition, or `LIKE` another table.
extension SchemaTracker {
    /// - Parameter keepingKeyOrder: keep the indexes in the order written, as `SHOW CREATE TABLE`
    ///   prints the server's order (which an ALTER TABLE may have left unsorted).
    mutating func createTable(
        _ create: CreateTable, defaultSchema: String?, keepingKeyOrder: Bool = false
    ) throws(SchemaTrackerError) -> [SchemaChange] {
        // Temporary tables never reach a row-based binlog; the server keeps them per session.
        if create.temporary { return [] }
        let name = try self.newTableName(self.qualify(create.name, defaultSchema: defaultSchema))
        let database = try self.existingDatabase(name.schema)
        let databaseDefaults = CharsetResolution(charset: database.charset, collation: database.collation)
        if case .definition(let definition) = create.body {
            // The server checks the table's charset options while parsing, before anything else.
            _ = try CharsetResolution.resolve(options: definition.options, inherited: databaseDefaults, owner: "table \(name)")
        }
        var changes: [SchemaChange] = []
        if let existing = self.table(name) {
            if create.ifNotExists { return [] }
            guard create.orReplace else { throw .tableExists(existing.tableName) }
            self.removeTable(existing.tableName)
            changes.append(.droppedTable(existing.tableName))
        }
        let table: TrackedTable
        switch create.body {
        case .like(let source):
            var copy = try self.existingTable(self.qualify(source, defaultSchema: defaultSchema))
            copy.schema = name.schema
            copy.name = name.table
            // LIKE copies columns and indexes (re-sorted, as any new table), not foreign keys.
            copy.foreignKeys = []
            copy.indexes = TableKeyBuilder.sortedAsRecreated(copy.indexes, columns: copy.columns)
            table = copy
        case .definition(let definition):
            table = try Self.buildTable(name, definition, databaseDefaults: databaseDefaults, keepingKeyOrder: keepingKeyOrder)
        }
        self.store(table)
        return changes + [.createdTable(name)]
    }

    /// A table from its definition. With `AS SELECT` the selected columns are unknown: the table
    /// holds the defined ones only and is marked not exact.
    static func buildTable(
        _ name: TableName, _ definition: TableDefinition, databaseDefaults: CharsetResolution, keepingKeyOrder: Bool = false
    ) throws(SchemaTrackerError) -> TrackedTable {
        let defaults = try CharsetResolution.resolve(options: definition.options, inherited: databaseDefaults, owner: "table \(name)")
            ?? databaseDefaults
        let engine = definition.options.last { $0.name == "ENGINE" }.map { EngineName.canonical($0.value) } ?? "InnoDB"
        let resolver = ColumnDefinitionResolver(table: name, tableDefaults: defaults)
        var columns: [TrackedColumn] = []
        var keys: [KeyRequest] = []
        for columnDefinition in definition.columns {
            let resolved = try resolver.resolve(columnDefinition)
            if let error = resolved.defaultError { throw error }
            if columns.contains(where: { $0.isNamed(resolved.column.name) }) {
                throw .duplicateColumn(resolved.column.name, in: name)
            }
            columns.append(resolved.column)
            keys += resolved.keys
        }
        guard !columns.isEmpty || definition.asSelect != nil else {
            throw SchemaTrackerError(.unsupported, 1113, "A table must have at least 1 column (\(name))")
        }
        var foreignKeyRequests: [ForeignKeyRequest] = []
        for constraint in definition.constraints {
            let (key, foreignKey) = try constraint.requests(in: name)
            if let key { keys.append(key) }
            if let foreignKey {
                foreignKeyRequests.append(foreignKey)
                keys.append(TableKeyBuilder.indexRequest(for: foreignKey))
            }
        }
        var builder = TableKeyBuilder(table: name, columns: columns)
        let built = try builder.build(keys)
        let indexes = keepingKeyOrder ? built : builder.sorted(built)
        var foreignKeys: [TrackedForeignKey] = []
        // Only InnoDB keeps foreign keys; other engines parse and forget them (the index stays).
        if engine == "InnoDB" {
            for request in foreignKeyRequests {
                foreignKeys.append(try TableKeyBuilder.foreignKey(request, table: name, existing: foreignKeys, columns: builder.columns))
            }
        }
        return TrackedTable(
            schema: name.schema, name: name.table, columns: builder.columns, indexes: indexes, foreignKeys: foreignKeys,
            charset: defaults.charset, collation: defaults.collation, engine: engine, isExact: definition.asSelect == nil)
    }
}
