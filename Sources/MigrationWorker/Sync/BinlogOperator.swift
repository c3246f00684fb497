import MigrationConfig
import MySQLClient
import SQLSyntax

/// What `dm binlog skip|replace|revert|list` do: record or remove operator decisions about
/// refused DDL in the task's target, where a running sync picks them up. Without a position,
/// skip and replace act on the DDL the subtask is paused on.
public struct BinlogOperator: Sendable {
    public let task: TaskConfig
    public let sourceID: String

    /// `sourceID` may be omitted when the task names a single source.
    public init(task: TaskConfig, sourceID: String?) throws {
        let known = task.mysqlInstances.map(\.sourceID)
        if let sourceID {
            guard known.contains(sourceID) else {
                throw MigrationError("task \(task.name) has no source '\(sourceID)' (its sources: \(known.joined(separator: ", ")))")
            }
            self.sourceID = sourceID
        } else {
            guard known.count == 1 else {
                throw MigrationError("task \(task.name) has \(known.count) sources (\(known.joined(separator: ", "))): name one with --source-id")
            }
            self.sourceID = known[0]
        }
        self.task = task
    }

    var operations: SyncOperations { SyncOperations(metaSchema: self.task.metaSchema, task: self.task.name, sourceID: self.sourceID) }

    public func skip(at position: BinlogPosition?) async throws -> String {
        try await self.record(.skip, at: position)
    }

    /// `sql` holds one or more statements separated by `;`, in the source's names.
    public func replace(at position: BinlogPosition?, sql: String) async throws -> String {
        try await self.record(.replace(try Self.statements(sql)), at: position)
    }

    public func revert(at position: BinlogPosition?) async throws -> String {
        try await self.withTarget { target, operations in
            let at = try await self.position(position, operations: operations, target: target)
            guard try await operations.revert(at: at, on: target) else {
                throw MigrationError("source \(self.sourceID) of task \(self.task.name) has no operation at \(at.filePosition)")
            }
            return "reverted the operation at \(at.filePosition) of source \(self.sourceID)"
        }
    }

    /// One line per operation, then the paused DDL if any.
    public func list() async throws -> String {
        try await self.withTarget { target, operations in
            var lines = try await operations.list(on: target).map { operation in
                switch operation.action {
                case .skip: "\(operation.position.filePosition)\tskip"
                case .replace(let statements): "\(operation.position.filePosition)\treplace\t\(statements.joined(separator: "; "))"
                }
            }
            if lines.isEmpty { lines.append("no operations for source \(self.sourceID)") }
            if let paused = try await operations.pausedError(on: target) {
                lines.append("paused at \(paused.position.filePosition): `\(paused.statement)`: \(paused.message)")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Splits and checks the replacement statements: each must parse, and be DDL.
    static func statements(_ sql: String) throws -> [String] {
        let statements = SQLParser.splitScript(sql).map { String(sql[$0]) }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !statements.isEmpty else { throw MigrationError("binlog replace needs at least one SQL statement") }
        for statement in statements {
            let parsed: ParsedStatement
            do {
                parsed = try SQLParser.parseStatement(statement)
            } catch {
                throw MigrationError("binlog replace: cannot parse `\(statement)`: \(error)")
            }
            if case .nonDDL = parsed.statement {
                throw MigrationError("binlog replace: `\(statement)` is not a DDL statement; only DDL can replace a DDL event")
            }
        }
        return statements
    }

    private func record(_ action: SyncOperations.Action, at position: BinlogPosition?) async throws -> String {
        try await self.withTarget { target, operations in
            let at = try await self.position(position, operations: operations, target: target)
            try await operations.set(.init(position: at, action: action), on: target)
            let what = if case .replace(let statements) = action { "replace it with \(statements.count) statement(s)" } else { "skip it" }
            return "source \(self.sourceID) of task \(self.task.name): the DDL at \(at.filePosition) will \(what)"
        }
    }

    private func position(_ given: BinlogPosition?, operations: SyncOperations, target: MySQLConnection) async throws -> BinlogPosition {
        if let given { return given }
        guard let paused = try await operations.pausedError(on: target) else {
            throw MigrationError("source \(self.sourceID) of task \(self.task.name) is not paused on a DDL: give the event's position with --binlog-pos FILE:POS")
        }
        return paused.position
    }

    private func withTarget(_ body: (MySQLConnection, SyncOperations) async throws -> String) async throws -> String {
        let target = try await ServerConnector(self.task.targetDatabase, role: "target").connect()
        do {
            let operations = self.operations
            try await operations.prepare(on: target)
            let result = try await body(target, operations)
            try? await target.close()
            return result
        } catch {
            try? await target.close()
            throw error
        }
    }
}
