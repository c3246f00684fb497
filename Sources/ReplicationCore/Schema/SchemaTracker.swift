import SQLSyntax

/// An in-memory catalog of databases and tables, kept in step with the source by applying the
/// DDL read from the binlog, so the sync unit knows each table's columns (binlog row events
/// carry types but not names) and keys at every position.
///
/// Tables come from `load(createTableSQL:schema:)` (the text of `SHOW CREATE TABLE`) or from
/// applied `CREATE TABLE`s; every statement either applies completely or throws and leaves the
/// catalog as it was (except `DROP TABLE a, b` with `b` unknown: like the server, `a` is
/// dropped, then the error is thrown). The catalog is `Codable` for checkpoints
/// (`checkpointData()`, `init(checkpointData:)`).
///
/// ## Server behaviours reproduced (MariaDB 10.11, checked against a real server)
///
/// Types, as information_schema.COLUMNS shows them (DATA_TYPE, COLUMN_TYPE):
/// - Synonyms: BOOL/BOOLEAN → `tinyint(1)`, INTEGER/INT4 → `int`, INT1/2/3/8, MIDDLEINT,
///   DEC/NUMERIC/FIXED → `decimal`, REAL/DOUBLE PRECISION/FLOAT8 → `double`, FLOAT4,
///   FLOAT(p) → `float` up to 24 and `double` above, CHARACTER VARYING, LONG/LONG VARCHAR →
///   `mediumtext`, LONG VARBINARY → `mediumblob`, CHAR BYTE → `binary`, SERIAL → `bigint(20)
///   unsigned NOT NULL AUTO_INCREMENT UNIQUE`, JSON → `longtext` utf8mb4_bin, NATIONAL/NCHAR/
///   NVARCHAR → utf8mb3, ASCII → latin1, UNICODE → ucs2.
/// - Default display widths (`int(11)`, `int(10) unsigned`, `tinyint(4)`, `bigint(20)`...),
///   ZEROFILL implies UNSIGNED, DECIMAL defaults to (10,0), `time(0)` is `time`, YEAR is `year(4)`.
/// - TEXT(n)/BLOB(n) pick the smallest type holding n characters (bytes); a VARCHAR longer than
///   65535 bytes becomes a TEXT type (what a non-strict server does; a strict one refuses, so
///   such a statement never reaches the binlog); the binary charset turns CHAR/VARCHAR/TEXT into
///   BINARY/VARBINARY/BLOB (ENUM/SET keep charset `binary`); ENUM/SET members lose trailing
///   spaces and may not repeat.
///
/// Charsets: column ← table ← database ← server; a charset alone picks its default collation, a
/// collation alone its charset, `BINARY` the `_bin` collation, `utf8` means `utf8mb3`;
/// `ALTER TABLE ... [DEFAULT] CHARACTER SET/COLLATE` changes only what later columns inherit;
/// `CONVERT TO CHARACTER SET` converts every column with a charset (JSON too, binary strings
/// not) and grows TEXT types so they hold as many characters (latin1 TEXT → utf8mb4 MEDIUMTEXT).
///
/// Nullability and defaults (COLUMN_DEFAULT, EXTRA): PRIMARY KEY columns become NOT NULL and lose
/// an implicit NULL default (a column-level `DEFAULT NULL PRIMARY KEY` is refused);
/// AUTO_INCREMENT columns are NOT NULL; TIMESTAMP has no special rules
/// (explicit_defaults_for_timestamp = ON, the 10.11 default); generated columns are nullable with
/// a NULL default. Literal defaults are stored in the column's type and shown as read back:
/// integers rounded and range-checked, DECIMAL to its scale, FLOAT to 6 significant digits and
/// DOUBLE to the shortest round trip (`1e20` past 15 digits), ZEROFILL padded, BIT as `b'101'`,
/// CHAR without trailing spaces, BINARY padded with NULs, ENUM/SET members in their own spelling
/// and order (numbers refused), dates, times and years completed from strings or numbers
/// (`127` → `'2000-01-27'`), `NOW()`/`CURRENT_TIMESTAMP` as `current_timestamp(p)` with the
/// column's precision; BLOB/TEXT defaults stay literals as written (`12`, `0x41`, `'a  '`).
/// SET DEFAULT on an AUTO_INCREMENT column is checked, then ignored.
///
/// ALTER TABLE follows the server's algorithm: DROP/CHANGE/MODIFY/RENAME COLUMN refer to the
/// columns before the statement (the first claim on a column wins, later ones are unknown
/// columns); ADD appends; FIRST/AFTER are applied in statement order and name the list as built
/// so far; ALTER COLUMN reaches unchanged and newly placed columns; IF [NOT] EXISTS looks at the
/// table before the statement. Dropped columns leave their indexes (an emptied index goes; a
/// multi-column UNIQUE or PRIMARY key refuses, 1072); changed columns are renamed in indexes,
/// and a prefix that no longer fits a shortened or retyped column becomes the whole column; a
/// new column taking a dropped column's name inherits its index parts.
///
/// Indexes (information_schema.STATISTICS): unnamed keys are named after their first column
/// (`a`, `a_2`, ...), a named UNIQUE/INDEX after `CONSTRAINT symbol`; a FOREIGN KEY gets an
/// index named like the constraint unless an index starts with its columns, and InnoDB names
/// unnamed foreign keys `<table>_ibfk_<n>` (renamed with the table); a non-string "prefix" equal
/// to the value's size means the whole column; BLOB/TEXT parts without a prefix, and keys over
/// 3072 bytes, make a UNIQUE key a long-hash (`HASH`) key and get an automatic prefix in a plain
/// key (longer plain keys are refused). New tables sort their keys as the server does: primary
/// key and NOT NULL unique keys first (nullability as of when each key was processed, so a
/// PRIMARY KEY written later does not count), then nullable unique keys, whole-column before
/// prefixed, long-hash unique keys last in written order, then the other keys, FULLTEXT last.
/// ALTER TABLE re-sorts only when it adds a key or when, without a primary key, the NOT NULL
/// unique key leading the table goes or becomes nullable; otherwise keys keep their order.
/// CREATE TABLE ... LIKE copies columns and indexes (re-sorted), not foreign keys.
///
/// Errors, with the server's numbers: unknown/duplicate databases (1049, 1007, 1008), tables
/// (1146, 1051, 1050), columns (1054, 1060, 1091) and keys (1091, 1061, 1176, 1072), no database
/// selected (1046), multiple primary keys (1068), `PRIMARY` as an index name (1280), invalid
/// defaults and ON UPDATE (1067, 1294), AUTO_INCREMENT without a key or in a hash key (1075,
/// 4169), TEXT keys without a prefix (1170), bad prefixes (1089), keys too long (1071), unknown
/// charsets and mismatched collations (1115, 1253), dropping all columns or leaving only
/// invisible ones (1090, 1113), invisible NOT NULL columns without a default (4108), dropping a
/// foreign key's column (1553). Where a statement has several faults the server sometimes
/// reports another one first.
///
/// Not modelled: temporary tables (not in a row-based binlog), views, CHECK constraints,
/// partitioning, row-size limits, strict-mode refusals of long VARCHARs,
/// explicit_defaults_for_timestamp = OFF, engines other than InnoDB (their key limits), the
/// referenced side of foreign keys, comments, the NULL default that `ALTER COLUMN ... SET
/// DEFAULT NULL` leaves on a BLOB/TEXT column, and expression defaults other than
/// `CURRENT_TIMESTAMP` (printed on a best-effort basis; the server also folds some constants).
public struct SchemaTracker: Sendable {
    public private(set) var options: Options

