import Foundation
import MySQLClient
import MySQLProtocol
import ReplicationCore

/// Operator decisions about DDL events the target refused (DM's `binlog skip` / `binlog
/// replace` / `binlog revert` / `binlog list`), and the error a subtask is paused on. Both live
/// in the target next to the checkpoints, so a running `dm run` picks a decision up within a
/// second and a restarted one still finds it:
/// - `<meta>.<task>_syncer_operation`: per source and event start position, `skip` or
///   `replace` with the statements to run instead;
/// - `<meta>.<task>_syncer_error`: per source, the refused statement and its position.
public struct SyncOperations: Sendable {
    public enum Action: Sendable, Equatable {
        case skip
        /// Statements in the source's names, routed like the DDL they replace.
        case replace([String])
    }

    public struct Operation: Sendable, Equatable {
        public var position: BinlogPosition
        public var action: Action

        public init(position: BinlogPosition, action: Action) {
            self.position = position
            self.action = action
        }
    }

    /// A refused DDL a subtask waits on.
    public struct PausedError: Sendable, Equatable {
        public var position: BinlogPosition
        public var statement: String
        public var message: String
    }

    let metaSchema: String
    let task: String
    let sourceID: String

    public init(metaSchema: String, task: String, sourceID: String) {
        self.metaSchema = metaSchema
        self.task = task
        self.sourceID = sourceID
    }

    var operations: String { MySQLLiteral.quoteIdentifier(self.metaSchema) + "." + MySQLLiteral.quoteIdentifier("\(self.task)_syncer_operation") }
    var errors: String { MySQLLiteral.quoteIdentifier(self.metaSchema) + "." + MySQLLiteral.quoteIdentifier("\(self.task)_syncer_error") }
    private var source: String { LoaderCheckpoint.string(self.sourceID) }

    public func prepare(on target: MySQLConnection) async throws {
        _ = try await target.query("CREATE DATABASE IF NOT EXISTS \(MySQLLiteral.quoteIdentifier(self.metaSchema))")
        _ = try await target.query("""
            CREATE TABLE IF NOT EXISTS \(self.operations) (
              `source_id` VARCHAR(128) NOT NULL,
              `binlog_name` VARCHAR(255) NOT NULL,
              `binlog_pos` BIGINT UNSIGNED NOT NULL,
              `op` VARCHAR(16) NOT NULL,
              `statements` LONGTEXT NOT NULL,
              `update_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
              PRIMARY KEY (`source_id`, `binlog_name`, `binlog_pos`)
            ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
            """)
        _ = try await target.query("""
            CREATE TABLE IF NOT EXISTS \(self.errors) (
              `source_id` VARCHAR(128) NOT NULL PRIMARY KEY,
              `binlog_name` VARCHAR(255) NOT NULL,
              `binlog_pos` BIGINT UNSIGNED NOT NULL,
              `statement` LONGTEXT NOT NULL,
              `message` LONGTEXT NOT NULL,
              `update_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
            ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
            """)
    }

    /// Every operation of this source, in binlog order.
    public func list(on target: MySQLConnection) async throws -> [Operation] {
        let rows = try await target.query(
            "SELECT `binlog_name`, `binlog_pos`, `op`, `statements` FROM \(self.operations) WHERE `source_id` = \(self.source)").rows
        return try rows.map { row in
            let values = try row.values
            let position = BinlogPosition(file: values[0].string ?? "", position: UInt64(values[1].string ?? "") ?? 0)
            switch values[2].string {
            case "skip": return Operation(position: position, action: .skip)
            case "replace":
                let statements = (try? JSONDecoder().decode([String].self, from: Data((values[3].string ?? "").utf8))) ?? []
                return Operation(position: position, action: .replace(statements))
            default:
                throw MigrationError("\(self.operations) has an unknown operation '\(values[2].string ?? "")' at \(position.file):\(position.position)")
            }
        }.sorted { $0.position.precedes($1.position) }
    }

    /// Records (or overwrites) the operation at `position`.
    public func set(_ operation: Operation, on target: MySQLConnection) async throws {
        let (op, statements): (String, [String]) =
            switch operation.action {
            case .skip: ("skip", [])
            case .replace(let statements): ("replace", statements)
            }
        let json = String(decoding: try JSONEncoder().encode(statements), as: UTF8.self)
        _ = try await target.query("""
            INSERT INTO \(self.operations) (`source_id`, `binlog_name`, `binlog_pos`, `op`, `statements`)
            VALUES (\(self.source), \(LoaderCheckpoint.string(operation.position.file)), \(operation.position.position), '\(op)', \(LoaderCheckpoint.string(json)))
            ON DUPLICATE KEY UPDATE `op` = VALUES(`op`), `statements` = VALUES(`statements`)
            """)
    }

    /// Removes the operation at `position`; returns whether there was one.
    public func revert(at position: BinlogPosition, on target: MySQLConnection) async throws -> Bool {
        let result = try await target.query("""
            DELETE FROM \(self.operations) WHERE `source_id` = \(self.source)
              AND `binlog_name` = \(LoaderCheckpoint.string(position.file)) AND `binlog_pos` = \(position.position)
            """)
        return result.affectedRows > 0
    }

    public func pausedError(on target: MySQLConnection) async throws -> PausedError? {
        guard let row = try await target.query(
            "SELECT `binlog_name`, `binlog_pos`, `statement`, `message` FROM \(self.errors) WHERE `source_id` = \(self.source)").rows.first
        else { return nil }
        let values = try row.values
        return PausedError(
            position: BinlogPosition(file: values[0].string ?? "", position: UInt64(values[1].string ?? "") ?? 0),
            statement: values[2].string ?? "", message: values[3].string ?? "")
    }

    func recordPause(_ error: PausedError, on target: MySQLConnection) async throws {
        _ = try await target.query("""
            INSERT INTO \(self.errors) (`source_id`, `binlog_name`, `binlog_pos`, `statement`, `message`)
            VALUES (\(self.source), \(LoaderCheckpoint.string(error.position.file)), \(error.position.position),
              \(LoaderCheckpoint.string(error.statement)), \(LoaderCheckpoint.string(error.message)))
            ON DUPLICATE KEY UPDATE `binlog_name` = VALUES(`binlog_name`), `binlog_pos` = VALUES(`binlog_pos`),
              `statement` = VALUES(`statement`), `message` = VALUES(`message`)
            """)
    }

    func clearPause(on target: MySQLConnection) async throws {
        _ = try await target.query("DELETE FROM \(self.errors) WHERE `source_id` = \(self.source)")
    }
}

extension BinlogPosition {
    /// `file:position`, as `binlog skip -b` takes it and as errors print it.
    public init(parsingFilePosition text: String) throws {
        guard let colon = text.lastIndex(of: ":"), let position = UInt64(text[text.index(after: colon)...]), colon > text.startIndex else {
            throw MigrationError("binlog position '\(text)' is not of the form FILE:POSITION (for example mysql-bin.000003:4521)")
        }
        self.init(file: String(text[..<colon]), position: position)
    }

    public var filePosition: String { "\(self.file):\(self.position)" }
}
