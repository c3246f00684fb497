extension ExpressionParser {
    /// MySQL's `bit_expr`: the arithmetic and bit operators, all left-associative, by
    /// precedence climbing (one frame per operand instead of one per level). Levels, loosest
    /// first: `|`; `&`; `<< >>`; `+ -`; `* / % DIV MOD`; `^`. The right operand of `+`/`-` may
    /// be `INTERVAL n unit` (`d + INTERVAL 1 DAY`).
    mutating func parseBitExpression(minimumLevel: Int = 0) throws -> SQLExpression {
        var lhs = try parseConcatenation()
        while let (op, level) = bitOperator(), level >= minimumLevel {
            cursor.advance()
            if op == .add || op == .subtract, startsInterval() {
                lhs = .binary(op, lhs, try parseInterval())
            } else {
                lhs = .binary(op, lhs, try parseBitExpression(minimumLevel: level + 1))
            }
        }
        return lhs
    }

    /// The bit-expression operator at the current token and its level, not consumed.
    private func bitOperator() -> (SQLBinaryOperator, Int)? {
        switch cursor.current.kind {
        case .symbol(.pipe): (.bitOr, 0)
        case .symbol(.ampersand): (.bitAnd, 1)
        case .symbol(.shiftLeft): (.shiftLeft, 2)
        case .symbol(.shiftRight): (.shiftRight, 2)
        case .symbol(.plus): (.add, 3)
        case .symbol(.minus): (.subtract, 3)
        case .symbol(.star): (.multiply, 4)
        case .symbol(.slash): (.divide, 4)
        case .symbol(.percent): (.modulo, 4)
        case .symbol(.caret): (.bitXor, 5)
        case .word:
            switch cursor.keyword() {
            case "DIV": (.integerDivide, 4)
            case "MOD": (.modulo, 4)
            default: nil
            }
        default: nil
        }
    }

    /// `a || b` under PIPES_AS_CONCAT: between `^` and the prefix operators; a chain becomes
    /// one CONCAT call.
    private mutating func parseConcatenation() throws -> SQLExpression {
        let first = try parseSimpleExpression()
        guard options.pipesAsConcat, cursor.isSymbol(.pipePipe) else { return first }
        var operands = [first]
        while cursor.consumeSymbol(.pipePipe) {
            operands.append(try parseSimpleExpression())
        }
        return .function(name: "CONCAT", arguments: operands)
    }

    /// MySQL's `simple_expr`: prefix operators over a primary with its COLLATE suffixes. The
    /// prefixes bind looser than COLLATE: `-a COLLATE x` is `-(a COLLATE x)`.
    mutating func parseSimpleExpression() throws -> SQLExpression {
        try enterNesting()
        defer { leaveNesting() }
        if let op = prefixOperator() {
            cursor.advance()
            return .unary(op, try parseSimpleExpression())
        }
        var expression = try parsePrimary()
        while cursor.consumeWord("COLLATE") {
            expression = .collate(expression, collation: try parseName(what: "a collation name"))
        }
        return expression
    }

    /// The prefix operator at the current token, not consumed.
    private func prefixOperator() -> SQLUnaryOperator? {
        switch cursor.current.kind {
        case .symbol(.minus): .negate
        case .symbol(.plus): .plus
        case .symbol(.tilde): .bitNot
        case .symbol(.bang): .not
        case .word:
            switch cursor.keyword() {
            case "BINARY": .binary
            case "NOT" where options.highNotPrecedence: .not
            default: nil
            }
        default: nil
        }
    }
}
