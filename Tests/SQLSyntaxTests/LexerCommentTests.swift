import SQLSyntax
import Testing

/// Comments, executable (versioned) comments and optimizer hints.
@Suite struct LexerCommentTests {
    static let skippedCommentCases: [(source: String, kinds: [SQLToken.Kind])] = [
        ("a -- comment\nb", [.word("a"), .word("b")]),
        ("a --\tcomment", [.word("a")]),
        ("a --", [.word("a")]),
        ("a --\nb", [.word("a"), .word("b")]),
        ("a--b", [.word("a"), .symbol(.minus), .symbol(.minus), .word("b")]),
        ("a --1", [.word("a"), .symbol(.minus), .symbol(.minus), .integer("1")]),
        ("a # comment\nb", [.word("a"), .word("b")]),
        ("a#b", [.word("a")]),
        ("a /* x\n y */ b", [.word("a"), .word("b")]),
        ("a /**/b", [.word("a"), .word("b")]),
        ("a/*/ x */b", [.word("a"), .word("b")]),
        ("a /*+ BKA(t) */ b", [.word("a"), .word("b")]),
        ("'-- no' \"# no\" `/* no */`", [.string(bytes("-- no"), national: false), .string(bytes("# no"), national: false), .quotedIdentifier("/* no */")]),
    ]

    @Test(arguments: skippedCommentCases)
    func commentsAreSkipped(source: String, kinds expected: [SQLToken.Kind]) throws {
        let result = try kinds(source)
        #expect(result == expected)
    }

    @Test func keptCommentsCoverTheirText() throws {
        let text = "a -- one\n# two\n/* three */ /*+ four */ b"
        let tokens = try SQLLexer.tokenize(text, options: .init(keepComments: true))
        #expect(tokens.map(\.kind) == [.word("a"), .comment(.dashDash), .comment(.hash), .comment(.block), .comment(.optimizerHint), .word("b"), .endOfInput])
        #expect(tokens.map { String($0.text(in: text)) } == ["a", "-- one", "# two", "/* three */", "/*+ four */", "b", ""])
    }

    static let executableCommentCases: [(source: String, maxVersion: Int?, kinds: [SQLToken.Kind])] = [
        ("/*! a */ b", nil, [.word("a"), .word("b")]),
        ("/*!50100 a */ b", nil, [.word("a"), .word("b")]),
        ("/*!50100 a */ b", 50100, [.word("a"), .word("b")]),
        ("/*!50100 a */ b", 50099, [.word("b")]),
        ("/*!80036a*/", nil, [.word("a")]),
        ("/*!123 a*/", 1, [.integer("123"), .word("a")]),  // fewer than five digits are content
        ("/*!100100 a */", 99999, []),  // a sixth digit belongs to the version
        ("/*M! a */", nil, [.word("a")]),
        ("/*M!100100 a */ b", nil, [.word("a"), .word("b")]),
        ("/*M!100100 a */ b", 100000, [.word("b")]),
        ("/*!50100 a /* inner */ b */ c", nil, [.word("a"), .word("b"), .word("c")]),
        ("/*!50100 a*/*b", nil, [.word("a"), .symbol(.star), .word("b")]),
        ("/*!*/", nil, []),
        ("a */ b", nil, [.word("a"), .symbol(.star), .symbol(.slash), .word("b")]),
    ]

    @Test(arguments: executableCommentCases)
    func executableComments(source: String, maxVersion: Int?, kinds expected: [SQLToken.Kind]) throws {
        let result = try kinds(source, options: .init(versionedCommentMaxVersion: maxVersion))
        #expect(result == expected)
    }

    @Test func executableCommentContentKeepsItsPositions() throws {
        let text = "CREATE /*!32312 TEMPORARY */ TABLE"
        let tokens = try SQLLexer.tokenize(text)
        #expect(tokens.map { String($0.text(in: text)) } == ["CREATE", "TEMPORARY", "TABLE", ""])
        #expect(tokens.map(\.column) == [1, 17, 30, 35])
    }

    static let badCommentCases: [(source: String, message: String)] = [
        ("a /* open", "line 1, column 3: unterminated comment near '/* open'"),
        ("a /*+ open", "line 1, column 3: unterminated comment near '/*+ open'"),
        ("a\n/*!50100 b", "line 2, column 1: unterminated comment near '/*!50100 b'"),
        ("/*!99999 skipped", "line 1, column 1: unterminated comment near '/*!99999 skipped'"),
        ("/*! a /*! b */ */", "line 1, column 7: nested executable comment near '/*! b */ */'"),
    ]

    @Test(arguments: badCommentCases)
    func badComments(source: String, message: String) {
        #expect(lexError(source, options: .init(versionedCommentMaxVersion: 80000)) == message)
    }
}
