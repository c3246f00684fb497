import SQLSyntax

/// Turns a column definition as written into a tracked column: its type, nullability, default,
/// generation and flags, plus the keys its attributes ask for (`PRIMARY KEY`, `UNIQUE`, SERIAL).
struct ColumnDefinitionResolver {
    var table: TableName
    var tableDefaults: CharsetResolution

    struct Resolved {
        var column: TrackedColumn
        var keys: [KeyRequest]
        /// A DEFAULT or ON UPDATE the column cannot take. Reported by the caller when the server
        /// would (ALTER TABLE first checks the column list).
        var defaultError: SchemaTrackerError?
    }

    func resolve(_ definition: ColumnDefinition) throws(SchemaTrackerError) -> Resolved {
        var charset = definition.type.charset
        var collation = definition.type.collation
        var notNull = false
        var defaultExpression: SQLExpression?
        var onUpdate: SQLExpression?
        var column = TrackedColumn(name: definition.name, dataType: "", columnType: "")
        var keys: [KeyRequest] = []
        let part = [TrackedIndex.Part(column: definition.name)]
        for attribute in definition.attributes {
            switch attribute {
            case .null: notNull = false
            case .notNull: notNull = true
            case .default(let expression): defaultExpression = expression
            case .onUpdate(let expression): onUpdate = expression
            case .autoIncrement: column.isAutoIncrement = true
            case .unique: keys.append(KeyRequest(kind: .unique, name: nil, parts: part))
            case .primaryKey:
                // A column-level PRIMARY KEY makes the column NOT NULL before its DEFAULT is checked.
                notNull = true
                keys.append(KeyRequest(kind: .primary, name: nil, parts: part))
            case .collate(let name): collation = name
            case .charset(let name): charset = name
            case .generated(_, let stored): column.generation = stored ? .stored : .virtual
            case .invisible: column.isInvisible = true
            case .visible: column.isInvisible = false
            case .other(let text) where text.uppercased().split(separator: " ").joined(separator: " ") == "SERIAL DEFAULT VALUE":
                notNull = true
                column.isAutoIncrement = true
                keys.append(KeyRequest(kind: .unique, name: nil, parts: part))
            case .comment, .columnFormat, .storage, .check, .references, .srid, .compressed, .other:
                break
            }
        }
        let typeResolver = ColumnTypeResolver(table: self.table, tableDefaults: self.tableDefaults)
        let type = try typeResolver.resolve(definition.type, column: definition.name, charset: charset, collation: collation)
        let flags = column
        column = type.column
        column.isAutoIncrement = flags.isAutoIncrement || type.isSerial
        column.generation = flags.generation
        column.isInvisible = flags.isInvisible
        if type.isSerial {
            notNull = true
            keys.append(KeyRequest(kind: .unique, name: nil, parts: part))
        }
        column.isNullable = !(notNull || column.isAutoIncrement)
        var defaultError: SchemaTrackerError?
        do {
            try self.resolveDefaults(&column, defaultExpression: defaultExpression, onUpdate: onUpdate)
        } catch {
            defaultError = error
        }
        return Resolved(column: column, keys: keys, defaultError: defaultError)
    }

    private func resolveDefaults(
        _ column: inout TrackedColumn, defaultExpression: SQLExpression?, onUpdate: SQLExpression?
    ) throws(SchemaTrackerError) {
        if let onUpdate {
            guard [.datetime, .timestamp].contains(column.family),
                  let precision = DefaultValueFormatter.currentTimestampPrecision(onUpdate)
            else {
                throw SchemaTrackerError(.invalidOnUpdate, 1294, "Invalid ON UPDATE clause for '\(column.name)' column in \(self.table)")
            }
            column.onUpdate = DefaultValueFormatter.currentTimestamp(precision ?? column.scale ?? 0)
        }
        if column.generation != nil {
            // Generated columns are nullable and show a NULL default.
            column.isNullable = true
            column.defaultValue = "NULL"
            return
        }
        guard let defaultExpression else {
            column.defaultValue = column.isNullable ? "NULL" : nil
            return
        }
        if column.isAutoIncrement { throw .invalidDefault(column.name, in: self.table) }
        column.defaultValue = try DefaultValueFormatter(column: column, table: self.table).format(defaultExpression)
    }
}
