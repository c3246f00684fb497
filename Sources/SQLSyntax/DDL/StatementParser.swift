/// Parses one statement. DDL is parsed in full and checked to the end; other statements are
/// read only as far as it takes to classify them (and to name the objects of views, triggers
/// and routines), so statements this parser does not model are never rejected for their body.
struct StatementParser {
    /// Owns the token cursor; DDL shares it so that defaults, generated columns and CHECK
    /// constraints are parsed in place by the expression grammar.
    var expressions: ExpressionParser
    /// Where names were written, in the order met.
    var nameSites: [NameSite] = []

    init(_ text: String, options: SQLLexerOptions) {
        expressions = ExpressionParser(text, options: options)
    }

    var cursor: TokenCursor {
        get { expressions.cursor }
        _modify { yield &expressions.cursor }
    }

    mutating func parseStatement() throws -> SQLStatement {
        switch cursor.keyword() {
        case "CREATE": try parseCreate()
        case "ALTER": try parseAlter()
        case "DROP": try parseDrop()
        case "RENAME": try parseRename()
        case "TRUNCATE": try parseTruncate()
        case "ANALYZE", "OPTIMIZE", "REPAIR", "CHECK": try parseTableMaintenance()
        default: .nonDDL(try classifyNonDDL())
        }
    }

    /// After a fully parsed statement: an optional `;`, then nothing.
    mutating func complete(_ statement: SQLStatement) throws -> SQLStatement {
        _ = cursor.consumeSymbol(.semicolon)
        if !cursor.isAtEnd { throw cursor.unexpected(" after the end of the statement") }
        if let lexingError = cursor.lexingError { throw lexingError }
        return statement
    }

    /// At the end of the text, or at a `;` that ends it.
    var isAtStatementEnd: Bool {
        cursor.isAtEnd || (cursor.isSymbol(.semicolon) && cursor.token(at: 1).kind == .endOfInput)
    }
}
