import SQLSyntax
import Testing

@testable import ReplicationCore

/// LIKE (with `%`, `_`, ESCAPE and the collation's case rule) and REGEXP.
@Suite struct ExpressionPatternTests {
    static let likeCases: [(String, String)] = [
        ("'abc' LIKE 'a%'", "1"), ("'abc' LIKE '_b_'", "1"), ("'abc' LIKE 'a_'", "0"), ("'' LIKE '%'", "1"), ("'abc' LIKE ''", "0"),
        ("'aXbXc' LIKE '%X%X%'", "1"), ("'aXbXc' LIKE '%X%X%X%'", "0"), ("'abcabc' LIKE '%bc'", "1"),
        // Escapes: backslash by default, or the ESCAPE character.
        (#"'a_c' LIKE 'a\\_c'"#, "1"), (#"'abc' LIKE 'a\\_c'"#, "0"), (#"'10%' LIKE '10\\%'"#, "1"), (#"'100' LIKE '10\\%'"#, "0"),
        ("'a%c' LIKE 'a|%c' ESCAPE '|'", "1"), ("'abc' LIKE 'a|%c' ESCAPE '|'", "0"), ("'a|c' LIKE 'a||c' ESCAPE '|'", "1"),
        // The collation decides case: the column's beats the literal's.
        ("s LIKE 'hello%'", "1"), ("s LIKE '%WORLD'", "1"), ("b LIKE 'A%'", "0"), ("b LIKE 'a%'", "1"), ("'ABC' LIKE 'abc'", "0"),
        ("'ABC' LIKE 'abc' COLLATE utf8mb4_general_ci", "1"),
        // Trailing spaces count in LIKE even under PAD SPACE collations.
        ("'abc ' LIKE 'abc'", "0"), ("s LIKE 'hello world '", "0"),
        ("n LIKE '%'", "NULL"), ("s NOT LIKE 'x%'", "1"), ("c LIKE '4'", "1"),
    ]

    @Test(arguments: likeCases)
    func like(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let regexpCases: [(String, String)] = [
        ("s REGEXP '^hello'", "1"), ("s REGEXP 'w.r'", "1"), ("s RLIKE 'WORLD$'", "1"), ("b REGEXP '^A'", "0"), ("b REGEXP '^a'", "1"),
        ("'abc' REGEXP 'B'", "0"), ("'abc' REGEXP 'B' COLLATE utf8mb4_general_ci", "1"), ("s NOT REGEXP 'xyz'", "1"),
        ("_binary'abc' REGEXP 'B'", "0"), ("'a1b22' REGEXP '[0-9]{2}'", "1"), ("n REGEXP 'a'", "NULL"), ("s REGEXP CONCAT('^', 'h')", "1"),
    ]

    @Test(arguments: regexpCases)
    func regexp(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    @Test func invalidConstantPatternFailsWhenBuilt() throws {
        let expression = try SQLParser.parseExpression("c REGEXP '('")
        let error = #expect(throws: ExpressionFilterError.self) {
            _ = try SQLExpressionEvaluator(expression, columns: ExpressionFixture.columns)
        }
        #expect(error?.code == .invalidExpression)
        #expect(error?.message == "invalid regular expression '('")
    }

    @Test func escapeMustBeOneCharacter() {
        #expect(ExpressionFixture.error("'a' LIKE 'a' ESCAPE 'xy'")?.code == .invalidExpression)
    }
}
