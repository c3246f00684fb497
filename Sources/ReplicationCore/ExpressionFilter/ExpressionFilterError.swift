/// Why an expression filter could not be built or evaluated. Build-time errors (bad rule, parse
/// error, unknown function or column) name the rule, the config field and the table; evaluation
/// errors (integer overflow) name them too once the engine has added that context.
public struct ExpressionFilterError: Error, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Base: String, Sendable {
            case invalidRule
            case parseFailed
            case unsupportedFunction
            case wrongArgumentCount
            case unknownColumn
            case invalidExpression
            case outOfRange
            case tableNotPrepared
            case rowMismatch
        }
        let base: Base

        /// The rule itself is inconsistent (e.g. `insert-value-expr` together with `delete-value-expr`).
        public static let invalidRule = Code(base: .invalidRule)
        /// The expression text is not valid SQL.
        public static let parseFailed = Code(base: .parseFailed)
        /// A function this evaluator does not implement.
        public static let unsupportedFunction = Code(base: .unsupportedFunction)
        public static let wrongArgumentCount = Code(base: .wrongArgumentCount)
        /// A column the table does not have.
        public static let unknownColumn = Code(base: .unknownColumn)
        /// A construct that is not valid here: a bad literal, INTERVAL outside date arithmetic,
        /// an invalid regular expression, a row where a single value is needed.
        public static let invalidExpression = Code(base: .invalidExpression)
        /// A result out of its type's range, e.g. BIGINT overflow in `c * c`.
        public static let outOfRange = Code(base: .outOfRange)
        /// The table has rules but `prepare(table:columns:)` was not called for it.
        public static let tableNotPrepared = Code(base: .tableNotPrepared)
        /// The row does not have a value for every column.
        public static let rowMismatch = Code(base: .rowMismatch)

        public var description: String { self.base.rawValue }
    }

    public var code: Code
    /// What went wrong, e.g. `unsupported function FOO`.
    public var message: String
    /// The `expression-filter` rule name.
    public var rule: String?
    /// The config field, e.g. `insert-value-expr`.
    public var field: String?
    /// The expression text.
    public var expression: String?
    /// The table, as `` `schema`.`table` ``.
    public var table: String?
    public var underlying: (any Error)?

    public init(_ code: Code, _ message: String, rule: String? = nil, field: String? = nil, expression: String? = nil, table: String? = nil) {
        self.code = code
        self.message = message
        self.rule = rule
        self.field = field
        self.expression = expression
        self.table = table
    }

    /// `unsupported function FOO in expression-filter 'r1' (insert-value-expr "foo(c)") on table `db`.`t``.
    public var description: String {
        var text = self.message
        if let rule = self.rule { text += " in expression-filter '\(rule)'" }
        if let field = self.field, let expression = self.expression {
            text += " (\(field) \"\(expression)\")"
        } else if let expression = self.expression {
            text += " (\"\(expression)\")"
        }
        if let table = self.table { text += " on table \(table)" }
        if let underlying = self.underlying { text += ": \(underlying)" }
        return text
    }

    static func outOfRange(_ type: String, _ detail: String) -> ExpressionFilterError {
        ExpressionFilterError(.outOfRange, "\(type) value is out of range in '\(detail)'")
    }

    static func invalid(_ message: String) -> ExpressionFilterError {
        ExpressionFilterError(.invalidExpression, message)
    }
}
