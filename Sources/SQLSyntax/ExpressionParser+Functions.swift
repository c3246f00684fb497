extension ExpressionParser {
    /// Functions whose arguments are not a plain expression list.
    enum SpecialFunction {
        case trim
        case substring
        case position
        case extract
        case dateArithmetic
        case timestampArithmetic
        case getFormat
        case char
    }

    static let specialFunctions: [String: SpecialFunction] = [
        "TRIM": .trim, "SUBSTRING": .substring, "SUBSTR": .substring, "MID": .substring, "POSITION": .position,
        "EXTRACT": .extract, "DATE_ADD": .dateArithmetic, "DATE_SUB": .dateArithmetic, "ADDDATE": .dateArithmetic,
        "SUBDATE": .dateArithmetic, "TIMESTAMPADD": .timestampArithmetic, "TIMESTAMPDIFF": .timestampArithmetic,
        "GET_FORMAT": .getFormat, "CHAR": .char,
    ]

    /// At the `(` after a function name (already upper-cased): the call.
    mutating func parseFunctionCall(name: String) throws -> SQLExpression {
        try cursor.expectSymbol(.leftParenthesis)
        let call: SQLExpression
        switch Self.specialFunctions[name] {
        case nil: call = .function(name: name, arguments: try parseArguments())
        case .trim: call = try parseTrim()
        case .substring: call = try parseSubstring(name: name)
        case .position: call = try parsePosition()
        case .extract: call = try parseExtract()
        case .dateArithmetic: call = .function(name: name, arguments: try parseArguments(intervalAt: 1))
        case .timestampArithmetic: call = try parseTimestampArithmetic(name: name)
        case .getFormat: call = try parseGetFormat()
        case .char: call = try parseChar()
        }
        try refuseWindow()
        return call
    }

    private func refuseWindow() throws {
        if cursor.isWord("OVER") {
            throw cursor.error("window functions (OVER) are not supported in an expression", at: cursor.current)
        }
    }

    /// After `(`: a plain argument list up to and including `)`. `intervalAt` is the index of
    /// an argument that may be `INTERVAL n unit` (DATE_ADD's second).
    private mutating func parseArguments(intervalAt: Int? = nil) throws -> [SQLExpression] {
        if cursor.consumeSymbol(.rightParenthesis) { return [] }
        try refuseAggregateArguments()
        var arguments: [SQLExpression] = []
        repeat {
            if arguments.count == intervalAt, startsInterval() {
                arguments.append(try parseInterval())
            } else {
                arguments.append(try parseExpression())
            }
        } while cursor.consumeSymbol(.comma)
        try cursor.expectSymbol(.rightParenthesis)
        return arguments
    }

    private func refuseAggregateArguments() throws {
        if cursor.isSymbol(.star) {
            throw cursor.error("'*' arguments such as COUNT(*) are not supported in an expression", at: cursor.current)
        }
        if cursor.isWord("DISTINCT") {
            throw cursor.error("aggregate functions (DISTINCT) are not supported in an expression", at: cursor.current)
        }
    }

    /// `TRIM([BOTH|LEADING|TRAILING] [remstr] FROM str)` or `TRIM(str)`.
    private mutating func parseTrim() throws -> SQLExpression {
        var name = "TRIM"
        if let side = cursor.keyword(), ["BOTH", "LEADING", "TRAILING"].contains(side) {
            cursor.advance()
            name = "TRIM_" + side
            if cursor.consumeWord("FROM") {
                let string = try parseExpression()
                try cursor.expectSymbol(.rightParenthesis)
                return .function(name: name, arguments: [string])
            }
            let remove = try parseExpression()
            try cursor.expectWord("FROM")
            let string = try parseExpression()
            try cursor.expectSymbol(.rightParenthesis)
            return .function(name: name, arguments: [string, remove])
        }
        let first = try parseExpression()
        var arguments = [first]
        if cursor.consumeWord("FROM") {
            name = "TRIM_BOTH"
            arguments = [try parseExpression(), first]
        }
        try cursor.expectSymbol(.rightParenthesis)
        return .function(name: name, arguments: arguments)
    }

    /// `SUBSTRING(str, pos[, len])` or `SUBSTRING(str FROM pos [FOR len])`.
    private mutating func parseSubstring(name: String) throws -> SQLExpression {
        var arguments = [try parseExpression()]
        if cursor.consumeWord("FROM") {
            arguments.append(try parseExpression())
            if cursor.consumeWord("FOR") { arguments.append(try parseExpression()) }
        } else {
            while cursor.consumeSymbol(.comma) { arguments.append(try parseExpression()) }
        }
        try cursor.expectSymbol(.rightParenthesis)
        return .function(name: name, arguments: arguments)
    }

    /// `POSITION(substr IN str)`; the first operand is a bit expression so that IN is not
    /// taken as the IN operator.
    private mutating func parsePosition() throws -> SQLExpression {
        let needle = try parseBitExpression()
        try cursor.expectWord("IN")
        let haystack = try parseExpression()
        try cursor.expectSymbol(.rightParenthesis)
        return .function(name: "POSITION", arguments: [needle, haystack])
    }

    /// `EXTRACT(unit FROM x)`.
    private mutating func parseExtract() throws -> SQLExpression {
        let unit = try parseIntervalUnit()
        try cursor.expectWord("FROM")
        let value = try parseExpression()
        try cursor.expectSymbol(.rightParenthesis)
        return .function(name: "EXTRACT", arguments: [Self.keywordArgument(unit.rawValue), value])
    }

    /// `TIMESTAMPADD(unit, n, x)`, `TIMESTAMPDIFF(unit, a, b)`; units may carry the ODBC
    /// prefix `SQL_TSI_`.
    private mutating func parseTimestampArithmetic(name: String) throws -> SQLExpression {
        let units: Set<String> = ["MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR"]
        guard var unit = cursor.keyword() else { throw cursor.expected("a unit (DAY, MONTH, ...)") }
        if unit.hasPrefix("SQL_TSI_") { unit.removeFirst("SQL_TSI_".count) }
        guard units.contains(unit) else { throw cursor.expected("a unit (DAY, MONTH, ...)") }
        cursor.advance()
        try cursor.expectSymbol(.comma)
        let first = try parseExpression()
        try cursor.expectSymbol(.comma)
        let second = try parseExpression()
        try cursor.expectSymbol(.rightParenthesis)
        return .function(name: name, arguments: [Self.keywordArgument(unit), first, second])
    }

    /// `GET_FORMAT(DATE|TIME|DATETIME|TIMESTAMP, locale)`.
    private mutating func parseGetFormat() throws -> SQLExpression {
        guard let type = cursor.keyword(), ["DATE", "TIME", "DATETIME", "TIMESTAMP"].contains(type) else {
            throw cursor.expected("DATE, TIME, DATETIME or TIMESTAMP")
        }
        cursor.advance()
        try cursor.expectSymbol(.comma)
        let locale = try parseExpression()
        try cursor.expectSymbol(.rightParenthesis)
        return .function(name: "GET_FORMAT", arguments: [Self.keywordArgument(type), locale])
    }

    /// `CHAR(n, ...)` and `CHAR(n, ... USING charset)`.
    private mutating func parseChar() throws -> SQLExpression {
        let arguments = try parseExpressionList()
        let charset = cursor.consumeWord("USING") ? try parseName(what: "a character set name") : nil
        try cursor.expectSymbol(.rightParenthesis)
        let call = SQLExpression.function(name: "CHAR", arguments: arguments)
        return charset.map { .cast(call, .char(length: nil, charset: $0)) } ?? call
    }

    /// A keyword argument (a unit, a format type) passed as an upper-case string literal.
    private static func keywordArgument(_ keyword: String) -> SQLExpression {
        .literal(.string(Array(keyword.utf8), introducer: nil))
    }
}
