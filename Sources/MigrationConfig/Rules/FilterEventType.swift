/// An entry of `events` in a binlog event filter rule, spelled as DM spells it.
///
/// The list and spellings follow DM's "Binlog Event Filter" page and the event list of DM's
/// binlog-filter package (tidb `pkg/util/binlog-filter`), which also accepts a few types the page
/// does not list (`add column`, `multi schema change`, ...). Group entries (`all`, `all dml`,
/// `incompatible ddl changes`, `none ddl`...) only ever appear in rules; a statement or row event
/// is always classified as one concrete type.
public enum FilterEventType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    // Groups.
    case all = "all"
    case allDML = "all dml"
    case allDDL = "all ddl"
    /// `none` (not named `.none`, which reads as `Optional.none` next to `FilterEventType?`).
    case noneEvent = "none"
    case noneDML = "none dml"
    case noneDDL = "none ddl"
    /// DDL that may lose data downstream (see ``Category/incompatibleDDL``).
    case incompatibleDDLChanges = "incompatible ddl changes"

    // DML.
    case insert = "insert"
    case update = "update"
    case delete = "delete"

    // DDL that DM classifies as compatible.
    case createDatabase = "create database"
    case alterDatabase = "alter database"
    case createTable = "create table"
    case createIndex = "create index"
    case createView = "create view"
    case dropView = "drop view"
    case alterTable = "alter table"
    case addTablePartition = "add table partition"

    // DDL that DM classifies as incompatible.
    case dropDatabase = "drop database"
    case dropTable = "drop table"
    case dropIndex = "drop index"
    case renameTable = "rename table"
    case truncateTable = "truncate table"
    case dropTablePartition = "drop table partition"
    case truncateTablePartition = "truncate table partition"
    case valueRangeDecrease = "value range decrease"
    case precisionDecrease = "precision decrease"
    case modifyColumn = "modify column"
    case renameColumn = "rename column"
    case renameIndex = "rename index"
    case dropColumn = "drop column"
    case dropPrimaryKey = "drop primary key"
    case dropUniqueKey = "drop unique key"
    case modifyDefaultValue = "modify default value"
    case modifyConstraint = "modify constraint"
    case modifyColumnsOrder = "modify columns order"
    case modifyCharset = "modify charset"
    case modifyCollation = "modify collation"
    case removeAutoIncrement = "remove auto increment"
    case modifyStorageEngine = "modify storage engine"
    case reorganizePartition = "reorganize table partition"
    case rebuildPartition = "rebuild table partition"
    case coalescePartition = "coalesce table partition"
    case splitPartition = "split table partition"
    case exchangePartition = "exchange table partition"
    // Accepted by DM's parser and classified incompatible there, though not on the DM page.
    case modifySchemaCharsetAndCollate = "modify schema charset and collate"
    case modifyTableCharsetAndCollate = "modify table charset and collate"
    case modifyTableComment = "modify table comment"
    case recoverTable = "recover table"
    case alterTablePartitioning = "alter table partitioning"
    case removePartitioning = "remove table partitioning"
    case addColumn = "add column"
    case setDefaultValue = "set default value"
    case rebaseAutoID = "rebase auto id"
    case addPrimaryKey = "add primary key"
    case alterIndexVisibility = "alter index visibility"
    case alterTTLInfo = "alter ttl info"
    case alterTTLRemove = "alter ttl remove"
    case multiSchemaChange = "multi schema change"

    /// Older spellings DM still accepts, mapped to the type DM stores for them.
    static let aliases: [String: FilterEventType] = [
        "create schema": .createDatabase,
        "drop schema": .dropDatabase,
        "alter schema": .alterDatabase,
        "add index": .createIndex,
    ]

    /// Parses DM's spelling, ignoring case (DM lower-cases `events` entries), including the aliases
    /// `create schema`, `drop schema`, `alter schema` and `add index`.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if let type = FilterEventType(rawValue: lowered) ?? Self.aliases[lowered] {
            self = type
        } else {
            return nil
        }
    }

    /// Like ``init(parsing:)``, with an error that lists the accepted names.
    public static func parse(_ text: String) throws -> FilterEventType {
        guard let type = FilterEventType(parsing: text) else { throw UnknownFilterEventTypeError(text: text) }
        return type
    }

    public var description: String { rawValue }
}

/// An `events` entry that is not one of DM's event types.
public struct UnknownFilterEventTypeError: Error, Hashable, CustomStringConvertible {
    public let text: String

    public init(text: String) {
        self.text = text
    }

    public var description: String {
        let names = FilterEventType.allCases.map(\.rawValue).joined(separator: ", ")
        return "unknown binlog event type \"\(text)\"; expected one of: \(names)"
    }
}
