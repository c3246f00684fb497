import SQLSyntax
import Testing

@testable import ReplicationCore

/// Comparisons across types, following MySQL's "Type Conversion in Expression Evaluation".
@Suite struct ExpressionComparisonTests {
    static let mixedTypesCases: [(String, String)] = [
        // String against number: both read as doubles, a string by its numeric prefix.
        ("'10' = 10", "1"), ("'10abc' = 10", "1"), ("'abc' = 0", "1"), ("' 1.5' = 1.5", "1"), ("'1e2' = 100", "1"),
        ("d = '10.5'", "1"), ("c = '4.0'", "1"),
        // Integers: signed and unsigned compare by value, not by bit pattern.
        ("u = 18446744073709551615", "1"), ("u > 0", "1"), ("c < u", "1"), ("-1 < u", "1"), ("tiny = 255", "1"),
        // Exact numbers compare exactly.
        ("d = 10.5", "1"), ("d = 10.50000", "1"), ("0.1 + 0.2 = 0.3", "1"), ("0.1e0 + 0.2e0 = 0.3e0", "0"),
        // FLOAT keeps its single precision, as in MySQL.
        ("f = 1.1", "0"), ("f > 1.09", "1"),
        // ENUM and SET columns read as their member names.
        ("e = 'medium'", "1"), ("e = 'MEDIUM'", "1"), ("st = 'a,c'", "1"),
    ]

    @Test(arguments: mixedTypesCases)
    func mixedTypes(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let collationsCases: [(String, String)] = [
        // Two literals compare under the literal collation, utf8mb4_bin by default (as TiDB/DM).
        ("'abc' = 'ABC'", "0"), ("'abc' = 'ABC' COLLATE utf8mb4_general_ci", "1"),
        // A column's collation beats a literal's.
        ("s = 'hello world'", "1"), ("s = 'HELLO WORLD'", "1"), ("b = 'ABC'", "0"), ("b = 'abc'", "1"),
        // PAD SPACE collations ignore trailing spaces; NO PAD (0900) and binary strings do not.
        ("s = 'hello world   '", "1"), ("b = 'abc  '", "1"),
        ("'a' = 'a ' COLLATE utf8mb4_0900_ai_ci", "0"), ("'a' = 'a ' COLLATE utf8mb4_general_ci", "1"), ("_binary'a' = 'a '", "0"),
        // Accent-insensitive collations.
        ("'e' = 'é' COLLATE utf8mb4_general_ci", "1"), ("'e' = 'é' COLLATE utf8mb4_bin", "0"), ("'e' = 'é' COLLATE utf8mb4_0900_as_ci", "0"),
        // A binary string makes the comparison byte by byte.
        ("s = _binary'Hello World'", "1"), ("s = _binary'hello world'", "0"), ("BINARY s = 'hello world'", "0"), ("bin = X'4100'", "1"),
        // Ordering under _ci folds to upper case, as utf8mb4_general_ci weights.
        ("'a' < 'B' COLLATE utf8mb4_general_ci", "1"), ("'a' < 'B' COLLATE utf8mb4_bin", "0"),
    ]

    @Test(arguments: collationsCases)
    func collations(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let temporalCases: [(String, String)] = [
        // A temporal value against a string: the string is read as a date/time.
        ("dt > '2024-01-31'", "1"), ("dt = '2024-01-31 13:05:09.5'", "1"), ("dt = '2024-1-31 13:5:9.500'", "1"),
        ("dd = '2024-02-29'", "1"), ("dd = '20240229'", "1"), ("dd = '24-02-29'", "1"), ("dd < '2024-02-29 00:00:01'", "1"),
        ("t = '10:30:00'", "1"), ("t > '9:00'", "1"), ("t = 103000", "1"),
        // Against a number: the temporal's number (YYYYMMDD).
        ("dd < 20240301", "1"), ("dd = 20240229", "1"),
        ("dt > dd", "0"), ("dd = DATE '2024-02-29'", "1"), ("dt < TIMESTAMP '2024-01-31 13:05:10'", "1"),
        // TIMESTAMP columns are shown in UTC; an explicit offset converts the literal (DM's doc example).
        ("ts", "2021-01-01 04:34:56.567800"), ("ts = '2021-01-01 12:34:56.5678+08:00'", "1"), ("ts = '2021-01-01 04:34:56.5678'", "1"),
        ("ts = '2021-01-01 12:34:56.5678'", "0"),
    ]

    @Test(arguments: temporalCases)
    func temporal(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let jsonCases: [(String, String)] = [
        ("j->'$.a' = 1", "1"), ("j->'$.s' = 'str'", "1"), ("j->>'$.s' = 'str'", "1"), ("JSON_EXTRACT(j, '$.b[2].c') = 'x'", "1"),
        ("j->'$.a' > 0.5", "1"), ("j->'$.zz' = 1", "NULL"),
    ]

    @Test(arguments: jsonCases)
    func json(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    @Test func literalCollationIsConfigurable() throws {
        let context = SQLEvaluationContext(literalCollation: SQLCollation(name: "utf8mb4_0900_ai_ci"))
        let evaluator = try SQLExpressionEvaluator(try SQLParser.parseExpression("'abc' = 'ABC'"), columns: [], context: context)
        let value = try evaluator.evaluate(values: [])
        #expect(value == .true)
    }
}
