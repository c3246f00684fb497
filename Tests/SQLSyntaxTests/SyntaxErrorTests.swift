import SQLSyntax
import Testing

/// Error messages: position, reason and the "near" excerpt.
@Suite struct SyntaxErrorTests {
    static let cases: [(source: String, message: String)] = [
        ("a b", "line 1, column 3: unexpected 'b' after the end of the expression near 'b'"),
        ("a = 1;", "line 1, column 6: unexpected ';' after the end of the expression near ';'"),
        ("1 +", "line 1, column 4: unexpected end of input"),
        ("", "line 1, column 1: unexpected end of input"),
        ("(1, 2", "line 1, column 6: expected ')', found end of input"),
        ("a = 'x\n  AND b", "line 1, column 5: unterminated string literal near ''x\n  AND b'"),
        ("a b 'x", "line 1, column 3: unexpected 'b' after the end of the expression near 'b 'x'"),
        ("a + 'x", "line 1, column 5: unterminated string literal near ''x'"),
        ("a + /*!50100 b", "line 1, column 5: unterminated comment near '/*!50100 b'"),
        ("a = 1\n  AND FROM t", "line 2, column 7: unexpected 'FROM' near 'FROM t'"),
        ("a = 1 AND\n\tb = X'1'", "line 2, column 6: invalid hexadecimal literal: X'' needs an even number of digits near 'X'1''"),
        ("@x := 1", "line 1, column 4: assignment (:=) is not allowed in an expression near ':= 1'"),
        ("a := 1", "line 1, column 3: assignment (:=) is not allowed in an expression near ':= 1'"),
        ("@x + 1", "line 1, column 1: variables are not supported in an expression near '@x + 1'"),
        ("@@sql_mode", "line 1, column 1: variables are not supported in an expression near '@@sql_mode'"),
        ("a = ?", "line 1, column 5: placeholders (?) are not supported in an expression near '?'"),
        ("a IN (SELECT b FROM t)", "line 1, column 7: subqueries are not supported in an expression near 'SELECT b FROM t)'"),
        ("(SELECT 1) = a", "line 1, column 2: subqueries are not supported in an expression near 'SELECT 1) = a'"),
        ("EXISTS (SELECT 1)", "line 1, column 1: subqueries are not supported in an expression near 'EXISTS (SELECT 1)'"),
        ("a = ANY (SELECT 1)", "line 1, column 5: subqueries are not supported in an expression near 'ANY (SELECT 1)'"),
        ("COUNT(*)", "line 1, column 7: '*' arguments such as COUNT(*) are not supported in an expression near '*)'"),
        ("COUNT(DISTINCT a)", "line 1, column 7: aggregate functions (DISTINCT) are not supported in an expression near 'DISTINCT a)'"),
        ("t.*", "line 1, column 3: '*' is not supported in an expression near '*'"),
        ("a IN ()", "line 1, column 7: the IN list is empty near ')'"),
        ("a IS 5", "line 1, column 6: expected NULL, TRUE, FALSE or UNKNOWN after IS, found '5' near '5'"),
        ("a LIKE b LIKE c", "line 1, column 10: unexpected 'LIKE' after the end of the expression near 'LIKE c'"),
        ("a IS TRUE IS TRUE", "line 1, column 11: unexpected 'IS' after the end of the expression near 'IS TRUE'"),
        ("1 = NOT 0", "line 1, column 5: unexpected 'NOT' near 'NOT 0'"),
        ("a BETWEEN 1 OR 2", "line 1, column 13: expected AND, found 'OR' near 'OR 2'"),
        ("CASE a END", "line 1, column 8: expected WHEN, found 'END' near 'END'"),
        ("CASE WHEN a THEN 1", "line 1, column 19: expected END, found end of input"),
        ("CAST(a AS YEAR)", "line 1, column 11: unsupported type 'YEAR' in CAST or CONVERT near 'YEAR)'"),
        ("CAST(a AS CHAR(x))", "line 1, column 16: expected a number, found 'x' near 'x))'"),
        ("CAST(a AS UNSIGNED ARRAY)", "line 1, column 20: CAST(... AS type ARRAY) is not supported in an expression near 'ARRAY)'"),
        ("CONVERT(a)", "line 1, column 10: expected ',' or USING, found ')' near ')'"),
        ("INTERVAL 1 DAY", "line 1, column 15: expected '+' after the INTERVAL (an interval is only an operand of + and -), found end of input"),
        ("a + INTERVAL 1 FORTNIGHT", "line 1, column 16: expected an interval unit (DAY, HOUR_MINUTE, ...), found 'FORTNIGHT' near 'FORTNIGHT'"),
        ("_nosuchcs'x'", "line 1, column 1: unknown character set 'nosuchcs' near '_nosuchcs'x''"),
        ("ROW(1)", "line 1, column 6: ROW() needs at least two values near ')'"),
        ("RANK() OVER ()", "line 1, column 1: unexpected 'RANK' near 'RANK() OVER ()'"),
        ("NOW() OVER w", "line 1, column 7: window functions (OVER) are not supported in an expression near 'OVER w'"),
        ("MATCH (a) AGAINST ('x')", "line 1, column 1: full-text MATCH ... AGAINST is not supported in an expression near 'MATCH (a) AGAINST ('x')'"),
        ("a.b.c.d", "line 1, column 1: a column name has at most three parts (database.table.column) near 'a.b.c.d'"),
        ("c->1", "line 1, column 4: expected a JSON path string, found '1' near '1'"),
        ("select", "line 1, column 1: unexpected 'select' near 'select'"),
        ("'日本' +", "line 1, column 7: unexpected end of input"),
        ("'日本' + )", "line 1, column 8: unexpected ')' near ')'"),
    ]

    @Test(arguments: cases)
    func message(source: String, message: String) {
        #expect(parsed(source) == "error: " + message)
    }

    @Test func nestingIsBounded() {
        let fine = String(repeating: "abs((", count: 30) + "1" + String(repeating: "))", count: 30)
        #expect(parsed(fine).hasPrefix("ABS(ABS("))
        let minus = String(repeating: "-", count: 257) + "1"
        #expect(parsed(minus) == "error: line 1, column 257: the expression is nested more than 256 levels deep near '-1'")
        let not = String(repeating: "NOT ", count: 257) + "1"
        #expect(parsed(not) == "error: line 1, column 1025: the expression is nested more than 256 levels deep near 'NOT 1'")
    }

    @Test func errorFields() throws {
        let error = #expect(throws: SQLSyntaxError.self) {
            try SQLParser.parseExpression("a = 1 AND\n  b = = 2")
        }
        #expect(error?.line == 2)
        #expect(error?.column == 7)
        #expect(error?.offset == 16)
        #expect(error?.near == "= 2")
        #expect(error?.reason == "unexpected '='")
    }

    @Test func nearIsCutAtFortyCharacters() throws {
        let error = #expect(throws: SQLSyntaxError.self) {
            try SQLParser.parseExpression("a b " + String(repeating: "é", count: 60))
        }
        #expect(error?.near == "b " + String(repeating: "é", count: 38))
    }

    @Test func longTokensAreShortenedInTheReason() throws {
        let long = "'" + String(repeating: "x", count: 60) + "'"
        let error = #expect(throws: SQLSyntaxError.self) {
            try SQLParser.parseExpression("a " + long)
        }
        #expect(error?.reason == "unexpected '" + "'" + String(repeating: "x", count: 39) + "...' after the end of the expression")
    }
}
