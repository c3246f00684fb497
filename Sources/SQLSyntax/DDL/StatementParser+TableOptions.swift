/// Table and database options: `ENGINE=InnoDB`, `DEFAULT CHARSET=utf8mb4`, `COMMENT 'x'`,
/// MariaDB's engine-defined `PAGE_COMPRESSED=1`, and any other `NAME [=] value`.
extension StatementParser {
    /// Options that may be written without `=`; any other word starts an option only when `=`
    /// follows it.
    static let tableOptionNames: Set<String> = [
        "AUTO_INCREMENT", "AUTOEXTEND_SIZE", "AVG_ROW_LENGTH", "CHECKSUM", "COMMENT", "COMPRESSION", "CONNECTION",
        "DELAY_KEY_WRITE", "ENCRYPTED", "ENCRYPTION", "ENCRYPTION_KEY_ID", "ENGINE", "ENGINE_ATTRIBUTE", "INSERT_METHOD",
        "KEY_BLOCK_SIZE", "MAX_ROWS", "MIN_ROWS", "PACK_KEYS", "PAGE_CHECKSUM", "PAGE_COMPRESSED",
        "PAGE_COMPRESSION_LEVEL", "PASSWORD", "ROW_FORMAT", "SECONDARY_ENGINE", "SECONDARY_ENGINE_ATTRIBUTE",
        "SEQUENCE", "STATS_AUTO_RECALC", "STATS_PERSISTENT", "STATS_SAMPLE_PAGES", "STORAGE", "TABLE_CHECKSUM",
        "TABLESPACE", "TRANSACTIONAL", "TYPE", "UNION", "COLLATE", "CHARSET",
    ]

    /// Whether the token at `distance` starts a table option.
    func startsTableOption(at distance: Int = 0) -> Bool {
        guard let word = cursor.keyword(at: distance) else {
            // MariaDB's engine-defined options may be quoted: `my_option`='v'.
            guard case .quotedIdentifier = cursor.token(at: distance).kind else { return false }
            return cursor.isSymbol(.equal, at: distance + 1)
        }
        switch word {
        case "DEFAULT":
            return ["CHARACTER", "CHARSET", "CHAR", "COLLATE", "ENCRYPTION"].contains(cursor.keyword(at: distance + 1) ?? "")
        case "CHARACTER", "CHAR": return cursor.isWord("SET", at: distance + 1)
        case "DATA", "INDEX": return cursor.isWord("DIRECTORY", at: distance + 1)
        case "START": return cursor.isWord("TRANSACTION", at: distance + 1)
        case "WITH": return cursor.isWord("SYSTEM", at: distance + 1)
        case "READ": return cursor.isWord("ONLY", at: distance + 1)
        default: return Self.tableOptionNames.contains(word) || cursor.isSymbol(.equal, at: distance + 1)
        }
    }

    /// Options separated by spaces, or also by commas when `allowCommas` (CREATE TABLE).
    mutating func parseTableOptions(allowCommas: Bool) throws -> [SQLTableOption] {
        var options: [SQLTableOption] = []
        while true {
            if allowCommas, !options.isEmpty, cursor.isSymbol(.comma), startsTableOption(at: 1) { cursor.advance() }
            guard startsTableOption() else { return options }
            options.append(try parseTableOption())
        }
    }

    /// At a word for which `startsTableOption()` holds.
    private mutating func parseTableOption() throws -> SQLTableOption {
        _ = cursor.consumeWord("DEFAULT")
        if consumeCharsetKeyword() { return try namedOption("CHARACTER SET", value: .charset) }
        let first = cursor.keyword() ?? ""
        switch first {
        case "DATA", "INDEX", "START", "READ":
            let second = cursor.keyword(at: 1) ?? ""
            cursor.advance(by: 2)
            let name = first + " " + second
            return first == "START" ? SQLTableOption(name: name, value: "") : try namedOption(name, value: .any)
        case "WITH":
            try cursor.expectWord("WITH")
            try cursor.expectWord("SYSTEM")
            try cursor.expectWord("VERSIONING")
            return SQLTableOption(name: "WITH SYSTEM VERSIONING", value: "")
        case "COLLATE":
            cursor.advance()
            return try namedOption("COLLATE", value: .charset)
        case "UNION":
            cursor.advance()
            return try parseUnionOption()
        case "STORAGE":
            cursor.advance()
            return SQLTableOption(name: "STORAGE", value: SQLByte.asciiUppercased(try parseIdentifier("DISK or MEMORY")))
        default:
            let name = first.isEmpty ? SQLByte.asciiUppercased(identifier() ?? "") : first
            cursor.advance()
            return try namedOption(name, value: .any)
        }
    }

    private enum OptionValue {
        case any
        case charset
    }

    /// After an option's name: `[=] value`.
    private mutating func namedOption(_ name: String, value kind: OptionValue) throws -> SQLTableOption {
        _ = cursor.consumeSymbol(.equal)
        let what = "a value for \(name)"
        switch cursor.current.kind {
        case .string:
            return SQLTableOption(name: name, value: try parseStringValue(what), quoted: true)
        case .word(let value), .quotedIdentifier(let value):
            cursor.advance()
            return SQLTableOption(name: name, value: value)
        case .integer(let value), .decimal(let value), .float(let value):
            guard kind == .any else { throw cursor.expected(what) }
            cursor.advance()
            return SQLTableOption(name: name, value: value)
        case .symbol(.minus), .symbol(.plus):
            let sign = cursor.isSymbol(.minus) ? "-" : ""
            cursor.advance()
            guard kind == .any else { throw cursor.expected(what) }
            switch cursor.current.kind {
            case .integer(let value), .decimal(let value), .float(let value):
                cursor.advance()
                return SQLTableOption(name: name, value: sign + value)
            default: throw cursor.expected(what)
            }
        default:
            throw cursor.expected(what)
        }
    }

    /// `UNION [=] (t1, db.t2)` of a MERGE table. The value is the list as this parser prints
    /// it (`` `t1`,`db`.`t2` ``); each table is a name site.
    private mutating func parseUnionOption() throws -> SQLTableOption {
        _ = cursor.consumeSymbol(.equal)
        try cursor.expectSymbol(.leftParenthesis)
        var tables: [String] = []
        if !cursor.isSymbol(.rightParenthesis) {
            repeat {
                tables.append(SQLPrinter.quoteTableName(try parseTableName(part: .mergeMember)))
            } while cursor.consumeSymbol(.comma)
        }
        try cursor.expectSymbol(.rightParenthesis)
        return SQLTableOption(name: "UNION", value: tables.joined(separator: ","))
    }
}
