/// CREATE TABLE: a definition list with options, partitioning and `AS SELECT`, or `LIKE`.
extension StatementParser {
    mutating func parseCreateTable(orReplace: Bool, temporary: Bool) throws -> SQLStatement {
        cursor.advance()
        let ifNotExists = parseIfNotExists()
        let name = try parseTableName(part: .table)
        let body: CreateTable.Body
        if cursor.consumeWord("LIKE") {
            body = .like(try parseTableName(part: .likeSource))
        } else if cursor.isSymbol(.leftParenthesis), cursor.isWord("LIKE", at: 1) {
            cursor.advance(by: 2)
            body = .like(try parseTableName(part: .likeSource))
            try cursor.expectSymbol(.rightParenthesis)
        } else {
            body = .definition(try parseTableDefinition())
        }
        var create = CreateTable(name: name, body: body)
        create.orReplace = orReplace
        create.temporary = temporary
        create.ifNotExists = ifNotExists
        return try complete(.createTable(create))
    }

    /// `[(elements)] [options] [PARTITION BY ...] [[IGNORE|REPLACE] [AS] query]`.
    private mutating func parseTableDefinition() throws -> TableDefinition {
        var definition = TableDefinition()
        if cursor.isSymbol(.leftParenthesis), !startsQuery(at: 1) {
            cursor.advance()
            repeat {
                if startsTableConstraint() {
                    definition.constraints.append(try parseTableConstraint().constraint)
                } else {
                    definition.columns.append(try parseColumnDefinition())
                }
            } while cursor.consumeSymbol(.comma)
            try cursor.expectSymbol(.rightParenthesis)
        }
        definition.options = try parseTableOptions(allowCommas: true)
        if cursor.isWord("PARTITION") {
            // The partition clause has no top-level AS or SELECT, so those end it.
            definition.partitioning = captureVerbatim(
                from: cursor.index, stopWords: ["AS", "SELECT", "IGNORE", "REPLACE", "WITH", "TABLE", "VALUES"])
        }
        if startsQuery(at: 0) || cursor.isWord("AS") || cursor.isWord("IGNORE") || cursor.isWord("REPLACE") {
            definition.asSelect = captureVerbatim(from: cursor.index)
        }
        return definition
    }

    /// A query: `SELECT`, `WITH`, `TABLE t`, `VALUES ...` or a parenthesized query.
    func startsQuery(at distance: Int) -> Bool {
        guard let word = cursor.keyword(at: distance) else { return cursor.isSymbol(.leftParenthesis, at: distance) }
        return word == "SELECT" || word == "WITH" || word == "TABLE" || word == "VALUES"
    }
}
