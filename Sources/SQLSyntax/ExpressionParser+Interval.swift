extension ExpressionParser {
    /// `INTERVAL expr unit`; the value is a full expression (`INTERVAL 1 + 1 DAY`), ended by
    /// the unit keyword, which cannot continue an expression.
    mutating func parseInterval() throws -> SQLExpression {
        try cursor.expectWord("INTERVAL")
        let value = try parseExpression()
        return .interval(value, unit: try parseIntervalUnit())
    }

    mutating func parseIntervalUnit() throws -> SQLIntervalUnit {
        guard let word = cursor.keyword(), let unit = SQLIntervalUnit(rawValue: word) else {
            throw cursor.expected("an interval unit (DAY, HOUR_MINUTE, ...)")
        }
        cursor.advance()
        return unit
    }

    /// At `INTERVAL`: the interval form, not the function `INTERVAL(n, n1, ...)`.
    func startsInterval() -> Bool {
        cursor.isWord("INTERVAL") && !isIntervalFunctionCall()
    }

    /// At `INTERVAL`: `(` follows and the parentheses hold a top-level comma.
    func isIntervalFunctionCall() -> Bool {
        guard cursor.isSymbol(.leftParenthesis, at: 1) else { return false }
        var depth = 0
        var distance = 1
        while true {
            switch cursor.token(at: distance).kind {
            case .endOfInput: return false
            case .symbol(.leftParenthesis): depth += 1
            case .symbol(.rightParenthesis):
                depth -= 1
                if depth == 0 { return false }
            case .symbol(.comma) where depth == 1: return true
            default: break
            }
            distance += 1
        }
    }
}
