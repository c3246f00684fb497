import SQLSyntax

/// Arithmetic with MySQL's result types:
/// - integers stay 64-bit integers; the result is unsigned if either operand is unsigned, and
///   leaving the range is an error (`BIGINT value is out of range`), never a wrap-around;
/// - decimals (and integers mixed with them) are exact;
/// - anything involving a double or a string is a double;
/// - `/` on exact numbers is a decimal with 4 more digits (1/3 = 0.3333); `/`, DIV and `%` by
///   zero give NULL.
extension SQLInterpreter {
    func arithmetic(_ op: SQLBinaryOperator, _ lhs: SQLValue, _ rhs: SQLValue) throws -> SQLValue {
        guard let a = lhs.number, let b = rhs.number else { return .null }
        let detail = "\(lhs) \(op.rawValue) \(rhs)"
        switch op {
        case .divide:
            return try self.divide(a, b, detail: detail)
        case .integerDivide:
            return try self.integerDivide(a, b, detail: detail)
        case .modulo:
            return try self.modulo(a, b, detail: detail)
        default:
            break
        }
        switch (a, b) {
        case (.int, .int), (.int, .uint), (.uint, .int), (.uint, .uint):
            let x = Self.wide(a)
            let y = Self.wide(b)
            let (result, overflow): (Int128, Bool)
            switch op {
            case .add: (result, overflow) = x.addingReportingOverflow(y)
            case .subtract: (result, overflow) = x.subtractingReportingOverflow(y)
            default: (result, overflow) = x.multipliedReportingOverflow(by: y)
            }
            return try Self.integerResult(result, unsigned: Self.isUnsigned(a) || Self.isUnsigned(b), overflow: overflow, detail: detail)
        case (.double, _), (_, .double):
            let (x, y) = (a.doubleValue, b.doubleValue)
            let result: Double
            switch op {
            case .add: result = x + y
            case .subtract: result = x - y
            default: result = x * y
            }
            guard result.isFinite else { throw ExpressionFilterError.outOfRange("DOUBLE", detail) }
            return .double(result)
        default:
            guard let x = a.decimalValue, let y = b.decimalValue else { return .null }
            let result: SQLDecimal
            switch op {
            case .add: result = x + y
            case .subtract: result = x - y
            default: result = x * y
            }
            guard !result.exceedsMySQLRange else { throw ExpressionFilterError.outOfRange("DECIMAL", detail) }
            return .decimal(result)
        }
    }

    private func divide(_ a: SQLValue.Number, _ b: SQLValue.Number, detail: String) throws -> SQLValue {
        if !Self.involvesDouble(a, b) {
            guard let x = a.decimalValue, let y = b.decimalValue, let result = x.divided(by: y, extraScale: self.context.divPrecisionIncrement) else {
                return .null
            }
            guard !result.exceedsMySQLRange else { throw ExpressionFilterError.outOfRange("DECIMAL", detail) }
            return .decimal(result)
        }
        let divisor = b.doubleValue
        guard divisor != 0 else { return .null }
        let result = a.doubleValue / divisor
        guard result.isFinite else { throw ExpressionFilterError.outOfRange("DOUBLE", detail) }
        return .double(result)
    }

    /// DIV: the integer part of the quotient, as BIGINT (unsigned if an operand is unsigned).
    private func integerDivide(_ a: SQLValue.Number, _ b: SQLValue.Number, detail: String) throws -> SQLValue {
        let unsigned = Self.isUnsigned(a) || Self.isUnsigned(b)
        switch (a, b) {
        case (.double, _), (_, .double):
            let divisor = b.doubleValue
            guard divisor != 0 else { return .null }
            let quotient = (a.doubleValue / divisor).rounded(.towardZero)
            guard quotient.isFinite, abs(quotient) < 1.8e19 else { throw ExpressionFilterError.outOfRange("BIGINT", detail) }
            return try Self.integerResult(Int128(quotient), unsigned: unsigned, overflow: false, detail: detail)
        default:
            guard let x = a.decimalValue, let y = b.decimalValue, let quotient = x.integerQuotient(dividingBy: y) else { return .null }
            guard let magnitude = quotient.absoluteValue.uint64IfIntegral else { throw ExpressionFilterError.outOfRange("BIGINT", detail) }
            return try Self.integerResult(
                quotient.isNegative ? -Int128(magnitude) : Int128(magnitude), unsigned: unsigned, overflow: false, detail: detail)
        }
    }

