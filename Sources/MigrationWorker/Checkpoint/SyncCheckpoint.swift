import Foundation
import MySQLClient
import MySQLProtocol
import ReplicationCore

/// The sync unit's checkpoint in the target:
/// - `<meta>.<task>_syncer_checkpoint`: per applier, the binlog position its last committed
///   target transaction reached. Each applier updates its own row in the same transaction as
///   the rows it applies.
/// - `<meta>.<task>_syncer_schema`: the schema tracker as of a binlog position (written after
///   every DDL and at the first start), so a restart knows each table's columns at the
///   position it resumes from.
struct SyncCheckpoint: Sendable {
    let metaSchema: String
    let task: String
    let sourceID: String

    var appliers: String { MySQLLiteral.quoteIdentifier(self.metaSchema) + "." + MySQLLiteral.quoteIdentifier("\(self.task)_syncer_checkpoint") }
    var schema: String { MySQLLiteral.quoteIdentifier(self.metaSchema) + "." + MySQLLiteral.quoteIdentifier("\(self.task)_syncer_schema") }
    private var source: String { LoaderCheckpoint.string(self.sourceID) }

    struct State: Sendable {
        var appliers: [Int: BinlogPosition] = [:]
        var schema: (position: BinlogPosition, tracker: SchemaTracker)?
        /// The sync runs in safe mode until it passes this position (kept from the first start).
        var safeUntil: BinlogPosition?
    }

    func prepare(on target: MySQLConnection) async throws {
        _ = try await target.query("CREATE DATABASE IF NOT EXISTS \(MySQLLiteral.quoteIdentifier(self.metaSchema))")
        _ = try await target.query("""
            CREATE TABLE IF NOT EXISTS \(self.appliers) (
              `source_id` VARCHAR(128) NOT NULL,
              `applier` INT NOT NULL,
              `binlog_name` VARCHAR(255) NOT NULL,
              `binlog_pos` BIGINT UNSIGNED NOT NULL,
              `binlog_gtid` TEXT NULL,
              `update_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
              PRIMARY KEY (`source_id`, `applier`)
            ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
            """)
        _ = try await target.query("""
            CREATE TABLE IF NOT EXISTS \(self.schema) (
              `source_id` VARCHAR(128) NOT NULL PRIMARY KEY,
              `binlog_name` VARCHAR(255) NOT NULL,
              `binlog_pos` BIGINT UNSIGNED NOT NULL,
              `binlog_gtid` TEXT NULL,
              `tracker` LONGBLOB NOT NULL,
              `safe_until_name` VARCHAR(255) NULL,
              `safe_until_pos` BIGINT UNSIGNED NULL,
              `update_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
            ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
            """)
    }

    func load(on target: MySQLConnection) async throws -> State {
        var state = State()
        for row in try await target.query(
            "SELECT `applier`, `binlog_name`, `binlog_pos`, IFNULL(`binlog_gtid`, '') FROM \(self.appliers) WHERE `source_id` = \(self.source)").rows
        {
            let values = try row.values
            state.appliers[values[0].int ?? 0] = BinlogPosition(
                file: values[1].string ?? "", position: UInt64(values[2].string ?? "") ?? 0, gtidSet: values[3].string ?? "")
        }
        if let row = try await target.query(
            "SELECT `binlog_name`, `binlog_pos`, IFNULL(`binlog_gtid`, ''), `tracker`, `safe_until_name`, `safe_until_pos` FROM \(self.schema) WHERE `source_id` = \(self.source)").rows.first
        {
            let values = try row.values
            let position = BinlogPosition(file: values[0].string ?? "", position: UInt64(values[1].string ?? "") ?? 0, gtidSet: values[2].string ?? "")
            do {
                state.schema = (position, try SchemaTracker(checkpointData: Data(values[3].bytes ?? [])))
            } catch {
                throw MigrationError("the schema checkpoint in \(self.schema) cannot be read: \(error)")
            }
            if let file = values[4].string { state.safeUntil = BinlogPosition(file: file, position: UInt64(values[5].string ?? "") ?? 0) }
        }
        return state
    }

    /// Moves `applier`'s checkpoint; run it inside the applier's transaction.
    func saveSQL(applier: Int, position: BinlogPosition) -> String {
        """
        INSERT INTO \(self.appliers) (`source_id`, `applier`, `binlog_name`, `binlog_pos`, `binlog_gtid`)
        VALUES (\(self.source), \(applier), \(LoaderCheckpoint.string(position.file)), \(position.position), \(LoaderCheckpoint.string(position.gtidSet)))
        ON DUPLICATE KEY UPDATE `binlog_name` = VALUES(`binlog_name`), `binlog_pos` = VALUES(`binlog_pos`), `binlog_gtid` = VALUES(`binlog_gtid`)
        """
    }

    /// Saves the tracker as of `position`; `safeUntil` is written at the first start only (a
    /// later save keeps it).
    func saveSchemaSQL(_ tracker: SchemaTracker, position: BinlogPosition, safeUntil: BinlogPosition? = nil) throws -> String {
        let data = try tracker.checkpointData()
        return """
            INSERT INTO \(self.schema) (`source_id`, `binlog_name`, `binlog_pos`, `binlog_gtid`, `tracker`, `safe_until_name`, `safe_until_pos`)
            VALUES (\(self.source), \(LoaderCheckpoint.string(position.file)), \(position.position), \(LoaderCheckpoint.string(position.gtidSet)),
              \(BinlogValueLiteral.string([UInt8](data), charset: nil)),
              \(safeUntil.map { LoaderCheckpoint.string($0.file) } ?? "NULL"), \(safeUntil.map { String($0.position) } ?? "NULL"))
            ON DUPLICATE KEY UPDATE `binlog_name` = VALUES(`binlog_name`), `binlog_pos` = VALUES(`binlog_pos`),
              `binlog_gtid` = VALUES(`binlog_gtid`), `tracker` = VALUES(`tracker`)
            """
    }
}

extension BinlogPosition {
    /// Binlog order: by the file's sequence number, then the position in it.
    public func precedes(_ other: BinlogPosition) -> Bool {
        let mine = Self.sequence(self.file)
        let theirs = Self.sequence(other.file)
        if mine != theirs { return mine < theirs }
        return self.position < other.position
    }

    static func sequence(_ file: String) -> Int {
        guard let dot = file.lastIndex(of: ".") else { return 0 }
        return Int(file[file.index(after: dot)...]) ?? 0
    }
}
