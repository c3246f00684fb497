import MigrationConfig
import MySQLClient

/// The checks of one source server's settings and privileges.
struct SourcePrecheck {
    let subject: String
    let task: TaskConfig
    let source: SourceConfig
    let connection: MySQLConnection

    func run() async throws -> [PrecheckResult] {
        let row = try await self.connection.query(
            "SELECT VERSION(), @@server_id, @@log_bin, @@binlog_format, @@binlog_row_image").rows.first
        let values = try row?.values.map { $0.string ?? "" } ?? []
        guard values.count == 5 else { throw MigrationError("\(self.subject): cannot read the server's settings") }
        var results = [self.version(values[0]), self.serverID(values[1])]
        if self.task.taskMode != .full {
            results.append(self.expect("binlog_enable", values[2], "1", shown: values[2] == "1" ? "ON" : "OFF",
                                       fix: "start the server with log_bin (log-bin=mysql-bin in my.cnf) and restart it"))
            results.append(self.expect("binlog_format", values[3].uppercased(), "ROW", shown: values[3],
                                       fix: "SET GLOBAL binlog_format = 'ROW' and binlog_format=ROW in my.cnf (sessions already open keep the old format)"))
            results.append(self.expect("binlog_row_image", values[4].uppercased(), "FULL", shown: values[4],
                                       fix: "SET GLOBAL binlog_row_image = 'FULL' and binlog_row_image=FULL in my.cnf"))
            if self.source.enableGTID { results.append(try await self.gtid(mariaDB: values[0].lowercased().contains("mariadb"))) }
        }
        let privileges = try await ServerPrivileges.load(self.connection)
        if self.task.taskMode != .incremental {
            let missing = privileges.missing(["SELECT"], schemaLevel: true)
            let reload = privileges.missing(["RELOAD"])
            results.append(PrecheckResult(
                item: "dump_privilege", subject: self.subject, state: !missing.isEmpty ? .failure : reload.isEmpty ? .success : .warning,
                message: !missing.isEmpty ? "the account lacks SELECT" : reload.isEmpty ? "SELECT, RELOAD" : "the account lacks RELOAD (needed for consistency flush)",
                instruction: missing.isEmpty && reload.isEmpty ? "" : "GRANT SELECT, RELOAD, LOCK TABLES ON *.* TO the source user"))
        }
        if self.task.taskMode != .full {
            let missing = privileges.missing(["REPLICATION SLAVE", "REPLICATION CLIENT|BINLOG MONITOR"])
            results.append(PrecheckResult(
                item: "replication_privilege", subject: self.subject, state: missing.isEmpty ? .success : .failure,
                message: missing.isEmpty ? "REPLICATION SLAVE, REPLICATION CLIENT" : "the account lacks \(missing.joined(separator: ", "))",
                instruction: missing.isEmpty ? "" : "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO the source user"))
        }
        return results
    }

    private func expect(_ item: String, _ value: String, _ wanted: String, shown: String, fix: String) -> PrecheckResult {
        value == wanted
            ? PrecheckResult(item: item, subject: self.subject, state: .success, message: shown)
            : PrecheckResult(item: item, subject: self.subject, state: .failure, message: "is \(shown), must be \(wanted)", instruction: fix)
    }

    /// MariaDB from 10.1.2 (GTID and the binlog events the sync reads), MySQL from 5.6.
    private func version(_ version: String) -> PrecheckResult {
        let numbers = version.split(whereSeparator: { !$0.isNumber }).prefix(3).compactMap { Int($0) }
        let mariaDB = version.lowercased().contains("mariadb")
        let minimum = mariaDB ? [10, 1, 2] : [5, 6, 0]
        let supported = numbers.count == 3 && !numbers.lexicographicallyPrecedes(minimum)
        return PrecheckResult(
            item: "version", subject: self.subject, state: supported ? .success : .failure, message: version,
            instruction: supported ? "" : "upgrade to \(mariaDB ? "MariaDB" : "MySQL") \(minimum.map(String.init).joined(separator: ".")) or later")
    }

    private func serverID(_ value: String) -> PrecheckResult {
        value != "0" && !value.isEmpty
            ? PrecheckResult(item: "server_id", subject: self.subject, state: .success, message: value)
            : PrecheckResult(item: "server_id", subject: self.subject, state: .failure, message: "server_id is 0: the server does not write a usable binlog for replicas",
                             instruction: "set server_id to a unique non-zero number in my.cnf and restart")
    }

    /// `enable-gtid`: MySQL must run with gtid_mode ON; MariaDB always logs GTIDs.
    private func gtid(mariaDB: Bool) async throws -> PrecheckResult {
        if mariaDB { return PrecheckResult(item: "binlog_enable", subject: self.subject, state: .success, message: "GTID (MariaDB)") }
        let mode = try await self.connection.query("SELECT @@gtid_mode").rows.first?[0].string ?? ""
        return self.expect("binlog_enable", mode.uppercased(), "ON", shown: "gtid_mode \(mode)",
                           fix: "enable-gtid needs gtid_mode=ON and enforce_gtid_consistency=ON on the source, or set enable-gtid: false")
    }
}
