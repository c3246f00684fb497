/// CREATE, ALTER and DROP DATABASE (or SCHEMA).
extension StatementParser {
    mutating func parseCreateDatabase(orReplace: Bool) throws -> SQLStatement {
        cursor.advance()
        let ifNotExists = parseIfNotExists()
        var create = CreateDatabase(name: try parseDatabaseName())
        create.orReplace = orReplace
        create.ifNotExists = ifNotExists
        create.options = try parseTableOptions(allowCommas: false)
        return try complete(.createDatabase(create))
    }

    /// `ALTER DATABASE [name] options`; without a name it alters the current database.
    mutating func parseAlterDatabase() throws -> SQLStatement {
        cursor.advance()
        var alter = AlterDatabase(name: nil)
        if identifier() != nil, !startsTableOption() {
            alter.name = try parseDatabaseName()
        }
        alter.options = try parseTableOptions(allowCommas: false)
        if alter.options.isEmpty { throw cursor.expected("a database option (CHARACTER SET, COLLATE, ...)") }
        return try complete(.alterDatabase(alter))
    }

    mutating func parseDropDatabase() throws -> SQLStatement {
        cursor.advance()
        let ifExists = parseIfExists()
        var drop = DropDatabase(name: try parseDatabaseName())
        drop.ifExists = ifExists
        return try complete(.dropDatabase(drop))
    }
}
