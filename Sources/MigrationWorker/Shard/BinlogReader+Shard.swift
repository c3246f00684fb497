import ReplicationCore
import SQLSyntax

/// A DDL statement on one table of a shard group (several tables routed into one target).
struct ShardPiece {
    var table: TableName
    var target: TableName
}

/// How a DDL on a shard table is handled in pessimistic shard mode.
enum ShardHandling {
    /// Not applied: the merged target table outlives any one shard (DROP/TRUNCATE TABLE).
    case skip
    /// Runs once, when every shard has reached it.
    case lock(ShardPiece)
}

extension BinlogReader {
    var shardRecord: ShardDDLRecord { ShardDDLRecord(metaSchema: self.unit.task.metaSchema, task: self.unit.task.name) }

    /// nil when the statement is not on a shard table (or shard mode is off): it runs as usual.
    /// CREATE TABLE runs as usual too (the target table already existing is accepted).
    func shardHandling(_ piece: ParsedStatement, names: DDLNames, statement: String, start: BinlogPosition, decided: Bool) async throws -> ShardHandling? {
        guard let shards = self.unit.shards, let table = names.tables.first else { return nil }
        let target = (try? self.unit.rules.router.route(table)) ?? table
        guard await shards.members(of: target).count > 1 else { return nil }
        switch piece.statement {
        case .alterTable, .createIndex, .dropIndex:
            return .lock(ShardPiece(table: table, target: target))
        case .createTable:
            return nil
        case .dropTable, .truncateTable:
            return .skip
        default:
            // An operator's skip or replace stands instead.
            if decided { return .lock(ShardPiece(table: table, target: target)) }
            throw DDLRefusal(
                position: start, statement: statement,
                message: "\(table) is a shard of \(target); pessimistic shard mode coordinates ALTER TABLE and CREATE/DROP INDEX only",
                byTarget: false)
        }
    }

    /// Waits at the shard group's lock. Returns the resolution when this member is the last to
    /// arrive (it runs the group's statements, records them and releases the lock); nil when another
    /// member ran the DDL, or it ran before a restart. `statements` nil: the operator skipped this
    /// shard's DDL, which then agrees with whatever the others run.
    func shardLock(_ piece: ShardPiece, statements: [String]?, start: BinlogPosition) async throws -> (target: TableName, resolution: ShardDDLCoordinator.Resolution)? {
        guard let shards = self.unit.shards else { return nil }
        let member = ShardDDLCoordinator.Member(source: self.unit.source.sourceID, table: piece.table)
        let record = self.shardRecord
        try await record.prepare(on: self.admin)
        if try await record.isDone(member, at: start, on: self.admin) { return nil }
        let canonical = statements.map(Self.canonical)
        self.unit.status.pause("shard DDL on \(piece.target): waiting for the other shards to reach `\(canonical ?? "(skipped)")`")
        defer { self.unit.status.pause(nil) }
        do {
            let resolution = try await shards.arrive(
                .init(member: member, statement: canonical, statements: statements, position: start), target: piece.target)
            return resolution.map { (piece.target, $0) }
        } catch let conflict as ShardDDLConflict {
            // Paused like a refused DDL: the operator replaces or skips one shard's statement.
            throw DDLRefusal(position: start, statement: canonical ?? "", message: conflict.description, byTarget: false)
        }
    }

    /// Statements printed from their parse tree: shards that wrote one DDL differently agree.
    static func canonical(_ statements: [String]) -> String {
        statements.map { text in (try? SQLParser.parseStatement(text)).map { SQLPrinter.print($0.statement) } ?? text }.joined(separator: "; ")
    }
}
