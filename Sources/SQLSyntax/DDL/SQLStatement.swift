/// A parsed MySQL/MariaDB statement. DDL is modelled in full (what the schema tracker and the
/// router need); other statements are classified only, so the sync unit can decide what to do.
///
/// Equality ignores where things were written: two parses of differently formatted but
/// equivalent text compare equal. Source positions (for rewriting names in the original text)
/// live in ``ParsedStatement``.
public enum SQLStatement: Sendable, Hashable {
    case createDatabase(CreateDatabase)
    case alterDatabase(AlterDatabase)
    case dropDatabase(DropDatabase)
    case createTable(CreateTable)
    case alterTable(AlterTable)
    case dropTable(DropTable)
    case renameTable(RenameTable)
    case truncateTable(SQLTableName)
    case createIndex(CreateIndex)
    case dropIndex(DropIndex)
    /// Views, triggers, stored routines, events, sequences: recognised and classified, the text
    /// kept as written.
    case otherDDL(OtherDDL)
    /// Anything that is not DDL.
    case nonDDL(NonDDLKind)
}

/// `db.tbl` or `tbl`; `schema` is nil when the statement relies on the current database.
public struct SQLTableName: Sendable, Hashable, CustomStringConvertible {
    public var schema: String?
    public var name: String

    public init(schema: String? = nil, name: String) {
        self.schema = schema
        self.name = name
    }

    public var description: String { self.schema.map { "`\($0)`.`\(self.name)`" } ?? "`\(self.name)`" }
}

// MARK: - Databases

public struct CreateDatabase: Sendable, Hashable {
    public var orReplace: Bool = false  // MariaDB
    public var ifNotExists: Bool = false
    public var name: String
    public var options: [SQLTableOption] = []
    public init(name: String) { self.name = name }
}

public struct AlterDatabase: Sendable, Hashable {
    /// Nil for `ALTER DATABASE` without a name (the current database).
    public var name: String?
    public var options: [SQLTableOption] = []
    public init(name: String?) { self.name = name }
}

public struct DropDatabase: Sendable, Hashable {
    public var ifExists: Bool = false
    public var name: String
    public init(name: String) { self.name = name }
}

// MARK: - Tables

public struct CreateTable: Sendable, Hashable {
    public var orReplace: Bool = false  // MariaDB
    public var temporary: Bool = false
    public var ifNotExists: Bool = false
    public var name: SQLTableName
    public var body: Body

    public enum Body: Sendable, Hashable {
        /// `(columns, constraints) options [partitioning] [[AS] SELECT ...]`
        case definition(TableDefinition)
        /// `LIKE other` (with or without parentheses).
        case like(SQLTableName)
    }

    public init(name: SQLTableName, body: Body) {
        self.name = name
        self.body = body
    }
}

public struct TableDefinition: Sendable, Hashable {
    public var columns: [ColumnDefinition] = []
    public var constraints: [TableConstraint] = []
    public var options: [SQLTableOption] = []
    /// `PARTITION BY ...` kept verbatim (from `PARTITION` to the end of the partition clause).
    public var partitioning: String?
    /// `[IGNORE|REPLACE] [AS] SELECT ...` kept verbatim; the tracker cannot know its columns
    /// without running it, so it reports such tables as unknown.
    public var asSelect: String?
    public init() {}
}

public struct ColumnDefinition: Sendable, Hashable {
    public var name: String
    public var type: SQLDataType
    /// In the order written.
    public var attributes: [ColumnAttribute] = []

    public init(name: String, type: SQLDataType, attributes: [ColumnAttribute] = []) {
        self.name = name
        self.type = type
        self.attributes = attributes
    }
}

/// A column type as written, normalised only in spelling: `name` is upper-case and synonyms are
/// kept as written (`INTEGER` stays `INTEGER`; the tracker knows it means `INT`).
public struct SQLDataType: Sendable, Hashable {
    /// `INT`, `VARCHAR`, `DECIMAL`, `DOUBLE PRECISION`, `ENUM`, `LONG VARCHAR`, `SERIAL`...
    public var name: String
    /// `(10)`, `(10,2)`, `(6)`: the numbers in the parentheses, as written.
    public var length: [String] = []
    /// ENUM/SET members (bytes after unescaping, as UTF-8 text).
    public var values: [String] = []
    public var unsigned: Bool = false
    /// `SIGNED` written explicitly.
    public var signed: Bool = false
    public var zerofill: Bool = false
    /// `CHARACTER SET x` / `CHARSET x` / `ASCII` / `UNICODE` (as `latin1` / `ucs2`).
    public var charset: String?
    /// `COLLATE x` written inside the type.
    public var collation: String?
    /// `CHAR(10) BINARY`: the binary collation of the charset.
    public var binary: Bool = false
    /// `NATIONAL` / `NCHAR` / `NVARCHAR` forms.
    public var national: Bool = false

