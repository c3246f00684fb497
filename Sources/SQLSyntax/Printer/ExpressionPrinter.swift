/// Prints expressions with the fewest parentheses that make the parser rebuild the same tree.
///
/// Each form has the level of MySQL's grammar at which the parser produces it; an operand is
/// parenthesized when its level is looser than the position requires. Parentheses leave no
/// node, so the tree survives; and since left-associative chains (`a + b + c`, `x AND y AND z`)
/// need none, a long chain does not nest parentheses past the parser's depth limit. Such chains
/// are walked iteratively.
struct ExpressionPrinter {
    let options: PrintOptions

    /// Loosest first, as in `SQLParser`'s table.
    enum Level: Int, Comparable {
        case or, xor, and, not, isTruth, comparison, predicate
        case bitOr, bitAnd, shift, additive, multiplicative, bitXor
        case prefix, collate, primary

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    func expression(_ expression: SQLExpression, atLeast minimum: Level = .or) -> String {
        let text = render(expression)
        return level(of: expression) < minimum ? "(" + text + ")" : text
    }

    func level(of expression: SQLExpression) -> Level {
        switch expression {
        case .literal, .column, .caseWhen, .cast, .row, .interval: .primary
        case .function(let name, let arguments): name == "MEMBER_OF" && arguments.count == 2 ? .predicate : .primary
        case .unary(let op, _): op == .not ? .not : .prefix
        case .binary(let op, _, _): Self.level(of: op)
        case .isNull: .comparison
        case .isTruth: .isTruth
        case .between, .inList, .like, .regexp: .predicate
        case .collate: .collate
        }
    }

    static func level(of op: SQLBinaryOperator) -> Level {
        switch op {
        case .or: .or
        case .xor: .xor
        case .and: .and
        case .equal, .nullSafeEqual, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: .comparison
        case .bitOr: .bitOr
        case .bitAnd: .bitAnd
        case .shiftLeft, .shiftRight: .shift
        case .add, .subtract: .additive
        case .multiply, .divide, .integerDivide, .modulo: .multiplicative
        case .bitXor: .bitXor
        }
    }

    private func render(_ expression: SQLExpression) -> String {
        switch expression {
        case .literal(let literal): return self.literal(literal)
        case .column(let parts): return parts.map(SQLPrinter.quoteIdentifier).joined(separator: ".")
        case .unary(let op, let operand): return unary(op, operand)
        case .binary(let op, let lhs, let rhs): return binary(op, lhs, rhs)
        case .isNull(let operand, let negated):
            return self.expression(operand, atLeast: .comparison) + (negated ? " IS NOT NULL" : " IS NULL")
        case .isTruth(let operand, let value, let negated):
            let truth = value.map { $0 ? "TRUE" : "FALSE" } ?? "UNKNOWN"
            return self.expression(operand, atLeast: .comparison) + (negated ? " IS NOT " : " IS ") + truth
        case .between(let operand, let low, let high, let negated):
            return self.expression(operand, atLeast: .bitOr) + (negated ? " NOT BETWEEN " : " BETWEEN ")
                + self.expression(low, atLeast: .bitOr) + " AND " + self.expression(high, atLeast: .predicate)
        case .inList(let operand, let list, let negated):
            return self.expression(operand, atLeast: .bitOr) + (negated ? " NOT IN (" : " IN (")
                + list.map { self.expression($0) }.joined(separator: ", ") + ")"
        case .like(let operand, let pattern, let escape, let negated):
            return self.expression(operand, atLeast: .bitOr) + (negated ? " NOT LIKE " : " LIKE ")
                + self.expression(pattern, atLeast: .prefix) + (escape.map { " ESCAPE " + self.expression($0, atLeast: .prefix) } ?? "")
        case .regexp(let operand, let pattern, let negated):
            return self.expression(operand, atLeast: .bitOr) + (negated ? " NOT REGEXP " : " REGEXP ")
                + self.expression(pattern, atLeast: .bitOr)
        case .function(let name, let arguments): return function(name, arguments)
        case .caseWhen(let operand, let branches, let otherwise):
            var text = "CASE"
            if let operand { text += " " + self.expression(operand) }
            for branch in branches {
                text += " WHEN " + self.expression(branch.when) + " THEN " + self.expression(branch.then)
            }
            if let otherwise { text += " ELSE " + self.expression(otherwise) }
            return text + " END"
        case .cast(let operand, let type): return "CAST(" + self.expression(operand) + " AS " + castType(type) + ")"
        case .interval(let value, let unit): return "INTERVAL " + self.expression(value, atLeast: .prefix) + " " + unit.rawValue
        case .collate(let operand, let collation):
            return self.expression(operand, atLeast: .collate) + " COLLATE "
                + SQLPrinter.bareOrQuoted(collation) { SQLPrinter.quoteString($0, options: options) }
        case .row(let values): return "(" + values.map { self.expression($0) }.joined(separator: ", ") + ")"
        }
    }

