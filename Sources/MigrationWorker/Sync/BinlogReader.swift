import Foundation
import MySQLBinlog
import MySQLClient
import MySQLProtocol
import ReplicationCore
import SQLSyntax

/// Reads the source's binlog for a sync unit: tracks transactions, turns rows into jobs,
/// hands each transaction's jobs to the appliers and runs DDL alone.
struct BinlogReader {
    let unit: SyncUnit
    let appliers: [Applier]
    /// Per applier, the position its committed work reached when the unit started: a
    /// transaction ending at or before it was applied by that applier already.
    var done: [Int: BinlogPosition]
    var tracker: SchemaTracker
    var translator: EventTranslator
    let admin: MySQLConnection
    let checkpoint: SyncCheckpoint
    /// Operator decisions by the start position (`file:position`) of the DDL event they concern.
    let operations: [String: SyncOperations.Action]
    let safeMode: SafeModeWindow

    private var jobs: [(applier: Int, job: RowJob)] = []
    /// The SQL size of `jobs`.
    private var jobBytes = 0
    private var serial = false
    private var gtid = MariaDBGTIDPosition()
    /// `gtid` as text, kept up to date: every event's position carries it.
    private var gtidText = ""
    private var pendingGTID: MariaDBGTID?
    /// DDL replayed right after a restart may already be in the target (the crash came between
    /// the DDL and its checkpoint): errors saying so are accepted for the first DDL only.
    private var firstDDL = true
    /// The end of the last transaction handed out, and the last position idle appliers were
    /// moved to.
    private var handled: BinlogPosition?
    private var touched: BinlogPosition?
    /// The current transaction is large and is being handed to applier 0 in parts (memory
    /// stays bounded whatever its size); nil when it is not, else whether applier 0 applied
    /// it before a restart (its parts are then dropped).
    private var streaming: Bool?
    private var heartbeatSeen = false
    /// While the reader is behind the source, finished transactions' parts are held here and
    /// handed to the appliers in bulk (one wake-up and commit per many transactions instead of
    /// per transaction). Assignment is unchanged, so exactly-once holds as before.
    private var held: [Int: [TransactionPart]] = [:]
    private var heldRows = 0
    private var heldBytes = 0
    /// The timestamp of the last event read: at least `behindSeconds` old means a backlog.
    private var lastEventTime: UInt32 = 0
    static let behindSeconds: UInt32 = 2
    /// A transaction streams once its pending rows reach either bound.
    static let streamThreshold = 5_000
    static let streamThresholdBytes = 16 << 20

    init(
        unit: SyncUnit, appliers: [Applier], done: [Int: BinlogPosition], tracker: SchemaTracker, translator: EventTranslator,
        admin: MySQLConnection, checkpoint: SyncCheckpoint, operations: [String: SyncOperations.Action], safeMode: SafeModeWindow
    ) {
        self.operations = operations
        self.safeMode = safeMode
        self.unit = unit
        self.appliers = appliers
        self.done = done
        self.tracker = tracker
        self.translator = translator
        self.admin = admin
        self.checkpoint = checkpoint
    }

