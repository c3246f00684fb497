/// Function calls: the control-flow functions evaluate only the arguments they need (as MySQL
/// does, so `IF(c = 0, NULL, 10 DIV c)` never divides by zero); the others get their argument
/// values and are dispatched by family.
extension SQLInterpreter {
    func call(_ function: SQLFunction, _ arguments: [BoundExpression]) throws -> SQLValue {
        switch function {
        case .if:
            let condition = try self.evaluate(arguments[0]).truth
            return try self.evaluate(condition == true ? arguments[1] : arguments[2])
        case .ifNull:
            let value = try self.evaluate(arguments[0])
            return value.isNull ? try self.evaluate(arguments[1]) : value
        case .nullIf:
            let value = try self.evaluate(arguments[0])
            return self.compare(value, try self.evaluate(arguments[1])) == 0 ? .null : value
        case .coalesce:
            for argument in arguments {
                let value = try self.evaluate(argument)
                if !value.isNull { return value }
            }
            return .null
        case .isNull:
            return .boolean(try self.evaluate(arguments[0]).isNull)
        case .dateAdd, .dateSub, .addDate, .subDate:
            let base = try self.evaluate(arguments[0])
            let subtract = function == .dateSub || function == .subDate
            if case .interval(let amount, let unit) = arguments[1] {
                return try self.addInterval(to: base, amount: try self.evaluate(amount), unit: unit, subtract: subtract)
            }
            // ADDDATE(d, n) adds n days.
            return try self.addInterval(to: base, amount: try self.evaluate(arguments[1]), unit: .day, subtract: subtract)
        default:
            break
        }
        let values = try arguments.map(self.evaluate)
        switch function.family {
        case .string: return try self.stringFunction(function, values)
        case .numeric: return try self.numericFunction(function, values)
        case .date: return try self.dateFunction(function, values)
        case .json: return try self.jsonFunction(function, values)
        case .control: throw ExpressionFilterError.invalid("\(function.rawValue) is not evaluated here")
        }
    }

    /// The error for a function routed to the wrong family: a programming error, reported
    /// rather than trapped.
    static func misrouted(_ function: SQLFunction) -> ExpressionFilterError {
        ExpressionFilterError.invalid("internal error: no implementation for \(function.rawValue)")
    }
}

extension SQLFunction {
    enum Family {
        case string, numeric, control, date, json
    }

    var family: Family {
        switch self {
        case .length, .charLength, .upper, .lower, .concat, .concatWS, .substring, .left, .right, .trim, .ltrim, .rtrim, .replace, .instr,
            .locate, .reverse, .lpad, .rpad, .repeat, .ascii, .hex, .strcmp, .findInSet, .space, .trimBoth, .trimLeading, .trimTrailing:
            return .string
        case .abs, .ceil, .floor, .round, .truncate, .mod, .sign, .greatest, .least, .pow, .sqrt:
            return .numeric
        case .if, .ifNull, .nullIf, .coalesce, .isNull:
            return .control
        case .jsonExtract, .jsonUnquote, .jsonType, .jsonValid:
            return .json
        default:
            return .date
        }
    }
}
