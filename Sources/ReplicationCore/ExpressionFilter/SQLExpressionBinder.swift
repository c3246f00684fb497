import SQLSyntax

/// Turns a parsed expression into a `BoundExpression` for one table, checking everything that
/// can be checked before seeing a row: function names and argument counts, column names,
/// literals, INTERVAL and row placement, regular expressions. With `columns == nil` it only
/// checks what does not depend on the table (used when the filter is built, before any table
/// definition is known).
struct SQLExpressionBinder {
    let columns: [ExpressionColumn]?
    let table: TableName?
    let context: SQLEvaluationContext
    private let indexByName: [String: Int]
    /// Set when the expression calls a function that reads the clock.
    private(set) var readsClock = false

    init(columns: [ExpressionColumn]?, table: TableName?, context: SQLEvaluationContext) {
        self.columns = columns
        self.table = table
        self.context = context
        var index: [String: Int] = [:]
        for (position, column) in (columns ?? []).enumerated() where index[column.name.lowercased()] == nil {
            index[column.name.lowercased()] = position
        }
        self.indexByName = index
    }

    mutating func bind(_ expression: SQLExpression) throws -> BoundExpression {
        try self.bind(expression, allowInterval: false, allowRow: false)
    }

    private mutating func bind(_ expression: SQLExpression, allowInterval: Bool, allowRow: Bool) throws -> BoundExpression {
        switch expression {
        case .literal(let literal):
            return .constant(try self.value(of: literal))
        case .column(let parts):
            return try self.bindColumn(parts)
        case .unary(let op, let operand):
            return .unary(op, try self.bind(operand))
        case .binary(let op, let lhs, let rhs):
            return try self.bindBinary(op, lhs, rhs)
        case .isNull(let operand, let negated):
            return .isNull(try self.bind(operand), negated: negated)
        case .isTruth(let operand, let value, let negated):
            return .isTruth(try self.bind(operand), value: value, negated: negated)
        case .between(let operand, let low, let high, let negated):
            return .between(try self.bind(operand), low: try self.bind(low), high: try self.bind(high), negated: negated)
        case .inList(let operand, let list, let negated):
            let items = try list.map { try self.bind($0, allowInterval: false, allowRow: true) }
            return .inList(try self.bind(operand, allowInterval: false, allowRow: true), items, negated: negated)
        case .like(let operand, let pattern, let escape, let negated):
            return .like(try self.bind(operand), pattern: try self.bind(pattern), escape: try escape.map { try self.bind($0) }, negated: negated)
        case .regexp(let operand, let pattern, let negated):
            let boundPattern = try self.bind(pattern)
            var compiled: CompiledRegex?
            if case .constant(let value) = boundPattern, let text = value.text { compiled = try CompiledRegex(pattern: text) }
            return .regexp(try self.bind(operand), pattern: boundPattern, compiled: compiled, negated: negated)
        case .function(let name, let arguments):
            return try self.bindFunction(name, arguments)
        case .caseWhen(let operand, let branches, let otherwise):
            let bound = try branches.map { BoundBranch(when: try self.bind($0.when), then: try self.bind($0.then)) }
            return .caseWhen(operand: try operand.map { try self.bind($0) }, branches: bound, otherwise: try otherwise.map { try self.bind($0) })
        case .cast(let operand, let type):
            if case .decimal(let precision, let scale) = type {
                let (p, s) = (precision ?? 10, scale ?? 0)
                guard (1...SQLDecimal.maxDigits).contains(p), (0...SQLDecimal.maxScale).contains(s), s <= p else {
                    throw ExpressionFilterError.invalid("invalid DECIMAL(\(p), \(s)) in CAST")
                }
            }
            return .cast(try self.bind(operand), type)
        case .interval(let operand, let unit):
            guard allowInterval else {
                throw ExpressionFilterError.invalid(
                    "INTERVAL is only allowed in date arithmetic (d + INTERVAL n \(unit.rawValue)) and DATE_ADD/DATE_SUB")
            }
            return .interval(try self.bind(operand), unit)
        case .collate(let operand, let name):
            guard name.lowercased() == "binary" || name.contains("_") else { throw ExpressionFilterError.invalid("unknown collation '\(name)'") }
            return .collate(try self.bind(operand), SQLCollation(name: name, derivation: .explicit))
        case .row(let items):
            guard allowRow else { throw ExpressionFilterError.invalid("operand should contain 1 column(s), not a row of \(items.count)") }
            return .row(try items.map { try self.bind($0) })
        }
    }