    mutating func run(from start: BinlogPosition, connector: ServerConnector) async throws {
        self.gtid = (try? MariaDBGTIDPosition(parsing: start.gtidSet)) ?? MariaDBGTIDPosition()
        self.gtidText = self.gtid.description
        let replica = try await connector.connect()
        defer { Task { try? await replica.close() } }
        guard start.position <= UInt64(UInt32.max) else { throw MigrationError("binlog position \(start) is out of range") }
        let raw: MySQLBinlogStream
        do {
            raw = try await replica.startBinlogStream(
                .init(start: try Self.request(start, mariaDB: replica.isMariaDB), serverID: self.unit.replicaServerID, heartbeatPeriod: .seconds(1)))
        } catch let error as MySQLError where error.errorNumber == 1236 {
            throw MigrationError(
                "source \(self.unit.source.sourceID): the source cannot send its binlog from \(start) (purged, or not a valid position): \(error.message)")
        } catch {
            throw MigrationError("source \(self.unit.source.sourceID): cannot read the binlog from \(start): \(error)", underlying: error)
        }
        for try await (file, _, event) in BinlogEventStream(raw, startFile: start.file) {
            try Task.checkCancellation()
            if case .heartbeat = event.body {
                try await self.releaseHeld()
                if self.jobs.isEmpty {
                    self.unit.status.idle()
                    try await self.touchIdleAppliers()
                }
                continue
            }
            // Fake events at the stream's start carry no position.
            guard event.header.logPosition > 0 else { continue }
            self.unit.status.busy()
            let end = BinlogPosition(file: file, position: UInt64(event.header.logPosition), gtidSet: self.gtidText)
            self.unit.status.read(end, timestamp: event.header.timestamp)
            if event.header.timestamp > 0 { self.lastEventTime = event.header.timestamp }
            switch event.body {
            case .mariadbGTID(let event):
                self.pendingGTID = event.gtid
                self.clearJobs()
                self.serial = false
                self.streaming = nil
            case .query(let query):
                let text = query.queryText
                switch text.uppercased() {
                case "BEGIN":
                    self.clearJobs()
                    self.serial = false
                    self.streaming = nil
                case "COMMIT":
                    try await self.commit(at: self.advanced(end))
                    try await self.afterHeartbeat()
                default:
                    let start = BinlogPosition(file: file, position: UInt64(event.header.logPosition) - min(UInt64(event.header.logPosition), UInt64(event.header.eventSize)))
                    try await self.ddl(query, at: self.advanced(end), start: start)
                }
            case .rows(let rows):
                if let lag = Heartbeat.lag(of: rows) {
                    self.unit.status.heartbeat(lagSeconds: lag)
                    self.heartbeatSeen = true
                }
                let translated: [RowJob]
                let safe = self.safeMode.active(at: end)
                if safe != self.translator.safeMode {
                    self.translator.safeMode = safe
                    self.unit.status.safeMode(safe)
                }
                do {
                    translated = try self.translator.translate(rows, tracker: self.tracker)
                } catch {
                    throw MigrationError("source \(self.unit.source.sourceID) at \(end): \(error)")
                }
                for job in translated { self.assign(job) }
                if self.jobs.count >= Self.streamThreshold || self.jobBytes >= Self.streamThresholdBytes { try await self.streamPart(at: end) }
            case .xid:
                try await self.commit(at: self.advanced(end))
                try await self.afterHeartbeat()
            default:
                continue
            }
        }
        throw MigrationError(
            "source \(self.unit.source.sourceID): the binlog stream ended", underlying: MySQLError(.connectionClosed, "the source ended the binlog stream"))
    }

    /// While the source is quiet, moves every applier's checkpoint to the last handled
    /// transaction (an empty target transaction queued behind its work), so a restart reads
    /// from there rather than from where an idle applier last had rows.
    private mutating func touchIdleAppliers() async throws {
        try await self.releaseHeld()
        guard let handled = self.handled, handled != self.touched else { return }
        for (id, applier) in self.appliers.enumerated() where self.done[id].map({ $0.precedes(handled) }) ?? true {
            self.unit.status.dispatched(applier: id, position: handled)
            try await applier.submit(TransactionPart(jobs: [], end: handled))
        }
        self.touched = handled
    }

    /// A heartbeat row keeps the source from ever looking idle (no binlog heartbeat events):
    /// idle appliers' checkpoints move at each one instead.
    private mutating func afterHeartbeat() async throws {
        guard self.heartbeatSeen else { return }
        self.heartbeatSeen = false
        if self.jobs.isEmpty { try await self.touchIdleAppliers() }
    }

    /// By file and position; by GTID when only a GTID set is known (a task's `meta` with
    /// `binlog-gtid` and no `binlog-name`).
    static func request(_ start: BinlogPosition, mariaDB: Bool) throws -> MySQLBinlogRequest.Start {
        if !start.file.isEmpty { return .position(file: start.file, position: UInt32(start.position)) }
        guard !start.gtidSet.isEmpty else { throw MigrationError("no binlog file and no GTID set to start the sync from") }
        if mariaDB { return .mariadbGTID(start.gtidSet) }
        do {
            return .mysqlGTIDSet(encoded: try MySQLGTIDSet(parsing: start.gtidSet).encoded())
        } catch {
            throw MigrationError("binlog-gtid '\(start.gtidSet)' is not a MySQL GTID set: \(error)")
        }
    }

