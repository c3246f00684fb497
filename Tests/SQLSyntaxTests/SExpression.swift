import SQLSyntax

/// A compact, fully parenthesized rendering of expression trees, so that tests can state the
/// expected grouping as text: `1 + 2 * 3` is `(+ 1 (* 2 3))`.
extension SQLExpression {
    var sexp: String {
        switch self {
        case .literal(let literal): literal.sexp
        case .column(let parts): parts.joined(separator: ".")
        case .unary(let op, let operand): "(\(op.rawValue) \(operand.sexp))"
        case .binary(let op, let lhs, let rhs): "(\(op.rawValue) \(lhs.sexp) \(rhs.sexp))"
        case .isNull(let operand, let negated): "(IS \(negated ? "NOT " : "")NULL \(operand.sexp))"
        case .isTruth(let operand, let value, let negated):
            "(IS \(negated ? "NOT " : "")\(value.map { $0 ? "TRUE" : "FALSE" } ?? "UNKNOWN") \(operand.sexp))"
        case .between(let operand, let low, let high, let negated):
            "(\(negated ? "NOT " : "")BETWEEN \(operand.sexp) \(low.sexp) \(high.sexp))"
        case .inList(let operand, let list, let negated):
            "(\(negated ? "NOT " : "")IN \(([operand] + list).map(\.sexp).joined(separator: " ")))"
        case .like(let operand, let pattern, let escape, let negated):
            "(\(negated ? "NOT " : "")LIKE \(operand.sexp) \(pattern.sexp)\(escape.map { " ESCAPE " + $0.sexp } ?? ""))"
        case .regexp(let operand, let pattern, let negated):
            "(\(negated ? "NOT " : "")REGEXP \(operand.sexp) \(pattern.sexp))"
        case .function(let name, let arguments): "\(name)(\(arguments.map(\.sexp).joined(separator: ", ")))"
        case .caseWhen(let operand, let branches, let otherwise):
            "(CASE" + (operand.map { " " + $0.sexp } ?? "")
                + branches.map { " (WHEN \($0.when.sexp) \($0.then.sexp))" }.joined()
                + (otherwise.map { " (ELSE \($0.sexp))" } ?? "") + ")"
        case .cast(let operand, let type): "(CAST \(operand.sexp) \(type.sexp))"
        case .interval(let value, let unit): "(INTERVAL \(value.sexp) \(unit.rawValue))"
        case .collate(let operand, let collation): "(COLLATE \(operand.sexp) \(collation))"
        case .row(let values): "(ROW \(values.map(\.sexp).joined(separator: " ")))"
        }
    }
}

extension SQLLiteral {
    var sexp: String {
        switch self {
        case .null: "NULL"
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .integer(let text), .decimal(let text), .float(let text): text
        case .string(let bytes, let introducer): (introducer ?? "") + "'" + String(decoding: bytes, as: UTF8.self) + "'"
        case .hex(let bytes): "X'" + bytes.hexString + "'"
        case .bits(let bytes): "B'" + bytes.hexString + "'"
        case .temporal(let kind, let text): "\(kind.rawValue)'\(text)'"
        }
    }
}

extension SQLCastType {
    var sexp: String {
        func length(_ n: Int?) -> String { n.map { "(\($0))" } ?? "" }
        switch self {
        case .signed: return "SIGNED"
        case .unsigned: return "UNSIGNED"
        case .decimal(let precision, let scale):
            return "DECIMAL" + (precision.map { p in "(\(p)" + (scale.map { ",\($0)" } ?? "") + ")" } ?? "")
        case .double: return "DOUBLE"
        case .float: return "FLOAT"
        case .char(let n, let charset): return "CHAR" + length(n) + (charset.map { " CHARSET " + $0 } ?? "")
        case .binary(let n): return "BINARY" + length(n)
        case .date: return "DATE"
        case .datetime(let n): return "DATETIME" + length(n)
        case .time(let n): return "TIME" + length(n)
        case .json: return "JSON"
        }
    }
}

extension [UInt8] {
    var hexString: String {
        map { byte in (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true) }.joined()
    }
}

/// The expression as an S-expression, or the error's description.
func parsed(_ text: String, options: SQLLexerOptions = .init()) -> String {
    do {
        return try SQLParser.parseExpression(text, options: options).sexp
    } catch {
        return "error: \(error)"
    }
}

/// The token kinds of `text` without the final `.endOfInput`.
func kinds(_ text: String, options: SQLLexerOptions = .init()) throws -> [SQLToken.Kind] {
    try SQLLexer.tokenize(text, options: options).dropLast().map(\.kind)
}

/// The lexer's error description for `text`, or nil if it lexes.
func lexError(_ text: String, options: SQLLexerOptions = .init()) -> String? {
    do {
        _ = try SQLLexer.tokenize(text, options: options)
        return nil
    } catch {
        return "\(error)"
    }
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
