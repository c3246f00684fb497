import Foundation
import MySQLBinlog
import SQLSyntax

@testable import ReplicationCore

/// A table with one column of each kind and one row, so tests can write expressions the way a
/// task file does and compare the result with what MySQL prints.
///
/// The row (as `SELECT *` would show it in MySQL, session time zone UTC):
///
/// | column | type | value |
/// | --- | --- | --- |
/// | c | INT | 4 |
/// | u | BIGINT UNSIGNED | 18446744073709551615 |
/// | d | DECIMAL(10,2) | 10.50 |
/// | s | VARCHAR utf8mb4_general_ci | 'Hello World' |
/// | b | VARCHAR utf8mb4_bin | 'abc' |
/// | bin | VARBINARY | X'4100' |
/// | dt | DATETIME(3) | 2024-01-31 13:05:09.500 |
/// | dd | DATE | 2024-02-29 |
/// | t | TIME | 10:30:00 |
/// | ts | TIMESTAMP(6) | 2021-01-01 04:34:56.567800 (UTC) |
/// | j | JSON | {"a": 1, "b": [1, 2, {"c": "x"}], "s": "str"} |
/// | e | ENUM('small','medium','large') | 'medium' |
/// | st | SET('a','b','c') | 'a,c' |
/// | f | FLOAT | 1.1 |
/// | n | INT | NULL |
/// | tiny | TINYINT UNSIGNED, logged without signedness | 255 |
enum ExpressionFixture {
    static let columns: [ExpressionColumn] = [
        ExpressionColumn(name: "c"),
        ExpressionColumn(name: "u", isUnsigned: true),
        ExpressionColumn(name: "d"),
        ExpressionColumn(name: "s", charset: "utf8mb4", collation: "utf8mb4_general_ci"),
        ExpressionColumn(name: "b", charset: "utf8mb4", collation: "utf8mb4_bin"),
        ExpressionColumn(name: "bin", isBinary: true),
        ExpressionColumn(name: "dt"),
        ExpressionColumn(name: "dd"),
        ExpressionColumn(name: "t"),
        ExpressionColumn(name: "ts"),
        ExpressionColumn(name: "j"),
        ExpressionColumn(name: "e", enumMembers: ["small", "medium", "large"]),
        ExpressionColumn(name: "st", setMembers: ["a", "b", "c"]),
        ExpressionColumn(name: "f"),
        ExpressionColumn(name: "n"),
        ExpressionColumn(name: "tiny", isUnsigned: true, integerByteWidth: 1),
    ]

    static let row: [BinlogValue] = [
        .int(4),
        .uint(18_446_744_073_709_551_615),
        .decimal("10.50"),
        .bytes(Array("Hello World".utf8)),
        .bytes(Array("abc".utf8)),
        .bytes([0x41, 0x00]),
        .temporal(BinlogTime(kind: .datetime, year: 2024, month: 1, day: 31, hour: 13, minute: 5, second: 9, microsecond: 500_000, precision: 3)),
        .temporal(BinlogTime(kind: .date, year: 2024, month: 2, day: 29)),
        .temporal(BinlogTime(kind: .time, hour: 10, minute: 30)),
        .timestamp(seconds: 1_609_475_696, microseconds: 567_800),
        .json(#"{"a": 1, "b": [1, 2, {"c": "x"}], "s": "str"}"#),
        .enumIndex(2),
        .setBits(0b101),
        .float(1.1),
        .null,
        .int(-1),
    ]

    /// 2023-11-14 22:13:20.250 UTC: what NOW() returns in these tests.
    static let now = Date(timeIntervalSince1970: 1_700_000_000.25)

    static let context = SQLEvaluationContext(now: { ExpressionFixture.now })

    static let table = TableName(schema: "db", table: "t")

    /// Parses `text` and evaluates it over the fixture row.
    static func evaluate(_ text: String) throws -> SQLValue {
        let expression = try SQLParser.parseExpression(text)
        let evaluator = try SQLExpressionEvaluator(expression, columns: columns, table: table, context: context)
        return try evaluator.evaluate(row: row)
    }

    /// The result as MySQL's client prints it (`NULL`, `1`, `2024-01-02`), or the error text.
    static func printed(_ text: String) -> String {
        do {
            return try evaluate(text).description
        } catch {
            return "error: \(error)"
        }
    }

    /// The error evaluating `text` throws, if it is an `ExpressionFilterError`.
    static func error(_ text: String) -> ExpressionFilterError? {
        do {
            _ = try evaluate(text)
            return nil
        } catch {
            return error as? ExpressionFilterError
        }
    }
}
