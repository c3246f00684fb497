import MySQLBinlog
import SQLSyntax

/// Evaluates a bound expression over one row. The operator families live in extensions:
/// comparison, arithmetic, pattern matching, casts, functions.
struct SQLInterpreter {
    enum Row {
        case binlog([BinlogValue])
        case values([SQLValue])
    }

    let context: SQLEvaluationContext
    let columns: [ExpressionColumn]
    let row: Row
    /// The clock sampled once for this row (session time zone), when the expression reads it.
    let nowMicroseconds: Int64

    func evaluate(_ expression: BoundExpression) throws -> SQLValue {
        switch expression {
        case .constant(let value):
            return value
        case .column(let index):
            return self.columnValue(index)
        case .unary(let op, let operand):
            return try self.unary(op, try self.evaluate(operand))
        case .binary(let op, let lhs, let rhs):
            return try self.binary(op, lhs, rhs)
        case .isNull(let operand, let negated):
            return .boolean(try self.evaluate(operand).isNull != negated)
        case .isTruth(let operand, let value, let negated):
            let truth = try self.evaluate(operand).truth
            return .boolean((truth == value) != negated)
        case .between(let operand, let low, let high, let negated):
            let value = try self.evaluate(operand)
            let aboveLow = self.compare(value, try self.evaluate(low)).map { $0 >= 0 }
            let belowHigh = self.compare(value, try self.evaluate(high)).map { $0 <= 0 }
            let result = Self.and(aboveLow, belowHigh)
            return Self.truthValue(negated ? result.map { !$0 } : result)
        case .inList(let operand, let items, let negated):
            let result = try self.isIn(operand, items)
            return Self.truthValue(negated ? result.map { !$0 } : result)
        case .like(let operand, let pattern, let escape, let negated):
            let result = try self.like(operand, pattern, escape)
            return Self.truthValue(negated ? result.map { !$0 } : result)
        case .regexp(let operand, let pattern, let compiled, let negated):
            let result = try self.regexp(operand, pattern, compiled)
            return Self.truthValue(negated ? result.map { !$0 } : result)
        case .function(let function, let arguments):
            return try self.call(function, arguments)
        case .caseWhen(let operand, let branches, let otherwise):
            return try self.caseWhen(operand, branches, otherwise)
        case .cast(let operand, let type):
            return try self.cast(try self.evaluate(operand), to: type)
        case .interval:
            throw ExpressionFilterError.invalid("INTERVAL is only allowed in date arithmetic")
        case .collate(let operand, let collation):
            let value = try self.evaluate(operand)
            guard let text = value.text else { return .null }
            return .string(text, collation)
        case .row(let items):
            throw ExpressionFilterError.invalid("operand should contain 1 column(s), not a row of \(items.count)")
        }
    }

    func columnValue(_ index: Int) -> SQLValue {
        switch self.row {
        case .binlog(let values):
            return SQLValue(binlog: values[index], column: self.columns[index], sessionOffsetSeconds: self.context.sessionTimeZoneOffsetSeconds)
        case .values(let values):
            return values[index]
        }
    }

    // MARK: Three-valued logic

    /// NULL is `nil`; AND is false as soon as one side is false, even if the other is NULL.
    static func and(_ lhs: Bool?, _ rhs: Bool?) -> Bool? {
        if lhs == false || rhs == false { return false }
        if lhs == nil || rhs == nil { return nil }
        return true
    }

    static func truthValue(_ truth: Bool?) -> SQLValue {
        truth.map(SQLValue.boolean) ?? .null
    }

    private func logical(_ op: SQLBinaryOperator, _ lhs: BoundExpression, _ rhs: BoundExpression) throws -> SQLValue {
        let left = try self.evaluate(lhs).truth
        switch op {
        case .and:
            // Short-circuit like MySQL: the right side is not evaluated (and cannot fail) after FALSE.
            if left == false { return .false }
            return Self.truthValue(Self.and(left, try self.evaluate(rhs).truth))
        case .or:
            if left == true { return .true }
            let right = try self.evaluate(rhs).truth
            if right == true { return .true }
            return left == nil || right == nil ? .null : .false
        default:
            let right = try self.evaluate(rhs).truth
            guard let left, let right else { return .null }
            return .boolean(left != right)
        }
    }

