import MySQLClient
import MySQLProtocol
import ReplicationCore

/// `<meta>.<task>_shard_ddl`: which member tables' shard DDL (by source, table and binlog
/// position) has run on the target. Written by the member that runs a resolved DDL, before the
/// others are released: a member that re-reads a recorded DDL (restart, reconnect) moves past it
/// without waiting, and the DDL is never run twice for one lock.
struct ShardDDLRecord: Sendable {
    let metaSchema: String
    let task: String

    var table: String { MySQLLiteral.quoteIdentifier(self.metaSchema) + "." + MySQLLiteral.quoteIdentifier("\(self.task)_shard_ddl") }

    func prepare(on target: MySQLConnection) async throws {
        _ = try await target.query("CREATE DATABASE IF NOT EXISTS \(MySQLLiteral.quoteIdentifier(self.metaSchema))")
        _ = try await target.query("""
            CREATE TABLE IF NOT EXISTS \(self.table) (
              `source_id` VARCHAR(128) NOT NULL,
              `source_table` VARCHAR(255) NOT NULL,
              `binlog_name` VARCHAR(255) NOT NULL,
              `binlog_pos` BIGINT UNSIGNED NOT NULL,
              `target_table` VARCHAR(255) NOT NULL,
              `statement` LONGTEXT NOT NULL,
              `update_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
              PRIMARY KEY (`source_id`, `source_table`, `binlog_name`, `binlog_pos`)
            ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
            """)
    }

    /// Whether `member`'s DDL at `position` already ran.
    func isDone(_ member: ShardDDLCoordinator.Member, at position: BinlogPosition, on target: MySQLConnection) async throws -> Bool {
        let rows = try await target.query(
            "SELECT 1 FROM \(self.table) WHERE \(Self.key(member, position).map { "`\($0.0)` = \($0.1)" }.joined(separator: " AND "))").rows
        return !rows.isEmpty
    }

    /// Records the DDL as done for every member, at the position each reached it.
    func recordDone(_ arrivals: [ShardDDLCoordinator.Member: BinlogPosition], target: TableName, statement: String, on connection: MySQLConnection) async throws {
        let values = arrivals.map { member, position in
            "(" + (Self.key(member, position).map(\.1) + [LoaderCheckpoint.string(target.description), LoaderCheckpoint.string(statement)])
                .joined(separator: ",") + ")"
        }
        _ = try await connection.query(
            "REPLACE INTO \(self.table) (`source_id`, `source_table`, `binlog_name`, `binlog_pos`, `target_table`, `statement`) VALUES "
                + values.joined(separator: ","))
    }

    private static func key(_ member: ShardDDLCoordinator.Member, _ position: BinlogPosition) -> [(String, String)] {
        [
            ("source_id", LoaderCheckpoint.string(member.source)), ("source_table", LoaderCheckpoint.string(member.table.description)),
            ("binlog_name", LoaderCheckpoint.string(position.file)), ("binlog_pos", String(position.position)),
        ]
    }
}
