import Foundation
import MySQLClient
import MySQLProtocol
import ReplicationCore

/// The load unit's checkpoint in the target (`<meta-schema>.<task>_loader_checkpoint` and
/// `..._loader_status`). A chunk is recorded as planned before it is read, and marked loaded
/// by an UPDATE in the same transaction as its rows: after a crash, a chunk is either wholly
/// in the target and marked, or wholly absent and unmarked. Bounds are kept, so a resumed
/// load reads exactly the same ranges.
struct LoaderCheckpoint: Sendable {
    let metaSchema: String
    let task: String
    let sourceID: String

    var chunks: String { MySQLLiteral.quoteIdentifier(self.metaSchema) + "." + MySQLLiteral.quoteIdentifier("\(self.task)_loader_checkpoint") }
    var status: String { MySQLLiteral.quoteIdentifier(self.metaSchema) + "." + MySQLLiteral.quoteIdentifier("\(self.task)_loader_status") }
    private var source: String { Self.string(self.sourceID) }

    /// A chunk as recorded.
    struct Record: Sendable {
        var chunk: Chunk
        var loaded: Bool
        var rows: Int
        var bytes: Int
    }

    /// What a previous run left: the first snapshot's position, whether the load finished,
    /// and every recorded chunk by table, in chunk order.
    struct State: Sendable {
        var position: BinlogPosition?
        /// Set when the loaded rows may hold changes made after `position` (a load resumed from a
        /// later snapshot, or consistency none): the sync runs in safe mode until it passes it.
        var safeUntil: BinlogPosition?
        var finished = false
        var started = false
        var chunks: [TableName: [Record]] = [:]
    }

    func prepare(on target: MySQLConnection) async throws {
        _ = try await target.query("CREATE DATABASE IF NOT EXISTS \(MySQLLiteral.quoteIdentifier(self.metaSchema))")
        _ = try await target.query("""
            CREATE TABLE IF NOT EXISTS \(self.chunks) (
              `source_id` VARCHAR(128) NOT NULL,
              `source_schema` VARCHAR(64) NOT NULL,
              `source_table` VARCHAR(64) NOT NULL,
              `chunk` INT NOT NULL,
              `lower_bound` MEDIUMTEXT NULL COMMENT 'JSON array of SQL literals, exclusive',
              `upper_bound` MEDIUMTEXT NULL COMMENT 'JSON array of SQL literals, inclusive',
              `target_schema` VARCHAR(64) NOT NULL,
              `target_table` VARCHAR(64) NOT NULL,
              `status` VARCHAR(16) NOT NULL,
              `rows` BIGINT NOT NULL DEFAULT 0,
              `bytes` BIGINT NOT NULL DEFAULT 0,
              `update_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
              PRIMARY KEY (`source_id`, `source_schema`, `source_table`, `chunk`)
            ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
            """)
        _ = try await target.query("""
            CREATE TABLE IF NOT EXISTS \(self.status) (
              `source_id` VARCHAR(128) NOT NULL PRIMARY KEY,
              `binlog_name` VARCHAR(255) NULL,
              `binlog_pos` BIGINT UNSIGNED NULL,
              `binlog_gtid` TEXT NULL,
              `safe_until_name` VARCHAR(255) NULL,
              `safe_until_pos` BIGINT UNSIGNED NULL,
              `status` VARCHAR(16) NOT NULL,
              `update_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
            ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
            """)
    }

