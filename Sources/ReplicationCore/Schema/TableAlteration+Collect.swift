import SQLSyntax

/// Sorting the specifications into lists; IF [NOT] EXISTS is decided against the table as it
/// was before the statement, as the server does.
extension TableAlteration {
    mutating func collect(_ specification: AlterSpecification) throws(SchemaTrackerError) {
        let resolver = ColumnDefinitionResolver(table: self.name, tableDefaults: self.defaults)
        switch specification {
        case .addColumns(let definitions, let position, let ifNotExists):
            for definition in definitions {
                let added = self.columnRequests.contains { $0.change == nil && $0.column.isNamed(definition.name) }
                if ifNotExists, self.original.column(named: definition.name) != nil || added { continue }
                let resolved = try resolver.resolve(definition)
                self.columnRequests.append(
                    ColumnRequest(column: resolved.column, change: nil, position: position, defaultError: resolved.defaultError))
                self.newKeys += resolved.keys
            }
        case .dropColumn(let name, let ifExists):
            if ifExists, self.original.column(named: name) == nil { return }
            self.droppedColumns.append(name)
        case .modifyColumn(let definition, let position, let ifExists):
            try self.change(definition.name, to: definition, position: position, ifExists: ifExists, resolver: resolver)
        case .changeColumn(let old, let definition, let position, let ifExists):
            try self.change(old, to: definition, position: position, ifExists: ifExists, resolver: resolver)
        case .renameColumn(let old, let new):
            self.columnAlterations.append(.rename(old, to: new))
        case .alterColumnSetDefault(let name, let expression):
            self.columnAlterations.append(.setDefault(name, expression))
        case .alterColumnDropDefault(let name):
            self.columnAlterations.append(.dropDefault(name))
        case .alterColumnVisibility(let name, let visible):
            self.columnAlterations.append(.visibility(name, visible: visible))
        case .addConstraint(let constraint, let ifNotExists):
            try self.addConstraint(constraint, ifNotExists: ifNotExists)
        case .dropIndex(let name, let ifExists):
            if ifExists, self.original.index(named: name) == nil { return }
            self.droppedKeys.append(name)
        case .dropPrimaryKey:
            self.droppedKeys.append("PRIMARY")
        case .dropForeignKey(let name, let ifExists):
            try self.dropForeignKey(name, ifExists: ifExists, what: "FOREIGN KEY")
        case .dropConstraint(let name, let ifExists):
            if self.original.foreignKeys.contains(where: { $0.name.matchesIgnoringCase(name) }) {
                try self.dropForeignKey(name, ifExists: ifExists, what: "CONSTRAINT")
            } else if let index = self.original.index(named: name), index.kind == .unique {
                self.droppedKeys.append(index.name)
            }
            // Otherwise a CHECK constraint, which is not tracked.
        case .renameIndex(let old, let new):
            self.renamedKeys.append((old, new))
        case .renameTable(let name):
            self.renameTo = name
        case .options, .convertCharset, .algorithm, .lock, .force, .other:
            break
        }
    }

    private mutating func change(
        _ old: String, to definition: ColumnDefinition, position: ColumnPosition?, ifExists: Bool,
        resolver: ColumnDefinitionResolver
    ) throws(SchemaTrackerError) {
        if ifExists, self.original.column(named: old) == nil { return }
        let resolved = try resolver.resolve(definition)
        self.columnRequests.append(
            ColumnRequest(column: resolved.column, change: old, position: position, defaultError: resolved.defaultError))
        self.newKeys += resolved.keys
    }

    private mutating func addConstraint(_ constraint: TableConstraint, ifNotExists: Bool) throws(SchemaTrackerError) {
        let (key, foreignKey) = try constraint.requests(in: self.name)
        if let key {
            if ifNotExists {
                let name = key.kind == .primary ? "PRIMARY" : key.name ?? key.parts.first?.column ?? ""
                if self.original.index(named: name) != nil { return }
            }
            self.newKeys.append(key)
        }
        if let foreignKey {
            if ifNotExists, let name = foreignKey.name,
               self.original.foreignKeys.contains(where: { $0.name.matchesIgnoringCase(name) }) { return }
            self.newForeignKeys.append(foreignKey)
            self.newKeys.append(TableKeyBuilder.indexRequest(for: foreignKey))
        }
    }

    private mutating func dropForeignKey(_ name: String, ifExists: Bool, what: String) throws(SchemaTrackerError) {
        guard self.original.foreignKeys.contains(where: { $0.name.matchesIgnoringCase(name) }) else {
            if ifExists { return }
            throw SchemaTrackerError(.cantDrop, 1091, "Can't DROP \(what) `\(name)` in \(self.name); check that it exists")
        }
        self.droppedForeignKeys.append(name)
    }
}
