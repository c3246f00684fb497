/// Splits MySQL/MariaDB SQL text into tokens.
///
/// Whitespace and comments are skipped (or returned, with `keepComments`). The content of
/// executable comments (`/*! .. */`, `/*!50100 .. */`, `/*M!100100 .. */`) is lexed as SQL
/// unless its version is above `versionedCommentMaxVersion`; the comment markers themselves
/// produce no token. Keywords are not recognized here: every bare word is a `.word`.
public struct SQLLexer: Sendable {
    public let options: SQLLexerOptions
    let bytes: [UInt8]
    var offset = 0
    var locator = SourceLocator()
    /// Where the executable comment we are inside started, for the "unterminated" error.
    var executableCommentStart: Int?
    /// End offset of the last identifier token, so that a `.` right after it is a qualifier
    /// separator and the word after it is an identifier even if it starts with digits (`t.1e3`).
    var identifierEnd: Int?
    /// End offset of a `.` that followed an identifier directly.
    var qualifierDotEnd: Int?

    public init(_ text: String, options: SQLLexerOptions = .init()) {
        self.options = options
        self.bytes = Array(text.utf8)
    }

    /// All tokens of `text`, the last one being `.endOfInput`.
    public static func tokenize(_ text: String, options: SQLLexerOptions = .init()) throws -> [SQLToken] {
        var lexer = SQLLexer(text, options: options)
        var tokens: [SQLToken] = []
        while true {
            let token = try lexer.nextToken()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    /// The next token; `.endOfInput` at the end, and again on every later call.
    ///
    /// - Throws: `SQLSyntaxError` for unterminated literals and comments, bad hexadecimal or
    ///   bit literals, and characters that start no token.
    public mutating func next() throws -> SQLToken {
        try nextToken()
    }

    mutating func nextToken() throws(SQLSyntaxError) -> SQLToken {
        if let comment = try skipTrivia() { return comment }
        guard offset < bytes.count else {
            if let start = executableCommentStart {
                throw error("unterminated comment", at: start)
            }
            return makeToken(.endOfInput, from: offset)
        }
        let start = offset
        let kind = try scanToken()
        let token = makeToken(kind, from: start)
        switch kind {
        case .word, .quotedIdentifier:
            identifierEnd = offset
            qualifierDotEnd = nil
        case .symbol(.dot):
            qualifierDotEnd = identifierEnd == start ? offset : nil
            identifierEnd = nil
        default:
            identifierEnd = nil
            qualifierDotEnd = nil
        }
        return token
    }

    private mutating func scanToken() throws(SQLSyntaxError) -> SQLToken.Kind {
        let b = bytes[offset]
        if qualifierDotEnd == offset, SQLByte.isIdentifier(b) {
            return scanWord()
        }
        switch b {
        case UInt8(ascii: "'"):
            return .string(try scanString(), national: false)
        case UInt8(ascii: "\""):
            return options.ansiQuotes ? .quotedIdentifier(try scanQuotedIdentifier()) : .string(try scanString(), national: false)
        case UInt8(ascii: "`"):
            return .quotedIdentifier(try scanQuotedIdentifier())
        case UInt8(ascii: "."):
            if identifierEnd != offset, offset + 1 < bytes.count, SQLByte.isDigit(bytes[offset + 1]) {
                return scanNumber()
            }
            offset += 1
            return .symbol(.dot)
        case UInt8(ascii: "@"):
            return try scanVariable()
        case UInt8(ascii: "\\") where peek(1) == UInt8(ascii: "N"):
            offset += 2
            return .nullMarker
        default:
            break
        }
        if SQLByte.isDigit(b) {
            return scanNumber()
        }
        if SQLByte.isIdentifier(b) {
            if peek(1) == UInt8(ascii: "'") {
                switch b | 0x20 {
                case UInt8(ascii: "n"):
                    offset += 1
                    return .string(try scanString(), national: true)
                case UInt8(ascii: "x"): return .hex(try scanQuotedHex())
                case UInt8(ascii: "b"): return .bits(try scanQuotedBits())
                default: break
                }
            }
            return scanWord()
        }
        if let symbol = scanSymbol() {
            return .symbol(symbol)
        }
        throw error("unexpected character '\(String(decoding: characterBytes(at: offset), as: UTF8.self))'", at: offset)
    }

    /// A bare word: identifier bytes up to the first other byte.
    mutating func scanWord() -> SQLToken.Kind {
        let start = offset
        while offset < bytes.count, SQLByte.isIdentifier(bytes[offset]) { offset += 1 }
        return .word(String(decoding: bytes[start..<offset], as: UTF8.self))
    }

    func peek(_ distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    /// The bytes of the whole UTF-8 character at `position`, for messages.
    func characterBytes(at position: Int) -> ArraySlice<UInt8> {
        var end = position + 1
        while end < bytes.count, SQLByte.isContinuation(bytes[end]) { end += 1 }
        return bytes[position..<end]
    }

    mutating func makeToken(_ kind: SQLToken.Kind, from start: Int) -> SQLToken {
        let (line, column) = locator.location(of: start, in: bytes)
        return SQLToken(kind: kind, range: start..<offset, line: line, column: column)
    }

    mutating func error(_ reason: String, at position: Int) -> SQLSyntaxError {
        let (line, column) = locator.location(of: position, in: bytes)
        return SQLSyntaxError(reason, at: position, line: line, column: column, in: bytes)
    }
}