    private mutating func bindBinary(_ op: SQLBinaryOperator, _ lhs: SQLExpression, _ rhs: SQLExpression) throws -> BoundExpression {
        switch op {
        case .add, .subtract:
            // `d + INTERVAL 1 DAY`, `INTERVAL 1 DAY + d`, `d - INTERVAL 1 DAY`; not `INTERVAL 1 DAY - d`.
            let left = try self.bind(lhs, allowInterval: op == .add, allowRow: false)
            let right = try self.bind(rhs, allowInterval: true, allowRow: false)
            if case .interval = left, case .interval = right { throw ExpressionFilterError.invalid("cannot add two INTERVALs") }
            return .binary(op, left, right)
        case .equal, .nullSafeEqual, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return .binary(op, try self.bind(lhs, allowInterval: false, allowRow: true), try self.bind(rhs, allowInterval: false, allowRow: true))
        default:
            return .binary(op, try self.bind(lhs), try self.bind(rhs))
        }
    }

    private mutating func bindColumn(_ parts: [String]) throws -> BoundExpression {
        guard let name = parts.last else { throw ExpressionFilterError.invalid("empty column name") }
        let qualified = parts.joined(separator: ".")
        if let table = self.table, parts.count >= 2 {
            let tableMatches = parts[parts.count - 2].lowercased() == table.table.lowercased()
            let schemaMatches = parts.count < 3 || parts[parts.count - 3].lowercased() == table.schema.lowercased()
            guard tableMatches, schemaMatches else { throw self.unknownColumn(qualified) }
        }
        if self.columns != nil, let index = self.indexByName[name.lowercased()] { return .column(index) }
        if parts.count == 1, SQLFunction.bareWords.contains(name.uppercased()), let function = SQLFunction.named(name) {
            self.readsClock = true
            return .function(function, [])
        }
        guard self.columns != nil else { return .constant(.null) }
        throw self.unknownColumn(qualified)
    }

    private func unknownColumn(_ name: String) -> ExpressionFilterError {
        ExpressionFilterError(.unknownColumn, "unknown column '\(name)'", table: self.table?.description)
    }

    private mutating func bindFunction(_ name: String, _ arguments: [SQLExpression]) throws -> BoundExpression {
        guard let function = SQLFunction.named(name) else {
            throw ExpressionFilterError(.unsupportedFunction, "unsupported function \(name.uppercased())")
        }
        guard function.arity.contains(arguments.count) else {
            let (low, high) = (function.arity.lowerBound, function.arity.upperBound)
            let expected = low == high ? "\(low)" : (high == Int.max ? "at least \(low)" : "\(low) to \(high)")
            throw ExpressionFilterError(.wrongArgumentCount, "function \(name.uppercased()) takes \(expected) argument(s), not \(arguments.count)")
        }
        if function.readsClock { self.readsClock = true }
        var bound: [BoundExpression] = []
        for (position, argument) in arguments.enumerated() {
            if position == 0, function.takesUnitFirst {
                bound.append(.constant(.string(try self.unit(argument, for: function).rawValue, self.context.literalCollation)))
            } else if position == 1, [.dateAdd, .dateSub, .addDate, .subDate].contains(function) {
                // DATE_ADD needs `INTERVAL n unit`; ADDDATE also takes a plain number of days.
                let value = try self.bind(argument, allowInterval: true, allowRow: false)
                if function == .dateAdd || function == .dateSub {
                    guard case .interval = value else {
                        throw ExpressionFilterError.invalid("\(function.rawValue) needs an INTERVAL as its second argument")
                    }
                }
                bound.append(value)
            } else {
                bound.append(try self.bind(argument))
            }
        }
        return .function(function, bound)
    }

