import Foundation
import MigrationConfig
import MySQLBinlog
import SQLSyntax

/// One `expression-filter` rule, checked and parsed; then the rules of one table bound to its
/// columns.
extension ExpressionFilter {
    /// The config fields, named as in the task file.
    enum Field: String, Sendable {
        case insert = "insert-value-expr"
        case updateOld = "update-old-value-expr"
        case updateNew = "update-new-value-expr"
        case delete = "delete-value-expr"
    }

    struct ParsedExpression: Sendable {
        var field: Field
        var text: String
        var expression: SQLExpression
    }

    struct ParsedRule: Sendable {
        var name: String
        var table: TableName
        var insert: ParsedExpression?
        var updateOld: ParsedExpression?
        var updateNew: ParsedExpression?
        var delete: ParsedExpression?

        init(name: String, config: ExpressionFilterConfig, context: SQLEvaluationContext) throws {
            let table = TableName(schema: config.schema, table: config.table)
            let tableText = config.schema.isEmpty || config.table.isEmpty ? nil : table.description
            self.name = name
            self.table = table
            func invalid(_ message: String) -> ExpressionFilterError {
                ExpressionFilterError(.invalidRule, message, rule: name, table: tableText)
            }
            guard tableText != nil else { throw invalid("schema and table are required") }
            func parse(_ text: String, _ field: Field) throws -> ParsedExpression? {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { return nil }
                let expression: SQLExpression
                do {
                    expression = try SQLParser.parseExpression(trimmed)
                } catch {
                    var failure = ExpressionFilterError(
                        .parseFailed, "cannot parse the expression", rule: name, field: field.rawValue, expression: trimmed, table: tableText)
                    failure.underlying = error
                    throw failure
                }
                do {
                    try SQLExpressionEvaluator.validate(expression, context: context)
                } catch var error as ExpressionFilterError {
                    error.rule = name
                    error.field = field.rawValue
                    error.expression = trimmed
                    error.table = tableText
                    throw error
                }
                return ParsedExpression(field: field, text: trimmed, expression: expression)
            }
            self.insert = try parse(config.insertValueExpr, .insert)
            self.updateOld = try parse(config.updateOldValueExpr, .updateOld)
            self.updateNew = try parse(config.updateNewValueExpr, .updateNew)
            self.delete = try parse(config.deleteValueExpr, .delete)
            let hasUpdate = self.updateOld != nil || self.updateNew != nil
            if self.insert != nil, hasUpdate || self.delete != nil {
                throw invalid(
                    "insert-value-expr cannot be combined with update-old-value-expr, update-new-value-expr or delete-value-expr in one rule")
            }
            if self.delete != nil, hasUpdate {
                throw invalid("delete-value-expr cannot be combined with update-old-value-expr or update-new-value-expr in one rule")
            }
            if self.insert == nil, self.delete == nil, !hasUpdate { throw invalid("the rule sets no expression") }
        }
    }

    /// An expression bound to a table, with what error messages need to name it.
    struct BoundRuleExpression: Sendable {
        var rule: String
        var table: TableName
        var parsed: ParsedExpression
        /// nil: the expression names an unknown column and the policy says it never matches.
        var evaluator: SQLExpressionEvaluator?

        func isTrue(_ row: [BinlogValue]) throws -> Bool {
            guard let evaluator = self.evaluator else { return false }
            do {
                return try evaluator.isTrue(row: row)
            } catch var error as ExpressionFilterError {
                error.rule = self.rule
                error.field = self.parsed.field.rawValue
                error.expression = self.parsed.text
                error.table = self.table.description
                throw error
            }
        }
    }

    struct UpdateRule: Sendable {
        var old: BoundRuleExpression?
        var new: BoundRuleExpression?
    }

    struct PreparedTable: Sendable {
        var insert: [BoundRuleExpression] = []
        var update: [UpdateRule] = []
        var delete: [BoundRuleExpression] = []

        init(table: TableName, columns: [ExpressionColumn], rules: [ParsedRule], options: Options) throws {
            func bind(_ parsed: ParsedExpression?, _ rule: ParsedRule) throws -> BoundRuleExpression? {
                guard let parsed else { return nil }
                do {
                    let evaluator = try SQLExpressionEvaluator(parsed.expression, columns: columns, table: table, context: options.context)
                    return BoundRuleExpression(rule: rule.name, table: table, parsed: parsed, evaluator: evaluator)
                } catch var error as ExpressionFilterError {
                    if error.code == .unknownColumn, options.unknownColumns == .neverSkip {
                        return BoundRuleExpression(rule: rule.name, table: table, parsed: parsed, evaluator: nil)
                    }
                    error.rule = rule.name
                    error.field = parsed.field.rawValue
                    error.expression = parsed.text
                    error.table = table.description
                    throw error
                }
            }
            for rule in rules {
                if let insert = try bind(rule.insert, rule) { self.insert.append(insert) }
                if let delete = try bind(rule.delete, rule) { self.delete.append(delete) }
                let old = try bind(rule.updateOld, rule)
                let new = try bind(rule.updateNew, rule)
                if old != nil || new != nil { self.update.append(UpdateRule(old: old, new: new)) }
            }
        }
    }
}
