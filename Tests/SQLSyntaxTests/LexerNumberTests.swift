import SQLSyntax
import Testing

/// Numeric, hexadecimal and bit literals.
@Suite struct LexerNumberTests {
    static let numberCases: [(source: String, kinds: [SQLToken.Kind])] = [
        ("42", [.integer("42")]),
        ("007", [.integer("007")]),
        ("1.5", [.decimal("1.5")]),
        ("1.", [.decimal("1.")]),
        (".5", [.decimal(".5")]),
        ("1e3", [.float("1e3")]),
        ("1.5E-3", [.float("1.5E-3")]),
        ("1.e+3", [.float("1.e+3")]),
        (".5e3", [.float(".5e3")]),
        ("1e3x", [.float("1e3"), .word("x")]),
        ("1e", [.word("1e")]),
        ("1e+", [.word("1e"), .symbol(.plus)]),
        ("1.5e", [.decimal("1.5"), .word("e")]),
        ("1abc", [.word("1abc")]),
        ("1-2", [.integer("1"), .symbol(.minus), .integer("2")]),
        ("0x4142", [.hex([0x41, 0x42])]),
        ("0x141", [.hex([0x01, 0x41])]),
        ("0x", [.word("0x")]),
        ("0x41g", [.word("0x41g")]),
        ("X'4142'", [.hex([0x41, 0x42])]),
        ("x'4a4B'", [.hex([0x4A, 0x4B])]),
        ("X''", [.hex([])]),
        ("0b0101", [.bits([0x05])]),
        ("0b100000001", [.bits([0x01, 0x01])]),
        ("0b2", [.word("0b2")]),
        ("b'0101'", [.bits([0x05])]),
        ("B'111111111'", [.bits([0x01, 0xFF])]),
        ("b''", [.bits([])]),
    ]

    @Test(arguments: numberCases)
    func numbers(source: String, kinds expected: [SQLToken.Kind]) throws {
        let result = try kinds(source)
        #expect(result == expected)
    }

    static let badLiteralCases: [(source: String, message: String)] = [
        ("a = X'414'", "line 1, column 5: invalid hexadecimal literal: X'' needs an even number of digits near 'X'414''"),
        ("X'4G'", "line 1, column 1: invalid hexadecimal literal: only 0-9 and A-F may appear between the quotes near 'X'4G''"),
        ("  x'41", "line 1, column 3: unterminated hexadecimal literal near 'x'41'"),
        ("b'012'", "line 1, column 1: invalid bit literal: only 0 and 1 may appear between the quotes near 'b'012''"),
        ("\nB'01", "line 2, column 1: unterminated bit literal near 'B'01'"),
    ]

    @Test(arguments: badLiteralCases)
    func badLiterals(source: String, message: String) {
        #expect(lexError(source) == message)
    }
}
