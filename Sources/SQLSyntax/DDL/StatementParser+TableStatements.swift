/// DROP TABLE, RENAME TABLE, TRUNCATE, CREATE INDEX and DROP INDEX.
extension StatementParser {
    /// `DROP [TEMPORARY] TABLE[S] [IF EXISTS] a, b [WAIT n | NOWAIT] [RESTRICT | CASCADE]`.
    mutating func parseDropTable(temporary: Bool) throws -> SQLStatement {
        cursor.advance()
        let ifExists = parseIfExists()
        var tables: [SQLTableName] = []
        repeat {
            tables.append(try parseTableName(part: .droppedTable(tables.count)))
        } while cursor.consumeSymbol(.comma)
        var drop = DropTable(tables: tables)
        drop.temporary = temporary
        drop.ifExists = ifExists
        let trailerStart = cursor.index
        try skipLockWait()
        _ = cursor.consumeWord("RESTRICT") || cursor.consumeWord("CASCADE")
        if cursor.index > trailerStart { drop.trailer = verbatim(from: trailerStart) }
        return try complete(.dropTable(drop))
    }

    /// `RENAME TABLE[S] [IF EXISTS] a TO b, c TO d`.
    mutating func parseRenameTable() throws -> SQLStatement {
        cursor.advance(by: 2)
        let ifExists = parseIfExists()
        var pairs: [RenameTable.Pair] = []
        repeat {
            let from = try parseTableName(part: .renameFrom(pairs.count))
            try skipLockWait()
            try cursor.expectWord("TO")
            pairs.append(RenameTable.Pair(from: from, to: try parseTableName(part: .renameTo(pairs.count))))
        } while cursor.consumeSymbol(.comma)
        var rename = RenameTable(pairs: pairs)
        rename.ifExists = ifExists
        return try complete(.renameTable(rename))
    }

    /// `TRUNCATE [TABLE] t`.
    mutating func parseTruncate() throws -> SQLStatement {
        cursor.advance()
        _ = cursor.consumeWord("TABLE")
        let table = try parseTableName(part: .table)
        try skipLockWait()
        return try complete(.truncateTable(table))
    }

    /// After CREATE [OR REPLACE] [UNIQUE|FULLTEXT|SPATIAL]: `INDEX [IF NOT EXISTS] name
    /// [USING type] ON t (key parts) [options] [ALGORITHM [=] x] [LOCK [=] x] [WAIT n | NOWAIT]`.
    mutating func parseCreateIndex(orReplace: Bool, unique: Bool, flavor: IndexFlavor) throws -> SQLStatement {
        cursor.advance()
        let ifNotExists = parseIfNotExists()
        var index = IndexSpec(name: try parseIdentifier("an index name"), columns: [])
        if cursor.consumeWord("USING") || cursor.consumeWord("TYPE") {
            index.using = SQLByte.asciiUppercased(try parseIdentifier("an index type (BTREE, HASH)"))
        }
        try cursor.expectWord("ON")
        let table = try parseTableName(part: .table)
        index.columns = try parseKeyParts()
        var create = CreateIndex(table: table, index: index)
        while true {
            try parseIndexOptions(into: &create.index)
            guard let option = try parseAlgorithmOrLock() else { break }
            create.trailer.append(option)
        }
        create.orReplace = orReplace
        create.ifNotExists = ifNotExists
        create.unique = unique
        create.flavor = flavor
        return try complete(.createIndex(create))
    }

    /// `DROP INDEX [IF EXISTS] name ON t [ALGORITHM [=] x] [LOCK [=] x] [WAIT n | NOWAIT]`.
    mutating func parseDropIndex() throws -> SQLStatement {
        cursor.advance()
        let ifExists = parseIfExists()
        let name = try parseIdentifier("an index name")
        try cursor.expectWord("ON")
        var drop = DropIndex(name: name, table: try parseTableName(part: .table))
        drop.ifExists = ifExists
        while let option = try parseAlgorithmOrLock() { drop.trailer.append(option) }
        return try complete(.dropIndex(drop))
    }

    /// `ALGORITHM [=] x`, `LOCK [=] x`, or MariaDB's `WAIT n` or `NOWAIT`, if one comes next.
    private mutating func parseAlgorithmOrLock() throws -> SQLTableOption? {
        guard let name = cursor.keyword(), ["ALGORITHM", "LOCK", "WAIT", "NOWAIT"].contains(name) else { return nil }
        cursor.advance()
        if name == "NOWAIT" { return SQLTableOption(name: name, value: "") }
        if name == "WAIT" { return SQLTableOption(name: name, value: try parseIntegerText("a number of seconds")) }
        _ = cursor.consumeSymbol(.equal)
        return SQLTableOption(name: name, value: try parseIdentifier("a value for \(name)"))
    }
}
