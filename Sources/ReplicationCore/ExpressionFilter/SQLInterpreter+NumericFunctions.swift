import Foundation

/// Numeric functions. Exact arguments give exact results (ROUND(2.5) = 3, half away from
/// zero); doubles round half to even, as MySQL's C library does (ROUND(2.5e0) = 2).
extension SQLInterpreter {
    func numericFunction(_ function: SQLFunction, _ values: [SQLValue]) throws -> SQLValue {
        if function == .greatest || function == .least { return self.extreme(values, greatest: function == .greatest) }
        if function == .mod { return try self.arithmetic(.modulo, values[0], values[1]) }
        guard values.allSatisfy({ !$0.isNull }), let number = values[0].number else { return .null }
        switch function {
        case .abs:
            switch number {
            case .int(let value):
                guard value != Int64.min else { throw ExpressionFilterError.outOfRange("BIGINT", "abs(\(value))") }
                return .int(Swift.abs(value))
            case .uint: return number.value
            case .decimal(let value): return .decimal(value.absoluteValue)
            case .double(let value): return .double(Swift.abs(value))
            }
        case .ceil, .floor:
            switch number {
            case .int, .uint: return number.value
            case .decimal(let value):
                let result = function == .ceil ? value.ceiling : value.floor
                return result.int64IfIntegral.map(SQLValue.int) ?? .decimal(result)
            case .double(let value): return .double(function == .ceil ? value.rounded(.up) : value.rounded(.down))
            }
        case .round, .truncate:
            let digits = values.count > 1 ? Int(clamping: max(-60, min(values[1].integerArgument ?? 0, 60))) : 0
            return try Self.round(number, digits: digits, truncate: function == .truncate)
        case .sign:
            let order = Self.compareNumbers(number, .int(0))
            return .int(Int64(order))
        case .pow:
            let result = Foundation.pow(number.doubleValue, values[1].doubleValue ?? 0)
            if result.isNaN { return .null }
            guard result.isFinite else { throw ExpressionFilterError.outOfRange("DOUBLE", "pow(\(values[0]), \(values[1]))") }
            return .double(result)
        case .sqrt:
            let value = number.doubleValue
            return value < 0 ? .null : .double(value.squareRoot())
        default:
            throw Self.misrouted(function)
        }
    }

    /// ROUND/TRUNCATE to `digits` after the point (negative: to tens, hundreds...).
    private static func round(_ number: SQLValue.Number, digits: Int, truncate: Bool) throws -> SQLValue {
        switch number {
        case .int, .uint:
            guard digits < 0, let decimal = number.decimalValue else { return number.value }
            let result = truncate ? decimal.truncated(toScale: digits) : decimal.rounded(toScale: digits)
            if case .uint = number, let value = result.uint64IfIntegral { return .uint(value) }
            return result.int64IfIntegral.map(SQLValue.int) ?? .decimal(result)
        case .decimal(let value):
            let result = truncate ? value.truncated(toScale: digits) : value.rounded(toScale: digits)
            return .decimal(result)
        case .double(let value):
            let scale = Foundation.pow(10.0, Double(digits))
            guard scale.isFinite, scale != 0 else { return .double(value) }
            let scaled = value * scale
            guard scaled.isFinite else { return .double(value) }
            let rounded = truncate ? scaled.rounded(.towardZero) : scaled.rounded(.toNearestOrEven)
            return .double(rounded / scale)
        }
    }

    /// GREATEST/LEAST: NULL if any argument is NULL. Compared pairwise with the comparison rules;
    /// a mix of strings and numbers, or any double, gives a double as MySQL does.
    private func extreme(_ values: [SQLValue], greatest: Bool) -> SQLValue {
        guard !values.contains(where: \.isNull) else { return .null }
        var best = values[0]
        for value in values.dropFirst() {
            guard let order = self.compare(value, best) else { return .null }
            if greatest ? order > 0 : order < 0 { best = value }
        }
        let hasNumber = values.contains { value in
            switch value {
            case .int, .uint, .decimal, .double: return true
            default: return false
            }
        }
        let hasDouble = values.contains { if case .double = $0 { return true } else { return false } }
        let hasString = values.contains(where: \.isString)
        if hasDouble || (hasNumber && hasString) { return best.doubleValue.map(SQLValue.double) ?? .null }
        return best
    }
}