    public init(name: String) { self.name = name }
}

public enum ColumnAttribute: Sendable, Hashable {
    case null
    case notNull
    case `default`(SQLExpression)
    case onUpdate(SQLExpression)
    case autoIncrement
    /// `UNIQUE [KEY]`
    case unique
    /// `[PRIMARY] KEY`
    case primaryKey
    case comment(String)
    case collate(String)
    case charset(String)
    /// `COLUMN_FORMAT FIXED|DYNAMIC|DEFAULT`
    case columnFormat(String)
    /// `STORAGE DISK|MEMORY`
    case storage(String)
    /// `[GENERATED ALWAYS] AS (expr) [VIRTUAL|STORED|PERSISTENT]`; `stored` for STORED/PERSISTENT.
    case generated(SQLExpression, stored: Bool)
    case invisible
    case visible
    /// `[CONSTRAINT name] CHECK (expr)` on a column.
    case check(name: String?, SQLExpression)
    case references(ForeignKeyReference)
    case srid(Int)
    /// MariaDB `COMPRESSED[=zlib]`.
    case compressed
    /// Anything else recognised but not modelled (e.g. MariaDB `WITH SYSTEM VERSIONING`), verbatim.
    case other(String)
}

public struct TableConstraint: Sendable, Hashable {
    /// `CONSTRAINT symbol` before the constraint.
    public var symbol: String?
    public var kind: Kind

    public enum Kind: Sendable, Hashable {
        case primaryKey(IndexSpec)
        case unique(IndexSpec)
        /// `INDEX`/`KEY`, `FULLTEXT`, `SPATIAL`.
        case index(IndexSpec, IndexFlavor)
        case foreignKey(name: String?, columns: [String], ForeignKeyReference)
        case check(SQLExpression, enforced: Bool?)
    }

    public init(symbol: String? = nil, kind: Kind) {
        self.symbol = symbol
        self.kind = kind
    }
}

public enum IndexFlavor: String, Sendable, Hashable {
    case plain = "INDEX"
    case fulltext = "FULLTEXT"
    case spatial = "SPATIAL"
}

public struct IndexSpec: Sendable, Hashable {
    public var name: String?
    /// `USING BTREE|HASH` (before or after the columns).
    public var using: String?
    public var columns: [IndexColumn]
    /// `COMMENT`, `KEY_BLOCK_SIZE`, `VISIBLE`/`INVISIBLE`/`IGNORED`, `WITH PARSER`, as written.
    public var options: [SQLTableOption] = []

    public init(name: String? = nil, using: String? = nil, columns: [IndexColumn], options: [SQLTableOption] = []) {
        self.name = name
        self.using = using
        self.columns = columns
        self.options = options
    }
}

public struct IndexColumn: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case column(String, length: Int?)
        /// MySQL 8 functional key part `((expr))`.
        case expression(SQLExpression)
    }

    public var part: Part
    public var descending: Bool?

    public init(_ part: Part, descending: Bool? = nil) {
        self.part = part
        self.descending = descending
    }
}

public struct ForeignKeyReference: Sendable, Hashable {
    public var table: SQLTableName
    public var columns: [String]
    /// `ON DELETE ...`, `ON UPDATE ...`, `MATCH ...` as written, upper-cased.
    public var actions: [String] = []

    public init(table: SQLTableName, columns: [String], actions: [String] = []) {
        self.table = table
        self.columns = columns
        self.actions = actions
    }
}

/// A table (or database, or index) option: `ENGINE=InnoDB`, `DEFAULT CHARSET=utf8mb4`,
/// `COMMENT='x'`. `name` is upper-case with `DEFAULT` dropped and synonyms kept
/// (`CHARSET` and `CHARACTER SET` both become `CHARACTER SET`); `value` is the text of the value
/// (strings unquoted).
public struct SQLTableOption: Sendable, Hashable {
    public var name: String
    public var value: String
    /// Whether the value was a quoted string (so the printer quotes it again).
    public var quoted: Bool

    public init(name: String, value: String, quoted: Bool = false) {
        self.name = name
        self.value = value
        self.quoted = quoted
    }
}

public struct AlterTable: Sendable, Hashable {
    public var name: SQLTableName
    /// `ALTER ONLINE|IGNORE TABLE` (MariaDB/MySQL 5), kept for printing.
    public var modifiers: [String] = []
    /// MariaDB `ALTER TABLE IF EXISTS t`.
    public var ifExists: Bool = false
    public var specifications: [AlterSpecification]

    public init(name: SQLTableName, specifications: [AlterSpecification]) {
        self.name = name
        self.specifications = specifications
    }
}

public enum ColumnPosition: Sendable, Hashable {
    case first
    case after(String)
}

