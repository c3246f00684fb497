import MySQLClient

/// Where in the source's binlog a snapshot stands: the sync unit starts there.
public struct BinlogPosition: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var position: UInt64
    /// MariaDB GTID position (`0-1-42,...`) or MySQL executed GTID set; empty when unknown.
    public var gtidSet: String

    public init(file: String, position: UInt64, gtidSet: String = "") {
        self.file = file
        self.position = position
        self.gtidSet = gtidSet
    }

    public var description: String {
        "\(self.file):\(self.position)" + (self.gtidSet.isEmpty ? "" : " (GTID \(self.gtidSet))")
    }

    /// The server's current binlog position (`SHOW MASTER STATUS`, or `SHOW BINARY LOG STATUS`
    /// on MySQL 8.4+), with its GTID state; nil when the binlog is off.
    static func current(on connection: MySQLConnection) async throws -> BinlogPosition? {
        let result: MySQLQueryResult
        do {
            result = try await connection.query("SHOW MASTER STATUS")
        } catch {
            result = try await connection.query("SHOW BINARY LOG STATUS")
        }
        guard let row = result.rows.first else { return nil }
        let values = try row.values
        let file = values[0].string ?? ""
        let position = UInt64(values[1].string ?? "") ?? 0
        var gtid = ""
        if connection.isMariaDB {
            gtid = try await connection.query("SELECT @@GLOBAL.gtid_binlog_pos").rows.first?[0].string ?? ""
        } else if values.count >= 5 {
            gtid = (values[4].string ?? "").replacingOccurrences(of: "\n", with: "")
        }
        return BinlogPosition(file: file, position: position, gtidSet: gtid)
    }

    /// MariaDB: the binlog position of this connection's consistent snapshot
    /// (`binlog_snapshot_file/position`), with the GTID position that corresponds to it.
    static func ofSnapshot(on connection: MySQLConnection) async throws -> BinlogPosition? {
        let rows = try await connection.query("SHOW STATUS LIKE 'binlog_snapshot_%'").rows
        var status: [String: String] = [:]
        for row in rows { status[try row[0].string ?? ""] = try row[1].string ?? "" }
        guard let file = status["Binlog_snapshot_file"], !file.isEmpty,
            let position = status["Binlog_snapshot_position"].flatMap(UInt64.init)
        else { return nil }
        let gtid = try await connection.query("SELECT BINLOG_GTID_POS('\(file)', \(position))").rows.first?[0].string ?? ""
        return BinlogPosition(file: file, position: position, gtidSet: gtid)
    }
}
