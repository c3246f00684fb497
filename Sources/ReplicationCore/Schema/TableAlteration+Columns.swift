import SQLSyntax

/// The new column list, built in the server's order of operations: walk the original columns
/// (dropping, replacing by CHANGE/MODIFY in place, or keeping with RENAME/ALTER COLUMN applied),
/// then add the new columns and move those with FIRST/AFTER, in statement order; AFTER names a
/// column of the list as built so far (new names).
extension TableAlteration {
    /// A column of the new table and where it came from.
    struct NewColumn {
        var column: TrackedColumn
        /// The original column it continues; nil for a column this statement adds.
        var origin: String?
        /// Replaced or renamed: index parts find it by its old name rather than its new one.
        var isChanged: Bool
        /// The request that produced it, if any.
        var request: Int?
        /// `ALTER COLUMN ... SET DEFAULT`, checked once the column list is complete (the server
        /// reports unknown columns first).
        var defaultExpression: SQLExpression?
        /// Added, or moved by FIRST/AFTER: placed after the walk over the original columns, where
        /// ALTER COLUMN clauses left over can still find it.
        var isPlacedLate = false

        /// The name an index part of the original table must have to follow this column.
        var keyPartName: String { self.isChanged ? self.origin ?? self.column.name : self.column.name }
    }

    mutating func alteredColumns() throws(SchemaTrackerError) -> [NewColumn] {
        var columns: [NewColumn] = []
        var dropped = self.droppedColumns
        var alterations = self.columnAlterations
        var placed = Set<Int>()
        for original in self.original.columns {
            if let index = dropped.firstIndex(where: { original.isNamed($0) }) {
                dropped.remove(at: index)
                continue
            }
            if let index = self.columnRequests.indices.first(where: { index in
                !self.columnRequests[index].isBound && self.columnRequests[index].change.map(original.isNamed) == true
            }) {
                self.columnRequests[index].isBound = true
                columns.append(NewColumn(column: self.columnRequests[index].column, origin: original.name, isChanged: true, request: index))
                if self.columnRequests[index].position == nil { placed.insert(index) }
                continue
            }
            var column = NewColumn(column: original, origin: original.name, isChanged: false, request: nil)
            if let index = alterations.firstIndex(where: { original.isNamed($0.column) }) {
                try self.apply(alterations.remove(at: index), to: &column)
            }
            columns.append(column)
        }
        self.unmatchedDrops = dropped
        for (index, request) in self.columnRequests.enumerated() where !placed.contains(index) {
            try self.place(request, index: index, in: &columns)
        }
        // What is left applies to columns this statement adds, not to changed ones.
        for alteration in alterations {
            // A RENAME COLUMN only ever applies to an original column that nothing else changed.
            let index = alteration.isRename ? nil : columns.firstIndex { $0.isPlacedLate && $0.column.isNamed(alteration.column) }
            guard let index else {
                throw .unknownColumn(alteration.column, in: self.name)
            }
            try self.apply(alteration, to: &columns[index])
        }
        try self.checkColumnNames(columns)
        try self.checkForeignKeyColumns(columns)
        for index in columns.indices {
            if let request = columns[index].request, let error = self.columnRequests[request].defaultError { throw error }
            guard let expression = columns[index].defaultExpression else { continue }
            let column = columns[index].column
            let value = try DefaultValueFormatter(column: column, table: self.name).format(expression)
            // The server checks SET DEFAULT on an AUTO_INCREMENT column, then ignores it.
            if !column.isAutoIncrement { columns[index].column.defaultValue = value }
        }
        return columns
    }

    /// Adds a new column, or moves a changed one, to its position.
    private func place(_ request: ColumnRequest, index: Int, in columns: inout [NewColumn]) throws(SchemaTrackerError) {
        var entry = NewColumn(column: request.column, origin: nil, isChanged: false, request: index, isPlacedLate: true)
        if let change = request.change {
            if request.isBound, let current = columns.firstIndex(where: { $0.request == index }) {
                entry = columns.remove(at: current)
                entry.isPlacedLate = true
            } else if let added = columns.firstIndex(where: { $0.origin == nil && $0.column.isNamed(change) }) {
                // MODIFY of a column added earlier in the same statement replaces it.
                columns.remove(at: added)
            } else {
                throw .unknownColumn(change, in: self.name)
            }
        }
        switch request.position {
        case nil:
            columns.append(entry)
        case .first:
            columns.insert(entry, at: 0)
        case .after(let name):
            guard let anchor = columns.firstIndex(where: { $0.column.isNamed(name) }) else {
                throw .unknownColumn(name, in: self.name)
            }
            columns.insert(entry, at: anchor + 1)
        }
    }

    private func apply(_ alteration: ColumnAlteration, to entry: inout NewColumn) throws(SchemaTrackerError) {
        switch alteration {
        case .rename(_, let new):
            entry.column.name = new
            entry.isChanged = true
        case .setDefault(_, let expression):
            entry.defaultExpression = expression
        case .dropDefault:
            entry.column.defaultValue = entry.column.isNullable ? "NULL" : nil
        case .visibility(_, let visible):
            entry.column.isInvisible = !visible
        }
    }

    private func checkColumnNames(_ columns: [NewColumn]) throws(SchemaTrackerError) {
        guard !columns.isEmpty else {
            throw SchemaTrackerError(
                .cantDropAllColumns, 1090, "You can't delete all columns of \(self.name) with ALTER TABLE; use DROP TABLE instead")
        }
        var seen = Set<String>()
        for entry in columns where !seen.insert(entry.column.name.lowercased()).inserted {
            throw .duplicateColumn(entry.column.name, in: self.name)
        }
    }

    /// InnoDB refuses to drop a column a foreign key uses (its index would go).
    private func checkForeignKeyColumns(_ columns: [NewColumn]) throws(SchemaTrackerError) {
        for foreignKey in self.original.foreignKeys where !self.droppedForeignKeys.contains(where: foreignKey.name.matchesIgnoringCase) {
            for name in foreignKey.columns where !columns.contains(where: { $0.origin.map(name.matchesIgnoringCase) == true }) {
                throw SchemaTrackerError(
                    .foreignKeyColumn, 1553,
                    "Cannot drop column '\(name)' of \(self.name): needed in foreign key constraint '\(foreignKey.name)'")
            }
        }
    }
}
