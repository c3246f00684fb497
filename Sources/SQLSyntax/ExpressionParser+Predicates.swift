extension ExpressionParser {
    enum PredicateForm {
        case inList
        case between
        case like
        case regexp
        case soundsLike
        case memberOf
    }

    /// `[NOT] IN`, `[NOT] BETWEEN`, `[NOT] LIKE`, `[NOT] REGEXP`, `SOUNDS LIKE`, `MEMBER OF`
    /// on a bit expression. These do not chain: `a LIKE b LIKE c` is an error, as in MySQL.
    mutating func parsePredicate() throws -> SQLExpression {
        let lhs = try parseBitExpression()
        guard let (form, negated) = predicateOperator() else { return lhs }
        switch form {
        case .inList: return .inList(lhs, try parseInList(), negated: negated)
        case .between: return try parseBetween(lhs, negated: negated)
        case .like: return try parseLike(lhs, negated: negated)
        case .regexp: return .regexp(lhs, pattern: try parseBitExpression(), negated: negated)
        case .soundsLike: return try parseSoundsLike(lhs)
        case .memberOf: return try parseMemberOf(lhs)
        }
    }

    private mutating func parseBetween(_ lhs: SQLExpression, negated: Bool) throws -> SQLExpression {
        let low = try parseBitExpression()
        try cursor.expectWord("AND")
        try enterNesting()  // the upper bound may be another BETWEEN
        defer { leaveNesting() }
        return .between(lhs, low: low, high: try parsePredicate(), negated: negated)
    }

    private mutating func parseLike(_ lhs: SQLExpression, negated: Bool) throws -> SQLExpression {
        let pattern = try parseSimpleExpression()
        let escape = cursor.consumeWord("ESCAPE") ? try parseSimpleExpression() : nil
        return .like(lhs, pattern: pattern, escape: escape, negated: negated)
    }

    private mutating func parseSoundsLike(_ lhs: SQLExpression) throws -> SQLExpression {
        let rhs = try parseBitExpression()
        return .binary(.equal, .function(name: "SOUNDEX", arguments: [lhs]), .function(name: "SOUNDEX", arguments: [rhs]))
    }

    private mutating func parseMemberOf(_ lhs: SQLExpression) throws -> SQLExpression {
        try cursor.expectSymbol(.leftParenthesis)
        let array = try parseSimpleExpression()
        try cursor.expectSymbol(.rightParenthesis)
        return .function(name: "MEMBER_OF", arguments: [lhs, array])
    }

    /// Consumes a predicate's keywords (with a leading NOT where allowed) if they come next.
    private mutating func predicateOperator() -> (form: PredicateForm, negated: Bool)? {
        let negated = cursor.isWord("NOT")
        let start = negated ? 1 : 0
        let form: PredicateForm
        var length = 1
        switch cursor.keyword(at: start) {
        case "IN": form = .inList
        case "BETWEEN": form = .between
        case "LIKE": form = .like
        case "REGEXP", "RLIKE": form = .regexp
        case "SOUNDS" where !negated && cursor.isWord("LIKE", at: 1):
            form = .soundsLike
            length = 2
        case "MEMBER" where !negated && cursor.isWord("OF", at: 1):
            form = .memberOf
            length = 2
        case "MEMBER" where !negated && cursor.isSymbol(.leftParenthesis, at: 1):  // OF is optional
            form = .memberOf
        default:
            return nil
        }
        cursor.advance(by: start + length)
        return (form, negated)
    }

    private mutating func parseInList() throws -> [SQLExpression] {
        try cursor.expectSymbol(.leftParenthesis)
        if startsSubquery() { throw subqueryError() }
        if cursor.isSymbol(.rightParenthesis) { throw cursor.error("the IN list is empty", at: cursor.current) }
        let list = try parseExpressionList()
        try cursor.expectSymbol(.rightParenthesis)
        return list
    }
}
