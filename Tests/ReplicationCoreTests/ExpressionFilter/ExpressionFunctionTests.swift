import Testing

@testable import ReplicationCore

/// String and numeric functions; expected values are the examples of the MySQL 8 manual where
/// it has them.
@Suite struct ExpressionFunctionTests {
    static let strings: [(String, String)] = [
        ("LENGTH('héllo')", "6"), ("OCTET_LENGTH('ab')", "2"), ("CHAR_LENGTH('héllo')", "5"), ("CHARACTER_LENGTH(s)", "11"), ("LENGTH(bin)", "2"),
        ("UPPER(s)", "HELLO WORLD"), ("UCASE('abc')", "ABC"), ("LOWER('AbC')", "abc"), ("LCASE(s)", "hello world"),
        ("CONCAT('My', 'S', 'QL')", "MySQL"), ("CONCAT('a', 1, 2.50)", "a12.50"), ("CONCAT('a', NULL)", "NULL"),
        ("CONCAT_WS(',', 'First name', NULL, 'Last Name')", "First name,Last Name"), ("CONCAT_WS(NULL, 'a')", "NULL"),
        ("SUBSTRING('Quadratically', 5)", "ratically"), ("SUBSTRING('foobarbar' FROM 4)", "barbar"), ("SUBSTRING('Quadratically', 5, 6)", "ratica"),
        ("SUBSTRING('Sakila', -3)", "ila"), ("SUBSTRING('Sakila', -5, 3)", "aki"), ("SUBSTRING('Sakila' FROM -4 FOR 2)", "ki"),
        ("SUBSTR('abc', 0)", ""),
        ("MID('abc', 2, 1)", "b"), ("LEFT('foobarbar', 5)", "fooba"), ("RIGHT('foobarbar', 4)", "rbar"), ("LEFT('abc', -1)", ""),
        ("TRIM('  bar   ')", "bar"), ("LTRIM('  barbar')", "barbar"), ("RTRIM('barbar   ')", "barbar"),
        ("TRIM(LEADING 'x' FROM 'xxxbarxxx')", "barxxx"), ("TRIM(BOTH 'x' FROM 'xxxbarxxx')", "bar"), ("TRIM(TRAILING 'xyz' FROM 'barxxyz')", "barx"),
        ("REPLACE('www.mysql.com', 'w', 'Ww')", "WwWwWw.mysql.com"), ("REPLACE('abc', '', 'x')", "abc"),
        ("INSTR('foobarbar', 'bar')", "4"), ("INSTR('xbar', 'foobar')", "0"), ("INSTR(s, 'WORLD')", "7"), ("INSTR(b, 'B')", "0"),
        ("LOCATE('bar', 'foobarbar')", "4"), ("LOCATE('xbar', 'foobar')", "0"), ("LOCATE('bar', 'foobarbar', 5)", "7"),
        ("POSITION('bar' IN 'foobarbar')", "4"),
        ("REVERSE('abc')", "cba"), ("LPAD('hi', 4, '??')", "??hi"), ("LPAD('hi', 1, '??')", "h"), ("RPAD('hi', 5, '?')", "hi???"),
        ("RPAD('hi', 5, '')", "NULL"),
        ("REPEAT('MySQL', 3)", "MySQLMySQLMySQL"), ("REPEAT('a', 0)", ""), ("SPACE(3)", "   "),
        ("ASCII('2')", "50"), ("ASCII('dx')", "100"), ("ASCII('')", "0"),
        ("HEX('abc')", "616263"), ("HEX(255)", "FF"), ("HEX(-1)", "FFFFFFFFFFFFFFFF"), ("HEX(bin)", "4100"),
        ("STRCMP('text', 'text2')", "-1"), ("STRCMP('text2', 'text')", "1"), ("STRCMP('text', 'text')", "0"),
        ("FIND_IN_SET('b', 'a,b,c,d')", "2"), ("FIND_IN_SET('c', st)", "2"), ("FIND_IN_SET('z', st)", "0"),
    ]

    @Test(arguments: strings)
    func stringFunctions(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let numbers: [(String, String)] = [
        ("ABS(2)", "2"), ("ABS(-32)", "32"), ("ABS(-1.50)", "1.50"), ("ABS(-2.5e0)", "2.5"),
        ("CEIL(1.23)", "2"), ("CEILING(-1.23)", "-1"), ("CEIL(1.23e0)", "2"), ("FLOOR(1.23)", "1"), ("FLOOR(-1.23)", "-2"), ("FLOOR(c)", "4"),
        // ROUND: half away from zero for exact values, half to even for doubles.
        ("ROUND(-1.23)", "-1"), ("ROUND(-1.58)", "-2"), ("ROUND(1.58)", "2"), ("ROUND(1.298, 1)", "1.3"), ("ROUND(1.298, 0)", "1"),
        ("ROUND(23.298, -1)", "20"), ("ROUND(.12345678901234567890123456789, 35)", "0.123456789012345678901234567890"),
        ("ROUND(2.5)", "3"), ("ROUND(-2.5)", "-3"), ("ROUND(2.5e0)", "2"), ("ROUND(155, -1)", "160"), ("ROUND(d, 1)", "10.5"),
        ("TRUNCATE(1.223, 1)", "1.2"), ("TRUNCATE(1.999, 1)", "1.9"), ("TRUNCATE(1.999, 0)", "1"), ("TRUNCATE(-1.999, 1)", "-1.9"),
        ("TRUNCATE(122, -2)", "100"), ("TRUNCATE(10.28 * 100, 0)", "1028"),
        ("MOD(234, 10)", "4"), ("253 % 7", "1"), ("MOD(29, 9)", "2"), ("29 MOD 9", "2"), ("MOD(34.5, 3)", "1.5"),
        ("SIGN(-32)", "-1"), ("SIGN(0)", "0"), ("SIGN(234)", "1"), ("SIGN(-0.5)", "-1"),
        ("GREATEST(2, 0)", "2"), ("GREATEST(34.0, 3.0, 5.0, 767.0)", "767.0"), ("GREATEST('B', 'A', 'C')", "C"), ("LEAST(2, 0)", "0"),
        ("LEAST(34.0, 3.0, 5.0, 767.0)", "3.0"), ("LEAST('B', 'A', 'C')", "A"), ("GREATEST(1, NULL)", "NULL"), ("GREATEST(1, '2')", "2"),
        ("POW(2, 2)", "4"), ("POWER(2, -2)", "0.25"), ("SQRT(4)", "2"), ("SQRT(20)", "4.47213595499958"), ("SQRT(-16)", "NULL"),
    ]

    @Test(arguments: numbers)
    func numericFunctions(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }
}
