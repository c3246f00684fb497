import SQLSyntax
import Testing

/// Bare, backquoted and ANSI double-quoted identifiers, and token positions.
@Suite struct LexerIdentifierTests {
    @Test func bareWordsKeepTheirCase() throws {
        let result = try kinds("Select a_1, $x, café, 1abc, 12e, 0x1g, 0X41")
        #expect(
            result == [
                .word("Select"), .word("a_1"), .symbol(.comma), .word("$x"), .symbol(.comma), .word("café"), .symbol(.comma),
                .word("1abc"), .symbol(.comma), .word("12e"), .symbol(.comma), .word("0x1g"), .symbol(.comma), .word("0X41"),
            ])
    }

    @Test func backquotedIdentifiersUndoDoubling() throws {
        let result = try kinds("`a``b` `` `se lect` `x\\n`")
        #expect(result == [.quotedIdentifier("a`b"), .quotedIdentifier(""), .quotedIdentifier("se lect"), .quotedIdentifier("x\\n")])
    }

    static let doubleQuoteCases: [(ansiQuotes: Bool, expected: SQLToken.Kind)] = [
        (false, .string(Array("a\"b".utf8), national: false)),
        (true, .quotedIdentifier("a\"b")),
    ]

    @Test(arguments: doubleQuoteCases)
    func doubleQuotesDependOnANSIQuotes(ansiQuotes: Bool, expected: SQLToken.Kind) throws {
        let result = try kinds(#""a""b""#, options: .init(ansiQuotes: ansiQuotes))
        #expect(result == [expected])
    }

    @Test func ansiQuotedIdentifierIgnoresBackslashes() throws {
        let result = try kinds(#""a\" x"#, options: .init(ansiQuotes: true))
        #expect(result == [.quotedIdentifier("a\\"), .word("x")])
    }

    @Test func wordAfterQualifierDotMayStartWithDigits() throws {
        // MySQL reads what follows `ident.` as an identifier: t.1e3 is column `1e3`.
        let result = try kinds("t.1e3 `t`.5 t .5 1.5")
        #expect(
            result == [
                .word("t"), .symbol(.dot), .word("1e3"), .quotedIdentifier("t"), .symbol(.dot), .word("5"),
                .word("t"), .decimal(".5"), .decimal("1.5"),
            ])
    }

    @Test func tokensKnowTheirRangeLineAndColumn() throws {
        let text = "a\n  `é` +\r\n\t'x'"
        let tokens = try SQLLexer.tokenize(text)
        #expect(tokens.map { String($0.text(in: text)) } == ["a", "`é`", "+", "'x'", ""])
        #expect(tokens.map(\.line) == [1, 2, 2, 3, 3])
        #expect(tokens.map(\.column) == [1, 3, 7, 2, 5])
        #expect(tokens.map(\.range) == [0..<1, 4..<8, 9..<10, 13..<16, 16..<16])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let tokens = try SQLLexer.tokenize("'日本' x")
        #expect(tokens[1].column == 6)
        #expect(tokens[1].range == 9..<10)
    }

    @Test func nextKeepsReturningEndOfInput() throws {
        var lexer = SQLLexer("x")
        #expect(try lexer.next().kind == .word("x"))
        #expect(try lexer.next().kind == .endOfInput)
        #expect(try lexer.next().kind == .endOfInput)
    }

    @Test func unterminatedQuotedIdentifier() {
        #expect(lexError("a `b") == "line 1, column 3: unterminated quoted identifier near '`b'")
        #expect(lexError(#"a "b"#, options: .init(ansiQuotes: true)) == #"line 1, column 3: unterminated quoted identifier near '"b'"#)
    }
}
