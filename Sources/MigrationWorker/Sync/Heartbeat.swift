import Foundation
import MySQLBinlog
import MySQLClient
import MySQLProtocol

/// DM's heartbeat (`enable-heartbeat`): the worker writes the time into
/// `dm_heartbeat.heartbeat` on the source every `heartbeat-update-interval` seconds; when the
/// reader meets that row in the binlog, now minus the written time is the replication lag,
/// measured even while the source has nothing else to send. The table is DM's (same name and
/// columns), so a source shared with DM keeps one heartbeat table.
struct Heartbeat: Sendable {
    static let schema = "dm_heartbeat"
    static let table = "heartbeat"
    let connector: ServerConnector
    let interval: Duration
    let sourceID: String

    /// Writes heartbeats until cancelled. Lost connections are retried; anything else (no
    /// privilege to write the table) ends the sync with a clear error.
    func run() async throws {
        while true {
            do {
                let connection = try await self.connector.connect()
                defer { Task { try? await connection.close() } }
                let serverID = try await connection.query("SELECT @@server_id").rows.first?[0].string ?? "0"
                _ = try await connection.query("CREATE DATABASE IF NOT EXISTS `\(Self.schema)`")
                _ = try await connection.query("""
                    CREATE TABLE IF NOT EXISTS `\(Self.schema)`.`\(Self.table)` (
                      ts VARCHAR(26) NOT NULL, server_id INT UNSIGNED NOT NULL, PRIMARY KEY (server_id))
                    """)
                while true {
                    _ = try await connection.query("""
                        REPLACE INTO `\(Self.schema)`.`\(Self.table)` (ts, server_id)
                        VALUES (DATE_FORMAT(UTC_TIMESTAMP(6), '%Y-%m-%dT%H:%i:%s.%f'), \(serverID))
                        """)
                    try await Task.sleep(for: self.interval)
                }
            } catch {
                if Task.isCancelled || error is CancellationError { throw error }
                guard MigrationError.isRetryable(error) else {
                    throw MigrationError(
                        "enable-heartbeat: cannot write \(Self.schema).\(Self.table) on source \(self.sourceID) "
                            + "(its user needs CREATE, INSERT and DELETE there): \(error)")
                }
                try await Task.sleep(for: self.interval)
            }
        }
    }

    /// The lag a heartbeat row tells: now minus its `ts` (UTC, microseconds); nil for rows of
    /// other tables or unreadable ones.
    static func lag(of event: RowsEvent, now: Date = .now) -> Double? {
        guard event.schema == Self.schema, event.table == Self.table,
            let row = event.rows.last?.after, case .bytes(let bytes)?? = row.first,
            let written = self.parse(String(decoding: bytes, as: UTF8.self))
        else { return nil }
        return max(0, now.timeIntervalSince(written))
    }

    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS"
        return formatter.date(from: text)
    }
}