    /// Databases by `options.lookupKey(name)`.
    var catalog: [String: DatabaseEntry] = [:]

    struct DatabaseEntry: Hashable, Sendable {
        var database: TrackedDatabase
        /// Tables by `options.lookupKey(name)`.
        var tables: [String: TrackedTable] = [:]
    }

    public init(options: Options = Options()) {
        self.options = options
    }

    /// All databases, by name.
    public var databases: [TrackedDatabase] {
        self.catalog.values.map(\.database).sorted { $0.name < $1.name }
    }

    public func database(named name: String) -> TrackedDatabase? {
        self.catalog[self.options.lookupKey(name)]?.database
    }

    /// The tables of one database, by name.
    public func tables(inDatabase name: String) -> [TrackedTable] {
        (self.catalog[self.options.lookupKey(name)]?.tables.values).map { $0.sorted { $0.name < $1.name } } ?? []
    }

    public func table(schema: String, name: String) -> TrackedTable? {
        self.catalog[self.options.lookupKey(schema)]?.tables[self.options.lookupKey(name)]
    }

    public func table(_ name: TableName) -> TrackedTable? {
        self.table(schema: name.schema, name: name.table)
    }

    /// Applies one parsed statement.
    ///
    /// - Parameters:
    ///   - statement: DDL is applied; other statements (DML, views, routines...) change nothing.
    ///   - defaultSchema: the session's current database (the Query event's schema), for names
    ///     written without one.
    /// - Returns: what changed, in order; empty for statements that change no table definition.
    /// - Throws: `SchemaTrackerError` when the server would have refused the statement, or the
    ///   tracker cannot follow it; the catalog is then unchanged.
    @discardableResult
    public mutating func apply(_ statement: SQLStatement, defaultSchema: String?) throws(SchemaTrackerError) -> [SchemaChange] {
        var draft = self
        let changes: [SchemaChange]
        switch statement {
        case .createDatabase(let create): changes = try draft.createDatabase(create)
        case .alterDatabase(let alter): changes = try draft.alterDatabase(alter, defaultSchema: defaultSchema)
        case .dropDatabase(let drop): changes = try draft.dropDatabase(drop)
        case .createTable(let create): changes = try draft.createTable(create, defaultSchema: defaultSchema)
        case .alterTable(let alter): changes = try draft.alterTable(alter, defaultSchema: defaultSchema)
        case .dropTable(let drop):
            // The server drops the tables it knows even when others are unknown.
            let outcome = try draft.dropTables(drop, defaultSchema: defaultSchema)
            self = draft
            if let error = outcome.error { throw error }
            return outcome.changes
        case .renameTable(let rename): changes = try draft.renameTables(rename, defaultSchema: defaultSchema)
        case .truncateTable(let name):
            _ = try draft.existingTable(draft.qualify(name, defaultSchema: defaultSchema))
            changes = []
        case .createIndex(let create): changes = try draft.createIndex(create, defaultSchema: defaultSchema)
        case .dropIndex(let drop): changes = try draft.dropIndex(drop, defaultSchema: defaultSchema)
        case .otherDDL, .nonDDL: changes = []
        }
        self = draft
        return changes
    }
}
