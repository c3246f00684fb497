import MySQLBinlog
import SQLSyntax
import Testing

@testable import ReplicationCore

/// Date and time functions, INTERVAL arithmetic, DATE_FORMAT and STR_TO_DATE. Expected values
/// are the MySQL 8 manual's examples where it has them; NOW() is 2023-11-14 22:13:20.25 UTC.
@Suite struct ExpressionDateTests {
    static let partsCases: [(String, String)] = [
        ("YEAR(dt)", "2024"), ("YEAR('1987-01-01')", "1987"), ("MONTH('2008-02-03')", "2"), ("DAY(dd)", "29"), ("DAYOFMONTH('2007-02-03')", "3"),
        ("HOUR('10:05:03')", "10"), ("HOUR('272:59:59')", "272"), ("HOUR(dt)", "13"), ("MINUTE('2008-02-03 10:05:03')", "5"), ("MINUTE(t)", "30"),
        ("SECOND('10:05:03')", "3"), ("MICROSECOND('12:00:00.123456')", "123456"), ("MICROSECOND(dt)", "500000"),
        ("DATE('2003-12-31 01:02:03')", "2003-12-31"), ("DATE(dt)", "2024-01-31"), ("TIME('2003-12-31 01:02:03')", "01:02:03"),
        ("TIME(dt)", "13:05:09.500"),
        ("DAYOFWEEK('2007-02-03')", "7"), ("WEEKDAY('2008-02-03 22:23:00')", "6"), ("WEEKDAY('2007-11-06')", "1"), ("DAYOFYEAR('2007-02-03')", "34"),
        ("QUARTER('2008-04-01')", "2"), ("DAYNAME('2007-02-03')", "Saturday"), ("MONTHNAME('2008-02-03')", "February"),
        ("TO_DAYS(950501)", "728779"), ("TO_DAYS('2007-10-07')", "733321"), ("LAST_DAY('2003-02-05')", "2003-02-28"),
        ("LAST_DAY('2004-02-05')", "2004-02-29"),
        ("LAST_DAY('2003-03-32')", "NULL"), ("YEAR('not a date')", "NULL"), ("DAYOFWEEK('0000-00-00')", "NULL"),
        ("WEEK('2008-02-20')", "7"), ("WEEK('2008-02-20', 0)", "7"), ("WEEK('2008-02-20', 1)", "8"), ("WEEK('2008-12-31', 1)", "53"),
        ("WEEK('2000-01-01')", "0"), ("WEEK('2000-01-01', 2)", "52"),
        ("EXTRACT(YEAR FROM '2019-07-02')", "2019"), ("EXTRACT(YEAR_MONTH FROM '2019-07-02 01:02:03')", "201907"),
        ("EXTRACT(DAY_MINUTE FROM '2019-07-02 01:02:03')", "20102"), ("EXTRACT(MICROSECOND FROM '2003-01-02 10:30:00.000123')", "123"),
    ]

