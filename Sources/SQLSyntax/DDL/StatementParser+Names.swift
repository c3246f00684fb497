/// Names, small values and verbatim text.
extension StatementParser {
    /// The identifier at `distance` (a bare word or a quoted name), if that token is one. Bare
    /// words are accepted even when reserved: the statements come from servers that already
    /// accepted them, and MySQL and MariaDB reserve different words.
    func identifier(at distance: Int = 0) -> String? {
        switch cursor.token(at: distance).kind {
        case .word(let name), .quotedIdentifier(let name): name
        default: nil
        }
    }

    mutating func parseIdentifier(_ what: String) throws -> String {
        guard let name = identifier() else { throw cursor.expected(what) }
        cursor.advance()
        return name
    }

    /// `name` or `qualifier.name`, recorded as a name site.
    mutating func parseQualifiedName(
        _ what: String, part: NameSite.Part, target: (SQLTableName) -> NameSite.Target
    ) throws -> SQLTableName {
        let first = cursor.current
        var name = SQLTableName(name: try parseIdentifier(what))
        if cursor.consumeSymbol(.dot) {
            name.schema = name.name
            name.name = try parseIdentifier("\(what) after '.'")
        }
        recordSite(target(name), part: part, from: first)
        return name
    }

    mutating func parseTableName(part: NameSite.Part) throws -> SQLTableName {
        try parseQualifiedName("a table name", part: part, target: NameSite.Target.table)
    }

    mutating func parseDatabaseName() throws -> String {
        let first = cursor.current
        let name = try parseIdentifier("a database name")
        recordSite(.database(name), part: .database, from: first)
        return name
    }

    /// Records a site from `first` to the last consumed token.
    mutating func recordSite(_ target: NameSite.Target, part: NameSite.Part, from first: SQLToken) {
        let last = cursor.tokens[max(cursor.index - 1, 0)]
        nameSites.append(NameSite(range: first.range.lowerBound..<last.range.upperBound, target: target, part: part))
    }

    /// Whether the next tokens are these keywords.
    func isWords(_ words: String...) -> Bool {
        words.enumerated().allSatisfy { cursor.isWord($0.element, at: $0.offset) }
    }

    /// Consumes the keywords if they all come next; otherwise consumes nothing.
    mutating func consumeWords(_ words: String...) -> Bool {
        guard words.enumerated().allSatisfy({ cursor.isWord($0.element, at: $0.offset) }) else { return false }
        cursor.advance(by: words.count)
        return true
    }

    mutating func parseIfExists() -> Bool { consumeWords("IF", "EXISTS") }

    /// MariaDB's `WAIT n` or `NOWAIT` (a lock timeout, no effect on the result), if present.
    mutating func skipLockWait() throws {
        if cursor.consumeWord("WAIT") {
            _ = try parseIntegerText("a number of seconds")
        } else {
            _ = cursor.consumeWord("NOWAIT")
        }
    }

    mutating func parseIfNotExists() -> Bool { consumeWords("IF", "NOT", "EXISTS") }

    /// An unsigned integer, as written.
    mutating func parseIntegerText(_ what: String) throws -> String {
        guard case .integer(let text) = cursor.current.kind else { throw cursor.expected(what) }
        cursor.advance()
        return text
    }

    mutating func parseInt(_ what: String) throws -> Int {
        let token = cursor.current
        guard let value = Int(try parseIntegerText(what)) else {
            throw cursor.error("\(cursor.quoted(token)) is too large for \(what)", at: token)
        }
        return value
    }

    /// A string literal (adjacent literals joined), as text.
    mutating func parseStringValue(_ what: String) throws -> String {
        guard case .string = cursor.current.kind else { throw cursor.expected(what) }
        return String(decoding: expressions.parseStringLiteral(), as: UTF8.self)
    }

    /// A character set or collation name: a word, a quoted name or a string.
    mutating func parseCharsetName(_ what: String) throws -> String {
        try expressions.parseName(what: what)
    }

    /// `CHARACTER SET`, `CHARSET` or `CHAR SET`, consumed.
    mutating func consumeCharsetKeyword() -> Bool {
        consumeWords("CHARACTER", "SET") || cursor.consumeWord("CHARSET") || consumeWords("CHAR", "SET")
    }

    /// The text of the tokens from index `start` up to the cursor. Each gap between tokens
    /// (whitespace, comments, executable-comment markers) becomes one space, so the text is
    /// valid on its own even when the original spanned a `/*! ... */`.
    func verbatim(from start: Int) -> String {
        var bytes: [UInt8] = []
        var previousEnd: Int?
        for token in cursor.tokens[start..<cursor.index] where token.kind != .endOfInput {
            if let previousEnd, token.range.lowerBound > previousEnd { bytes.append(UInt8(ascii: " ")) }
            bytes += cursor.source[token.range]
            previousEnd = token.range.upperBound
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Advances to the end of the statement, or (outside parentheses) to a `,` when
    /// `stopAtComma`, to one of `stopWords`, or to an unbalanced `)`; returns the text from
    /// token `start` on.
    mutating func captureVerbatim(from start: Int, stopAtComma: Bool = false, stopWords: Set<String> = []) -> String {
        var depth = 0
        while !isAtStatementEnd {
            if cursor.isSymbol(.leftParenthesis) {
                depth += 1
            } else if cursor.isSymbol(.rightParenthesis) {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0 {
                if stopAtComma, cursor.isSymbol(.comma) { break }
                if let word = cursor.keyword(), stopWords.contains(word) { break }
            }
            cursor.advance()
        }
        return verbatim(from: start)
    }

    /// The whole statement as written, without surrounding whitespace and a final `;`.
    var statementText: String {
        let source = cursor.source
        var start = 0
        var end = source.count
        while start < end, SQLByte.isWhitespace(source[start]) { start += 1 }
        while end > start, SQLByte.isWhitespace(source[end - 1]) { end -= 1 }
        let tokens = cursor.tokens
        if cursor.lexingError == nil, tokens.count >= 2, tokens[tokens.count - 2].kind == .symbol(.semicolon),
            tokens[tokens.count - 2].range.upperBound == end
        {
            end = tokens[tokens.count - 2].range.lowerBound
            while end > start, SQLByte.isWhitespace(source[end - 1]) { end -= 1 }
        }
        return String(decoding: source[start..<end], as: UTF8.self)
    }
}
