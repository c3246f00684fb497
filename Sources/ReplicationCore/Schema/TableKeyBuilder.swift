/// Turns the keys a table definition asks for into the table's indexes as the server builds
/// them (its `mysql_prepare_create_table`): implicit foreign-key indexes dropped when another
/// index covers them, parts checked and prefixed, unnamed keys named, primary-key columns made
/// NOT NULL, the AUTO_INCREMENT rule checked, and the keys sorted in the server's order.
struct TableKeyBuilder {
    var table: TableName
    var columns: [TrackedColumn]
    /// Per built index: whether a part was nullable when the server processed it. A PRIMARY KEY
    /// makes its columns NOT NULL only for the keys after it, which matters for the order.
    private(set) var hadNullablePart: [Bool] = []

    init(table: TableName, columns: [TrackedColumn]) {
        self.table = table
        self.columns = columns
    }

    /// InnoDB's longest index part, in bytes; longer parts are prefixed (plain keys) or hashed
    /// (UNIQUE keys).
    static let maxKeyPartBytes = 3072

    /// Builds the indexes in request order, updating `columns` (primary-key columns become NOT
    /// NULL); `sorted(_:)` puts them in the server's order.
    mutating func build(_ requests: [KeyRequest]) throws(SchemaTrackerError) -> [TrackedIndex] {
        // Two AUTO_INCREMENT columns are refused before any key is looked at.
        if self.columns.filter(\.isAutoIncrement).count > 1 { throw self.wrongAutoKey }
        guard self.columns.contains(where: { !$0.isInvisible }) else {
            throw SchemaTrackerError(.unsupported, 1113, "A table must have at least 1 column (\(self.table) has only invisible ones)")
        }
        // Only the primary key may be called PRIMARY (checked before anything else).
        if let name = requests.first(where: { $0.kind != .primary && $0.name?.matchesIgnoringCase("PRIMARY") == true })?.name {
            throw SchemaTrackerError(.wrongIndexName, 1280, "Incorrect index name '\(name)' in \(self.table)")
        }
        var built: [(index: TrackedIndex, position: Int)] = []
        for (position, request) in Self.droppingRedundantForeignKeyIndexes(requests).enumerated() {
            let nullable = request.kind != .primary && request.parts.contains { part in
                self.columns.first { $0.isNamed(part.column) }?.isNullable ?? false
            }
            var index = try self.index(for: request)
            if index.kind == .primary, built.contains(where: { $0.index.kind == .primary }) {
                throw SchemaTrackerError(.multiplePrimaryKeys, 1068, "Multiple primary key defined in \(self.table)")
            }
            let taken = built.map(\.index.name)
            index.name = request.kind == .primary ? "PRIMARY" : request.name ?? Self.uniqueName(index.parts[0].column, taken: taken)
            if taken.contains(where: { $0.matchesIgnoringCase(index.name) }) {
                throw .duplicateKeyName(index.name, in: self.table)
            }
            built.append((index, position))
            self.hadNullablePart.append(nullable)
        }
        try self.checkAutoIncrement(built.map(\.index))
        try self.checkInvisibleColumns()
        return built.map(\.index)
    }