    /// The position after the current transaction, with its GTID counted in.
    private mutating func advanced(_ end: BinlogPosition) -> BinlogPosition {
        if let gtid = self.pendingGTID {
            self.gtid.advance(with: gtid)
            self.gtidText = self.gtid.description
            self.pendingGTID = nil
        }
        var end = end
        end.gtidSet = self.gtidText
        return end
    }

    private mutating func clearJobs() {
        self.jobs.removeAll(keepingCapacity: true)
        self.jobBytes = 0
    }

    /// Rows go to the applier their first key hashes to; a row whose keys hash to different
    /// appliers makes its whole transaction serial.
    private mutating func assign(_ job: RowJob) {
        let count = UInt64(self.appliers.count)
        let applier = Int(StableHash.of(job.keys.first ?? "") % count)
        if job.keys.dropFirst().contains(where: { Int(StableHash.of($0) % count) != applier }) { self.serial = true }
        self.jobs.append((applier, job))
        self.jobBytes += job.byteCount
    }

    /// Hands the rows so far of a large transaction to applier 0, inside one open target
    /// transaction. Which transactions stream depends on their size alone, so a replay makes
    /// the same choice; and since checkpoints only ever sit at transaction ends, an applier 0
    /// checkpoint at or past this event means the whole transaction was applied.
    private mutating func streamPart(at position: BinlogPosition) async throws {
        if self.streaming == nil {
            try await self.drainAll()
            self.streaming = self.done[0].map { !$0.precedes(position) } ?? false
        }
        defer { self.clearJobs() }
        if self.streaming == true { return }
        self.unit.status.dispatched(applier: 0, position: position)
        try await self.appliers[0].submit(TransactionPart(jobs: self.jobs.map(\.job), end: position, final: false))
    }

    /// Hands a finished transaction to the appliers.
    ///
    /// Exactly once: which applier applies a row is a function of the transaction's content
    /// alone (the hash of the row's first key, or applier 0 for every row of a serial
    /// transaction), never of timing. Each applier commits its rows of a transaction together
    /// with its checkpoint set to the transaction's end, and a transaction's rows for one applier
    /// are never split across two target transactions. So after a crash, re-reading from the
    /// lowest checkpoint and giving each row to the same applier, a row was applied if and only
    /// if the transaction's end is at or before that applier's checkpoint: it is skipped then,
    /// applied otherwise — also for tables without a key, whose rows would duplicate on replay.
    /// Order: rows touching the same key go to the same applier (same hash) in binlog order;
    /// a serial transaction waits for every applier to drain, runs alone, and is committed
    /// before anything after it is handed out.
    private mutating func commit(at end: BinlogPosition) async throws {
        defer {
            self.clearJobs()
            self.serial = false
            self.unit.status.handled(end)
            self.handled = end
        }
        if let applied = self.streaming {
            self.streaming = nil
            try await self.releaseHeld()
            if !applied {
                self.unit.status.dispatched(applier: 0, position: end)
                try await self.appliers[0].submit(TransactionPart(jobs: self.jobs.map(\.job), end: end, final: true))
                try await self.appliers[0].drain()
            }
            return
        }
        guard !self.jobs.isEmpty else { return }
        if self.serial {
            try await self.drainAll()
            if self.done[0].map({ $0.precedes(end) }) ?? true {
                self.unit.status.dispatched(applier: 0, position: end)
                try await self.appliers[0].submit(TransactionPart(jobs: self.jobs.map(\.job), end: end))
                try await self.appliers[0].drain()
            }
            return
        }
        var byApplier: [Int: [RowJob]] = [:]
        for (applier, job) in self.jobs { byApplier[applier, default: []].append(job) }
        let behind = self.lastEventTime > 0 && UInt32(Date.now.timeIntervalSince1970) >= self.lastEventTime + Self.behindSeconds
        if !behind { try await self.releaseHeld() }
        for (applier, jobs) in byApplier.sorted(by: { $0.key < $1.key }) where self.done[applier].map({ $0.precedes(end) }) ?? true {
            self.unit.status.dispatched(applier: applier, position: end)
            let part = TransactionPart(jobs: jobs, end: end)
            if behind {
                self.held[applier, default: []].append(part)
                self.heldRows += jobs.count
                self.heldBytes += part.bytes
            } else {
                try await self.appliers[applier].submit(part)
            }
        }
        // About a full batch for every applier; memory stays bounded by rows and bytes.
        if self.heldRows >= max(Self.streamThreshold / 4, self.appliers.count * self.unit.settings.syncer.batch)
            || self.heldBytes >= Self.streamThresholdBytes / 2
        {
            try await self.releaseHeld()
        }
    }

