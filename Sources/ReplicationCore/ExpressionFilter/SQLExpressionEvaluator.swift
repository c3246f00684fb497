import MySQLBinlog
import SQLSyntax

/// Evaluates one SQL expression over rows of one table with MySQL's semantics.
///
/// Building it binds the expression to the table's columns and checks function names, argument
/// counts, column names, literals and constant regular expressions, so errors show up before the
/// first row. Evaluating a row only fails on data, e.g. `BIGINT value is out of range` when
/// `c * c` overflows.
///
/// ```swift
/// let expression = try SQLParser.parseExpression("c % 2 = 0")
/// let evaluator = try SQLExpressionEvaluator(expression, columns: [ExpressionColumn(name: "id"), ExpressionColumn(name: "c")])
/// try evaluator.isTrue(row: [.int(1), .int(4)])  // true
/// ```
public struct SQLExpressionEvaluator: Sendable {
    public let expression: SQLExpression
    public let columns: [ExpressionColumn]
    public let context: SQLEvaluationContext
    let bound: BoundExpression
    let readsClock: Bool

    /// - Parameters:
    ///   - expression: the parsed expression.
    ///   - columns: the table's columns in table order; rows are given in the same order.
    ///   - table: the table, for qualified column names (`t.c`) and error messages.
    ///   - context: clock, session time zone and literal collation.
    public init(_ expression: SQLExpression, columns: [ExpressionColumn], table: TableName? = nil, context: SQLEvaluationContext = .init()) throws {
        var binder = SQLExpressionBinder(columns: columns, table: table, context: context)
        self.bound = try binder.bind(expression)
        self.readsClock = binder.readsClock
        self.expression = expression
        self.columns = columns
        self.context = context
    }

    /// Checks what can be checked without the table: function names and argument counts,
    /// literals, INTERVAL placement, constant regular expressions.
    public static func validate(_ expression: SQLExpression, context: SQLEvaluationContext = .init()) throws {
        var binder = SQLExpressionBinder(columns: nil, table: nil, context: context)
        _ = try binder.bind(expression)
    }

    /// The expression's value for a binlog row (one value per column, in table order).
    public func evaluate(row: [BinlogValue]) throws -> SQLValue {
        try self.interpreter(.binlog(row)).evaluate(self.bound)
    }

    /// The expression's value for a row of already converted values.
    public func evaluate(values: [SQLValue]) throws -> SQLValue {
        try self.interpreter(.values(values)).evaluate(self.bound)
    }

    /// Whether the expression is true for the row: non-NULL and non-zero, as a WHERE clause
    /// decides. NULL is not true.
    public func isTrue(row: [BinlogValue]) throws -> Bool {
        try self.evaluate(row: row).truth ?? false
    }

    public func isTrue(values: [SQLValue]) throws -> Bool {
        try self.evaluate(values: values).truth ?? false
    }

    private func interpreter(_ row: SQLInterpreter.Row) throws -> SQLInterpreter {
        let count: Int
        switch row {
        case .binlog(let values): count = values.count
        case .values(let values): count = values.count
        }
        guard count == self.columns.count else {
            throw ExpressionFilterError(.rowMismatch, "the row has \(count) values but the table has \(self.columns.count) columns")
        }
        let now = self.readsClock ? self.context.sessionNowMicroseconds() : 0
        return SQLInterpreter(context: self.context, columns: self.columns, row: row, nowMicroseconds: now)
    }
}