    private func unary(_ op: SQLUnaryOperator, _ operand: SQLExpression) -> String {
        switch op {
        case .not: return "NOT " + expression(operand, atLeast: .not)
        case .binary: return "BINARY " + expression(operand, atLeast: .prefix)
        case .negate, .plus, .bitNot:
            let text = expression(operand, atLeast: .prefix)
            // `- -1`, not `--1`: keep apart what could read as a comment marker.
            return op.rawValue + (text.hasPrefix("-") || text.hasPrefix("+") ? " " : "") + text
        }
    }

    /// A binary operator, its left-associative chain walked iteratively: `a + b + c` is
    /// `(a + b) + c`, whose left operands need no parentheses.
    private func binary(_ op: SQLBinaryOperator, _ lhs: SQLExpression, _ rhs: SQLExpression) -> String {
        if op == .add, case .interval = lhs {
            // `INTERVAL 1 DAY + x`, where x is a simple expression.
            return render(lhs) + " + " + expression(rhs, atLeast: .prefix)
        }
        let level = Self.level(of: op)
        var chain = [(op, rhs)]
        var base = lhs
        while case .binary(let innerOp, let innerLHS, let innerRHS) = base, Self.level(of: innerOp) == level {
            if innerOp == .add, case .interval = innerLHS { break }
            chain.append((innerOp, innerRHS))
            base = innerLHS
        }
        let rightLevel = level == .comparison ? Level.predicate : Level(rawValue: level.rawValue + 1) ?? .primary
        var text = expression(base, atLeast: level)
        for (chainOp, operand) in chain.reversed() {
            text += " " + chainOp.rawValue + " "
            if chainOp == .add || chainOp == .subtract, case .interval = operand {
                text += render(operand)
            } else {
                text += expression(operand, atLeast: rightLevel)
            }
        }
        return text
    }

    private func castType(_ type: SQLCastType) -> String {
        func length(_ n: Int?) -> String { n.map { "(\($0))" } ?? "" }
        switch type {
        case .signed: return "SIGNED"
        case .unsigned: return "UNSIGNED"
        case .decimal(let precision, let scale):
            guard let precision else { return "DECIMAL" }
            return "DECIMAL(\(precision)" + (scale.map { ",\($0)" } ?? "") + ")"
        case .double: return "DOUBLE"
        case .float: return "FLOAT"
        case .char(let n, let charset):
            return "CHAR" + length(n)
                + (charset.map { " CHARACTER SET " + SQLPrinter.bareOrQuoted($0) { SQLPrinter.quoteString($0, options: options) } } ?? "")
        case .binary(let n): return "BINARY" + length(n)
        case .date: return "DATE"
        case .datetime(let n): return "DATETIME" + length(n)
        case .time(let n): return "TIME" + length(n)
        case .json: return "JSON"
        }
    }
}