    /// Hands the held parts to their appliers, in order.
    private mutating func releaseHeld() async throws {
        guard self.heldRows > 0 || !self.held.isEmpty else { return }
        let held = self.held
        self.held = [:]
        self.heldRows = 0
        self.heldBytes = 0
        for (applier, parts) in held.sorted(by: { $0.key < $1.key }) {
            for part in parts { try await self.appliers[applier].submit(part) }
        }
    }

    /// Every applier has committed everything handed out (held parts included).
    private mutating func drainAll() async throws {
        try await self.releaseHeld()
        for applier in self.appliers { try await applier.drain() }
    }

    /// DDL waits for every applier to drain, is rewritten for routing, runs alone (or as the
    /// operator decided: skipped, or replaced by other statements), and moves every checkpoint
    /// (and the schema checkpoint) past it in one target transaction. The tracker always
    /// applies the source's statement: later rows follow the source's schema.
    private mutating func ddl(_ query: QueryEvent, at end: BinlogPosition, start: BinlogPosition) async throws {
        let text = query.queryText
        let parsed: ParsedStatement
        do {
            parsed = try SQLParser.parseStatement(text)
        } catch {
            throw MigrationError("source \(self.unit.source.sourceID) at \(start.filePosition): cannot parse the statement `\(text.prefix(300))`: \(error)")
        }
        if case .nonDDL = parsed.statement { return }
        let defaultSchema = query.schema.isEmpty ? nil : query.schema
        try await self.drainAll()
        if !self.done.values.allSatisfy({ $0.precedes(end) }) {
            // Already applied before a restart (every checkpoint is past it); the tracker in the
            // schema checkpoint has it too.
            return
        }
        var routed: [String] = []
        var shardPiece: ShardPiece?
        let decision = self.operations[start.filePosition]
        for piece in parsed.splitMultiTable() {
            let names = DDLNames(piece, defaultSchema: defaultSchema)
            let relevant = names.tables.contains(where: self.translator.replicates) || names.databases.contains { self.translator.replicates(TableName(schema: $0)) }
            do {
                _ = try self.tracker.apply(piece.statement, defaultSchema: defaultSchema)
            } catch {
                if relevant {
                    throw MigrationError("source \(self.unit.source.sourceID) at \(start.filePosition): the schema tracker cannot apply `\(piece.text.prefix(300))`: \(error)")
                }
            }
            for table in names.tables { self.translator.forget(table) }
            if !names.databases.isEmpty { self.translator.forgetAll() }
            guard relevant else { continue }
            let statement = self.routed(piece, names: names, defaultSchema: defaultSchema)
            switch try await self.shardHandling(piece, names: names, statement: statement, start: start, decided: decision != nil) {
            case nil: routed.append(statement)
            case .skip: continue
            case .lock(let found):
                guard shardPiece == nil else {
                    throw DDLRefusal(position: start, statement: statement, message: "one statement changes several tables of shard groups; pessimistic shard mode takes one at a time")
                }
                shardPiece = found
                routed.append(statement)
            }
        }
        switch decision {
        case nil: break
        case .skip: routed = []
        case .replace(let statements):
            routed = try statements.map { statement in
                let parsed = try SQLParser.parseStatement(statement)
                return self.routed(parsed, names: DDLNames(parsed, defaultSchema: defaultSchema), defaultSchema: defaultSchema)
            }
        }
        var lock: (target: TableName, resolution: ShardDDLCoordinator.Resolution)?
        if let shardPiece {
            lock = try await self.shardLock(shardPiece, statements: decision == .skip ? nil : routed, start: start)
            // The last shard to arrive runs the group's statements (a skipped shard agrees with
            // them), unless an operator decided on it after the target refused them.
            if let resolution = lock?.resolution {
                if !(resolution.again && decision != nil) { routed = resolution.statements }
            } else {
                routed = []
            }
        }
        for statement in routed {
            do {
                _ = try await self.admin.query(statement)
            } catch {
                // Already there: a replay after a crash between DDL and checkpoint, or a shard
                // merged into a target that has the object.
                guard Self.tolerated(error, firstDDL: self.firstDDL) else {
                    if MigrationError.isRetryable(error) { throw error }
                    throw DDLRefusal(position: start, statement: statement, message: "\((error as? MySQLError)?.message ?? String(describing: error))")
                }
            }
        }
        if let lock, let shards = self.unit.shards {
            // Recorded before the others go on: none of them waits for this DDL again.
            try await self.shardRecord.recordDone(lock.resolution.arrivals, target: lock.target, statement: routed.joined(separator: "; "), on: self.admin)
            await shards.release(lock.target)
        }
        self.firstDDL = false
        _ = try await self.admin.query("BEGIN")
        _ = try await self.admin.query(try self.checkpoint.saveSchemaSQL(self.tracker, position: end))
        for id in self.appliers.indices { _ = try await self.admin.query(self.checkpoint.saveSQL(applier: id, position: end)) }
        _ = try await self.admin.query("COMMIT")
        for id in self.appliers.indices { self.done[id] = end }
        self.handled = end
        self.touched = end
        self.unit.status.ddl(at: end, appliers: self.appliers.count)
    }

