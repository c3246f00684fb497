extension ExpressionParser {
    /// What an operand that needs further parsing starts with. Classifying apart from parsing
    /// keeps the frames on the recursion path small: nesting depth is bounded by stack space.
    enum PrimaryForm {
        case column(String)
        case functionCall(name: String)
        case parenthesized
        case odbcEscape
        case caseExpression
        case cast
        case convert
        case intervalFirst
        case row
    }

    /// Literals, column references, function calls, parentheses and the keyword-led forms.
    mutating func parsePrimary() throws -> SQLExpression {
        if let atom = try parseAtom() { return atom }
        switch try primaryForm() {
        case .column(let name):
            let start = cursor.current
            cursor.advance()
            return try parseQualifiedName(first: name, startingAt: start)
        case .functionCall(let name):
            cursor.advance()
            return try parseFunctionCall(name: name)
        case .parenthesized: return try parseParenthesized()
        case .odbcEscape: return try parseODBCEscape()
        case .caseExpression: return try parseCase()
        case .cast: return try parseCast()
        case .convert: return try parseConvert()
        case .intervalFirst: return try parseIntervalFirst()
        case .row: return try parseRow()
        }
    }

    /// A complete operand that contains no other expression: a literal, `\N`, NULL, TRUE,
    /// FALSE, `DATE '..'`, an introduced string, or a function written without parentheses.
    /// Consumed; nil (nothing consumed) for anything else.
    private mutating func parseAtom() throws -> SQLExpression? {
        let literal: SQLLiteral
        switch cursor.current.kind {
        case .integer(let text): literal = .integer(text)
        case .decimal(let text): literal = .decimal(text)
        case .float(let text): literal = .float(text)
        case .hex(let value): literal = .hex(value)
        case .bits(let value): literal = .bits(value)
        case .nullMarker: literal = .null
        case .string(_, let national):
            return .literal(.string(parseStringLiteral(), introducer: national ? "N" : nil))
        case .word(let word):
            return try parseKeywordAtom(word: word, upper: cursor.keyword() ?? word)
        default:
            return nil
        }
        cursor.advance()
        return .literal(literal)
    }

    private mutating func parseKeywordAtom(word: String, upper: String) throws -> SQLExpression? {
        switch upper {
        case "NULL":
            cursor.advance()
            return .literal(.null)
        case "TRUE", "FALSE":
            cursor.advance()
            return .literal(.boolean(upper == "TRUE"))
        case "DATE", "TIME", "TIMESTAMP":
            guard case .string(let value, national: false) = cursor.token(at: 1).kind, let kind = SQLTemporalKind(rawValue: upper) else {
                return nil
            }
            cursor.advance(by: 2)
            return .literal(.temporal(kind, String(decoding: value, as: UTF8.self)))
        default:
            if word.hasPrefix("_"), let literal = try parseIntroducedLiteral(introducer: word) {
                return literal
            }
            if SQLKeywords.functionsWithoutParentheses.contains(upper), !cursor.isSymbol(.leftParenthesis, at: 1) {
                cursor.advance()
                return .function(name: upper, arguments: [])
            }
            return nil
        }
    }

    /// The form at the current token, which is not an atom; throws for what an expression
    /// cannot contain.
    private func primaryForm() throws -> PrimaryForm {
        let token = cursor.current
        switch token.kind {
        case .quotedIdentifier(let name):
            // `f`(x) calls a stored function.
            return cursor.isSymbol(.leftParenthesis, at: 1) ? .functionCall(name: SQLByte.asciiUppercased(name)) : .column(name)
        case .word(let word): return try wordForm(word: word, upper: cursor.keyword() ?? word)
        case .symbol(.leftParenthesis): return .parenthesized
        case .symbol(.leftBrace): return .odbcEscape
        case .symbol(.questionMark):
            throw cursor.error("placeholders (?) are not supported in an expression", at: token)
        case .symbol(.assign):
            throw assignmentError()
        case .userVariable, .systemVariable:
            if cursor.isSymbol(.assign, at: 1) {
                throw cursor.error("assignment (:=) is not allowed in an expression", at: cursor.token(at: 1))
            }
            throw cursor.error("variables are not supported in an expression", at: token)
        default:
            throw cursor.unexpected()
        }
    }

    /// A bare word in operand position: a keyword-led form, a function call or a column.
    private func wordForm(word: String, upper: String) throws -> PrimaryForm {
        let callFollows = cursor.isSymbol(.leftParenthesis, at: 1)
        switch upper {
        case "CASE": return .caseExpression
        case "CAST" where callFollows: return .cast
        case "CONVERT" where callFollows: return .convert
        case "INTERVAL" where !isIntervalFunctionCall(): return .intervalFirst
        case "ROW" where callFollows: return .row
        case "EXISTS" where callFollows: throw subqueryError()
        case "MATCH":
            throw cursor.error("full-text MATCH ... AGAINST is not supported in an expression", at: cursor.current)
        default: break
        }
        let reserved = SQLKeywords.reserved.contains(upper)
        if callFollows, !reserved || SQLKeywords.reservedFunctionNames.contains(upper) {
            return .functionCall(name: upper)
        }
        if reserved { throw cursor.unexpected() }
        return .column(word)
    }

    /// `INTERVAL 1 DAY + d`: the only place an interval may come first.
    private mutating func parseIntervalFirst() throws -> SQLExpression {
        let interval = try parseInterval()
        guard cursor.consumeSymbol(.plus) else {
            throw cursor.expected("'+' after the INTERVAL (an interval is only an operand of + and -)")
        }
        return .binary(.add, interval, try parseSimpleExpression())
    }

    /// `ROW(a, b, ...)`, at least two values.
    private mutating func parseRow() throws -> SQLExpression {
        cursor.advance(by: 2)
        let values = try parseExpressionList()
        guard values.count >= 2 else { throw cursor.error("ROW() needs at least two values", at: cursor.current) }
        try cursor.expectSymbol(.rightParenthesis)
        return .row(values)
    }

    /// `_utf8mb4'x'`, `_binary X'41'`, `_latin1 b'1'`: a string of that character set. Nil if
    /// no literal follows the word (then it is a column such as `_id`).
    private mutating func parseIntroducedLiteral(introducer: String) throws -> SQLExpression? {
        let introducerToken = cursor.current
        let bytes: [UInt8]?
        switch cursor.token(at: 1).kind {
        case .string(_, national: false): bytes = nil
        case .hex(let value), .bits(let value): bytes = value
        default: return nil
        }
        let charset = introducer.dropFirst()
        guard SQLKeywords.characterSets.contains(charset.lowercased()) else {
            throw cursor.error("unknown character set '\(charset)'", at: introducerToken)
        }
        cursor.advance()
        if let bytes {
            cursor.advance()
            return .literal(.string(bytes, introducer: introducer))
        }
        return .literal(.string(parseStringLiteral(), introducer: introducer))
    }

    /// At a string token: its bytes, joined with the plain string literals that directly
    /// follow (`'a' 'b'` is `'ab'`).
    mutating func parseStringLiteral() -> [UInt8] {
        guard case .string(var bytes, _) = cursor.current.kind else { return [] }
        cursor.advance()
        while case .string(let more, national: false) = cursor.current.kind {
            bytes += more
            cursor.advance()
        }
        return bytes
    }

    /// After the first part of a name: `c`, `t.c`, `db.t.c`, a stored function `db.f(..)`, and
    /// the JSON operators `c->'$.a'` and `c->>'$.a'`.
    private mutating func parseQualifiedName(first: String, startingAt start: SQLToken) throws -> SQLExpression {
        var parts = [first]
        while cursor.isSymbol(.dot) {
            cursor.advance()
            switch cursor.current.kind {
            case .word(let name), .quotedIdentifier(let name):
                parts.append(name)
                cursor.advance()
            case .symbol(.star):
                throw cursor.error("'*' is not supported in an expression", at: cursor.current)
            default:
                throw cursor.expected("a name after '.'")
            }
        }
        if parts.count == 2, cursor.isSymbol(.leftParenthesis) {
            return try parseFunctionCall(name: "\(parts[0]).\(SQLByte.asciiUppercased(parts[1]))")
        }
        guard parts.count <= 3 else {
            throw cursor.error("a column name has at most three parts (database.table.column)", at: start)
        }
        let column = SQLExpression.column(parts)
        let unquote: Bool
        if cursor.consumeSymbol(.arrow) {
            unquote = false
        } else if cursor.consumeSymbol(.doubleArrow) {
            unquote = true
        } else {
            return column
        }
        guard case .string = cursor.current.kind else { throw cursor.expected("a JSON path string") }
        let path = SQLExpression.literal(.string(parseStringLiteral(), introducer: nil))
        let extract = SQLExpression.function(name: "JSON_EXTRACT", arguments: [column, path])
        return unquote ? .function(name: "JSON_UNQUOTE", arguments: [extract]) : extract
    }

    /// `(x)` is `x`; `(a, b)` is a row.
    private mutating func parseParenthesized() throws -> SQLExpression {
        cursor.advance()
        if startsSubquery() { throw subqueryError() }
        let list = try parseExpressionList()
        try cursor.expectSymbol(.rightParenthesis)
        return list.count == 1 ? list[0] : .row(list)
    }

    /// `{d '2024-01-02'}`, `{t '..'}`, `{ts '..'}`; any other `{name expr}` is just `expr`.
    private mutating func parseODBCEscape() throws -> SQLExpression {
        cursor.advance()
        let kind: SQLTemporalKind?
        switch cursor.current.kind {
        case .word, .quotedIdentifier:
            switch cursor.keyword() {
            case "D": kind = .date
            case "T": kind = .time
            case "TS": kind = .timestamp
            default: kind = nil
            }
            cursor.advance()
        default:
            throw cursor.expected("a name after '{'")
        }
        let expression: SQLExpression
        if let kind, case .string(let bytes, national: false) = cursor.current.kind {
            cursor.advance()
            expression = .literal(.temporal(kind, String(decoding: bytes, as: UTF8.self)))
        } else {
            expression = try parseExpression()
        }
        try cursor.expectSymbol(.rightBrace)
        return expression
    }

    /// `CASE [operand] WHEN .. THEN .. [WHEN ..] [ELSE ..] END`.
    private mutating func parseCase() throws -> SQLExpression {
        cursor.advance()
        let operand = cursor.isWord("WHEN") ? nil : try parseExpression()
        var branches: [SQLCaseBranch] = []
        while cursor.consumeWord("WHEN") {
            let condition = try parseExpression()
            try cursor.expectWord("THEN")
            branches.append(SQLCaseBranch(when: condition, then: try parseExpression()))
        }
        if branches.isEmpty { throw cursor.expected("WHEN") }
        let otherwise = cursor.consumeWord("ELSE") ? try parseExpression() : nil
        try cursor.expectWord("END")
        return .caseWhen(operand: operand, branches: branches, otherwise: otherwise)
    }

    /// A collation or character set name: a word, a quoted identifier or a string.
    mutating func parseName(what: String) throws -> String {
        switch cursor.current.kind {
        case .word(let name), .quotedIdentifier(let name):
            cursor.advance()
            return name
        case .string(let bytes, _):
            cursor.advance()
            return String(decoding: bytes, as: UTF8.self)
        default:
            throw cursor.expected(what)
        }
    }

    /// After `(`: a subquery, which an expression cannot hold.
    func startsSubquery() -> Bool {
        cursor.isWord("SELECT") || cursor.isWord("WITH") || cursor.isWord("TABLE")
    }

    func subqueryError() -> SQLSyntaxError {
        cursor.error("subqueries are not supported in an expression", at: cursor.current)
    }

    func assignmentError() -> SQLSyntaxError {
        cursor.error("assignment (:=) is not allowed in an expression", at: cursor.current)
    }
}
