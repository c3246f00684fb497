/// Recursive descent over MySQL's expression grammar (`expr`, `bool_pri`, `predicate`,
/// `bit_expr`, `simple_expr` in sql_yacc.yy), loosest level first.
///
/// Decisions about what comes next are made in small helpers that return an enum, and the
/// recursive methods only switch over it: in debug builds every temporary gets its own stack
/// slot, and the frames on the recursion path decide how deep an expression may nest.
struct ExpressionParser {
    var cursor: TokenCursor
    let options: SQLLexerOptions
    /// Nesting depth of operands (parentheses, arguments, prefix operators), bounded so that
    /// hostile input gets an error instead of exhausting the stack. A level costs about 2.5 KB
    /// of stack in release builds and 5 KB in debug builds: 256 levels fit easily in the 8 MB
    /// stacks of Linux threads (also Swift concurrency's), while a 512 KB thread (macOS
    /// secondary threads) holds only about 100.
    private var depth = 0
    static let maximumDepth = 256

    init(_ text: String, options: SQLLexerOptions) {
        cursor = TokenCursor(text, options: options)
        self.options = options
    }

    /// A whole expression: `OR` and `||` (unless PIPES_AS_CONCAT).
    mutating func parseExpression() throws -> SQLExpression {
        var lhs = try parseXor()
        while cursor.consumeWord("OR") || (!options.pipesAsConcat && cursor.consumeSymbol(.pipePipe)) {
            lhs = .binary(.or, lhs, try parseXor())
        }
        return lhs
    }

    private mutating func parseXor() throws -> SQLExpression {
        var lhs = try parseAnd()
        while cursor.consumeWord("XOR") {
            lhs = .binary(.xor, lhs, try parseAnd())
        }
        return lhs
    }

    private mutating func parseAnd() throws -> SQLExpression {
        var lhs = try parseNot()
        while cursor.consumeWord("AND") || cursor.consumeSymbol(.ampersandAmpersand) {
            lhs = .binary(.and, lhs, try parseNot())
        }
        return lhs
    }

    /// `NOT x` negates everything up to the next AND/XOR/OR: `NOT a = b` is `NOT (a = b)`.
    /// Under HIGH_NOT_PRECEDENCE it is parsed with `!` instead.
    private mutating func parseNot() throws -> SQLExpression {
        guard !options.highNotPrecedence, cursor.isWord("NOT") else { return try parseIsTruth() }
        try enterNesting()
        defer { leaveNesting() }
        cursor.advance()
        return .unary(.not, try parseNot())
    }

    /// `x IS [NOT] TRUE|FALSE|UNKNOWN`, which MySQL places above the comparisons (`a = b IS TRUE`
    /// tests the comparison) and does not repeat.
    private mutating func parseIsTruth() throws -> SQLExpression {
        let operand = try parseBooleanPrimary()
        guard cursor.isWord("IS") else { return operand }
        let (value, negated) = try truthTest()
        return .isTruth(operand, value: value, negated: negated)
    }

    /// At `IS`: consumes `IS [NOT] TRUE|FALSE|UNKNOWN` (UNKNOWN is a nil value).
    private mutating func truthTest() throws -> (value: Bool?, negated: Bool) {
        let negated = cursor.isWord("NOT", at: 1)
        let valueDistance = negated ? 2 : 1
        let value: Bool?
        switch cursor.keyword(at: valueDistance) {
        case "TRUE": value = true
        case "FALSE": value = false
        case "UNKNOWN": value = nil
        default:
            cursor.advance(by: valueDistance)
            throw cursor.expected("NULL, TRUE, FALSE or UNKNOWN after IS")
        }
        cursor.advance(by: valueDistance + 1)
        return (value, negated)
    }

    private enum BooleanStep {
        case isNull(negated: Bool)
        case compare(SQLBinaryOperator)
    }

    /// Comparisons and `IS [NOT] NULL`, left-associative; the right operand of a comparison is a
    /// predicate, so `a = b BETWEEN 1 AND 2` compares `a` with the BETWEEN.
    private mutating func parseBooleanPrimary() throws -> SQLExpression {
        var lhs = try parsePredicate()
        while let step = try booleanStep() {
            switch step {
            case .isNull(let negated): lhs = .isNull(lhs, negated: negated)
            case .compare(let op): lhs = .binary(op, lhs, try parsePredicate())
            }
        }
        return lhs
    }

    /// Consumes `IS [NOT] NULL` or a comparison operator if one comes next.
    private mutating func booleanStep() throws -> BooleanStep? {
        if cursor.isWord("IS") {
            let negated = cursor.isWord("NOT", at: 1)
            let nullDistance = negated ? 2 : 1
            guard cursor.isWord("NULL", at: nullDistance) else { return nil }  // IS TRUE: the level above
            cursor.advance(by: nullDistance + 1)
            return .isNull(negated: negated)
        }
        guard case .symbol(let symbol) = cursor.current.kind, let op = Self.comparison(symbol) else {
            if cursor.isSymbol(.assign) { throw assignmentError() }
            return nil
        }
        cursor.advance()
        if let quantifier = cursor.keyword(), quantifier == "ANY" || quantifier == "SOME" || quantifier == "ALL",
            cursor.isSymbol(.leftParenthesis, at: 1)
        {
            throw subqueryError()
        }
        return .compare(op)
    }

    private static func comparison(_ symbol: SQLToken.Symbol) -> SQLBinaryOperator? {
        switch symbol {
        case .equal: .equal
        case .nullSafeEqual: .nullSafeEqual
        case .lessGreater, .bangEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        default: nil
        }
    }

    mutating func enterNesting() throws {
        guard depth < Self.maximumDepth else {
            throw cursor.error("the expression is nested more than \(Self.maximumDepth) levels deep", at: cursor.current)
        }
        depth += 1
    }

    mutating func leaveNesting() { depth -= 1 }

    /// Comma-separated full expressions (at least one).
    mutating func parseExpressionList() throws -> [SQLExpression] {
        var list = [try parseExpression()]
        while cursor.consumeSymbol(.comma) {
            list.append(try parseExpression())
        }
        return list
    }
}