    /// The statement with its table or database names routed.
    private func routed(_ piece: ParsedStatement, names: DDLNames, defaultSchema: String?) -> String {
        let router = self.unit.rules.router
        if !names.databases.isEmpty {
            return piece.renamingDatabases { name in (try? router.route(TableName(schema: name)).schema) ?? name }
        }
        return piece.renamingTables(defaultSchema: defaultSchema) { name in
            let source = TableName(schema: name.schema ?? defaultSchema ?? "", table: name.name)
            let target = (try? router.route(source)) ?? source
            return SQLTableName(schema: target.schema, name: target.table)
        }
    }

    /// Errors of a DDL saying its object already exists (or is already gone): accepted for the
    /// first DDL after a restart, and "database/table exists" always (shards merging into one).
    static func tolerated(_ error: any Error, firstDDL: Bool) -> Bool {
        guard let number = (error as? MySQLError)?.errorNumber else { return false }
        let code = Int(number)
        let always: Set<Int> = [1007, 1050]
        let afterRestart: Set<Int> = [1060, 1061, 1091, 1051, 1008, 1146]
        return always.contains(code) || (firstDDL && afterRestart.contains(code))
    }
}

/// The tables and databases a DDL statement names.
struct DDLNames {
    var tables: [TableName]
    var databases: [String]

    init(_ statement: ParsedStatement, defaultSchema: String?) {
        self.tables = statement.nameSites.compactMap { site in
            guard case .table(let name) = site.target else { return nil }
            return TableName(schema: name.schema ?? defaultSchema ?? "", table: name.name)
        }
        self.databases = statement.nameSites.compactMap { site in
            guard case .database(let name) = site.target else { return nil }
            return name
        }
    }
}

/// The target refused a DDL statement: the subtask pauses until an operator skips or replaces
/// the event at `position` (its start in the source's binlog).
struct DDLRefusal: Error, CustomStringConvertible {
    var position: BinlogPosition
    var statement: String
    var message: String
    /// False when the sync itself stops the DDL (a shard conflict), not the target.
    var byTarget = true

    var description: String {
        (self.byTarget ? "the target refused DDL" : "cannot apply DDL")
            + " `\(self.statement.prefix(500))` (binlog \(self.position.filePosition)): \(self.message)"
    }
}