    /// `%` and MOD: the remainder takes the sign of the dividend (-7 % 2 = -1).
    private func modulo(_ a: SQLValue.Number, _ b: SQLValue.Number, detail: String) throws -> SQLValue {
        switch (a, b) {
        case (.int, .int), (.int, .uint), (.uint, .int), (.uint, .uint):
            let divisor = Self.wide(b)
            guard divisor != 0 else { return .null }
            return try Self.integerResult(Self.wide(a) % divisor, unsigned: Self.isUnsigned(a), overflow: false, detail: detail)
        case (.double, _), (_, .double):
            let divisor = b.doubleValue
            guard divisor != 0 else { return .null }
            return .double(a.doubleValue.truncatingRemainder(dividingBy: divisor))
        default:
            guard let x = a.decimalValue, let y = b.decimalValue, let result = x.remainder(dividingBy: y) else { return .null }
            return .decimal(result)
        }
    }

    func negate(_ value: SQLValue) throws -> SQLValue {
        guard let number = value.number else { return .null }
        switch number {
        case .int(let x):
            guard x != Int64.min else { throw ExpressionFilterError.outOfRange("BIGINT", "-(\(x))") }
            return .int(-x)
        case .uint(let x):
            guard x <= UInt64(Int64.max) + 1 else { throw ExpressionFilterError.outOfRange("BIGINT", "-(\(x))") }
            return .int(Int64(truncatingIfNeeded: 0 &- x))
        case .decimal(let x):
            return .decimal(x.negated)
        case .double(let x):
            return .double(-x)
        }
    }

    /// `|`, `&`, `^`, `<<`, `>>` on 64-bit unsigned integers, as MySQL does for numbers.
    func bitwise(_ op: SQLBinaryOperator, _ lhs: SQLValue, _ rhs: SQLValue) -> SQLValue {
        guard let a = lhs.bitOperand, let b = rhs.bitOperand else { return .null }
        switch op {
        case .bitOr: return .uint(a | b)
        case .bitAnd: return .uint(a & b)
        case .bitXor: return .uint(a ^ b)
        case .shiftLeft: return .uint(b >= 64 ? 0 : a << b)
        default: return .uint(b >= 64 ? 0 : a >> b)
        }
    }

    static func wide(_ number: SQLValue.Number) -> Int128 {
        switch number {
        case .int(let value): return Int128(value)
        case .uint(let value): return Int128(value)
        default: return 0
        }
    }

    static func involvesDouble(_ a: SQLValue.Number, _ b: SQLValue.Number) -> Bool {
        switch (a, b) {
        case (.double, _), (_, .double): return true
        default: return false
        }
    }

    static func isUnsigned(_ number: SQLValue.Number) -> Bool {
        if case .uint = number { return true }
        return false
    }

    static func integerResult(_ value: Int128, unsigned: Bool, overflow: Bool, detail: String) throws -> SQLValue {
        if unsigned {
            guard !overflow, value >= 0, value <= Int128(UInt64.max) else { throw ExpressionFilterError.outOfRange("BIGINT UNSIGNED", detail) }
            return .uint(UInt64(value))
        }
        guard !overflow, value >= Int128(Int64.min), value <= Int128(Int64.max) else { throw ExpressionFilterError.outOfRange("BIGINT", detail) }
        return .int(Int64(value))
    }
}

extension SQLValue {
    /// The value as the 64 bits bit operators work on: negative integers by their two's
    /// complement, fractions rounded, out-of-range values clamped.
    var bitOperand: UInt64? {
        guard let number = self.number else { return nil }
        switch number {
        case .int(let value): return UInt64(bitPattern: value)
        case .uint(let value): return value
        default:
            let rounded = number.doubleValue.rounded(.toNearestOrAwayFromZero)
            if rounded >= 18_446_744_073_709_551_616.0 { return UInt64.max }
            if rounded < 0 { return UInt64(bitPattern: SQLValue.clampedInt64(rounded)) }
            return UInt64(rounded)
        }
    }
}
