/// ALTER TABLE and its comma-separated specifications.
extension StatementParser {
    mutating func parseAlterTable(modifiers: [String]) throws -> SQLStatement {
        cursor.advance()
        let ifExists = parseIfExists()
        var alter = AlterTable(name: try parseTableName(part: .table), specifications: [])
        alter.modifiers = modifiers
        alter.ifExists = ifExists
        try skipLockWait()
        while !isAtStatementEnd {
            // A partition clause follows the other specifications without a comma.
            if !alter.specifications.isEmpty, !cursor.consumeSymbol(.comma), !startsPartitionClause() {
                throw cursor.expected("',' or the end of the statement")
            }
            alter.specifications += try parseAlterSpecification()
        }
        return try complete(.alterTable(alter))
    }

    /// `PARTITION BY ...` or `REMOVE PARTITIONING`, which end an ALTER TABLE.
    private func startsPartitionClause() -> Bool {
        isWords("PARTITION", "BY") || isWords("REMOVE", "PARTITIONING")
    }

    private mutating func parseAlterSpecification() throws -> [AlterSpecification] {
        let start = cursor.index
        let next = cursor.keyword(at: 1)
        switch verbatimExtent() {
        case .toComma: return [.other(captureVerbatim(from: start, stopAtComma: true))]
        case .toEnd: return [.other(captureVerbatim(from: start))]
        case nil: break
        }
        switch cursor.keyword() {
        case "ADD": return try parseAlterAdd()
        case "DROP": return [try parseAlterDrop()]
        case "MODIFY":
            cursor.advance()
            _ = cursor.consumeWord("COLUMN")
            let ifExists = parseIfExists()
            let column = try parseColumnDefinition()
            return [.modifyColumn(column, position: try parseColumnPosition(), ifExists: ifExists)]
        case "CHANGE":
            cursor.advance()
            _ = cursor.consumeWord("COLUMN")
            let ifExists = parseIfExists()
            let old = try parseIdentifier("a column name")
            let column = try parseColumnDefinition()
            return [.changeColumn(old: old, column, position: try parseColumnPosition(), ifExists: ifExists)]
        case "RENAME": return [try parseAlterRename()]
        case "ALTER": return [try parseAlterColumn()]
        case "CONVERT" where next != "PARTITION" && next != "TABLE":
            cursor.advance()
            try cursor.expectWord("TO")
            guard consumeCharsetKeyword() else { throw cursor.expected("CHARACTER SET") }
            let charset = try parseCharsetName("a character set name")
            let collation = cursor.consumeWord("COLLATE") ? try parseCharsetName("a collation name") : nil
            return [.convertCharset(charset, collation: collation)]
        case "ALGORITHM", "LOCK":
            let isAlgorithm = cursor.isWord("ALGORITHM")
            cursor.advance()
            _ = cursor.consumeSymbol(.equal)
            let value = try parseIdentifier("a value")
            return [isAlgorithm ? .algorithm(value) : .lock(value)]
        case "FORCE":
            cursor.advance()
            return [.force]
        case "EXCHANGE" where next == "PARTITION":
            cursor.advance(by: 2)
            _ = try parseIdentifier("a partition name")
            try cursor.expectWord("WITH")
            try cursor.expectWord("TABLE")
            _ = try parseTableName(part: .partitionTable)
            return [.other(captureVerbatim(from: start))]
        case "CONVERT" where next == "PARTITION" || next == "TABLE":
            // MariaDB: CONVERT PARTITION p TO TABLE t, CONVERT TABLE t TO PARTITION p ...
            cursor.advance(by: 2)
            if next == "PARTITION" {
                _ = try parseIdentifier("a partition name")
                try cursor.expectWord("TO")
                try cursor.expectWord("TABLE")
            }
            _ = try parseTableName(part: .partitionTable)
            return [.other(captureVerbatim(from: start))]
        default:
            break
        }
        let options = try parseTableOptions(allowCommas: false)
        if options.isEmpty { throw cursor.expected("an ALTER TABLE specification") }
        return [.options(options)]
    }

    private enum VerbatimExtent {
        case toComma
        /// ORDER BY and partition maintenance: their lists have commas of their own, and they
        /// come last (partition maintenance stands alone, after ALGORITHM/LOCK at most).
        case toEnd
    }

    /// Specifications kept verbatim as `.other`, and how far they reach.
    private func verbatimExtent() -> VerbatimExtent? {
        guard let word = cursor.keyword() else { return nil }
        let next = cursor.keyword(at: 1) ?? ""
        switch word {
        case "ORDER": return next == "BY" ? .toEnd : nil
        case "ENABLE", "DISABLE": return next == "KEYS" ? .toComma : nil
        case "DISCARD", "IMPORT": return next == "TABLESPACE" ? .toComma : next == "PARTITION" ? .toEnd : nil
        case "WITH", "WITHOUT": return next == "VALIDATION" ? .toComma : nil
        case "PARTITION": return next == "BY" ? .toEnd : nil
        case "REMOVE", "UPGRADE": return next == "PARTITIONING" ? .toEnd : nil
        case "COALESCE", "REORGANIZE", "ANALYZE", "CHECK", "OPTIMIZE", "REBUILD", "REPAIR", "TRUNCATE":
            return next == "PARTITION" ? .toEnd : nil
        case "SECONDARY_LOAD", "SECONDARY_UNLOAD": return .toComma
        default: return nil
        }
    }

