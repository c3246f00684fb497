import Foundation
import SQLSyntax

/// An expression after binding: columns are row indexes, literals are values, functions are
/// resolved, and constant regular expressions are compiled. Binding does every check that does
/// not depend on row values, so evaluation only fails on data (e.g. BIGINT overflow).
indirect enum BoundExpression: Sendable {
    case constant(SQLValue)
    case column(Int)
    case unary(SQLUnaryOperator, BoundExpression)
    case binary(SQLBinaryOperator, BoundExpression, BoundExpression)
    case isNull(BoundExpression, negated: Bool)
    case isTruth(BoundExpression, value: Bool?, negated: Bool)
    case between(BoundExpression, low: BoundExpression, high: BoundExpression, negated: Bool)
    case inList(BoundExpression, [BoundExpression], negated: Bool)
    case like(BoundExpression, pattern: BoundExpression, escape: BoundExpression?, negated: Bool)
    case regexp(BoundExpression, pattern: BoundExpression, compiled: CompiledRegex?, negated: Bool)
    case function(SQLFunction, [BoundExpression])
    case caseWhen(operand: BoundExpression?, branches: [BoundBranch], otherwise: BoundExpression?)
    case cast(BoundExpression, SQLCastType)
    case interval(BoundExpression, SQLIntervalUnit)
    case collate(BoundExpression, SQLCollation)
    case row([BoundExpression])
}

struct BoundBranch: Sendable {
    var when: BoundExpression
    var then: BoundExpression
}

/// A constant pattern compiled once, in both case modes: which one applies depends on the
/// collation of the value it is matched against.
struct CompiledRegex: Sendable {
    let caseSensitive: NSRegularExpression
    let caseInsensitive: NSRegularExpression

    init(pattern: String) throws {
        do {
            self.caseSensitive = try NSRegularExpression(pattern: pattern)
            self.caseInsensitive = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            throw ExpressionFilterError.invalid("invalid regular expression '\(pattern)'")
        }
    }

    func regex(caseInsensitive: Bool) -> NSRegularExpression {
        caseInsensitive ? self.caseInsensitive : self.caseSensitive
    }
}