    @Test(arguments: partsCases)
    func parts(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let arithmeticCases: [(String, String)] = [
        ("DATEDIFF('2007-12-31 23:59:59', '2007-12-30')", "1"), ("DATEDIFF('2010-11-30 23:59:59', '2010-12-31')", "-31"), ("DATEDIFF(dd, dt)", "29"),
        ("TIMESTAMPDIFF(MONTH, '2003-02-01', '2003-05-01')", "3"), ("TIMESTAMPDIFF(YEAR, '2002-05-01', '2001-01-01')", "-1"),
        ("TIMESTAMPDIFF(MINUTE, '2003-02-01', '2003-05-01 12:05:55')", "128885"), ("TIMESTAMPDIFF(MONTH, '2024-01-31', '2024-02-29')", "0"),
        ("TIMESTAMPDIFF(DAY, dt, dd)", "28"), ("TIMESTAMPADD(MINUTE, 1, '2003-01-02')", "2003-01-02 00:01:00"),
        ("TIMESTAMPADD(WEEK, 1, '2003-01-02')", "2003-01-09"),
        ("DATE_ADD('2018-05-01', INTERVAL 1 DAY)", "2018-05-02"), ("DATE_SUB('2018-05-01', INTERVAL 1 YEAR)", "2017-05-01"),
        ("DATE_ADD('2020-12-31 23:59:59', INTERVAL 1 SECOND)", "2021-01-01 00:00:00"),
        ("DATE_ADD('2018-12-31 23:59:59', INTERVAL 1 DAY)", "2019-01-01 23:59:59"),
        ("DATE_ADD('2100-12-31 23:59:59', INTERVAL '1:1' MINUTE_SECOND)", "2101-01-01 00:01:00"),
        ("DATE_SUB('2025-01-01 00:00:00', INTERVAL '1 1:1:1' DAY_SECOND)", "2024-12-30 22:58:59"),
        ("DATE_ADD('1900-01-01 00:00:00', INTERVAL '-1 10' DAY_HOUR)", "1899-12-30 14:00:00"),
        ("DATE_SUB('1998-01-02', INTERVAL 31 DAY)", "1997-12-02"),
        ("DATE_ADD('1992-12-31 23:59:59.000002', INTERVAL '1.999999' SECOND_MICROSECOND)", "1993-01-01 00:00:01.000001"),
        ("DATE_ADD('2024-01-31', INTERVAL 1 MONTH)", "2024-02-29"), ("DATE_ADD('2024-02-29', INTERVAL 1 YEAR)", "2025-02-28"),
        ("DATE_ADD('2024-01-01', INTERVAL 1 QUARTER)", "2024-04-01"), ("DATE_ADD('2024-01-01', INTERVAL '1-2' YEAR_MONTH)", "2025-03-01"),
        ("DATE_ADD('2024-01-01', INTERVAL 1.5 SECOND)", "2024-01-01 00:00:01.500000"), ("DATE_ADD(dd, INTERVAL 1 HOUR)", "2024-02-29 01:00:00"),
        ("dd + INTERVAL 1 DAY", "2024-03-01"), ("INTERVAL 1 DAY + dd", "2024-03-01"), ("dt - INTERVAL 1 HOUR", "2024-01-31 12:05:09.500"),
        ("'2008-12-31 23:59:59' + INTERVAL 1 SECOND", "2009-01-01 00:00:00"), ("'2005-01-01' - INTERVAL 1 SECOND", "2004-12-31 23:59:59"),
        ("ADDDATE('2008-01-02', 31)", "2008-02-02"), ("ADDDATE('2008-01-02', INTERVAL 31 DAY)", "2008-02-02"),
        ("SUBDATE('2008-01-02', 31)", "2007-12-02"),
        ("t + INTERVAL 1 HOUR", "11:30:00"), ("DATE_ADD('0000-00-00', INTERVAL 1 DAY)", "NULL"), ("DATE_ADD('9999-12-31', INTERVAL 1 DAY)", "NULL"),
        ("DATE_ADD(n, INTERVAL 1 DAY)", "NULL"), ("DATE_ADD(dd, INTERVAL n DAY)", "NULL"),
        ("dt > '2024-01-01' + INTERVAL 30 DAY", "1"),
    ]

    @Test(arguments: arithmeticCases)
    func arithmetic(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let formattingCases: [(String, String)] = [
        ("DATE_FORMAT('2009-10-04 22:23:00', '%W %M %Y')", "Sunday October 2009"), ("DATE_FORMAT('2007-10-04 22:23:00', '%H:%i:%s')", "22:23:00"),
        ("DATE_FORMAT('1900-10-04 22:23:00', '%D %y %a %d %m %b %j')", "4th 00 Thu 04 10 Oct 277"),
        ("DATE_FORMAT('1997-10-04 22:23:00', '%H %k %I %r %T %S %w')", "22 22 10 10:23:00 PM 22:23:00 00 6"),
        ("DATE_FORMAT('1999-01-01', '%X %V')", "1998 52"), ("DATE_FORMAT('2006-06-00', '%d')", "00"),
        ("DATE_FORMAT(dt, '%Y-%m-%d %f')", "2024-01-31 500000"),
        ("DATE_FORMAT(dd, '%U %u %v %x')", "08 09 09 2024"),
        ("STR_TO_DATE('01,5,2013', '%d,%m,%Y')", "2013-05-01"), ("STR_TO_DATE('May 1, 2013', '%M %d,%Y')", "2013-05-01"),
        ("STR_TO_DATE('a09:30:17', 'a%h:%i:%s')", "09:30:17"), ("STR_TO_DATE('a09:30:17', '%h:%i:%s')", "NULL"),
        ("STR_TO_DATE('09:30:17a', '%h:%i:%s')", "09:30:17"),
        ("STR_TO_DATE('2013-05-01 10:11:12 PM', '%Y-%m-%d %r')", "2013-05-01 22:11:12"), ("STR_TO_DATE('2013-02-30', '%Y-%m-%d')", "NULL"),
        ("STR_TO_DATE('2013-05-01', '%Y-%m-%d') = '2013-05-01'", "1"),
        ("UNIX_TIMESTAMP('2015-11-13 10:20:19')", "1447410019"), ("UNIX_TIMESTAMP('2015-11-13 10:20:19.012')", "1447410019.012"),
        ("UNIX_TIMESTAMP(ts)", "1609475696.567800"), ("UNIX_TIMESTAMP('1960-01-01')", "0"),
        ("FROM_UNIXTIME(1447430881)", "2015-11-13 16:08:01"),
        ("FROM_UNIXTIME(1447430881, '%Y %D %M %h:%i:%s %x')", "2015 13th November 04:08:01 2015"),
        ("FROM_UNIXTIME(-1)", "NULL"),
    ]

    @Test(arguments: formattingCases)
    func formatting(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let clockCases: [(String, String)] = [
        ("NOW()", "2023-11-14 22:13:20"), ("NOW(3)", "2023-11-14 22:13:20.250"), ("CURRENT_TIMESTAMP", "2023-11-14 22:13:20"),
        ("CURRENT_TIMESTAMP()", "2023-11-14 22:13:20"), ("LOCALTIMESTAMP", "2023-11-14 22:13:20"), ("SYSDATE()", "2023-11-14 22:13:20"),
        ("CURDATE()", "2023-11-14"), ("CURRENT_DATE", "2023-11-14"), ("CURTIME()", "22:13:20"), ("UTC_TIMESTAMP()", "2023-11-14 22:13:20"),
        ("UNIX_TIMESTAMP()", "1700000000"), ("NOW() = CURRENT_TIMESTAMP", "1"),
        // DM's documented example: `ts > NOW()`.
        ("ts > NOW()", "0"), ("ts < NOW() - INTERVAL 1 YEAR", "1"), ("DATEDIFF(NOW(), dd)", "-107"),
    ]

    @Test(arguments: clockCases)
    func clock(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    @Test func sessionTimeZoneShiftsTimestampsAndTheClock() throws {
        // +08:00: TIMESTAMP columns and NOW() are shown in that zone; UTC_TIMESTAMP() is not.
        let context = SQLEvaluationContext(now: { ExpressionFixture.now }, sessionTimeZoneOffsetSeconds: 8 * 3600)
        let columns = [ExpressionColumn(name: "ts")]
        let row: [BinlogValue] = [.timestamp(seconds: 1_609_475_696, microseconds: 0)]
        let checks: [(String, String)] = [
            ("ts", "2021-01-01 12:34:56"), ("NOW()", "2023-11-15 06:13:20"), ("UTC_TIMESTAMP()", "2023-11-14 22:13:20"),
            ("UNIX_TIMESTAMP(ts)", "1609475696"), ("ts = '2021-01-01 04:34:56+00:00'", "1"), ("FROM_UNIXTIME(0)", "1970-01-01 08:00:00"),
        ]
        for (text, expected) in checks {
            let evaluator = try SQLExpressionEvaluator(try SQLParser.parseExpression(text), columns: columns, context: context)
            let value = try evaluator.evaluate(row: row)
            #expect(value.description == expected, "\(text)")
        }
    }
}
