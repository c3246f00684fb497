/// Statements that are not DDL, classified by their first words.
extension StatementParser {
    mutating func classifyNonDDL() throws -> NonDDLKind {
        guard let first = cursor.keyword() else {
            if cursor.isAtEnd, let lexingError = cursor.lexingError { throw lexingError }
            return cursor.isSymbol(.leftParenthesis) ? .select : .other
        }
        let second = cursor.keyword(at: 1)
        switch first {
        case "BEGIN": return second == "NOT" ? .other : .begin  // MariaDB's BEGIN NOT ATOMIC block
        case "START": return second == "TRANSACTION" ? .begin : .other
        case "XA": return .xa
        case "COMMIT": return .commit
        case "ROLLBACK": return .rollback
        case "SAVEPOINT": return .savepoint
        case "RELEASE": return second == "SAVEPOINT" ? .releaseSavepoint : .other
        case "INSERT": return .insert
        case "REPLACE": return .replace
        case "UPDATE": return .update
        case "DELETE": return .delete
        case "LOAD": return second == "DATA" || second == "XML" ? .loadData : .other
        case "SELECT", "TABLE", "VALUES": return .select
        case "WITH": return classifyWithStatement()
        case "SET": return .set
        case "GRANT": return .grant
        case "REVOKE": return .revoke
        case "FLUSH": return .flush
        case "RESET": return .reset
        case "PURGE": return .purge
        case "LOCK": return second == "TABLES" || second == "TABLE" ? .lockTables : .other
        case "UNLOCK": return second == "TABLES" || second == "TABLE" ? .unlockTables : .other
        case "USE":
            cursor.advance()
            if identifier() != nil { _ = try parseDatabaseName() }
            return .use
        case "CALL": return .call
        case "DO": return .do
        case "HANDLER": return .handler
        default: return .other
        }
    }

    /// `WITH [RECURSIVE] cte [(cols)] AS (query), ... statement`: the kind of the statement.
    private mutating func classifyWithStatement() -> NonDDLKind {
        cursor.advance()
        _ = cursor.consumeWord("RECURSIVE")
        repeat {
            cursor.advance()  // the name
            if cursor.isSymbol(.leftParenthesis) { skipParenthesized() }
            guard cursor.consumeWord("AS") else { return .select }
            skipParenthesized()
        } while cursor.consumeSymbol(.comma)
        switch cursor.keyword() {
        case "UPDATE": return .update
        case "DELETE": return .delete
        default: return .select
        }
    }

    /// At `(`: past the matching `)` (or to the end).
    private mutating func skipParenthesized() {
        var depth = 0
        repeat {
            if cursor.isSymbol(.leftParenthesis) { depth += 1 }
            if cursor.isSymbol(.rightParenthesis) { depth -= 1 }
            cursor.advance()
        } while depth > 0 && !cursor.isAtEnd
    }
}
