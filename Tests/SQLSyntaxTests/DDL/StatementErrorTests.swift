import SQLSyntax
import Testing

/// Parse errors of DDL: line, column, what was found and what was expected.
@Suite struct StatementErrorTests {
    static let cases: [(source: String, message: String)] = [
        ("CREATE TABLE (a INT)", "line 1, column 14: expected a table name, found '(' near '(a INT)'"),
        ("CREATE TABLE t (a INT,)", "line 1, column 23: expected a column name, found ')' near ')'"),
        ("CREATE TABLE t (a foo)", "line 1, column 19: unknown data type 'foo' near 'foo)'"),
        ("CREATE TABLE t (a INT) x", "line 1, column 24: unexpected 'x' after the end of the statement near 'x'"),
        ("CREATE TABLE t (\n  a INT,\n  b VARCHAR(10) DEFAULT 'x\n)", "line 3, column 25: unterminated string literal near ''x\n)'"),
        ("CREATE TABLE t (a INT", "line 1, column 22: expected ')', found end of input"),
        ("CREATE TABLE t (a ENUM(1))", "line 1, column 24: expected a quoted ENUM or SET member, found '1' near '1))'"),
        (
            "CREATE TABLE t (a INT, CONSTRAINT c KEY (a))",
            "line 1, column 37: expected PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK, found 'KEY' near 'KEY (a))'"
        ),
        ("CREATE TABLE t (a INT) ENGINE=", "line 1, column 31: expected a value for ENGINE, found end of input"),
        ("CREATE TABLE t (a INT CHECK (a = ?))", "line 1, column 34: placeholders (?) are not supported in an expression near '?))'"),
        (
            "CREATE TABLE t (a INT REFERENCES p (id) ON DELETE NOTHING)",
            "line 1, column 51: expected RESTRICT, CASCADE, SET NULL, SET DEFAULT or NO ACTION, found 'NOTHING' near 'NOTHING)'"
        ),
        ("CREATE TABLE t (a INT, KEY (a(x)))", "line 1, column 31: expected a prefix length, found 'x' near 'x)))'"),
        ("CREATE TABLE t (a DECIMAL(10,))", "line 1, column 30: expected a length, found ')' near '))'"),
        ("ALTER TABLE t ADD", "line 1, column 18: expected a column name, found end of input"),
        ("ALTER TABLE t ADD COLUMN a INT b INT", "line 1, column 32: expected ',' or the end of the statement, found 'b' near 'b INT'"),
        ("ALTER TABLE t FOO BAR", "line 1, column 15: expected an ALTER TABLE specification, found 'FOO' near 'FOO BAR'"),
        (
            "ALTER TABLE t ALTER COLUMN a SET NOTHING",
            "line 1, column 34: expected DEFAULT, VISIBLE or INVISIBLE, found 'NOTHING' near 'NOTHING'"
        ),
        ("ALTER TABLE t CONVERT TO utf8mb4", "line 1, column 26: expected CHARACTER SET, found 'utf8mb4' near 'utf8mb4'"),
        ("ALTER IGNORE DATABASE d", "line 1, column 14: expected TABLE, found 'DATABASE' near 'DATABASE d'"),
        ("ALTER DATABASE d", "line 1, column 17: expected a database option (CHARACTER SET, COLLATE, ...), found end of input"),
        ("DROP TABLE", "line 1, column 11: expected a table name, found end of input"),
        ("DROP TABLE a,", "line 1, column 14: expected a table name, found end of input"),
        ("RENAME TABLE a b", "line 1, column 16: expected TO, found 'b' near 'b'"),
        ("CREATE INDEX ON t (a)", "line 1, column 17: expected ON, found 't' near 't (a)'"),
        ("DROP INDEX i", "line 1, column 13: expected ON, found end of input"),
        ("DROP DATABASE", "line 1, column 14: expected a database name, found end of input"),
        ("CREATE TRIGGER tr BEFORE INSERT", "line 1, column 32: expected ON and the trigger's table, found end of input"),
        ("'unterminated", "line 1, column 1: unterminated string literal near ''unterminated'"),
        ("TRUNCATE TABLE t; DROP TABLE u", "line 1, column 19: unexpected 'DROP' after the end of the statement near 'DROP TABLE u'"),
    ]

    @Test(arguments: cases)
    func message(source: String, message: String) {
        #expect(statementError(source) == message)
    }

    @Test func errorCarriesItsPosition() throws {
        let error = try #require(throws: SQLSyntaxError.self) { try SQLParser.parseStatement("CREATE TABLE t (\n  a INT,\n  b WHAT\n)") }
        #expect(error.line == 3)
        #expect(error.column == 5)
        #expect(error.near == "WHAT\n)")
        #expect(error.reason == "unknown data type 'WHAT'")
    }
}
