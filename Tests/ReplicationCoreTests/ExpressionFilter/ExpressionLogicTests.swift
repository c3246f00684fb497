import SQLSyntax
import Testing

@testable import ReplicationCore

/// Three-valued logic, IS, IN, BETWEEN and CASE, checked against what MySQL 8 prints.
@Suite struct ExpressionLogicTests {
    static let cases: [(String, String)] = [
        // AND is false as soon as one side is false, NULL otherwise when a side is NULL.
        ("NULL AND 0", "0"), ("0 AND NULL", "0"), ("NULL AND 1", "NULL"), ("1 AND 1", "1"),
        ("NULL OR 1", "1"), ("NULL OR 0", "NULL"), ("0 OR 0", "0"),
        ("NULL XOR 1", "NULL"), ("1 XOR 1", "0"), ("1 XOR 0", "1"),
        ("NOT NULL", "NULL"), ("NOT 0", "1"), ("NOT 'abc'", "1"), ("NOT '1abc'", "0"),
        ("n IS NULL", "1"), ("n IS NOT NULL", "0"), ("c IS NULL", "0"),
        ("NULL IS UNKNOWN", "1"), ("0 IS FALSE", "1"), ("2 IS TRUE", "1"), ("NULL IS NOT TRUE", "1"), ("NULL IS FALSE", "0"),
        ("n = NULL", "NULL"), ("n <=> NULL", "1"), ("1 <=> NULL", "0"), ("c <=> 4", "1"),
        ("c IN (1, 4)", "1"), ("c IN (1, 2)", "0"), ("c IN (1, NULL)", "NULL"), ("c NOT IN (1, 2)", "1"), ("c IN (4, NULL)", "1"),
        ("n IN (1, 2)", "NULL"), ("'4' IN (c, 5)", "1"),
        ("c BETWEEN 1 AND 5", "1"), ("c BETWEEN 5 AND 1", "0"), ("c NOT BETWEEN 1 AND 3", "1"), ("c BETWEEN NULL AND 3", "0"),
        ("c BETWEEN 1 AND NULL", "NULL"),
        ("(c, 1) = (4, 1)", "1"), ("(c, 1) < (4, 2)", "1"), ("(c, n) = (4, 1)", "NULL"), ("(c, n) = (5, 1)", "0"),
        ("(c, 2) IN ((4, 2), (1, 1))", "1"), ("(c, 2) <=> (4, 2)", "1"),
        ("CASE c WHEN 4 THEN 'four' ELSE 'other' END", "four"), ("CASE c WHEN 5 THEN 'five' END", "NULL"),
        ("CASE WHEN c > 10 THEN 1 WHEN c > 3 THEN 2 END", "2"), ("CASE n WHEN NULL THEN 'null' ELSE 'no' END", "no"),
        ("IF(c > 3, 'y', 'n')", "y"), ("IF(n, 'y', 'n')", "n"), ("IFNULL(n, 7)", "7"), ("IFNULL(c, 7)", "4"),
        ("NULLIF(c, 4)", "NULL"), ("NULLIF(c, 5)", "4"), ("COALESCE(n, NULL, 3)", "3"), ("COALESCE(n)", "NULL"), ("ISNULL(n)", "1"),
    ]

    @Test(arguments: cases)
    func evaluates(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    @Test func controlFunctionsEvaluateOnlyTheChosenBranch() {
        // The untaken branch would overflow; MySQL never evaluates it, and neither do we.
        #expect(ExpressionFixture.printed("IF(c = 4, 1, 9223372036854775807 + 1)") == "1")
        #expect(ExpressionFixture.printed("c = 5 AND 9223372036854775807 + 1 > 0") == "0")
        #expect(ExpressionFixture.printed("c = 4 OR 9223372036854775807 + 1 > 0") == "1")
        #expect(ExpressionFixture.printed("COALESCE(c, 9223372036854775807 + 1)") == "4")
    }

    @Test func nullIsNotTrue() throws {
        let expression = try SQLParser.parseExpression("n > 0")
        let evaluator = try SQLExpressionEvaluator(expression, columns: ExpressionFixture.columns, context: ExpressionFixture.context)
        let value = try evaluator.evaluate(row: ExpressionFixture.row)
        let isTrue = try evaluator.isTrue(row: ExpressionFixture.row)
        #expect(value == .null)
        #expect(!isTrue)
    }
}
