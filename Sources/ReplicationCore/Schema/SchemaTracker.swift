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
/// Types, as information_schema.COLUMNS shows them:
/// - Synonyms: BOOL/BOOLEAN → `tinyint(1)`, INTEGER/INT4 → `int`, INT1/2/3/8, MIDDLEINT,
///   DEC/NUMERIC/FIXED → `decimal`, REAL/DOUBLE PRECISION/FLOAT8 → `double`, FLOAT4,
///   FLOAT(p) → `float` up to 24 and `double` above, CHARACTER VARYING, LONG/LONG VARCHAR →
///   `mediumtext`, LONG VARBINARY → `mediumblob`, SERIAL → `bigint(20) unsigned NOT NULL
///   AUTO_INCREMENT UNIQUE`, JSON → `longtext` with utf8mb4_bin, NATIONAL/NCHAR/NVARCHAR → utf8mb3.
/// - Default display widths (`int(11)`, `int(10) unsigned`, `tinyint(4)`, `bigint(20)`...),
///   ZEROFILL implies UNSIGNED, DECIMAL defaults to (10,0), `time(0)` is `time`, YEAR is `year(4)`.
/// - TEXT(n)/BLOB(n) pick the smallest TEXT/BLOB type holding n characters (bytes); a VARCHAR
///   longer than 65535 bytes becomes a TEXT type (the server's non-strict conversion; a strict
///   server refuses the statement instead, so a statement that reached the binlog was fine).
/// - The binary charset turns CHAR/VARCHAR/TEXT into BINARY/VARBINARY/BLOB.
///
/// Charsets and collations: column ← table ← database ← server, a charset alone picks its
/// default collation, a collation alone its charset, `BINARY` the `_bin` collation, `utf8` is
/// `utf8mb3`; `ALTER TABLE ... [DEFAULT] CHARACTER SET` changes only what new columns inherit;
/// `CONVERT TO CHARACTER SET` converts every string column (JSON included) and grows TEXT types
/// so they still hold as many characters (latin1 TEXT → utf8mb4 MEDIUMTEXT).
///
/// Nullability and defaults: PRIMARY KEY columns become NOT NULL (and lose an implicit NULL
/// default), AUTO_INCREMENT columns are NOT NULL, TIMESTAMP has no special rules
/// (explicit_defaults_for_timestamp = ON, the 10.11 default); literal defaults are normalised
/// as the server stores them (`'12'` for an INT is `12`, DECIMAL(5,2) `1.5` is `1.50`, FLOAT to
/// 6 significant digits, CHAR loses trailing spaces, ENUM/SET take the members' spelling and
/// order, temporal values are completed, `CURRENT_TIMESTAMP` takes the column's precision).
///
/// ALTER TABLE follows the server's algorithm: DROP/CHANGE/MODIFY/RENAME COLUMN refer to the
/// columns before the statement, ADD appends, FIRST/AFTER refer to the new names and are applied
/// in order; dropping a column removes it from indexes (an index left empty disappears; a
/// multi-column UNIQUE or PRIMARY key refuses with error 1072); CHANGE/RENAME rename index parts;
/// a prefix that no longer fits a shortened or retyped column becomes the whole column.
///
/// Indexes: unnamed keys are named after their first column (`a`, `a_2`, ...); a FOREIGN KEY
/// creates an index (named after the key or its constraint) unless one covers its columns;
/// InnoDB foreign keys are named `<table>_ibfk_<n>`; TEXT parts without a prefix make a UNIQUE
/// key a long-hash key and get a 3072-byte prefix in plain keys; keys are ordered as the server
/// sorts them (primary, unique NOT NULL, other unique, long-hash unique, plain, FULLTEXT).
///
/// Errors: the server's checks for duplicate/unknown databases, tables, columns and keys,
/// multiple primary keys, invalid defaults, AUTO_INCREMENT without a key, TEXT keys without a
/// prefix, bad prefixes, unknown charsets and mismatched collations, dropping all columns.
///
/// Not modelled: temporary tables (not in a row-based binlog), views, CHECK constraints,
/// partitioning, row-size and total key-length limits, explicit_defaults_for_timestamp = OFF,
/// the referenced side of foreign keys, column comments, defaults that are expressions other
/// than `CURRENT_TIMESTAMP` (printed on a best-effort basis).
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