public enum AlterSpecification: Sendable, Hashable {
    /// `ADD [COLUMN] [IF NOT EXISTS] col def [FIRST|AFTER x]` or `ADD [COLUMN] (a def, b def)`.
    case addColumns([ColumnDefinition], position: ColumnPosition?, ifNotExists: Bool)
    case dropColumn(String, ifExists: Bool)
    case modifyColumn(ColumnDefinition, position: ColumnPosition?, ifExists: Bool)
    case changeColumn(old: String, ColumnDefinition, position: ColumnPosition?, ifExists: Bool)
    case renameColumn(old: String, new: String)
    case alterColumnSetDefault(String, SQLExpression)
    case alterColumnDropDefault(String)
    /// `ALTER COLUMN c SET VISIBLE|INVISIBLE`.
    case alterColumnVisibility(String, visible: Bool)
    case addConstraint(TableConstraint, ifNotExists: Bool)
    /// `DROP INDEX|KEY name`.
    case dropIndex(String, ifExists: Bool)
    case dropPrimaryKey
    case dropForeignKey(String, ifExists: Bool)
    /// `DROP CHECK name` / `DROP CONSTRAINT name`.
    case dropConstraint(String, ifExists: Bool)
    case renameIndex(old: String, new: String)
    /// `RENAME [TO|AS] new`.
    case renameTable(SQLTableName)
    /// `CONVERT TO CHARACTER SET cs [COLLATE c]`.
    case convertCharset(String, collation: String?)
    /// Table options (`ENGINE=...`, `DEFAULT CHARSET=...`, `COMMENT=...`, `AUTO_INCREMENT=...`).
    case options([SQLTableOption])
    case algorithm(String)
    case lock(String)
    case force
    /// `ORDER BY ...`, `ENABLE/DISABLE KEYS`, partition maintenance, `DISCARD TABLESPACE`...:
    /// recognised, verbatim.
    case other(String)
}

public struct DropTable: Sendable, Hashable {
    public var temporary: Bool = false
    public var ifExists: Bool = false
    public var tables: [SQLTableName]
    /// `RESTRICT`/`CASCADE`/`WAIT n`/`NOWAIT` as written.
    public var trailer: String?
    public init(tables: [SQLTableName]) { self.tables = tables }
}

public struct RenameTable: Sendable, Hashable {
    public struct Pair: Sendable, Hashable {
        public var from: SQLTableName
        public var to: SQLTableName
        public init(from: SQLTableName, to: SQLTableName) {
            self.from = from
            self.to = to
        }
    }

    public var pairs: [Pair]
    /// MariaDB `RENAME TABLE IF EXISTS a TO b`.
    public var ifExists: Bool = false
    public init(pairs: [Pair]) { self.pairs = pairs }
}

public struct CreateIndex: Sendable, Hashable {
    public var orReplace: Bool = false
    public var ifNotExists: Bool = false
    /// `.plain` with `unique` for `CREATE UNIQUE INDEX`.
    public var unique: Bool = false
    public var flavor: IndexFlavor = .plain
    public var table: SQLTableName
    public var index: IndexSpec
    /// `ALGORITHM=...`, `LOCK=...` as written.
    public var trailer: [SQLTableOption] = []

    public init(table: SQLTableName, index: IndexSpec) {
        self.table = table
        self.index = index
    }
}

public struct DropIndex: Sendable, Hashable {
    public var ifExists: Bool = false
    public var name: String
    public var table: SQLTableName
    public var trailer: [SQLTableOption] = []

    public init(name: String, table: SQLTableName) {
        self.name = name
        self.table = table
    }
}

/// DDL this project passes through (routed by its object name) without modelling.
public struct OtherDDL: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case createView, alterView, dropView
        case createTrigger, dropTrigger
        case createProcedure, alterProcedure, dropProcedure
        case createFunction, alterFunction, dropFunction
        case createEvent, alterEvent, dropEvent
        case createSequence, alterSequence, dropSequence
        case createUser, alterUser, dropUser, renameUser
        case createServer, alterServer, dropServer
        case createTablespace, alterTablespace, dropTablespace
        case createLogfileGroup, alterLogfileGroup, dropLogfileGroup
        case createRole, dropRole
        case analyzeTable, optimizeTable, repairTable, checkTable
    }

    public var kind: Kind
    /// The objects it names (views, triggers' tables, routines...), for routing and filtering.
    public var objects: [SQLTableName]
    /// The statement text as written.
    public var text: String

    public init(kind: Kind, objects: [SQLTableName], text: String) {
        self.kind = kind
        self.objects = objects
        self.text = text
    }
}

/// What a non-DDL statement is, for the sync unit (statement-based DML in the binlog, session
/// commands, transaction control).
public enum NonDDLKind: String, Sendable, Hashable, CaseIterable {
    case begin, commit, rollback, savepoint, releaseSavepoint, xa
    case insert, replace, update, delete, loadData
    case select
    case set
    case grant, revoke
    case flush, reset, purge
    case lockTables, unlockTables
    case use
    case call, `do`, handler
    case other
}
