import ReplicationCore
import SQLSyntax

extension SchemaTracker {
    /// A tracker holding database `db` (server defaults), with `statements` applied in `db`.
    static func applying(_ statements: String..., options: Options = Options()) throws -> SchemaTracker {
        var tracker = SchemaTracker(options: options)
        try tracker.run("CREATE DATABASE db")
        for statement in statements { try tracker.run(statement) }
        return tracker
    }

    /// Parses and applies one statement in database `db`.
    @discardableResult
    mutating func run(_ sql: String) throws -> [SchemaChange] {
        try self.apply(SQLParser.parseStatement(sql).statement, defaultSchema: "db")
    }

    /// Column `name` of `schema.table` (an error if either is missing).
    func column(schema: String = "db", _ table: String, _ name: String) throws -> TrackedColumn {
        guard let column = self.table(schema: schema, name: table)?.column(named: name) else {
            throw SchemaTrackerError(.unknownColumn, nil, "test: no column \(schema).\(table).\(name)")
        }
        return column
    }

    /// Index names of `db.table` in the server's order, with their columns: `["PRIMARY(a)", "k(b,c)"]`.
    func indexSummary(_ table: String) -> [String] {
        (self.table(schema: "db", name: table)?.indexes ?? []).map { index in
            let parts = index.parts.map { part in part.prefixLength.map { "\(part.column)(\($0))" } ?? part.column }
            return "\(index.name)(\(parts.joined(separator: ",")))"
        }
    }

    func columnNames(_ table: String) -> [String] {
        self.table(schema: "db", name: table)?.columns.map(\.name) ?? []
    }
}

/// The error a statement gets from the tracker (nil if it is accepted).
func trackerError(_ tracker: SchemaTracker, _ sql: String) -> SchemaTrackerError? {
    var copy = tracker
    do {
        try copy.run(sql)
        return nil
    } catch let error as SchemaTrackerError {
        return error
    } catch {
        return SchemaTrackerError(.unsupported, nil, "not a tracker error: \(error)")
    }
}
