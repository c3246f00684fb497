import MySQLClient
import MySQLProtocol
import ReplicationCore

/// The reading connections of a dump, all seeing one consistent state of the source, and the
/// binlog position that state corresponds to.
final class SourceSnapshot: Sendable {
    let readers: [MySQLConnection]
    let position: BinlogPosition?
    /// The mode actually used (`auto` resolved).
    let mode: Consistency
    /// Holds LOCK TABLES for the whole dump in `lock` mode.
    private let lockHolder: MySQLConnection?

    private init(readers: [MySQLConnection], position: BinlogPosition?, mode: Consistency, lockHolder: MySQLConnection?) {
        self.readers = readers
        self.position = position
        self.mode = mode
        self.lockHolder = lockHolder
    }

    func close() async {
        for reader in self.readers { try? await reader.close() }
        if let holder = self.lockHolder {
            _ = try? await holder.query("UNLOCK TABLES")
            try? await holder.close()
        }
    }

    /// Session settings of every reading connection: values as stored (no charset
    /// conversion), TIMESTAMPs in UTC, and patience for a slow consumer.
    static func prepareReader(_ connection: MySQLConnection) async throws {
        _ = try await connection.query(
            "SET SESSION time_zone = '+00:00', character_set_results = binary, net_write_timeout = 3600, net_read_timeout = 3600")
    }

    /// Opens `count` readers with `mode`. `tables` are what `lock` mode locks; `control` is a
    /// connection to the source used for locks and positions.
    static func open(
        count: Int, mode requested: Consistency, tables: [SourceTable], connector: ServerConnector, control: MySQLConnection
    ) async throws -> SourceSnapshot {
        var readers: [MySQLConnection] = []
        do {
            for _ in 0..<count {
                let reader = try await connector.connect()
                readers.append(reader)
                try await prepareReader(reader)
            }
            var mode = requested
            if mode == .auto {
                let binlogOn = try await BinlogPosition.current(on: control) != nil
                // Only InnoDB honours consistent snapshots; other engines need the global lock.
                let transactional = tables.allSatisfy { $0.engine.lowercased() == "innodb" }
                mode = control.isMariaDB && binlogOn && transactional ? .snapshot : .flush
                if mode == .snapshot, let position = try await sharedSnapshot(readers, attempts: 20) {
                    return SourceSnapshot(readers: readers, position: position, mode: .snapshot, lockHolder: nil)
                }
                mode = .flush
            }
            switch mode {
            case .auto:
                preconditionFailure("auto is resolved above")
            case .snapshot:
                guard control.isMariaDB else {
                    throw MigrationError("consistency snapshot needs MariaDB (binlog_snapshot_position); use flush on this source")
                }
                guard let position = try await sharedSnapshot(readers, attempts: 50) else {
                    throw MigrationError(
                        "consistency snapshot: the source commits too often for \(count) readers to start in the same snapshot; use consistency flush")
                }
                return SourceSnapshot(readers: readers, position: position, mode: .snapshot, lockHolder: nil)
            case .flush:
                do {
                    _ = try await control.query("FLUSH TABLES WITH READ LOCK")
                } catch {
                    throw MigrationError("consistency flush: FLUSH TABLES WITH READ LOCK failed (the source user needs the RELOAD privilege): \(error)")
                }
                let position: BinlogPosition?
                do {
                    for reader in readers { try await startSnapshot(reader) }
                    position = try await BinlogPosition.current(on: control)
                } catch {
                    _ = try? await control.query("UNLOCK TABLES")
                    throw error
                }
                _ = try await control.query("UNLOCK TABLES")
                return SourceSnapshot(readers: readers, position: position, mode: .flush, lockHolder: nil)
            case .lock:
                let holder = try await connector.connect()
                let list = tables.map { "\(TableDiscovery.quoted($0.name)) READ" }.joined(separator: ", ")
                if !list.isEmpty { _ = try await holder.query("LOCK TABLES \(list)") }
                for reader in readers { try await startSnapshot(reader) }
                let position = try await BinlogPosition.current(on: holder)
                return SourceSnapshot(readers: readers, position: position, mode: .lock, lockHolder: holder)
            case .none:
                let position = try await BinlogPosition.current(on: control)
                return SourceSnapshot(readers: readers, position: position, mode: .none, lockHolder: nil)
            }
        } catch {
            for reader in readers { try? await reader.close() }
            throw error
        }
    }

    private static func startSnapshot(_ reader: MySQLConnection) async throws {
        _ = try await reader.query("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        _ = try await reader.query("START TRANSACTION WITH CONSISTENT SNAPSHOT")
    }

    /// Starts a snapshot on every reader at once; when their binlog snapshot positions agree,
    /// no transaction committed between them, so they see the same state. Retries otherwise.
    private static func sharedSnapshot(_ readers: [MySQLConnection], attempts: Int) async throws -> BinlogPosition? {
        for _ in 0..<attempts {
            let positions = try await withThrowingTaskGroup(of: BinlogPosition?.self) { group in
                for reader in readers {
                    group.addTask {
                        try await startSnapshot(reader)
                        return try await BinlogPosition.ofSnapshot(on: reader)
                    }
                }
                var all: [BinlogPosition?] = []
                for try await position in group { all.append(position) }
                return all
            }
            if let first = positions.first, let position = first, positions.allSatisfy({ $0 == first }) {
                return position
            }
            for reader in readers { _ = try await reader.query("ROLLBACK") }
        }
        return nil
    }
}
