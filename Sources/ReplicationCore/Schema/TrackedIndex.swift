/// An index of a tracked table, as information_schema.STATISTICS lists it.
public struct TrackedIndex: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case primary
        case unique
        /// `INDEX`/`KEY`.
        case plain
        case fulltext
        case spatial
    }

    public struct Part: Hashable, Sendable, Codable {
        public var column: String
        /// SUB_PART: the prefix length in characters (bytes for binary strings); nil for the
        /// whole column.
        public var prefixLength: Int?

        public init(column: String, prefixLength: Int? = nil) {
            self.column = column
            self.prefixLength = prefixLength
        }
    }

    /// `PRIMARY` for the primary key.
    public var name: String
    public var kind: Kind
    public var parts: [Part]
    /// A UNIQUE key MariaDB enforces through a hidden hash column (INDEX_TYPE `HASH`): BLOB/TEXT
    /// parts without a prefix, keys longer than the engine allows, or `USING HASH`.
    public var isLongHash: Bool
    /// Created implicitly for a FOREIGN KEY; the server drops it again when another index can
    /// serve the foreign key.
    public var isForForeignKey: Bool

    public init(name: String, kind: Kind, parts: [Part], isLongHash: Bool = false, isForForeignKey: Bool = false) {
        self.name = name
        self.kind = kind
        self.parts = parts
        self.isLongHash = isLongHash
        self.isForForeignKey = isForForeignKey
    }

    public var columns: [String] { self.parts.map(\.column) }
    public var isUnique: Bool { self.kind == .primary || self.kind == .unique }

    /// INDEX_TYPE as information_schema.STATISTICS shows it for InnoDB.
    public var indexType: String {
        switch self.kind {
        case .fulltext: "FULLTEXT"
        case .spatial: "SPATIAL"
        case .primary, .unique, .plain: self.isLongHash ? "HASH" : "BTREE"
        }
    }
}

/// A FOREIGN KEY of a tracked table (kept so that renamed or dropped columns and
/// `DROP FOREIGN KEY` can be checked; the referenced table is not checked).
public struct TrackedForeignKey: Hashable, Sendable, Codable {
    /// The constraint name: as written, or InnoDB's `<table>_ibfk_<n>`.
    public var name: String
    public var columns: [String]
    public var referencedSchema: String
    public var referencedTable: String
    public var referencedColumns: [String]

    public init(name: String, columns: [String], referencedSchema: String, referencedTable: String, referencedColumns: [String]) {
        self.name = name
        self.columns = columns
        self.referencedSchema = referencedSchema
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
    }
}
