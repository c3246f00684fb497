import SQLSyntax

/// One ALTER TABLE applied as the server applies it (its `mysql_prepare_alter_table`): the
/// specifications are first sorted into lists (columns to add or change, columns and keys to
/// drop, renames...), which are then matched against the table as it was before the statement.
struct TableAlteration {
    let original: TrackedTable
    let databaseDefaults: CharsetResolution

    /// The table's default charset after the statement (`[DEFAULT] CHARACTER SET`, `CONVERT TO`).
    var defaults: CharsetResolution
    var convertTo: CharsetResolution?
    var engine: String
    var renameTo: SQLTableName?

    var columnRequests: [ColumnRequest] = []
    var droppedColumns: [String] = []
    var columnAlterations: [ColumnAlteration] = []
    var droppedKeys: [String] = []
    var renamedKeys: [(old: String, new: String)] = []
    /// New keys in statement order, including those column attributes ask for.
    var newKeys: [KeyRequest] = []
    var newForeignKeys: [ForeignKeyRequest] = []
    var droppedForeignKeys: [String] = []
    /// DROP COLUMNs that matched no column: reported after the key checks, as the server does.
    var unmatchedDrops: [String] = []

    /// ADD, CHANGE or MODIFY of one column.
    struct ColumnRequest {
        var column: TrackedColumn
        /// The column CHANGE/MODIFY replaces (nil for ADD).
        var change: String?
        var position: ColumnPosition?
        /// Whether the original column it replaces was found.
        var isBound = false
        /// Reported once the column list is complete, as the server does.
        var defaultError: SchemaTrackerError?
    }

    /// RENAME COLUMN and ALTER COLUMN: they keep the column's definition.
    enum ColumnAlteration {
        case rename(String, to: String)
        case setDefault(String, SQLExpression)
        case dropDefault(String)
        case visibility(String, visible: Bool)

        var isRename: Bool {
            if case .rename = self { true } else { false }
        }

        var column: String {
            switch self {
            case .rename(let name, _), .setDefault(let name, _), .dropDefault(let name), .visibility(let name, _): name
            }
        }
    }

    var name: TableName { self.original.tableName }

    init(original: TrackedTable, databaseDefaults: CharsetResolution) {
        self.original = original
        self.databaseDefaults = databaseDefaults
        self.defaults = CharsetResolution(charset: original.charset, collation: original.collation)
        self.engine = original.engine
    }

    /// Applies the specifications and returns the new definition (named as before; see `renameTo`).
    mutating func apply(_ specifications: [AlterSpecification]) throws(SchemaTrackerError) -> TrackedTable {
        // Table options first: columns added or changed anywhere in the statement inherit them.
        for specification in specifications { try self.collectOptions(specification) }
        for specification in specifications { try self.collect(specification) }
        let columns = try self.alteredColumns()
        var table = self.original
        table.charset = self.defaults.charset
        table.collation = self.defaults.collation
        table.engine = self.engine
        table.columns = columns.map(\.column)
        if let convertTo { table.columns = table.columns.map { CharsetConversion.convert($0, to: convertTo) } }
        var builder = TableKeyBuilder(table: self.name, columns: table.columns)
        let requests = try self.keyRequests(columns)
        if let name = self.unmatchedDrops.first {
            throw SchemaTrackerError(.cantDrop, 1091, "Can't DROP COLUMN `\(name)` in \(self.name); check that it exists")
        }
        let indexes = try builder.build(requests)
        table.columns = builder.columns
        table.indexes = self.needsKeySort(indexes, columns: table.columns) ? builder.sorted(indexes) : indexes
        table.foreignKeys = try self.foreignKeys(columns)
        return table
    }

    /// The server re-sorts the keys of an altered table only when the statement adds one, or
    /// when the table has no primary key and the NOT NULL unique key that led it (InnoDB's
    /// clustered index) is gone or now has a nullable column; otherwise the keys keep their
    /// order (so a UNIQUE key made nullable stays ahead of NOT NULL ones).
    private func needsKeySort(_ indexes: [TrackedIndex], columns: [TrackedColumn]) -> Bool {
        if !self.newKeys.isEmpty { return true }
        guard self.original.primaryKey == nil, let leader = self.original.indexes.first, leader.kind == .unique,
              Self.allPartsNotNull(leader, in: self.original.columns)
        else { return false }
        let name = self.renamedKeys.last { leader.name.matchesIgnoringCase($0.old) }?.new ?? leader.name
        guard let current = indexes.first(where: { $0.name.matchesIgnoringCase(name) }) else { return true }
        return !Self.allPartsNotNull(current, in: columns)
    }

    private static func allPartsNotNull(_ index: TrackedIndex, in columns: [TrackedColumn]) -> Bool {
        index.parts.allSatisfy { part in columns.first { $0.isNamed(part.column) }.map { !$0.isNullable } == true }
    }

    private mutating func collectOptions(_ specification: AlterSpecification) throws(SchemaTrackerError) {
        let owner = "table \(self.name)"
        switch specification {
        case .options(let options):
            if let resolved = try CharsetResolution.resolve(options: options, inherited: self.databaseDefaults, owner: owner) {
                self.defaults = resolved
            }
            if let engine = options.last(where: { $0.name == "ENGINE" })?.value { self.engine = EngineName.canonical(engine) }
        case .convertCharset(let charset, let collation):
            let resolved = try CharsetResolution.resolve(
                charset: charset, collation: collation, inherited: self.databaseDefaults, owner: owner)
            self.defaults = resolved
            self.convertTo = resolved
        default:
            break
        }
    }
}

/// Storage engine names as the server spells them.
enum EngineName {
    static func canonical(_ name: String) -> String {
        let known = ["InnoDB", "MyISAM", "Aria", "MEMORY", "CSV", "ARCHIVE", "BLACKHOLE", "MRG_MyISAM", "SEQUENCE", "CONNECT", "ROCKSDB"]
        return known.first { $0.lowercased() == name.lowercased() } ?? name
    }
}
