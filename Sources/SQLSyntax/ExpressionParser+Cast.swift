extension ExpressionParser {
    /// `CAST(x AS type)`.
    mutating func parseCast() throws -> SQLExpression {
        cursor.advance(by: 2)
        let value = try parseExpression()
        try cursor.expectWord("AS")
        let type = try parseCastType()
        if cursor.isWord("ARRAY") {
            throw cursor.error("CAST(... AS type ARRAY) is not supported in an expression", at: cursor.current)
        }
        try cursor.expectSymbol(.rightParenthesis)
        return .cast(value, type)
    }

    /// `CONVERT(x, type)`, or `CONVERT(x USING charset)`, which is the same as
    /// `CAST(x AS CHAR CHARACTER SET charset)`.
    mutating func parseConvert() throws -> SQLExpression {
        cursor.advance(by: 2)
        let value = try parseExpression()
        let result: SQLExpression
        if cursor.consumeSymbol(.comma) {
            result = .cast(value, try parseCastType())
        } else if cursor.consumeWord("USING") {
            result = .cast(value, .char(length: nil, charset: try parseName(what: "a character set name")))
        } else {
            throw cursor.expected("',' or USING")
        }
        try cursor.expectSymbol(.rightParenthesis)
        return result
    }

    /// The target type of CAST/CONVERT, in MySQL's and MariaDB's spellings.
    private mutating func parseCastType() throws -> SQLCastType {
        let typeToken = cursor.current
        guard let word = cursor.keyword() else { throw cursor.expected("a type") }
        cursor.advance()
        switch word {
        case "BINARY":
            return .binary(length: try parseOptionalLength())
        case "NCHAR":
            return .char(length: try parseOptionalLength(), charset: "utf8mb3")
        case "CHAR":
            let length = try parseOptionalLength()
            if cursor.consumeWord("BYTE") { return .binary(length: length) }
            // The manual: ASCII is CHARACTER SET latin1, UNICODE is CHARACTER SET ucs2.
            if cursor.consumeWord("ASCII") { return .char(length: length, charset: "latin1") }
            if cursor.consumeWord("UNICODE") { return .char(length: length, charset: "ucs2") }
            if cursor.isWord("CHARACTER"), cursor.isWord("SET", at: 1) {
                cursor.advance(by: 2)
                return .char(length: length, charset: try parseName(what: "a character set name"))
            }
            if cursor.consumeWord("CHARSET") {
                return .char(length: length, charset: try parseName(what: "a character set name"))
            }
            return .char(length: length, charset: nil)
        case "SIGNED", "UNSIGNED":
            if !cursor.consumeWord("INTEGER") { _ = cursor.consumeWord("INT") }
            return word == "SIGNED" ? .signed : .unsigned
        case "INT", "INTEGER":  // MariaDB
            return .signed
        case "DECIMAL", "DEC":
            guard cursor.consumeSymbol(.leftParenthesis) else { return .decimal(precision: nil, scale: nil) }
            let precision = try parseInteger()
            let scale = cursor.consumeSymbol(.comma) ? try parseInteger() : nil
            try cursor.expectSymbol(.rightParenthesis)
            return .decimal(precision: precision, scale: scale)
        case "DOUBLE":
            _ = cursor.consumeWord("PRECISION")
            return .double
        case "REAL":  // DOUBLE unless REAL_AS_FLOAT, which the options do not model
            return .double
        case "FLOAT":
            // The manual: FLOAT(p) is FLOAT for p up to 24 and DOUBLE for 25 to 53.
            let precision = try parseOptionalLength() ?? 0
            if precision <= 24 { return .float }
            if precision <= 53 { return .double }
            throw cursor.error("FLOAT precision \(precision) is above 53", at: typeToken)
        case "DATE":
            return .date
        case "DATETIME":
            return .datetime(precision: try parseOptionalLength())
        case "TIME":
            return .time(precision: try parseOptionalLength())
        case "JSON":
            return .json
        default:
            throw cursor.error("unsupported type \(cursor.quoted(typeToken)) in CAST or CONVERT", at: typeToken)
        }
    }

    /// `(n)` after a type name, if present.
    private mutating func parseOptionalLength() throws -> Int? {
        guard cursor.consumeSymbol(.leftParenthesis) else { return nil }
        let length = try parseInteger()
        try cursor.expectSymbol(.rightParenthesis)
        return length
    }

    private mutating func parseInteger() throws -> Int {
        guard case .integer(let text) = cursor.current.kind, let value = Int(text) else {
            throw cursor.expected("a number")
        }
        cursor.advance()
        return value
    }
}
