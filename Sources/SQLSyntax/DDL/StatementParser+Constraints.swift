/// Table constraints and indexes, their key parts and options, and foreign key references.
extension StatementParser {
    /// Whether the cursor is at a table constraint rather than a column definition.
    func startsTableConstraint() -> Bool {
        switch cursor.keyword() {
        case "CONSTRAINT", "PRIMARY", "UNIQUE", "KEY", "INDEX", "FULLTEXT", "SPATIAL", "FOREIGN", "CHECK": true
        default: false
        }
    }

    /// `[CONSTRAINT [symbol]] PRIMARY KEY|UNIQUE|INDEX|KEY|FULLTEXT|SPATIAL|FOREIGN KEY|CHECK ...`,
    /// with MariaDB's `IF NOT EXISTS` after CONSTRAINT or after the index keywords.
    mutating func parseTableConstraint() throws -> (constraint: TableConstraint, ifNotExists: Bool) {
        var symbol: String?
        var ifNotExists = false
        let named = cursor.consumeWord("CONSTRAINT")
        if named {
            ifNotExists = parseIfNotExists()
            if !["PRIMARY", "UNIQUE", "FOREIGN", "CHECK"].contains(cursor.keyword() ?? "") {
                symbol = try parseIdentifier("a constraint name")
            }
        }
        let kind: TableConstraint.Kind
        switch cursor.keyword() {
        case "PRIMARY":
            cursor.advance()
            try cursor.expectWord("KEY")
            if parseIfNotExists() { ifNotExists = true }
            kind = .primaryKey(try parseIndexSpec())
        case "UNIQUE":
            cursor.advance()
            _ = cursor.consumeWord("INDEX") || cursor.consumeWord("KEY")
            if parseIfNotExists() { ifNotExists = true }
            kind = .unique(try parseIndexSpec())
        case "INDEX", "KEY", "FULLTEXT", "SPATIAL":
            // MySQL and MariaDB name only PRIMARY KEY, UNIQUE, FOREIGN KEY and CHECK constraints.
            if named { throw cursor.expected("PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK") }
            let flavor: IndexFlavor = cursor.isWord("FULLTEXT") ? .fulltext : cursor.isWord("SPATIAL") ? .spatial : .plain
            cursor.advance()
            if flavor != .plain { _ = cursor.consumeWord("INDEX") || cursor.consumeWord("KEY") }
            if parseIfNotExists() { ifNotExists = true }
            kind = .index(try parseIndexSpec(), flavor)
        case "FOREIGN":
            cursor.advance()
            try cursor.expectWord("KEY")
            if parseIfNotExists() { ifNotExists = true }
            let name = cursor.isSymbol(.leftParenthesis) ? nil : try parseIdentifier("an index name or '('")
            let columns = try parseColumnNameList()
            kind = .foreignKey(name: name, columns: columns, try parseReference())
        case "CHECK":
            cursor.advance()
            let condition = try parseParenthesizedExpression()
            var enforced: Bool?
            if consumeWords("NOT", "ENFORCED") {
                enforced = false
            } else if cursor.consumeWord("ENFORCED") {
                enforced = true
            }
            kind = .check(condition, enforced: enforced)
        default:
            throw cursor.expected(named ? "PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK" : "a constraint")
        }
        return (TableConstraint(symbol: symbol, kind: kind), ifNotExists)
    }

    /// `[name] [USING type] (key parts) [options]`, after the words that give the index kind.
    mutating func parseIndexSpec() throws -> IndexSpec {
        var name: String?
        if !cursor.isWord("USING"), let identifier = identifier() {
            name = identifier
            cursor.advance()
        }
        var spec = IndexSpec(name: name, columns: [])
        if cursor.consumeWord("USING") || (name != nil && cursor.consumeWord("TYPE")) {
            spec.using = SQLByte.asciiUppercased(try parseIdentifier("an index type (BTREE, HASH)"))
        }
        spec.columns = try parseKeyParts()
        try parseIndexOptions(into: &spec)
        return spec
    }

    /// `(a, b(10) DESC, (expr))`.
    mutating func parseKeyParts() throws -> [IndexColumn] {
        try cursor.expectSymbol(.leftParenthesis)
        var parts: [IndexColumn] = []
        repeat {
            let part: IndexColumn.Part
            if cursor.isSymbol(.leftParenthesis) {
                part = .expression(try parseParenthesizedExpression())
            } else {
                let column = try parseIdentifier("a column name or '('")
                var length: Int?
                if cursor.consumeSymbol(.leftParenthesis) {
                    length = try parseInt("a prefix length")
                    try cursor.expectSymbol(.rightParenthesis)
                }
                part = .column(column, length: length)
            }
            var descending: Bool?
            if cursor.consumeWord("ASC") {
                descending = false
            } else if cursor.consumeWord("DESC") {
                descending = true
            }
            parts.append(IndexColumn(part, descending: descending))
        } while cursor.consumeSymbol(.comma)
        try cursor.expectSymbol(.rightParenthesis)
        return parts
    }