    /// The server's key order: unique keys first (NOT NULL ones, the primary key leading them,
    /// then nullable ones; whole-column before prefixed; long-hash last), then the others with
    /// FULLTEXT last; otherwise as given.
    func sorted(_ indexes: [TrackedIndex]) -> [TrackedIndex] {
        let keyed = indexes.enumerated().map { position, index in
            let nullable = position < self.hadNullablePart.count ? self.hadNullablePart[position] : false
            return (Self.sortKey(index, position, hasNullablePart: nullable), index)
        }
        return keyed.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    /// One index with its parts checked against the columns.
    private mutating func index(for request: KeyRequest) throws(SchemaTrackerError) -> TrackedIndex {
        var index = TrackedIndex(name: "", kind: request.kind, parts: [], isForForeignKey: request.isForForeignKey)
        index.isLongHash = request.usingHash && request.kind == .unique
        for part in request.parts {
            guard let position = self.columns.firstIndex(named: part.column) else {
                throw .keyColumnDoesNotExist(part.column, in: self.table)
            }
            let column = self.columns[position]
            if index.parts.contains(where: { column.isNamed($0.column) }) {
                throw SchemaTrackerError(.duplicateColumn, 1060, "Duplicate column name '\(column.name)' in a key of \(self.table)")
            }
            var resolved = TrackedIndex.Part(column: column.name, prefixLength: part.prefixLength)
            switch request.kind {
            case .fulltext:
                guard [.char, .varchar, .text].contains(column.family) else {
                    throw SchemaTrackerError(
                        .wrongKeyColumnType, 1283, "Column '\(column.name)' cannot be part of FULLTEXT index in \(self.table)")
                }
                resolved.prefixLength = nil
            case .spatial:
                guard !column.isNullable else {
                    throw SchemaTrackerError(.spatialKeyNull, 1252, "All parts of a SPATIAL index must be NOT NULL in \(self.table)")
                }
                resolved.prefixLength = nil
            case .primary, .unique, .plain:
                try self.settlePrefix(&resolved, of: column, in: &index)
            }
            if index.kind == .primary {
                // Primary key columns are NOT NULL; an implicit NULL default goes with it.
                self.columns[position].isNullable = false
                if self.columns[position].defaultValue == "NULL" { self.columns[position].defaultValue = nil }
            }
            index.parts.append(resolved)
        }
        try self.checkLength(&index)
        return index
    }

    /// A key longer than InnoDB allows: a UNIQUE key becomes a long-hash key, others are refused.
    private func checkLength(_ index: inout TrackedIndex) throws(SchemaTrackerError) {
        guard [.primary, .unique, .plain].contains(index.kind), !index.isLongHash else { return }
        let bytes = index.parts.reduce(0) { total, part in
            total + (self.columns.first { $0.isNamed(part.column) }?.keyBytes(prefix: part.prefixLength) ?? 0)
        }
        guard bytes > Self.maxKeyPartBytes else { return }
        guard index.kind == .unique else {
            throw SchemaTrackerError(.columnTooLong, 1071, "Specified key was too long; max key length is 3072 bytes in \(self.table)")
        }
        index.isLongHash = true
    }

    /// The prefix rules: only strings take one, no longer than the column (equal means the whole
    /// column); BLOB/TEXT need one, except in UNIQUE keys, which then hash.
    private func settlePrefix(
        _ part: inout TrackedIndex.Part, of column: TrackedColumn, in index: inout TrackedIndex
    ) throws(SchemaTrackerError) {
        let bytesPerCharacter = column.charset.map(CharsetCatalog.maxBytesPerCharacter) ?? 1
        if let prefix = part.prefixLength {
            if !column.family.allowsPrefix {
                // A "prefix" as long as the whole value (INT(4)) is accepted as the whole column.
                guard prefix == column.keyBytes(prefix: nil) else { throw .wrongSubKey(column.name, in: self.table) }
                part.prefixLength = nil
            } else if column.family.isBlobLike {
                guard prefix <= TrackedColumn.blobCapacity(column.dataType) else { throw .wrongSubKey(column.name, in: self.table) }
            } else {
                guard prefix <= column.length ?? 0 else { throw .wrongSubKey(column.name, in: self.table) }
                if prefix == column.length { part.prefixLength = nil }
            }
        }
        if part.prefixLength == nil {
            let bytes = column.family.isBlobLike ? Int.max : (column.length ?? 0) * bytesPerCharacter
            let tooLong = [.char, .varchar, .binary, .varbinary].contains(column.family) && bytes > Self.maxKeyPartBytes
            if column.family.isBlobLike || tooLong {
                switch index.kind {
                case .primary:
                    if column.family.isBlobLike {
                        throw SchemaTrackerError(
                            .blobKeyWithoutLength, 1170,
                            "BLOB/TEXT column '\(column.name)' used in key specification without a key length in \(self.table)")
                    }
                    throw SchemaTrackerError(
                        .columnTooLong, 1071, "Specified key was too long; max key length is 3072 bytes in \(self.table)")
                case .unique:
                    index.isLongHash = true
                default:
                    let capacity = column.family.isBlobLike ? TrackedColumn.blobCapacity(column.dataType) : Int.max
                    part.prefixLength = min(Self.maxKeyPartBytes / bytesPerCharacter, capacity)
                }
            }
        }
    }

    /// The AUTO_INCREMENT column must lead an index, and may not be part of a long-hash UNIQUE key.
    private func checkAutoIncrement(_ indexes: [TrackedIndex]) throws(SchemaTrackerError) {
        guard let column = self.columns.first(where: \.isAutoIncrement) else { return }
        if let hashed = indexes.first(where: { $0.isLongHash && $0.parts.contains { column.isNamed($0.column) } }) {
            throw SchemaTrackerError(
                .wrongAutoKey, 4169, "AUTO_INCREMENT column `\(column.name)` cannot be used in the UNIQUE index `\(hashed.name)` of \(self.table)")
        }
        let leads = indexes.contains { index in
            index.kind != .fulltext && index.parts.first.map { column.isNamed($0.column) } == true
        }
        guard leads else { throw self.wrongAutoKey }
    }

    private var wrongAutoKey: SchemaTrackerError {
        SchemaTrackerError(
            .wrongAutoKey, 1075,
            "Incorrect table definition for \(self.table); there can be only one auto column and it must be defined as a key")
    }

    /// An invisible column must be able to take a value when a row leaves it out.
    private func checkInvisibleColumns() throws(SchemaTrackerError) {
        for column in self.columns where column.isInvisible && !column.isNullable && column.defaultValue == nil
            && !column.isAutoIncrement && column.generation == nil {
            throw SchemaTrackerError(
                .invalidDefault, 4108, "Invisible column `\(column.name)` of \(self.table) must have a default value")
        }
    }

    /// `col`, else `col_2`, `col_3`...: not taken and not `PRIMARY`.
    static func uniqueName(_ column: String, taken: [String]) -> String {
        func isFree(_ name: String) -> Bool {
            !name.matchesIgnoringCase("PRIMARY") && !taken.contains { $0.matchesIgnoringCase(name) }
        }
        if isFree(column) { return column }
        var suffix = 2
        while !isFree("\(column)_\(suffix)") { suffix += 1 }
        return "\(column)_\(suffix)"
    }

    /// The order the server gives existing indexes when it recreates the table from them
    /// (`CREATE TABLE ... LIKE`): nullability as it is now.
    static func sortedAsRecreated(_ indexes: [TrackedIndex], columns: [TrackedColumn]) -> [TrackedIndex] {
        var builder = TableKeyBuilder(table: TableName(schema: ""), columns: columns)
        builder.hadNullablePart = indexes.map { index in
            index.kind != .primary && index.parts.contains { part in columns.first { $0.isNamed(part.column) }?.isNullable ?? false }
        }
        return builder.sorted(indexes)
    }

    /// The server's comparison of two keys as a tuple to order by.
    static func sortKey(_ index: TrackedIndex, _ position: Int, hasNullablePart: Bool) -> [Int] {
        let hasPrefix = index.parts.contains { $0.prefixLength != nil }
        guard index.isUnique else { return [1, 0, 0, 0, 0, index.kind == .fulltext ? 1 : 0, position] }
        // Long-hash keys stay in their written order after all other unique keys.
        if index.isLongHash { return [0, 1, 0, 0, 0, 0, position] }
        return [0, 0, hasNullablePart ? 1 : 0, index.kind == .primary ? 0 : 1, hasPrefix ? 1 : 0, 0, position]
    }
}
