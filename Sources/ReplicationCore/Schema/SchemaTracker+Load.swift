import SQLSyntax

/// Loading definitions read from the source (`SHOW CREATE TABLE`, `SHOW CREATE DATABASE`).
extension SchemaTracker {
    /// Adds or replaces a table from the text of `SHOW CREATE TABLE` (column 2 of its result).
    /// The database is created with the server's defaults if the tracker does not know it yet.
    ///
    /// - Parameters:
    ///   - schema: the table's database (SHOW CREATE TABLE does not print it).
    ///   - options: the session's sql_mode as lexer options (ANSI_QUOTES changes the quoting).
    public mutating func load(createTableSQL: String, schema: String, options: SQLLexerOptions = SQLLexerOptions()) throws {
        let statement = try SQLParser.parseStatement(createTableSQL, options: options).statement
        guard case .createTable(var create) = statement, case .definition = create.body, !create.temporary else {
            throw SchemaTrackerError(.notCreateTable, nil, "Expected the text of SHOW CREATE TABLE, got: \(createTableSQL.prefix(80))")
        }
        create.name = SQLTableName(schema: schema, name: create.name.name)
        create.orReplace = true
        create.ifNotExists = false
        var draft = self
        if draft.database(named: schema) == nil {
            try draft.apply(.createDatabase(CreateDatabase(name: schema)), defaultSchema: nil)
        }
        _ = try draft.createTable(create, defaultSchema: schema, keepingKeyOrder: true)
        self = draft
    }

    /// Adds a database, or updates its default charset and collation (keeping its tables), from
    /// the text of `SHOW CREATE DATABASE`.
    public mutating func load(createDatabaseSQL: String, options: SQLLexerOptions = SQLLexerOptions()) throws {
        let statement = try SQLParser.parseStatement(createDatabaseSQL, options: options).statement
        guard case .createDatabase(let create) = statement else {
            throw SchemaTrackerError(.notCreateTable, nil, "Expected the text of SHOW CREATE DATABASE, got: \(createDatabaseSQL.prefix(80))")
        }
        guard self.database(named: create.name) != nil else {
            try self.apply(.createDatabase(create), defaultSchema: nil)
            return
        }
        var alter = AlterDatabase(name: create.name)
        alter.options = create.options
        try self.apply(.alterDatabase(alter), defaultSchema: nil)
    }

    /// Forgets a table (e.g. one the task no longer replicates); returns it if it was known.
    @discardableResult
    public mutating func forget(_ name: TableName) -> TrackedTable? {
        guard let table = self.table(name) else { return nil }
        return self.removeTable(table.tableName)
    }
}