    /// Index options after the key parts; `USING x` goes to the spec, the rest to `options`.
    mutating func parseIndexOptions(into spec: inout IndexSpec) throws {
        while true {
            switch cursor.keyword() {
            case "USING":
                cursor.advance()
                spec.using = SQLByte.asciiUppercased(try parseIdentifier("an index type (BTREE, HASH)"))
            case "KEY_BLOCK_SIZE", "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE", "CLUSTERING":
                let name = cursor.keyword() ?? ""
                cursor.advance()
                _ = cursor.consumeSymbol(.equal)
                spec.options.append(try parseIndexOptionValue(name: name))
            case "COMMENT":
                cursor.advance()
                spec.options.append(SQLTableOption(name: "COMMENT", value: try parseStringValue("a quoted comment"), quoted: true))
            case "WITH" where cursor.isWord("PARSER", at: 1):
                cursor.advance(by: 2)
                spec.options.append(SQLTableOption(name: "WITH PARSER", value: try parseIdentifier("a parser name")))
            case "VISIBLE", "INVISIBLE", "IGNORED":
                spec.options.append(SQLTableOption(name: cursor.keyword() ?? "", value: ""))
                cursor.advance()
            case "NOT" where cursor.isWord("IGNORED", at: 1):
                cursor.advance(by: 2)
                spec.options.append(SQLTableOption(name: "NOT IGNORED", value: ""))
            default:
                return
            }
        }
    }

    private mutating func parseIndexOptionValue(name: String) throws -> SQLTableOption {
        switch cursor.current.kind {
        case .string: return SQLTableOption(name: name, value: try parseStringValue("a value"), quoted: true)
        case .integer(let value), .word(let value), .quotedIdentifier(let value):
            cursor.advance()
            return SQLTableOption(name: name, value: value)
        default: throw cursor.expected("a value for \(name)")
        }
    }

    /// `(a, b)`.
    mutating func parseColumnNameList() throws -> [String] {
        try cursor.expectSymbol(.leftParenthesis)
        var columns: [String] = []
        repeat {
            columns.append(try parseIdentifier("a column name"))
        } while cursor.consumeSymbol(.comma)
        try cursor.expectSymbol(.rightParenthesis)
        return columns
    }

    /// `REFERENCES t [(cols)] [MATCH x] [ON DELETE action] [ON UPDATE action]`.
    mutating func parseReference() throws -> ForeignKeyReference {
        try cursor.expectWord("REFERENCES")
        let table = try parseTableName(part: .referencedTable)
        var columns: [String] = []
        if cursor.consumeSymbol(.leftParenthesis) {
            repeat {
                columns.append(try parseIdentifier("a column name"))
                if cursor.consumeSymbol(.leftParenthesis) {  // a prefix length, which references ignore
                    _ = try parseIntegerText("a prefix length")
                    try cursor.expectSymbol(.rightParenthesis)
                }
                _ = cursor.consumeWord("ASC") || cursor.consumeWord("DESC")
            } while cursor.consumeSymbol(.comma)
            try cursor.expectSymbol(.rightParenthesis)
        }
        var actions: [String] = []
        while true {
            var words: [String]
            if cursor.isWord("MATCH") {
                words = ["MATCH"]
                cursor.advance()
                guard let kind = cursor.keyword(), ["FULL", "PARTIAL", "SIMPLE"].contains(kind) else {
                    throw cursor.expected("FULL, PARTIAL or SIMPLE")
                }
                words.append(kind)
                cursor.advance()
            } else if cursor.isWord("ON"), let event = cursor.keyword(at: 1), event == "DELETE" || event == "UPDATE" {
                words = ["ON", event]
                cursor.advance(by: 2)
                words += try parseReferentialAction()
            } else {
                break
            }
            actions.append(words.joined(separator: " "))
        }
        return ForeignKeyReference(table: table, columns: columns, actions: actions)
    }

    private mutating func parseReferentialAction() throws -> [String] {
        for action in [["RESTRICT"], ["CASCADE"], ["SET", "NULL"], ["SET", "DEFAULT"], ["NO", "ACTION"]] {
            if action.enumerated().allSatisfy({ cursor.isWord($0.element, at: $0.offset) }) {
                cursor.advance(by: action.count)
                return action
            }
        }
        throw cursor.expected("RESTRICT, CASCADE, SET NULL, SET DEFAULT or NO ACTION")
    }
}