    // MARK: Operators

    private func unary(_ op: SQLUnaryOperator, _ value: SQLValue) throws -> SQLValue {
        switch op {
        case .plus:
            return value
        case .negate:
            return try self.negate(value)
        case .not:
            return Self.truthValue(value.truth.map { !$0 })
        case .bitNot:
            guard let bits = value.bitOperand else { return .null }
            return .uint(~bits)
        case .binary:
            return value.bytes.map(SQLValue.binary) ?? .null
        }
    }

    private func binary(_ op: SQLBinaryOperator, _ lhs: BoundExpression, _ rhs: BoundExpression) throws -> SQLValue {
        switch op {
        case .and, .or, .xor:
            return try self.logical(op, lhs, rhs)
        case .equal, .nullSafeEqual, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            if case .row(let left) = lhs, case .row(let right) = rhs {
                return try self.compareRows(op, try left.map(self.evaluate), try right.map(self.evaluate))
            }
            if case .row = lhs { throw ExpressionFilterError.invalid("operand should contain 1 column(s)") }
            if case .row = rhs { throw ExpressionFilterError.invalid("operand should contain 1 column(s)") }
            return self.comparison(op, try self.evaluate(lhs), try self.evaluate(rhs))
        case .add, .subtract:
            if case .interval(let amount, let unit) = rhs {
                return try self.addInterval(to: try self.evaluate(lhs), amount: try self.evaluate(amount), unit: unit, subtract: op == .subtract)
            }
            if case .interval(let amount, let unit) = lhs {
                return try self.addInterval(to: try self.evaluate(rhs), amount: try self.evaluate(amount), unit: unit, subtract: false)
            }
            return try self.arithmetic(op, try self.evaluate(lhs), try self.evaluate(rhs))
        case .multiply, .divide, .integerDivide, .modulo:
            return try self.arithmetic(op, try self.evaluate(lhs), try self.evaluate(rhs))
        case .bitOr, .bitAnd, .bitXor, .shiftLeft, .shiftRight:
            return self.bitwise(op, try self.evaluate(lhs), try self.evaluate(rhs))
        }
    }

    private func isIn(_ operand: BoundExpression, _ items: [BoundExpression]) throws -> Bool? {
        if case .row(let fields) = operand {
            let needle = try fields.map(self.evaluate)
            var sawNull = false
            for item in items {
                guard case .row(let itemFields) = item else {
                    throw ExpressionFilterError.invalid("operand should contain \(fields.count) column(s)")
                }
                switch try self.compareRows(.equal, needle, try itemFields.map(self.evaluate)) {
                case .null: sawNull = true
                case let result where result.truth == true: return true
                default: break
                }
            }
            return sawNull ? nil : false
        }
        let needle = try self.evaluate(operand)
        if needle.isNull { return nil }
        var sawNull = false
        for item in items {
            if case .row = item { throw ExpressionFilterError.invalid("operand should contain 1 column(s)") }
            switch self.compare(needle, try self.evaluate(item)) {
            case 0: return true
            case nil: sawNull = true
            default: break
            }
        }
        // `1 IN (2, NULL)` is NULL, not false: the NULL might have been 1.
        return sawNull ? nil : false
    }

    private func caseWhen(_ operand: BoundExpression?, _ branches: [BoundBranch], _ otherwise: BoundExpression?) throws -> SQLValue {
        let subject = try operand.map(self.evaluate)
        for branch in branches {
            let condition = try self.evaluate(branch.when)
            let matches = subject.map { self.compare($0, condition) == 0 } ?? (condition.truth == true)
            if matches { return try self.evaluate(branch.then) }
        }
        return try otherwise.map(self.evaluate) ?? .null
    }
}
