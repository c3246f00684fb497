extension SQLParser {
    /// Parses one statement: DDL in full (to the end of the text, an optional final `;`
    /// allowed), anything else only as far as needed to classify it.
    ///
    /// Forms that get no node of their own: `SCHEMA` is `DATABASE`, `TABLES` is `TABLE`,
    /// `CHARSET` and `CHAR SET` are `CHARACTER SET`, `DEFAULT` before a table option is dropped,
    /// `ASCII`/`UNICODE`/`BYTE` after a string type are the character sets latin1/ucs2/binary,
    /// `KEY` on a column is `PRIMARY KEY`, `AS (x) PERSISTENT` is `STORED`, `DROP CHECK` is
    /// `DROP CONSTRAINT`, and `ONLINE`/`OFFLINE` in CREATE INDEX are dropped. A column's
    /// `[NOT] ENFORCED` after its CHECK is kept as a separate `.other` attribute.
    ///
    /// Dropped because the tree has no place for them (the statement text keeps them): MariaDB's
    /// `IF EXISTS` in `RENAME COLUMN IF EXISTS` and `ALTER COLUMN IF EXISTS` (the tree has the
    /// unconditional specification), and `WAIT n`/`NOWAIT` in ALTER TABLE, RENAME TABLE and
    /// TRUNCATE (DROP TABLE keeps it in its trailer, CREATE/DROP INDEX in theirs).
    ///
    /// - Throws: `SQLSyntaxError` with the line, column and text where parsing failed.
    public static func parseStatement(_ text: String, options: SQLLexerOptions = .init()) throws -> ParsedStatement {
        var parser = StatementParser(text, options: options)
        let statement = try parser.parseStatement()
        return ParsedStatement(statement: statement, text: text, nameSites: parser.nameSites)
    }
}