    /// `ADD [COLUMN] [IF NOT EXISTS] col def [FIRST|AFTER c]`, `ADD [COLUMN] (defs)`, an index or
    /// constraint, or partitions.
    private mutating func parseAlterAdd() throws -> [AlterSpecification] {
        let start = cursor.index
        cursor.advance()
        if startsTableConstraint() {
            let (constraint, ifNotExists) = try parseTableConstraint()
            return [.addConstraint(constraint, ifNotExists: ifNotExists)]
        }
        if cursor.isWord("PARTITION") { return [.other(captureVerbatim(from: start))] }
        if isWords("SYSTEM", "VERSIONING") || isWords("PERIOD", "FOR") {
            return [.other(captureVerbatim(from: start, stopAtComma: true))]
        }
        _ = cursor.consumeWord("COLUMN")
        let ifNotExists = parseIfNotExists()
        guard cursor.consumeSymbol(.leftParenthesis) else {
            let column = try parseColumnDefinition()
            return [.addColumns([column], position: try parseColumnPosition(), ifNotExists: ifNotExists)]
        }
        // MySQL also takes index definitions in the list; they become separate specifications.
        var columns: [ColumnDefinition] = []
        var constraints: [AlterSpecification] = []
        repeat {
            if startsTableConstraint() {
                constraints.append(.addConstraint(try parseTableConstraint().constraint, ifNotExists: false))
            } else {
                columns.append(try parseColumnDefinition())
            }
        } while cursor.consumeSymbol(.comma)
        try cursor.expectSymbol(.rightParenthesis)
        let added: [AlterSpecification] = columns.isEmpty ? [] : [.addColumns(columns, position: nil, ifNotExists: ifNotExists)]
        return added + constraints
    }

    private mutating func parseAlterDrop() throws -> AlterSpecification {
        let start = cursor.index
        cursor.advance()
        switch cursor.keyword() {
        case "INDEX", "KEY":
            cursor.advance()
            let ifExists = parseIfExists()
            return .dropIndex(try parseIdentifier("an index name"), ifExists: ifExists)
        case "PRIMARY":
            cursor.advance()
            try cursor.expectWord("KEY")
            return .dropPrimaryKey
        case "FOREIGN":
            cursor.advance()
            try cursor.expectWord("KEY")
            let ifExists = parseIfExists()
            return .dropForeignKey(try parseIdentifier("a foreign key name"), ifExists: ifExists)
        case "CHECK", "CONSTRAINT":
            cursor.advance()
            let ifExists = parseIfExists()
            return .dropConstraint(try parseIdentifier("a constraint name"), ifExists: ifExists)
        case "PARTITION":
            return .other(captureVerbatim(from: start))
        case "SYSTEM" where cursor.isWord("VERSIONING", at: 1), "PERIOD" where cursor.isWord("FOR", at: 1):
            return .other(captureVerbatim(from: start, stopAtComma: true))
        default:
            _ = cursor.consumeWord("COLUMN")
            let ifExists = parseIfExists()
            let column = try parseIdentifier("a column name")
            _ = cursor.consumeWord("RESTRICT") || cursor.consumeWord("CASCADE")
            return .dropColumn(column, ifExists: ifExists)
        }
    }

    /// `RENAME COLUMN a TO b`, `RENAME INDEX|KEY a TO b`, `RENAME [TO|AS] t`.
    private mutating func parseAlterRename() throws -> AlterSpecification {
        cursor.advance()
        if let what = cursor.keyword(), what == "COLUMN" || what == "INDEX" || what == "KEY" {
            cursor.advance()
            _ = parseIfExists()  // MariaDB; the tree has no place for it (see parseStatement)
            let old = try parseIdentifier("a name")
            try cursor.expectWord("TO")
            let new = try parseIdentifier("a name")
            return what == "COLUMN" ? .renameColumn(old: old, new: new) : .renameIndex(old: old, new: new)
        }
        _ = cursor.consumeWord("TO") || cursor.consumeWord("AS")
        return .renameTable(try parseTableName(part: .newName))
    }

    /// `ALTER [COLUMN] c SET DEFAULT x | DROP DEFAULT | SET VISIBLE | SET INVISIBLE`; MySQL's
    /// `ALTER INDEX|CHECK|CONSTRAINT ...` is kept verbatim.
    private mutating func parseAlterColumn() throws -> AlterSpecification {
        let start = cursor.index
        cursor.advance()
        if let what = cursor.keyword(), ["INDEX", "KEY", "CHECK", "CONSTRAINT"].contains(what) {
            return .other(captureVerbatim(from: start, stopAtComma: true))
        }
        _ = cursor.consumeWord("COLUMN")
        _ = parseIfExists()  // MariaDB; the tree has no place for it (see parseStatement)
        let column = try parseIdentifier("a column name")
        if consumeWords("DROP", "DEFAULT") { return .alterColumnDropDefault(column) }
        try cursor.expectWord("SET")
        if cursor.consumeWord("DEFAULT") { return .alterColumnSetDefault(column, try parseDefaultValue()) }
        if cursor.consumeWord("VISIBLE") { return .alterColumnVisibility(column, visible: true) }
        if cursor.consumeWord("INVISIBLE") { return .alterColumnVisibility(column, visible: false) }
        throw cursor.expected("DEFAULT, VISIBLE or INVISIBLE")
    }

    /// `FIRST` or `AFTER c`, if present.
    private mutating func parseColumnPosition() throws -> ColumnPosition? {
        if cursor.consumeWord("FIRST") { return .first }
        if cursor.consumeWord("AFTER") { return .after(try parseIdentifier("a column name")) }
        return nil
    }
}