    /// The unit keyword of TIMESTAMPDIFF/TIMESTAMPADD/EXTRACT, which a parser hands over as a bare
    /// name (`DAY`, `SQL_TSI_DAY`) or a string.
    private func unit(_ argument: SQLExpression, for function: SQLFunction) throws -> SQLIntervalUnit {
        var name: String?
        switch argument {
        case .column(let parts) where parts.count == 1: name = parts[0]
        case .literal(.string(let bytes, _)): name = String(decoding: bytes, as: UTF8.self)
        default: break
        }
        var text = (name ?? "").uppercased()
        if text.hasPrefix("SQL_TSI_") { text.removeFirst(8) }
        guard let unit = SQLIntervalUnit(rawValue: text) else {
            throw ExpressionFilterError.invalid(
                "\(function.rawValue) needs a unit (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR...) as its first argument")
        }
        let simple: Set<SQLIntervalUnit> = [.microsecond, .second, .minute, .hour, .day, .week, .month, .quarter, .year]
        if function != .extract, !simple.contains(unit) {
            throw ExpressionFilterError.invalid("\(function.rawValue) does not accept the unit \(unit.rawValue)")
        }
        return unit
    }

    private func value(of literal: SQLLiteral) throws -> SQLValue {
        switch literal {
        case .null:
            return .null
        case .boolean(let value):
            return .boolean(value)
        case .integer(let text):
            if let value = Int64(text) { return .int(value) }
            if let value = UInt64(text) { return .uint(value) }
            guard let value = SQLDecimal(text) else { throw ExpressionFilterError.invalid("invalid integer literal \(text)") }
            return .decimal(value)
        case .decimal(let text):
            guard let value = SQLDecimal(text), !value.exceedsMySQLRange else {
                throw ExpressionFilterError.invalid("invalid decimal literal \(text)")
            }
            return .decimal(value)
        case .float(let text):
            guard let value = Double(text), value.isFinite else { throw ExpressionFilterError.invalid("invalid number \(text)") }
            return .double(value)
        case .string(let bytes, let introducer):
            guard let introducer else { return .string(String(decoding: bytes, as: UTF8.self), self.context.literalCollation) }
            var charset = introducer.lowercased()
            if charset.hasPrefix("_") { charset.removeFirst() }
            if charset == "binary" { return .binary(bytes) }
            // N'x' is the national character set, utf8mb3.
            if charset == "n" { charset = "utf8mb3" }
            return .string(SQLValue.decode(bytes, charset: charset), SQLCollation.defaultCollation(ofCharset: charset, derivation: .coercible))
        case .hex(let bytes):
            return .binary(bytes)
        case .bits(let bytes):
            // b'1' is mostly compared with BIT columns, which read as unsigned integers.
            guard bytes.count <= 8 else { return .binary(bytes) }
            return .uint(bytes.reduce(0) { $0 << 8 | UInt64($1) })
        case .temporal(let kind, let text):
            return try self.temporal(kind, text)
        }
    }

    private func temporal(_ kind: SQLTemporalKind, _ text: String) throws -> SQLValue {
        let offset = self.context.sessionTimeZoneOffsetSeconds
        switch kind {
        case .date:
            if let parsed = SQLTemporalParser.parseDateTime(text, sessionOffsetSeconds: offset), !parsed.hasTime { return .date(parsed.value) }
        case .time:
            if let parsed = SQLTemporalParser.parseTime(text, sessionOffsetSeconds: offset) { return .time(parsed) }
        case .timestamp:
            if let parsed = SQLTemporalParser.parseDateTime(text, sessionOffsetSeconds: offset) { return .datetime(parsed.value) }
        }
        throw ExpressionFilterError.invalid("invalid \(kind.rawValue) literal '\(text)'")
    }
}
