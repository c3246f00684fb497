/// A statement together with the text it was parsed from and the places where that text names
/// databases and tables, so that routing can rewrite names in the user's own text instead of
/// reprinting the statement (comments, spacing and casing survive).
public struct ParsedStatement: Sendable, Hashable {
    public var statement: SQLStatement
    /// The text as given to the parser.
    public var text: String
    /// Every database, table and schema-object name written in `text`, in the order written.
    public var nameSites: [NameSite]

    public init(statement: SQLStatement, text: String, nameSites: [NameSite]) {
        self.statement = statement
        self.text = text
        self.nameSites = nameSites
    }
}

/// One place where a statement's text writes a name.
public struct NameSite: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// A table, view or sequence: `t` or `db.t` as written (schema nil when unqualified).
        case table(SQLTableName)
        /// A trigger, stored routine or event name: it lives in a schema but is not a table,
        /// so table routing leaves it alone.
        case schemaObject(SQLTableName)
        /// A database of CREATE/ALTER/DROP DATABASE or USE.
        case database(String)
    }

    /// Which part of the statement the name fills.
    public enum Part: Sendable, Hashable {
        /// The table of CREATE TABLE, ALTER TABLE, TRUNCATE, CREATE INDEX and DROP INDEX.
        case table
        /// The i-th table of DROP TABLE.
        case droppedTable(Int)
        /// The old name of the i-th pair of RENAME TABLE.
        case renameFrom(Int)
        /// The new name of the i-th pair of RENAME TABLE.
        case renameTo(Int)
        /// The source of CREATE TABLE ... LIKE.
        case likeSource
        /// The table a foreign key REFERENCES.
        case referencedTable
        /// The new name in ALTER TABLE ... RENAME [TO] new.
        case newName
        /// A member of a MERGE table's `UNION=(...)`.
        case mergeMember
        /// A table a view's query reads (after FROM or JOIN).
        case queryTable
        /// The stand-alone table of ALTER TABLE ... EXCHANGE PARTITION p WITH TABLE other, and of
        /// MariaDB's CONVERT PARTITION p TO TABLE other / CONVERT TABLE other TO PARTITION p.
        case partitionTable
        /// The i-th entry of `OtherDDL.objects` (a view, a trigger and its table, a routine...).
        case object(Int)
        /// The database of CREATE/ALTER/DROP DATABASE or USE.
        case database
    }

    /// UTF-8 byte offsets in `ParsedStatement.text` of the whole name, qualifier included
    /// (`` `db` . `t` `` from the first backquote to the last).
    public var range: Range<Int>
    public var target: Target
    public var part: Part

    public init(range: Range<Int>, target: Target, part: Part) {
        self.range = range
        self.target = target
        self.part = part
    }
}
