extension SQLParser {
    /// Splits a script into statements at the `;` that are outside quotes and comments.
    ///
    /// Each range covers one statement without its `;` and without surrounding whitespace;
    /// comments before a statement stay with it. Stretches holding no token (only whitespace
    /// or comments) are dropped. `DELIMITER` is not supported, so compound statements
    /// (`BEGIN ... END` bodies) are split at their inner semicolons. Text the lexer cannot read
    /// (an unterminated string) becomes one last range, so that parsing it reports the error.
    public static func splitScript(_ text: String, options: SQLLexerOptions = .init()) -> [Range<String.Index>] {
        var lexerOptions = options
        lexerOptions.keepComments = false
        var lexer = SQLLexer(text, options: lexerOptions)
        var ranges: [Range<Int>] = []
        var segmentStart = 0
        var hasTokens = false
        scanning: while true {
            let token: SQLToken
            do {
                token = try lexer.nextToken()
            } catch {
                ranges.append(segmentStart..<lexer.bytes.count)
                break scanning
            }
            switch token.kind {
            case .endOfInput:
                if hasTokens { ranges.append(segmentStart..<lexer.bytes.count) }
                break scanning
            case .symbol(.semicolon):
                if hasTokens { ranges.append(segmentStart..<token.range.lowerBound) }
                segmentStart = token.range.upperBound
                hasTokens = false
            default:
                hasTokens = true
            }
        }
        let bytes = lexer.bytes
        let utf8 = text.utf8
        return ranges.map { range in
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, SQLByte.isWhitespace(bytes[lower]) { lower += 1 }
            while upper > lower, SQLByte.isWhitespace(bytes[upper - 1]) { upper -= 1 }
            let start = utf8.index(utf8.startIndex, offsetBy: lower)
            return start..<utf8.index(start, offsetBy: upper - lower)
        }
    }
}
