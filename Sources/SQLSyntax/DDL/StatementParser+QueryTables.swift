/// The tables a view's query reads, recorded as name sites so routing rewrites them with the
/// view's own name. The query is not modelled; a table reference is a name right after FROM or
/// JOIN (or after a comma in a FROM list) at the parenthesis depth of a SELECT, so `FROM` inside
/// `EXTRACT(YEAR FROM d)` or `TRIM(x FROM y)` is not taken for one.
extension StatementParser {
    mutating func scanQueryTables() throws {
        var depth = 0
        var selectDepths: [Int] = []
        var inFromList = false
        while !isAtStatementEnd {
            if cursor.isSymbol(.leftParenthesis) {
                depth += 1
                cursor.advance()
                continue
            }
            if cursor.isSymbol(.rightParenthesis) {
                depth -= 1
                while let top = selectDepths.last, top > depth { selectDepths.removeLast() }
                inFromList = false
                cursor.advance()
                continue
            }
            let atQueryLevel = selectDepths.last == depth
            if cursor.isWord("SELECT") {
                selectDepths.append(depth)
                inFromList = false
                cursor.advance()
                continue
            }
            if atQueryLevel && (cursor.isWord("FROM") || cursor.isWord("JOIN") || (inFromList && cursor.isSymbol(.comma))) {
                cursor.advance()
                inFromList = try self.parseQueryTableReference()
                continue
            }
            if atQueryLevel, let keyword = cursor.keyword(), Self.fromListEnd.contains(keyword) {
                inFromList = false
            }
            cursor.advance()
        }
    }

    /// Words that end a FROM list (after them a comma separates something else).
    private static let fromListEnd: Set<String> = [
        "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "WINDOW", "UNION", "EXCEPT", "INTERSECT", "WITH", "FOR", "INTO",
    ]

    /// A table name, if one comes next (not a derived table, a table function or DUAL);
    /// returns whether a FROM list may go on with a comma.
    private mutating func parseQueryTableReference() throws -> Bool {
        guard self.identifier() != nil, !cursor.isSymbol(.leftParenthesis, at: 1), !cursor.isWord("DUAL"), !cursor.isWord("LATERAL")
        else { return true }
        // `db.f(...)` is a function, not a table.
        if cursor.isSymbol(.dot, at: 1), cursor.isSymbol(.leftParenthesis, at: 3) { return true }
        _ = try self.parseTableName(part: .queryTable)
        return true
    }
}
