import MySQLBinlog
import MySQLProtocol

/// Turns row images of one table (as the binlog carries them: one value per column of the
/// table, nil for a column the image leaves out) into SQL for the routed target table.
///
/// Rows are identified by the table's identity key (the primary key, else the first unique key
/// of NOT NULL whole columns); a table without one is matched on every stored column, with
/// `LIMIT 1` so a duplicate row is changed once. Generated columns are never written.
public struct DMLBuilder: Sendable {
    public let table: TrackedTable
    public let target: TableName
    /// Positions of the columns that identify a row in WHERE clauses.
    let identity: [Int]
    /// Positions of the stored, non-generated columns: what INSERT and SET write.
    let written: [Int]
    let quotedTarget: String
    /// Columns the route adds downstream (extract-table/schema/source), with their literal:
    /// written by INSERT and part of every WHERE, since they tell merged shards apart.
    let extra: [(column: String, literal: String)]
    /// Computed once per table: rows only add their values.
    private let heads: (insert: String, replace: String)
    private let quotedNames: [String]
    /// Per unique index: its name and the positions of its columns (nil: not a column).
    private let uniquePositions: [(name: String, positions: [Int?])]
    /// `DELETE FROM t WHERE `: deletes of many rows can share it.
    let deleteHead: String

    public init(table: TrackedTable, target: TableName, extraColumns: [(column: String, value: String)] = []) {
        self.table = table
        self.target = target
        self.extra = extraColumns.map { ($0.column, BinlogValueLiteral.string(Array($0.value.utf8), charset: "utf8mb4")) }
        let positions = Dictionary(table.columns.enumerated().map { ($1.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        self.written = table.columns.indices.filter { table.columns[$0].generation == nil }
        if let key = table.identityKey {
            self.identity = key.columns.compactMap { positions[$0.lowercased()] }
        } else {
            self.identity = self.written
        }
        let quotedTarget = MySQLLiteral.quoteIdentifier(target.schema) + "." + MySQLLiteral.quoteIdentifier(target.table)
        self.quotedTarget = quotedTarget
        let quotedNames = table.columns.map { MySQLLiteral.quoteIdentifier($0.name) }
        self.quotedNames = quotedNames
        let columns = (self.written.map { quotedNames[$0] } + self.extra.map { MySQLLiteral.quoteIdentifier($0.column) }).joined(separator: ",")
        self.deleteHead = "DELETE FROM \(quotedTarget) WHERE "
        self.heads = ("INSERT INTO \(quotedTarget) (\(columns)) VALUES ", "REPLACE INTO \(quotedTarget) (\(columns)) VALUES ")
        self.uniquePositions = table.indexes.filter(\.isUnique).map { index in
            (index.name, index.columns.map { name in table.columns.firstIndex { $0.isNamed(name) } })
        }
    }

    /// How many unique keys the table has.
    var uniqueKeyCount: Int { self.uniquePositions.count }

    /// True when rows are matched on a key rather than on all their values.
    public var hasIdentity: Bool { self.table.identityKey != nil }

    /// One INSERT (or REPLACE, in safe mode) for several rows.
    public func insert(_ rows: [[BinlogValue?]], replace: Bool) throws(SyncError) -> String {
        precondition(!rows.isEmpty, "an INSERT needs rows")
        var values: [String] = []
        values.reserveCapacity(rows.count)
        for row in rows { values.append(try self.insertValues(row)) }
        return self.insertHead(replace: replace) + values.joined(separator: ",")
    }

    /// `INSERT INTO t (columns) VALUES `: rows with the same head can share one statement.
    public func insertHead(replace: Bool) -> String {
        replace ? self.heads.replace : self.heads.insert
    }

    /// `(v1,v2,...)` of one row, for `insertHead`.
    public func insertValues(_ row: [BinlogValue?]) throws(SyncError) -> String {
        try self.check(row)
        var literals: [String] = []
        literals.reserveCapacity(self.written.count + self.extra.count)
        for position in self.written {
            guard let value = row[position] else {
                throw SyncError("\(self.table.tableName): the row image has no value for column \(self.table.columns[position].name); the source must log full row images (binlog_row_image=FULL)")
            }
            literals.append(try BinlogValueLiteral.literal(value, column: self.table.columns[position]))
        }
        literals.append(contentsOf: self.extra.map(\.literal))
        return "(" + literals.joined(separator: ",") + ")"
    }

    /// An UPDATE of the row `before` identifies to the values of `after`. In safe mode, a DELETE
    /// of the old row and a REPLACE of the new one: right whether or not the target already
    /// holds either.
    public func update(before: [BinlogValue?], after: [BinlogValue?], safeMode: Bool) throws(SyncError) -> [String] {
        try self.check(before)
        try self.check(after)
        if safeMode { return [try self.delete(before), try self.insert([after], replace: true)] }
        // Only the columns the update changed (the row in the target equals `before`: the sync
        // applies each change exactly once), and always those with ON UPDATE, which the
        // target would otherwise set to its own clock.
        var assignments: [String] = []
        for position in self.written {
            guard let value = after[position] else { continue }
            if let old = before[position], old == value, self.table.columns[position].onUpdate == nil { continue }
            assignments.append("\(self.quotedNames[position])=\(try BinlogValueLiteral.literal(value, column: self.table.columns[position]))")
        }
        if assignments.isEmpty, let position = self.written.first, let value = after[position] {
            assignments.append("\(self.quotedNames[position])=\(try BinlogValueLiteral.literal(value, column: self.table.columns[position]))")
        }
        return ["UPDATE \(self.quotedTarget) SET \(assignments.joined(separator: ",")) WHERE \(try self.condition(before)) LIMIT 1"]
    }

    public func delete(_ before: [BinlogValue?]) throws(SyncError) -> String {
        try self.check(before)
        return self.deleteHead + (try self.condition(before)) + " LIMIT 1"
    }

    /// The keys a row image touches, for causality: one per unique key of the table (with its
    /// values), or the table itself when it has none, so keyless rows keep their order.
    public func causalityKeys(_ image: [BinlogValue?]) -> [String] {
        let prefix = "\(self.target.schema).\(self.target.table)"
        if self.uniquePositions.isEmpty || !self.hasIdentity { return [prefix] }
        return self.uniquePositions.map { index in
            let values = index.positions.map { position -> String in
                guard let position, position < image.count, let value = image[position] else { return "?" }
                return (try? BinlogValueLiteral.literal(value, column: self.table.columns[position])) ?? "?"
            }
            return "\(prefix)\u{1F}\(index.name)\u{1F}" + values.joined(separator: "\u{1F}")
        }
    }

    /// The WHERE condition matching the row `image` identifies.
    func condition(_ image: [BinlogValue?]) throws(SyncError) -> String {
        var parts: [String] = []
        for position in self.identity {
            let column = self.table.columns[position]
            guard let value = image[position] else {
                throw SyncError("\(self.table.tableName): the row image has no value for key column \(column.name); the source must log full row images (binlog_row_image=FULL)")
            }
            let name = self.quotedNames[position]
            if case .null = value {
                parts.append("\(name) IS NULL")
            } else {
                parts.append("\(name)=\(try BinlogValueLiteral.literal(value, column: column))")
            }
        }
        for (column, literal) in self.extra { parts.append("\(MySQLLiteral.quoteIdentifier(column))=\(literal)") }
        return parts.joined(separator: " AND ")
    }

    private func check(_ image: [BinlogValue?]) throws(SyncError) {
        guard image.count == self.table.columns.count else {
            throw SyncError(
                "\(self.table.tableName): the binlog row has \(image.count) columns but the tracked table has \(self.table.columns.count); "
                    + "the schema tracker is out of step with the source")
        }
    }
}
