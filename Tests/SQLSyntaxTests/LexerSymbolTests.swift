import SQLSyntax
import Testing

/// Operators, punctuation, variables and options from sql_mode.
@Suite struct LexerSymbolTests {
    @Test(arguments: SQLToken.Symbol.allCases)
    func everySymbolLexesAlone(symbol: SQLToken.Symbol) throws {
        let result = try kinds(symbol.rawValue)
        #expect(result == [.symbol(symbol)])
    }

    @Test func longestMatchWins() throws {
        let result = try kinds("a<=>b<>c!=d<<e>>f||g&&h:=i->j->>k<=l>=m!n~o^p|q&r:s")
        let symbols = result.compactMap { kind -> SQLToken.Symbol? in
            if case .symbol(let symbol) = kind { symbol } else { nil }
        }
        #expect(
            symbols == [
                .nullSafeEqual, .lessGreater, .bangEqual, .shiftLeft, .shiftRight, .pipePipe, .ampersandAmpersand, .assign, .arrow,
                .doubleArrow, .lessOrEqual, .greaterOrEqual, .bang, .tilde, .caret, .pipe, .ampersand, .colon,
            ])
    }

    @Test func minusBeforeArrow() throws {
        let result = try kinds("a-->b")
        #expect(result == [.word("a"), .symbol(.minus), .symbol(.arrow), .word("b")])
    }

    static let variableCases: [(source: String, kinds: [SQLToken.Kind])] = [
        ("@a", [.userVariable("a")]),
        ("@a.b_$1", [.userVariable("a.b_$1")]),
        ("@'quoted var'", [.userVariable("quoted var")]),
        (#"@"q""#, [.userVariable("q")]),
        ("@`b``q`", [.userVariable("b`q")]),
        ("@@x", [.systemVariable(scope: nil, name: "x")]),
        ("@@global.x", [.systemVariable(scope: "global", name: "x")]),
        ("@@SESSION.sql_mode", [.systemVariable(scope: "SESSION", name: "sql_mode")]),
        ("@@global.keycache1.key_buffer_size", [.systemVariable(scope: "global", name: "keycache1.key_buffer_size")]),
        ("@@keycache1.key_buffer_size", [.systemVariable(scope: nil, name: "keycache1.key_buffer_size")]),
        ("@@`x`", [.systemVariable(scope: nil, name: "x")]),
        ("'root'@'%'", [.string(bytes("root"), national: false), .userVariable("%")]),
        ("root@localhost", [.word("root"), .userVariable("localhost")]),
        ("'u' @ 'h'", [.string(bytes("u"), national: false), .symbol(.at), .string(bytes("h"), national: false)]),
        ("@@ x", [.symbol(.atAt), .word("x")]),
        (#"\N"#, [.nullMarker]),
    ]

    @Test(arguments: variableCases)
    func variables(source: String, kinds expected: [SQLToken.Kind]) throws {
        let result = try kinds(source)
        #expect(result == expected)
    }

    @Test func strayCharacters() {
        #expect(lexError("a [b]") == "line 1, column 3: unexpected character '[' near '[b]'")
        #expect(lexError("a \\x") == #"line 1, column 3: unexpected character '\' near '\x'"#)
        #expect(lexError("@@global.") == "line 1, column 10: expected a variable name after '@@global.'")
    }

    static let sqlModes: [(mode: String, options: SQLLexerOptions)] = [
        ("", SQLLexerOptions()),
        ("STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION", SQLLexerOptions()),
        ("ansi_quotes, NO_BACKSLASH_ESCAPES", SQLLexerOptions(ansiQuotes: true, noBackslashEscapes: true)),
        ("PIPES_AS_CONCAT,HIGH_NOT_PRECEDENCE", SQLLexerOptions(pipesAsConcat: true, highNotPrecedence: true)),
        ("ANSI", SQLLexerOptions(ansiQuotes: true, pipesAsConcat: true)),
        ("ORACLE", SQLLexerOptions(ansiQuotes: true, pipesAsConcat: true)),
        ("MYSQL40", SQLLexerOptions(highNotPrecedence: true)),
    ]

    @Test(arguments: sqlModes)
    func optionsFromSQLMode(mode: String, options: SQLLexerOptions) {
        #expect(SQLLexerOptions(sqlMode: mode) == options)
    }

    @Test func optionsFromSQLModeBits() {
        #expect(SQLLexerOptions(sqlModeBits: 0) == SQLLexerOptions())
        #expect(SQLLexerOptions(sqlModeBits: 0x2 | 0x4) == SQLLexerOptions(ansiQuotes: true, pipesAsConcat: true))
        #expect(SQLLexerOptions(sqlModeBits: 0x10_0000) == SQLLexerOptions(noBackslashEscapes: true))
        #expect(SQLLexerOptions(sqlModeBits: 0x2000_0000) == SQLLexerOptions(highNotPrecedence: true))
        #expect(SQLLexerOptions(sqlModeBits: 0x40000) == SQLLexerOptions(ansiQuotes: true, pipesAsConcat: true))  // ANSI alone
    }
}