    func state(on target: MySQLConnection) async throws -> State {
        var state = State()
        let status = try await target.query(
            "SELECT `binlog_name`, `binlog_pos`, `binlog_gtid`, `status`, `safe_until_name`, `safe_until_pos` FROM \(self.status) WHERE `source_id` = \(self.source)").rows
        if let row = status.first {
            let values = try row.values
            state.started = true
            if let file = values[0].string {
                state.position = BinlogPosition(file: file, position: UInt64(values[1].string ?? "") ?? 0, gtidSet: values[2].string ?? "")
            }
            state.finished = values[3].string == "finished"
            if let file = values[4].string {
                state.safeUntil = BinlogPosition(file: file, position: UInt64(values[5].string ?? "") ?? 0)
            }
        }
        let rows = try await target.query("""
            SELECT `source_schema`, `source_table`, `chunk`, `lower_bound`, `upper_bound`, `status`, `rows`, `bytes`
            FROM \(self.chunks) WHERE `source_id` = \(self.source) ORDER BY `source_schema`, `source_table`, `chunk`
            """).rows
        for row in rows {
            let values = try row.values
            let table = TableName(schema: values[0].string ?? "", table: values[1].string ?? "")
            let chunk = Chunk(
                table: table, index: values[2].int ?? 0, lower: try Self.bound(values[3].string), upper: try Self.bound(values[4].string))
            state.chunks[table, default: []].append(
                Record(chunk: chunk, loaded: values[5].string == "loaded", rows: values[6].int ?? 0, bytes: values[7].int ?? 0))
        }
        return state
    }

    /// Records the start of the first run with its snapshot position; a resumed run keeps the
    /// first position (the sync unit must start at the earliest snapshot any chunk came from).
    func recordStart(position: BinlogPosition?, on target: MySQLConnection) async throws {
        let file = position.map { Self.string($0.file) } ?? "NULL"
        let pos = position.map { String($0.position) } ?? "NULL"
        let gtid = position.map { Self.string($0.gtidSet) } ?? "NULL"
        _ = try await target.query("""
            INSERT IGNORE INTO \(self.status) (`source_id`, `binlog_name`, `binlog_pos`, `binlog_gtid`, `status`)
            VALUES (\(self.source), \(file), \(pos), \(gtid), 'loading')
            """)
    }

    func recordFinished(safeUntil: BinlogPosition?, on target: MySQLConnection) async throws {
        let file = safeUntil.map { Self.string($0.file) } ?? "NULL"
        let pos = safeUntil.map { String($0.position) } ?? "NULL"
        _ = try await target.query(
            "UPDATE \(self.status) SET `status` = 'finished', `safe_until_name` = \(file), `safe_until_pos` = \(pos) WHERE `source_id` = \(self.source)")
    }

    func recordPlanned(_ chunk: Chunk, target name: TableName, on target: MySQLConnection) async throws {
        _ = try await target.query("""
            INSERT INTO \(self.chunks) (`source_id`, `source_schema`, `source_table`, `chunk`, `lower_bound`, `upper_bound`,
              `target_schema`, `target_table`, `status`)
            VALUES (\(self.source), \(Self.string(chunk.table.schema)), \(Self.string(chunk.table.table)), \(chunk.index),
              \(try Self.boundText(chunk.lower)), \(try Self.boundText(chunk.upper)),
              \(Self.string(name.schema)), \(Self.string(name.table)), 'planned')
            """)
    }

    /// The statement that marks `chunk` loaded; run it in the chunk's transaction.
    func markLoadedSQL(_ chunk: Chunk, rows: Int, bytes: Int) -> String {
        """
        UPDATE \(self.chunks) SET `status` = 'loaded', `rows` = \(rows), `bytes` = \(bytes)
        WHERE `source_id` = \(self.source) AND `source_schema` = \(Self.string(chunk.table.schema))
          AND `source_table` = \(Self.string(chunk.table.table)) AND `chunk` = \(chunk.index) AND `status` = 'planned'
        """
    }

    static func string(_ value: String) -> String { MySQLLiteral.quoteString(value, noBackslashEscapes: false) }

    private static func boundText(_ bound: [String]?) throws -> String {
        guard let bound else { return "NULL" }
        let json = String(decoding: try JSONEncoder().encode(bound), as: UTF8.self)
        return string(json)
    }

    private static func bound(_ text: String?) throws -> [String]? {
        guard let text else { return nil }
        return try JSONDecoder().decode([String].self, from: Data(text.utf8))
    }
}
