import SQLSyntax
import Testing

/// Printing expressions: the fewest parentheses that keep the tree.
@Suite struct ExpressionPrinterTests {
    static let cases: [(source: String, printed: String)] = [
        ("a + b * c", "`a` + `b` * `c`"), ("(a + b) * c", "(`a` + `b`) * `c`"), ("a - (b - c)", "`a` - (`b` - `c`)"),
        ("a - b - c", "`a` - `b` - `c`"), ("a ^ (b ^ c)", "`a` ^ (`b` ^ `c`)"), ("a DIV b MOD c", "`a` DIV `b` % `c`"),
        ("a || b && c", "`a` OR `b` AND `c`"), ("(a OR b) AND c", "(`a` OR `b`) AND `c`"), ("a OR (b XOR c)", "`a` OR `b` XOR `c`"),
        ("NOT a = b", "NOT `a` = `b`"), ("(NOT a) = b", "(NOT `a`) = `b`"), ("!a + 1", "(NOT `a`) + 1"), ("NOT NOT a", "NOT NOT `a`"),
        ("a = b = c", "`a` = `b` = `c`"), ("a = (b = c)", "`a` = (`b` = `c`)"), ("a = b BETWEEN 1 AND 2", "`a` = `b` BETWEEN 1 AND 2"),
        ("a IS NULL IS NOT TRUE", "`a` IS NULL IS NOT TRUE"), ("(a IS TRUE) = b", "(`a` IS TRUE) = `b`"),
        ("- -1", "- -1"), ("-(-a)", "- -`a`"), ("-(a + 1)", "-(`a` + 1)"), ("~a ^ b", "~`a` ^ `b`"), ("BINARY a = b", "BINARY `a` = `b`"),
        ("-a COLLATE x", "-`a` COLLATE x"), ("(-a) COLLATE x", "(-`a`) COLLATE x"), ("a COLLATE 'weird name'", "`a` COLLATE 'weird name'"),
        ("a NOT IN (1, 2)", "`a` NOT IN (1, 2)"), ("(a, b) IN ((1, 2))", "(`a`, `b`) IN ((1, 2))"),
        ("ROW(1, 2) = (1, 2)", "(1, 2) = (1, 2)"),
        ("a LIKE b || c", "`a` LIKE `b` OR `c`"), ("a LIKE (b + c) ESCAPE '!'", "`a` LIKE (`b` + `c`) ESCAPE '!'"),
        ("a NOT REGEXP '^x'", "`a` NOT REGEXP '^x'"), ("a SOUNDS LIKE b", "SOUNDEX(`a`) = SOUNDEX(`b`)"),
        ("d + INTERVAL 1 DAY - INTERVAL (a + 1) HOUR", "`d` + INTERVAL 1 DAY - INTERVAL (`a` + 1) HOUR"),
        ("INTERVAL 1 DAY + d", "INTERVAL 1 DAY + `d`"), ("(INTERVAL 1 DAY + d) * 2", "(INTERVAL 1 DAY + `d`) * 2"),
        ("x + (INTERVAL 1 DAY + d)", "`x` + (INTERVAL 1 DAY + `d`)"),
        ("DATE_ADD(d, INTERVAL -1 MONTH)", "DATE_ADD(`d`, INTERVAL -1 MONTH)"),
        ("TRIM(LEADING 'x' FROM y)", "TRIM(LEADING 'x' FROM `y`)"), ("TRIM('x' FROM y)", "TRIM(BOTH 'x' FROM `y`)"),
        ("TRIM(TRAILING FROM y)", "TRIM(TRAILING FROM `y`)"), ("POSITION('b' IN s)", "POSITION('b' IN `s`)"),
        ("EXTRACT(YEAR_MONTH FROM d)", "EXTRACT(YEAR_MONTH FROM `d`)"),
        ("TIMESTAMPDIFF(SQL_TSI_MONTH, a, b)", "TIMESTAMPDIFF(MONTH, `a`, `b`)"),
        ("GET_FORMAT(DATETIME, 'ISO')", "GET_FORMAT(DATETIME, 'ISO')"), ("SUBSTRING(s FROM 2 FOR 3)", "SUBSTRING(`s`, 2, 3)"),
        ("a MEMBER OF ('[1]')", "`a` MEMBER OF ('[1]')"), ("c->>'$.a'", "JSON_UNQUOTE(JSON_EXTRACT(`c`, '$.a'))"),
        ("CAST(a AS DECIMAL(10,2))", "CAST(`a` AS DECIMAL(10,2))"), ("CONVERT(a USING latin1)", "CAST(`a` AS CHAR CHARACTER SET latin1)"),
        ("CAST(a AS NCHAR(2))", "CAST(`a` AS CHAR(2) CHARACTER SET utf8mb3)"),
        ("CHAR(65 USING utf8mb4)", "CAST(CHAR(65) AS CHAR CHARACTER SET utf8mb4)"),
        ("CASE WHEN a THEN 1 ELSE 2 END", "CASE WHEN `a` THEN 1 ELSE 2 END"),
        ("CASE a WHEN 1 THEN 'x' END", "CASE `a` WHEN 1 THEN 'x' END"),
        ("current_timestamp", "CURRENT_TIMESTAMP"), ("now(3)", "NOW(3)"), ("`if`(a, 1, 2)", "IF(`a`, 1, 2)"),
        ("`select`(1)", "`SELECT`(1)"),
        ("db.f(1)", "`db`.`F`(1)"), ("`my func`(1)", "`MY FUNC`(1)"), ("t.`c``x`", "`t`.`c``x`"),
        ("'it''s' \"\\\\\"", "'it''s\\\\'"), ("_binary X'FF'", "_binary X'FF'"), ("_latin1'x'", "_latin1'x'"), ("N'x'", "N'x'"),
        ("X'0aFF'", "X'0AFF'"), ("b'0000000100000010'", "b'100000010'"), ("0b0", "b'0'"), ("TIME '10:00'", "TIME '10:00'"),
        ("\\N", "NULL"), ("true", "TRUE"), ("1.50", "1.50"), ("1e3", "1e3"), ("'a\\nb'", "'a\\nb'"),
    ]

    @Test(arguments: cases)
    func printed(source: String, printed: String) throws {
        let expression = try SQLParser.parseExpression(source)
        #expect(SQLPrinter.print(expression) == printed)
        #expect(try SQLParser.parseExpression(printed) == expression)
    }

    @Test func longChainsNeedNoParentheses() throws {
        let source =
            (1...1000).map { "c\($0)" }.joined(separator: " + ") + " AND " + (1...300).map { "d\($0) = 1" }.joined(separator: " OR ")
        let expression = try SQLParser.parseExpression(source)
        let printed = SQLPrinter.print(expression)
        #expect(!printed.contains("("))
        #expect(try SQLParser.parseExpression(printed) == expression)
    }

    @Test func introducedBytesThatAreNotUTF8PrintInHexadecimal() throws {
        let expression = SQLExpression.literal(.string([0xFF, 0x27], introducer: "_binary"))
        #expect(SQLPrinter.print(expression) == "_binary X'FF27'")
        #expect(try SQLParser.parseExpression(SQLPrinter.print(expression)) == expression)
    }
}
