/// A position in a lexed token list, with the look-ahead and error helpers a recursive-descent
/// parser needs. Comments are dropped; the last token is always `.endOfInput`.
///
/// A lexing error does not stop the parse at once: the tokens before it are parsed, and the
/// error is reported when the parser reaches it, so that the first error in the text wins
/// (`a b 'x` complains about `b`, not about the unterminated string).
struct TokenCursor {
    let tokens: [SQLToken]
    /// The upper-cased text of each `.word` token (nil for other kinds), for keyword tests.
    let keywords: [String?]
    let source: [UInt8]
    /// The lexer's error, standing in for the final token.
    let lexingError: SQLSyntaxError?
    private(set) var index = 0

    init(_ text: String, options: SQLLexerOptions) {
        var lexerOptions = options
        lexerOptions.keepComments = false
        var lexer = SQLLexer(text, options: lexerOptions)
        var tokens: [SQLToken] = []
        var lexingError: SQLSyntaxError?
        while tokens.last?.kind != .endOfInput {
            do {
                tokens.append(try lexer.nextToken())
            } catch {
                tokens.append(SQLToken(kind: .endOfInput, range: error.offset..<error.offset, line: error.line, column: error.column))
                lexingError = error
            }
        }
        self.tokens = tokens
        self.lexingError = lexingError
        keywords = tokens.map { token in
            if case .word(let word) = token.kind { SQLByte.asciiUppercased(word) } else { nil }
        }
        source = lexer.bytes
    }

    var current: SQLToken { tokens[index] }

    func token(at distance: Int) -> SQLToken { tokens[min(index + distance, tokens.count - 1)] }

    /// The keyword `distance` tokens ahead, upper-cased, if that token is a bare word.
    func keyword(at distance: Int = 0) -> String? { keywords[min(index + distance, tokens.count - 1)] }

    func isWord(_ upper: String, at distance: Int = 0) -> Bool { keyword(at: distance) == upper }

    func isSymbol(_ symbol: SQLToken.Symbol, at distance: Int = 0) -> Bool {
        token(at: distance).kind == .symbol(symbol)
    }

    var isAtEnd: Bool { current.kind == .endOfInput }

    mutating func advance(by count: Int = 1) {
        index = min(index + count, tokens.count - 1)
    }

    mutating func consumeWord(_ upper: String) -> Bool {
        guard isWord(upper) else { return false }
        advance()
        return true
    }

    mutating func consumeSymbol(_ symbol: SQLToken.Symbol) -> Bool {
        guard isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expectWord(_ upper: String) throws {
        guard consumeWord(upper) else { throw expected(upper) }
    }

    mutating func expectSymbol(_ symbol: SQLToken.Symbol) throws {
        guard consumeSymbol(symbol) else { throw expected("'\(symbol.rawValue)'") }
    }

    /// The source text of a token, shortened for messages.
    func quoted(_ token: SQLToken) -> String {
        let text = String(decoding: source[token.range], as: UTF8.self)
        return text.count > SQLSyntaxError.nearLength ? "'\(text.prefix(SQLSyntaxError.nearLength))...'" : "'\(text)'"
    }

    func error(_ reason: String, at token: SQLToken) -> SQLSyntaxError {
        if token.kind == .endOfInput, let lexingError { return lexingError }
        return SQLSyntaxError(reason, at: token.range.lowerBound, line: token.line, column: token.column, in: source)
    }

    /// "unexpected 'x'" or "unexpected end of input" at the current token, with a suffix.
    func unexpected(_ suffix: String = "") -> SQLSyntaxError {
        let what = isAtEnd ? "unexpected end of input" : "unexpected \(quoted(current))"
        return error(what + suffix, at: current)
    }

    /// "expected X, found 'y'" at the current token.
    func expected(_ what: String) -> SQLSyntaxError {
        let found = isAtEnd ? "end of input" : quoted(current)
        return error("expected \(what), found \(found)", at: current)
    }
}
