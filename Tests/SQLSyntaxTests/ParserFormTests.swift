import SQLSyntax
import Testing

/// Literals, names, function calls and the keyword-led forms, with their documented encodings.
@Suite struct ParserFormTests {
    static let literalsCases: [(source: String, tree: String)] = [
        ("NULL", "NULL"),
        (#"\N"#, "NULL"),
        ("true", "TRUE"),
        ("FALSE", "FALSE"),
        ("42", "42"),
        ("1.50", "1.50"),
        ("1e3", "1e3"),
        ("-5", "(- 5)"),
        ("'a' 'b' \"c\"", "'abc'"),
        ("_utf8mb4'x' 'y'", "_utf8mb4'xy'"),
        ("_latin1 'x'", "_latin1'x'"),
        ("_binary X'41'", "_binary'A'"),
        ("_UTF8MB4 0x41", "_UTF8MB4'A'"),
        ("N'x' 'y'", "N'xy'"),
        ("X'4142'", "X'4142'"),
        ("0b101", "B'05'"),
        ("DATE '2024-01-02'", "DATE'2024-01-02'"),
        ("time '10:00'", "TIME'10:00'"),
        ("TIMESTAMP '2024-01-02 03:04:05'", "TIMESTAMP'2024-01-02 03:04:05'"),
        ("{d '2024-01-02'}", "DATE'2024-01-02'"),
        ("{ts '2024-01-02 03:04:05'}", "TIMESTAMP'2024-01-02 03:04:05'"),
        ("{fn 1 + 2}", "(+ 1 2)"),
    ]

    @Test(arguments: literalsCases)
    func literals(source: String, tree: String) {
        #expect(parsed(source) == tree)
    }

    @Test func stringLiteralBytes() throws {
        let expression = try SQLParser.parseExpression(#"'a\tb' 'c'"#)
        #expect(expression == .literal(.string([0x61, 0x09, 0x62, 0x63], introducer: nil)))
        let raw = try SQLParser.parseExpression(#"'a\tb'"#, options: .init(noBackslashEscapes: true))
        #expect(raw == .literal(.string(bytes(#"a\tb"#), introducer: nil)))
    }

    @Test func doubleQuotesUnderANSIQuotesAreColumns() throws {
        let expression = try SQLParser.parseExpression(#""t"."my col" = "x""#, options: .init(ansiQuotes: true))
        #expect(expression == .binary(.equal, .column(["t", "my col"]), .column(["x"])))
    }

    static let namesCases: [(source: String, tree: String)] = [
        ("c", "c"),
        ("t.c", "t.c"),
        ("db.t.c", "db.t.c"),
        ("`my db`.`t`.`c``x`", "my db.t.c`x"),
        ("t.select", "t.select"),
        ("t.1e3", "t.1e3"),
        ("date", "date"),
        ("`date` + year", "(+ date year)"),
        ("_id", "_id"),
        ("c->'$.a'", "JSON_EXTRACT(c, '$.a')"),
        ("t.c->>'$.a'", "JSON_UNQUOTE(JSON_EXTRACT(t.c, '$.a'))"),
    ]

    @Test(arguments: namesCases)
    func names(source: String, tree: String) {
        #expect(parsed(source) == tree)
    }

    static let functionsCases: [(source: String, tree: String)] = [
        ("concat(a, 'x')", "CONCAT(a, 'x')"),
        ("NOW()", "NOW()"),
        ("now ()", "NOW()"),
        ("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP()"),
        ("current_date + 1", "(+ CURRENT_DATE() 1)"),
        ("CURRENT_TIMESTAMP(6)", "CURRENT_TIMESTAMP(6)"),
        ("IF(a, LEFT(b, 1), RIGHT(b, 2))", "IF(a, LEFT(b, 1), RIGHT(b, 2))"),
        ("REPLACE(INSERT(a, 1, 2, 'x'), 'a', 'b')", "REPLACE(INSERT(a, 1, 2, 'x'), 'a', 'b')"),
        ("DATE(a) = YEAR(b) + TIME(c)", "(= DATE(a) (+ YEAR(b) TIME(c)))"),
        ("MOD(a, 2) = a MOD 2", "(= MOD(a, 2) (% a 2))"),
        ("DATABASE()", "DATABASE()"),
        ("CHAR(65, 66)", "CHAR(65, 66)"),
        ("CHAR(65 USING utf8mb4)", "(CAST CHAR(65) CHAR CHARSET utf8mb4)"),
        ("db.f(1)", "db.F(1)"),
        ("`my_f`(1)", "MY_F(1)"),
        ("TRIM(a)", "TRIM(a)"),
        ("TRIM(LEADING 'x' FROM y)", "TRIM_LEADING(y, 'x')"),
        ("TRIM(TRAILING FROM y)", "TRIM_TRAILING(y)"),
        ("TRIM(BOTH 'x' FROM y)", "TRIM_BOTH(y, 'x')"),
        ("TRIM('x' FROM y)", "TRIM_BOTH(y, 'x')"),
        ("SUBSTRING(s FROM 2 FOR 3)", "SUBSTRING(s, 2, 3)"),
        ("SUBSTR(s FROM 2)", "SUBSTR(s, 2)"),
        ("MID(s, 2, 3)", "MID(s, 2, 3)"),
        ("POSITION('b' IN s)", "POSITION('b', s)"),
        ("EXTRACT(YEAR_MONTH FROM d)", "EXTRACT('YEAR_MONTH', d)"),
        ("DATE_ADD(d, INTERVAL 1 DAY)", "DATE_ADD(d, (INTERVAL 1 DAY))"),
        ("date_sub(d, INTERVAL '1:30' HOUR_MINUTE)", "DATE_SUB(d, (INTERVAL '1:30' HOUR_MINUTE))"),
        ("ADDDATE(d, 3)", "ADDDATE(d, 3)"),
        ("TIMESTAMPADD(SQL_TSI_DAY, 1, d)", "TIMESTAMPADD('DAY', 1, d)"),
        ("TIMESTAMPDIFF(MONTH, a, b)", "TIMESTAMPDIFF('MONTH', a, b)"),
        ("GET_FORMAT(DATE, 'EUR')", "GET_FORMAT('DATE', 'EUR')"),
        ("INTERVAL(5, 1, 10)", "INTERVAL(5, 1, 10)"),
        ("a SOUNDS LIKE b", "(= SOUNDEX(a) SOUNDEX(b))"),
        ("1 MEMBER OF ('[1]')", "MEMBER_OF(1, '[1]')"),
        ("VALUES(c) + 1", "(+ VALUES(c) 1)"),
        ("DEFAULT(c)", "DEFAULT(c)"),
    ]

    @Test(arguments: functionsCases)
    func functions(source: String, tree: String) {
        #expect(parsed(source) == tree)
    }

    static let keywordFormsCases: [(source: String, tree: String)] = [
        ("CASE WHEN a THEN 1 END", "(CASE (WHEN a 1))"),
        ("CASE a WHEN 1 THEN 'x' WHEN 2 THEN 'y' ELSE 'z' END", "(CASE a (WHEN 1 'x') (WHEN 2 'y') (ELSE 'z'))"),
        ("CASE WHEN a > 1 AND b THEN end END", "(CASE (WHEN (AND (> a 1) b) end))"),
        ("CAST(a AS SIGNED)", "(CAST a SIGNED)"),
        ("CAST(a AS UNSIGNED INTEGER)", "(CAST a UNSIGNED)"),
        ("CAST(a AS INT)", "(CAST a SIGNED)"),
        ("CAST(a AS DECIMAL)", "(CAST a DECIMAL)"),
        ("CAST(a AS DECIMAL(10, 2))", "(CAST a DECIMAL(10,2))"),
        ("CAST(a AS DEC(5))", "(CAST a DECIMAL(5))"),
        ("CAST(a AS CHAR)", "(CAST a CHAR)"),
        ("CAST(a AS CHAR(10) CHARACTER SET utf8mb4)", "(CAST a CHAR(10) CHARSET utf8mb4)"),
        ("CAST(a AS CHAR CHARSET binary)", "(CAST a CHAR CHARSET binary)"),
        ("CAST(a AS CHAR ASCII)", "(CAST a CHAR CHARSET latin1)"),
        ("CAST(a AS NCHAR(3))", "(CAST a CHAR(3) CHARSET utf8mb3)"),
        ("CAST(a AS BINARY(4))", "(CAST a BINARY(4))"),
        ("CAST(a AS DOUBLE PRECISION)", "(CAST a DOUBLE)"),
        ("CAST(a AS REAL)", "(CAST a DOUBLE)"),
        ("CAST(a AS FLOAT)", "(CAST a FLOAT)"),
        ("CAST(a AS FLOAT(30))", "(CAST a DOUBLE)"),
        ("CAST(a AS DATE)", "(CAST a DATE)"),
        ("CAST(a AS DATETIME(6))", "(CAST a DATETIME(6))"),
        ("CAST(a AS TIME)", "(CAST a TIME)"),
        ("CAST(a AS JSON)", "(CAST a JSON)"),
        ("CONVERT(a, UNSIGNED)", "(CAST a UNSIGNED)"),
        ("CONVERT(a USING latin1)", "(CAST a CHAR CHARSET latin1)"),
        ("a COLLATE utf8mb4_bin", "(COLLATE a utf8mb4_bin)"),
        ("a COLLATE 'utf8mb4_bin'", "(COLLATE a utf8mb4_bin)"),
        ("(a, b) = (1, 2)", "(= (ROW a b) (ROW 1 2))"),
        ("ROW(a, b) IN ((1, 2), (3, 4))", "(IN (ROW a b) (ROW 1 2) (ROW 3 4))"),
        ("((a))", "a"),
        ("a LIKE 'x%' ESCAPE '|'", "(LIKE a 'x%' ESCAPE '|')"),
        ("a NOT LIKE b", "(NOT LIKE a b)"),
        ("a RLIKE 'x' AND b NOT REGEXP 'y'", "(AND (REGEXP a 'x') (NOT REGEXP b 'y'))"),
        ("INTERVAL 1 DAY + d", "(+ (INTERVAL 1 DAY) d)"),
        ("d - INTERVAL (1 + 2) MINUTE", "(- d (INTERVAL (+ 1 2) MINUTE))"),
        ("/*!50100 a = */ 1", "(= a 1)"),
        ("a -- the rest\n= 1", "(= a 1)"),
    ]

    @Test(arguments: keywordFormsCases)
    func keywordForms(source: String, tree: String) {
        #expect(parsed(source) == tree)
    }

    @Test func functionNamesAreUpperCasedButColumnsKeepCase() throws {
        let expression = try SQLParser.parseExpression("lower(MyCol)")
        #expect(expression == .function(name: "LOWER", arguments: [.column(["MyCol"])]))
    }
}
