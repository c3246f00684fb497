/// A column definition: name, type, then attributes in any order.
extension StatementParser {
    mutating func parseColumnDefinition() throws -> ColumnDefinition {
        let name = try parseIdentifier("a column name")
        let type = try parseDataType()
        var attributes: [ColumnAttribute] = []
        while try parseColumnAttribute(into: &attributes) {}
        return ColumnDefinition(name: name, type: type, attributes: attributes)
    }

    /// One attribute appended to `attributes`; false (nothing consumed) if none comes next.
    private mutating func parseColumnAttribute(into attributes: inout [ColumnAttribute]) throws -> Bool {
        let start = cursor.index
        let attribute: ColumnAttribute
        switch cursor.keyword() {
        case "NOT":
            if consumeWords("NOT", "NULL") {
                attribute = .notNull
            } else if cursor.isWord("ENFORCED", at: 1) || cursor.isWord("SECONDARY", at: 1) {
                cursor.advance(by: 2)
                attribute = .other(verbatim(from: start))
            } else {
                return false
            }
        case "NULL":
            cursor.advance()
            attribute = .null
        case "DEFAULT":
            cursor.advance()
            attribute = .default(try parseDefaultValue())
        case "ON":
            guard consumeWords("ON", "UPDATE") else { return false }
            attribute = .onUpdate(try expressions.parsePrimary())
        case "AUTO_INCREMENT":
            cursor.advance()
            attribute = .autoIncrement
        case "SERIAL":
            guard consumeWords("SERIAL", "DEFAULT", "VALUE") else { return false }
            attribute = .other(verbatim(from: start))
        case "UNIQUE":
            cursor.advance()
            _ = cursor.consumeWord("KEY")
            attribute = .unique
        case "PRIMARY", "KEY":
            _ = cursor.consumeWord("PRIMARY")
            try cursor.expectWord("KEY")
            attribute = .primaryKey
        case "COMMENT":
            cursor.advance()
            attribute = .comment(try parseStringValue("a quoted comment"))
        case "COLLATE":
            cursor.advance()
            attribute = .collate(try parseCharsetName("a collation name"))
        case "CHARACTER", "CHARSET", "CHAR":
            guard consumeCharsetKeyword() else { return false }
            attribute = .charset(try parseCharsetName("a character set name"))
        case "COLUMN_FORMAT", "STORAGE":
            let isStorage = cursor.isWord("STORAGE")
            cursor.advance()
            let value = SQLByte.asciiUppercased(try parseIdentifier("a value"))
            attribute = isStorage ? .storage(value) : .columnFormat(value)
        case "GENERATED":
            cursor.advance()
            try cursor.expectWord("ALWAYS")
            try cursor.expectWord("AS")
            attribute = try parseGenerated(from: start)
        case "AS":
            cursor.advance()
            attribute = try parseGenerated(from: start)
        case "INVISIBLE", "VISIBLE":
            attribute = cursor.isWord("VISIBLE") ? .visible : .invisible
            cursor.advance()
        case "CONSTRAINT", "CHECK":
            var name: String?
            if cursor.consumeWord("CONSTRAINT"), !cursor.isWord("CHECK") {
                name = try parseIdentifier("a constraint name")
            }
            try cursor.expectWord("CHECK")
            attribute = .check(name: name, try parseParenthesizedExpression())
        case "ENFORCED":
            cursor.advance()
            attribute = .other(verbatim(from: start))
        case "REFERENCES":
            attribute = .references(try parseReference())
        case "SRID":
            cursor.advance()
            attribute = .srid(try parseInt("an SRID number"))
        case "COMPRESSED":
            cursor.advance()
            if cursor.consumeSymbol(.equal) { _ = try parseIdentifier("a compression method") }
            attribute = .compressed
        case "WITH", "WITHOUT":
            guard cursor.isWord("SYSTEM", at: 1), cursor.isWord("VERSIONING", at: 2) else { return false }
            cursor.advance(by: 3)
            attribute = .other(verbatim(from: start))
        case "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE":
            cursor.advance()
            _ = cursor.consumeSymbol(.equal)
            _ = try parseStringValue("a quoted attribute")
            attribute = .other(verbatim(from: start))
        default:
            return false
        }
        attributes.append(attribute)
        return true
    }

    /// After `AS`: `(expr) [VIRTUAL|STORED|PERSISTENT]`, or MariaDB's `ROW START|END`.
    private mutating func parseGenerated(from start: Int) throws -> ColumnAttribute {
        if cursor.consumeWord("ROW") {
            _ = try parseIdentifier("START or END")
            return .other(verbatim(from: start))
        }
        let expression = try parseParenthesizedExpression()
        var stored = false
        switch cursor.keyword() {
        case "STORED", "PERSISTENT":
            stored = true
            cursor.advance()
        case "VIRTUAL":
            cursor.advance()
        default:
            break
        }
        return .generated(expression, stored: stored)
    }

    /// `(expr)`.
    mutating func parseParenthesizedExpression() throws -> SQLExpression {
        try cursor.expectSymbol(.leftParenthesis)
        let expression = try expressions.parseExpression()
        try cursor.expectSymbol(.rightParenthesis)
        return expression
    }

    /// DEFAULT's value: a literal (a signed number included), `(expr)`, or a function such as
    /// `CURRENT_TIMESTAMP(3)` or MariaDB's `uuid()`.
    mutating func parseDefaultValue() throws -> SQLExpression {
        if cursor.isSymbol(.leftParenthesis) { return try parseParenthesizedExpression() }
        if cursor.isSymbol(.minus) || cursor.isSymbol(.plus) {
            let sign: SQLUnaryOperator = cursor.isSymbol(.minus) ? .negate : .plus
            cursor.advance()
            return .unary(sign, try expressions.parsePrimary())
        }
        return try expressions.parsePrimary()
    }
}
