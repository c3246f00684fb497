import Testing

@testable import ReplicationCore

/// Arithmetic result types, exactness and range errors, as MySQL 8 has them.
@Suite struct ExpressionArithmeticTests {
    static let cases: [(String, String)] = [
        ("c % 2 = 0", "1"), ("c * c + 9 = 25", "1"), ("-c", "-4"), ("+c", "4"), ("c - 10", "-6"),
        // Decimals are exact and keep MySQL's scales.
        ("0.1 + 0.2", "0.3"), ("d * 2", "21.00"), ("d + 1", "11.50"), ("2 * 0.5", "1.0"), ("d - 0.005", "10.495"),
        ("1 / 3", "0.3333"), ("1.0 / 3", "0.33333"), ("d / 4", "2.625000"), ("10 / 4", "2.5000"),
        ("12345678901234567890123456789 * 10", "123456789012345678901234567890"),
        ("99999999999999999999999999999999999999999999999999 + 1", "100000000000000000000000000000000000000000000000000"),
        // Doubles and strings in arithmetic are doubles.
        ("'3' + 4", "7"), ("'1.5x' * 2", "3"), ("1e0 / 3", "0.3333333333333333"), ("0.1e0 + 0.2e0", "0.30000000000000004"),
        // Division and modulo by zero are NULL.
        ("1 / 0", "NULL"), ("1 DIV 0", "NULL"), ("7 MOD 0", "NULL"), ("7 % 0.0", "NULL"), ("1e0 / 0", "NULL"),
        ("5 DIV 2", "2"), ("-7 DIV 2", "-3"), ("7.5 DIV 2", "3"), ("-7 % 2", "-1"), ("7 % -2", "1"), ("10.5 % 3", "1.5"), ("MOD(29, 9)", "2"),
        // Unsigned: results stay unsigned when they fit.
        ("u - 1", "18446744073709551614"), ("CAST(1 AS UNSIGNED) - 1", "0"), ("CAST(5 AS UNSIGNED) + -3", "2"), ("u DIV 2", "9223372036854775807"),
        ("u % 10", "5"), ("tiny + 1", "256"),
        // Bit operators work on 64-bit unsigned integers.
        ("5 & 3", "1"), ("5 | 3", "7"), ("5 ^ 3", "6"), ("~0", "18446744073709551615"), ("1 << 3", "8"), ("-1 >> 60", "15"), ("1 << 64", "0"),
        ("c & n", "NULL"),
    ]

    @Test(arguments: cases)
    func evaluates(expression: String, expected: String) {
        #expect(ExpressionFixture.printed(expression) == expected, "\(expression)")
    }

    static let overflows: [(String, String)] = [
        ("9223372036854775807 + 1", "BIGINT value is out of range in '9223372036854775807 + 1'"),
        ("-9223372036854775807 - 2", "BIGINT value is out of range in '-9223372036854775807 - 2'"),
        ("c * 9223372036854775807", "BIGINT value is out of range in '4 * 9223372036854775807'"),
        ("u + 1", "BIGINT UNSIGNED value is out of range in '18446744073709551615 + 1'"),
        ("CAST(0 AS UNSIGNED) - 1", "BIGINT UNSIGNED value is out of range in '0 - 1'"),
        ("- -9223372036854775808", "BIGINT value is out of range in '-(-9223372036854775808)'"),
        ("-u", "BIGINT value is out of range in '-(18446744073709551615)'"),
        ("ABS(-9223372036854775808)", "BIGINT value is out of range in 'abs(-9223372036854775808)'"),
        ("1e308 * 10", "DOUBLE value is out of range in '1e308 * 10'"),
    ]

    @Test(arguments: overflows)
    func integerOverflowIsAnError(expression: String, message: String) {
        let error = ExpressionFixture.error(expression)
        #expect(error?.code == .outOfRange, "\(expression)")
        #expect(error?.message == message)
    }
}
