import Foundation

/// LIKE and REGEXP. LIKE folds case (and accents) the way the collation does, but unlike `=`
/// it does not ignore trailing spaces: `'a ' LIKE 'a'` is false. REGEXP is ICU's syntax (as in
/// MySQL 8), case-insensitive unless the collation is case-sensitive or a side is binary.
extension SQLInterpreter {
    private enum LikeToken {
        case literal(UInt32)
        case anyOne
        case anyMany
    }

    func like(_ operand: BoundExpression, _ pattern: BoundExpression, _ escape: BoundExpression?) throws -> Bool? {
        let value = try self.evaluate(operand)
        let patternValue = try self.evaluate(pattern)
        guard let text = value.text, let patternText = patternValue.text else { return nil }
        var escapeCharacter: Unicode.Scalar? = "\\"
        if let escape, let escapeText = try self.evaluate(escape).text {
            let scalars = Array(escapeText.unicodeScalars)
            guard scalars.count <= 1 else { throw ExpressionFilterError.invalid("ESCAPE must be a single character, not '\(escapeText)'") }
            escapeCharacter = scalars.first
        }
        let fold: (String) -> [UInt32]
        if Self.eitherIsBinary(value, patternValue) {
            fold = { $0.utf8.map(UInt32.init) }
        } else {
            let collation = SQLCollation.aggregate(
                value.collation(or: self.context.literalCollation), patternValue.collation(or: self.context.literalCollation))
            fold = { collation.foldedScalars($0) }
        }
        var tokens: [LikeToken] = []
        var escaped = false
        for scalar in patternText.unicodeScalars {
            if escaped {
                tokens += fold(String(scalar)).map(LikeToken.literal)
                escaped = false
            } else if scalar == escapeCharacter {
                escaped = true
            } else if scalar == "%" {
                tokens.append(.anyMany)
            } else if scalar == "_" {
                tokens.append(.anyOne)
            } else {
                tokens += fold(String(scalar)).map(LikeToken.literal)
            }
        }
        // A trailing escape character stands for itself, as in MySQL.
        if escaped, let escapeCharacter { tokens += fold(String(escapeCharacter)).map(LikeToken.literal) }
        let subject: [UInt32]
        if case .binary(let bytes) = value { subject = bytes.map(UInt32.init) } else { subject = fold(text) }
        return Self.matches(subject, tokens)
    }

    static func eitherIsBinary(_ a: SQLValue, _ b: SQLValue) -> Bool {
        switch (a, b) {
        case (.binary, _), (_, .binary): return true
        default: return false
        }
    }

    /// Wildcard matching that backtracks only to the last `%`: linear for most patterns.
    private static func matches(_ subject: [UInt32], _ tokens: [LikeToken]) -> Bool {
        var (s, p) = (0, 0)
        var lastStar: Int?
        var resumeAt = 0
        while s < subject.count {
            if p < tokens.count {
                switch tokens[p] {
                case .anyMany:
                    lastStar = p
                    resumeAt = s
                    p += 1
                    continue
                case .anyOne:
                    s += 1
                    p += 1
                    continue
                case .literal(let scalar) where scalar == subject[s]:
                    s += 1
                    p += 1
                    continue
                default:
                    break
                }
            }
            guard let star = lastStar else { return false }
            p = star + 1
            resumeAt += 1
            s = resumeAt
        }
        while p < tokens.count, case .anyMany = tokens[p] { p += 1 }
        return p == tokens.count
    }

    func regexp(_ operand: BoundExpression, _ pattern: BoundExpression, _ compiled: CompiledRegex?) throws -> Bool? {
        let value = try self.evaluate(operand)
        let patternValue = try self.evaluate(pattern)
        guard let text = value.text, let patternText = patternValue.text else { return nil }
        let caseInsensitive =
            !Self.eitherIsBinary(value, patternValue)
            && SQLCollation.aggregate(value.collation(or: self.context.literalCollation), patternValue.collation(or: self.context.literalCollation))
                .isCaseInsensitive
        // A pattern computed per row is compiled per row.
        let regex = try (compiled ?? CompiledRegex(pattern: patternText)).regex(caseInsensitive: caseInsensitive)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
