import SQLSyntax
import Testing

/// String literals under both NO_BACKSLASH_ESCAPES settings.
@Suite struct LexerStringTests {
    /// Source text, its bytes with backslash escapes, and without.
    static let escapeCases: [(source: String, escaped: [UInt8], literal: [UInt8])] = [
        (#"'a\0b'"#, [0x61, 0x00, 0x62], bytes(#"a\0b"#)),
        (#"'\"'"#, bytes("\""), bytes(#"\""#)),
        (#"'\b\n\r\t\Z'"#, [0x08, 0x0A, 0x0D, 0x09, 0x1A], bytes(#"\b\n\r\t\Z"#)),
        (#"'\\'"#, bytes(#"\"#), bytes(#"\\"#)),
        (#"'\%\_'"#, bytes(#"\%\_"#), bytes(#"\%\_"#)),
        (#"'\x\é'"#, bytes("xé"), bytes(#"\x\é"#)),
        ("'it''s'", bytes("it's"), bytes("it's")),
        (#"'say "hi"'"#, bytes(#"say "hi""#), bytes(#"say "hi""#)),
        (#""say ""hi"" 'x'""#, bytes(#"say "hi" 'x'"#), bytes(#"say "hi" 'x'"#)),
        ("''", [], []),
        ("'line\nbreak'", bytes("line\nbreak"), bytes("line\nbreak")),
    ]

    @Test(arguments: escapeCases)
    func backslashEscapes(source: String, escaped: [UInt8], literal: [UInt8]) throws {
        let withEscapes = try kinds(source)
        #expect(withEscapes == [.string(escaped, national: false)])
        let withoutEscapes = try kinds(source, options: .init(noBackslashEscapes: true))
        #expect(withoutEscapes == [.string(literal, national: false)])
    }

    @Test func escapedQuote() throws {
        let withEscapes = try kinds(#"'\'' 'x'"#)
        #expect(withEscapes == [.string(bytes("'"), national: false), .string(bytes("x"), national: false)])
        // Without escapes the backslash is plain and '' is a doubled quote, so the literal goes on.
        let error = lexError(#"'\'' 'y'"#, options: .init(noBackslashEscapes: true))
        #expect(error == #"line 1, column 8: unterminated string literal near '''"#)
        let doubled = try kinds(#"'\'''"#, options: .init(noBackslashEscapes: true))
        #expect(doubled == [.string(bytes(#"\'"#), national: false)])
    }

    @Test func backslashBeforeTheClosingQuoteWithoutEscapes() throws {
        let result = try kinds(#"'C:\' 'x'"#, options: .init(noBackslashEscapes: true))
        #expect(result == [.string(bytes(#"C:\"#), national: false), .string(bytes("x"), national: false)])
    }

    @Test func adjacentLiteralsAreSeparateTokens() throws {
        let result = try kinds("'a' \"b\"\n'c'")
        #expect(result == [.string(bytes("a"), national: false), .string(bytes("b"), national: false), .string(bytes("c"), national: false)])
    }

    @Test func nationalStrings() throws {
        let result = try kinds("N'x' n'y' N 'z'")
        #expect(result == [.string(bytes("x"), national: true), .string(bytes("y"), national: true), .word("N"), .string(bytes("z"), national: false)])
    }

    @Test func introducerIsAWordBeforeTheLiteral() throws {
        let text = "_utf8mb4'x' _binary X'41'"
        let tokens = try SQLLexer.tokenize(text)
        #expect(tokens.map(\.kind) == [.word("_utf8mb4"), .string(bytes("x"), national: false), .word("_binary"), .hex([0x41]), .endOfInput])
        #expect(tokens.map { String($0.text(in: text)) } == ["_utf8mb4", "'x'", "_binary", "X'41'", ""])
    }

    @Test func unterminatedStringPointsAtItsQuote() {
        #expect(lexError("a = 'abc") == "line 1, column 5: unterminated string literal near ''abc'")
        #expect(lexError("a = \"abc\\\"") == #"line 1, column 5: unterminated string literal near '"abc\"'"#)
        #expect(lexError("x\n  'a\\'") == #"line 2, column 3: unterminated string literal near ''a\''"#)
    }

    @Test func longExcerptsAreCut() {
        let text = "'" + String(repeating: "x", count: 100)
        #expect(lexError(text) == "line 1, column 1: unterminated string literal near ''\(String(repeating: "x", count: 39))'")
    }
}
