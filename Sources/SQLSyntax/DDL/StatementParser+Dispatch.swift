/// CREATE, ALTER, DROP and RENAME: the words before the object keyword decide which parser runs.
extension StatementParser {
    mutating func parseCreate() throws -> SQLStatement {
        cursor.advance()
        let orReplace = consumeWords("OR", "REPLACE")
        var temporary = false
        var unique = false
        var flavor = IndexFlavor.plain
        prefixes: while true {
            switch cursor.keyword() {
            case "TEMPORARY": temporary = true
            case "ONLINE", "OFFLINE", "AGGREGATE": break
            case "UNIQUE": unique = true
            case "FULLTEXT": flavor = .fulltext
            case "SPATIAL" where cursor.isWord("INDEX", at: 1) || cursor.isWord("KEY", at: 1): flavor = .spatial
            case "ALGORITHM", "DEFINER", "SQL":
                let before = cursor.index
                try skipDefinitionPrefixes()
                if cursor.index == before { break prefixes }
                continue prefixes
            default: break prefixes
            }
            cursor.advance()
        }
        switch cursor.keyword() {
        case "DATABASE", "SCHEMA": return try parseCreateDatabase(orReplace: orReplace)
        case "TABLE": return try parseCreateTable(orReplace: orReplace, temporary: temporary)
        case "INDEX": return try parseCreateIndex(orReplace: orReplace, unique: unique, flavor: flavor)
        default: return try parseOtherCreate()
        }
    }

    mutating func parseAlter() throws -> SQLStatement {
        cursor.advance()
        var modifiers: [String] = []
        while let word = cursor.keyword(), word == "ONLINE" || word == "OFFLINE" || word == "IGNORE" {
            modifiers.append(word)
            cursor.advance()
        }
        switch cursor.keyword() {
        case "TABLE": return try parseAlterTable(modifiers: modifiers)
        case "DATABASE" where modifiers.isEmpty, "SCHEMA" where modifiers.isEmpty: return try parseAlterDatabase()
        default:
            guard modifiers.isEmpty else { throw cursor.expected("TABLE") }
            try skipDefinitionPrefixes()
            return try parseOtherAlter()
        }
    }

    mutating func parseDrop() throws -> SQLStatement {
        cursor.advance()
        let temporary = cursor.consumeWord("TEMPORARY")
        switch cursor.keyword() {
        case "TABLE", "TABLES": return try parseDropTable(temporary: temporary)
        case "DATABASE" where !temporary, "SCHEMA" where !temporary: return try parseDropDatabase()
        case "INDEX" where !temporary: return try parseDropIndex()
        default: return try parseOtherDrop()
        }
    }

    mutating func parseRename() throws -> SQLStatement {
        switch cursor.keyword(at: 1) {
        case "TABLE", "TABLES": return try parseRenameTable()
        case "USER": return otherDDL(.renameUser, objects: [])
        default: return .nonDDL(.other)
        }
    }

    /// `ALGORITHM = x`, `DEFINER = user` and `SQL SECURITY x`, in any order, before a view,
    /// trigger, routine or event.
    mutating func skipDefinitionPrefixes() throws {
        while true {
            if cursor.isWord("ALGORITHM"), cursor.isSymbol(.equal, at: 1) {
                cursor.advance(by: 3)
            } else if cursor.consumeWord("DEFINER") {
                _ = cursor.consumeSymbol(.equal)
                try skipAccountName()
            } else if consumeWords("SQL", "SECURITY") {
                cursor.advance()
            } else {
                return
            }
        }
    }

    /// `CURRENT_USER[()]`, `user`, `'user'@'host'`, `` `user`@`host` ``, `user@host`.
    private mutating func skipAccountName() throws {
        if cursor.consumeWord("CURRENT_USER") {
            if cursor.isSymbol(.leftParenthesis), cursor.isSymbol(.rightParenthesis, at: 1) { cursor.advance(by: 2) }
            return
        }
        switch cursor.current.kind {
        case .word, .quotedIdentifier, .string: cursor.advance()
        default: throw cursor.expected("an account name after DEFINER")
        }
        if case .userVariable = cursor.current.kind {
            cursor.advance()  // the lexer reads `@'host'` as a user variable
        } else if cursor.consumeSymbol(.at) {
            cursor.advance()
        }
    }
}
