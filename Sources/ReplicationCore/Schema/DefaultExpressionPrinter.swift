import SQLSyntax

/// Prints an expression DEFAULT roughly as the server stores it (`(1 + 2)`, `concat('a','b')`,
/// `` (`a` * 2 + 1) ``): operators spaced and parenthesised at the top and where precedence
/// needs it, function names in lower case, columns back-quoted. Best effort: the server also
/// folds some constants (`pi()`) and renames some functions, which this does not follow.
enum DefaultExpressionPrinter {
    static func print(_ expression: SQLExpression, topLevel: Bool = false) -> String {
        switch expression {
        case .literal(let literal):
            return Self.literal(literal)
        case .column(let parts):
            return parts.map { "`" + $0.replacing("`", with: "``") + "`" }.joined(separator: ".")
        case .unary(let op, let operand):
            let symbol = op == .not ? "!" : op == .binary ? "binary " : op.rawValue
            let text = symbol + Self.print(operand)
            return topLevel ? "(\(text))" : text
        case .binary(let op, let lhs, let rhs):
            let text = Self.operand(lhs, of: op, right: false) + " " + Self.symbol(op) + " " + Self.operand(rhs, of: op, right: true)
            return "(\(text))"
        case .function(let name, let arguments):
            if let precision = DefaultValueFormatter.currentTimestampPrecision(expression) {
                return DefaultValueFormatter.currentTimestamp(precision ?? 0)
            }
            let renamed = ["LOWER": "lcase", "UPPER": "ucase", "SUBSTR": "substr"][name] ?? name.lowercased()
            return renamed + "(" + arguments.map { Self.print($0) }.joined(separator: ",") + ")"
        case .interval(let value, let unit):
            return "interval " + Self.print(value) + " " + unit.rawValue.lowercased()
        case .collate(let inner, let collation):
            return Self.print(inner) + " collate " + collation
        case .row(let items):
            return "(" + items.map { Self.print($0) }.joined(separator: ",") + ")"
        default:
            return "(expression)"
        }
    }

    /// An operand of a binary operator: nested operators of the same or tighter binding print
    /// without their own parentheses (`(a * 2 + 1)`).
    private static func operand(_ expression: SQLExpression, of parent: SQLBinaryOperator, right: Bool) -> String {
        let text = Self.print(expression)
        guard case .binary(let child, _, _) = expression else { return text }
        let needsParentheses = Self.precedence(child) < Self.precedence(parent)
            || (right && Self.precedence(child) == Self.precedence(parent))
        return needsParentheses ? text : String(text.dropFirst().dropLast())
    }

    private static func symbol(_ op: SQLBinaryOperator) -> String {
        switch op {
        case .modulo: "%"
        case .integerDivide: "DIV"
        case .or: "or"
        case .and: "and"
        case .xor: "xor"
        default: op.rawValue
        }
    }

    private static func precedence(_ op: SQLBinaryOperator) -> Int {
        switch op {
        case .or: 1
        case .xor: 2
        case .and: 3
        case .equal, .nullSafeEqual, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 5
        case .bitOr: 6
        case .bitAnd: 7
        case .shiftLeft, .shiftRight: 8
        case .add, .subtract: 9
        case .multiply, .divide, .integerDivide, .modulo: 10
        case .bitXor: 11
        }
    }

    private static func literal(_ literal: SQLLiteral) -> String {
        switch literal {
        case .null: "NULL"
        case .boolean(let value): value ? "1" : "0"
        case .integer(let text), .decimal(let text), .float(let text): text
        case .string(let bytes, _): DefaultValueFormatter.quoted(String(decoding: bytes, as: UTF8.self))
        case .hex(let bytes), .bits(let bytes):
            "0x" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
        case .temporal(let kind, let text): kind.rawValue + "'" + text + "'"
        }
    }
}
