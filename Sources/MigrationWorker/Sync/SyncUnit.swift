import MigrationConfig
import MySQLBinlog
import MySQLClient
import ReplicationCore
import SQLSyntax

/// The incremental sync of one subtask: binlog events from the source, through the schema
/// tracker and the rules, applied to the target by `worker-count` appliers, each committing its
/// rows together with its own checkpoint. Runs until cancelled or until a statement fails.
public final class SyncUnit: Sendable {
    public let task: TaskConfig
    public let source: SourceConfig
    public let settings: SubtaskSettings
    public let rules: SubtaskRules
    public let status = SyncStatus()
    /// Where to start when the target holds no sync checkpoint yet (the full load's position).
    let start: BinlogPosition?
    /// With `shard-mode: pessimistic`: the lock DDL on shard tables waits at.
    let shards: ShardDDLCoordinator?

    public init(task: TaskConfig, source: SourceConfig, start: BinlogPosition? = nil, shards: ShardDDLCoordinator? = nil) throws {
        let setup = try SubtaskSetup(task: task, source: source)
        self.shards = shards
        self.task = task
        self.source = source
        self.settings = setup.settings
        self.rules = setup.rules
        self.start = start
    }

    var checkpoint: SyncCheckpoint { SyncCheckpoint(metaSchema: self.task.metaSchema, task: self.task.name, sourceID: self.source.sourceID) }

    /// Runs until cancelled. Lost connections (a source or target restart, a network fault)
    /// are retried with backoff from the checkpoints; anything else ends the run with its error.
    public func run() async throws {
        var delay: Duration = .seconds(1)
        while true {
            let started = ContinuousClock.now
            do {
                try await self.runOnce()
                return
            } catch let refusal as DDLRefusal {
                try await self.waitForOperator(refusal)
                delay = .seconds(1)
            } catch {
                if Task.isCancelled || error is CancellationError { throw error }
                guard MigrationError.isRetryable(error) else { throw error }
                if ContinuousClock.now - started > .seconds(60) { delay = .seconds(1) }
                self.status.retrying(String(describing: error))
                try await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(30))
            }
        }
    }

    var operations: SyncOperations { SyncOperations(metaSchema: self.task.metaSchema, task: self.task.name, sourceID: self.source.sourceID) }

    /// A DDL the target refused pauses the unit: the error is recorded in the target, and the
    /// unit waits until an operator skips or replaces the event (`dm binlog skip|replace`),
    /// then goes on from the checkpoints.
    private func waitForOperator(_ refusal: DDLRefusal) async throws {
        let hint = "skip it with `dm binlog skip --binlog-pos \(refusal.position.filePosition) TASK.yaml`, "
            + "or replace it with `dm binlog replace --binlog-pos \(refusal.position.filePosition) TASK.yaml \"STATEMENT; ...\"`"
        self.status.pause("source \(self.source.sourceID): \(refusal); \(hint)")
        defer { self.status.pause(nil) }
        let connector = ServerConnector(self.task.targetDatabase, role: "target")
        let operations = self.operations
        var recorded = false
        while true {
            do {
                let admin = try await connector.connect()
                defer { Task { try? await admin.close() } }
                try await operations.prepare(on: admin)
                if !recorded {
                    try await operations.recordPause(
                        .init(position: refusal.position, statement: refusal.statement, message: refusal.message), on: admin)
                    recorded = true
                }
                while true {
                    if try await operations.list(on: admin).contains(where: { $0.position == refusal.position }) {
                        try await operations.clearPause(on: admin)
                        return
                    }
                    try await Task.sleep(for: .seconds(1))
                }
            } catch {
                if Task.isCancelled || error is CancellationError { throw error }
                guard MigrationError.isRetryable(error) else { throw error }
                try await Task.sleep(for: .seconds(1))
            }
        }
    }

    private func runOnce() async throws {
        let targetConnector = ServerConnector(self.task.targetDatabase, role: "target")
        let sourceConnector = ServerConnector(self.source.from, role: "source \(self.source.sourceID)")
        let admin = try await targetConnector.connect()
        defer { Task { try? await admin.close() } }
        let checkpoint = self.checkpoint
        try await checkpoint.prepare(on: admin)
        let state = try await checkpoint.load(on: admin)
        let operations = self.operations
        try await operations.prepare(on: admin)
        var decisions: [String: SyncOperations.Action] = [:]
        for operation in try await operations.list(on: admin) { decisions[operation.position.filePosition] = operation.action }
        var configured = EventTranslator(rules: self.rules, safeMode: self.settings.syncer.safeMode)
        configured.describesRows = self.settings.syncer.compact || self.settings.syncer.multipleRows
        let translator = configured

        let (startPosition, fromMeta) = try await self.startPosition(state: state, admin: admin)
        let (sourceMode, sourceEnd) = try await Self.sourceState(sourceConnector)
        let tracker: SchemaTracker
        var safeUntil = state.safeUntil
        if let schema = state.schema {
            tracker = schema.tracker
        } else {
            tracker = try await SourceSchemaLoader.load(connector: sourceConnector, translator: translator)
            // Started from the task's meta, the target may already hold changes from anywhere
            // before the source's present position: replays there must be idempotent — unless
            // the user says the target is exactly at `meta` with `safe-mode-duration: "0s"`.
            if fromMeta && !self.settings.syncer.noAutomaticSafeMode { safeUntil = sourceEnd }
            _ = try await admin.query(try checkpoint.saveSchemaSQL(tracker, position: startPosition, safeUntil: safeUntil))
        }
        let loader = LoaderCheckpoint(metaSchema: self.task.metaSchema, task: self.task.name, sourceID: self.source.sourceID)
        if let loaded = try await loader.state(on: admin).safeUntil, safeUntil.map({ $0.precedes(loaded) }) ?? true { safeUntil = loaded }
        let safeMode = SafeModeWindow(
            always: self.settings.syncer.safeMode, until: safeUntil,
            deadline: self.settings.syncer.safeModeDuration.isEmpty ? nil : .now + .seconds(self.settings.syncer.effectiveSafeModeDuration.timeInterval))
        let sessionMode = TargetSession.loadSQLMode(sourceMode: sourceMode).split(separator: ",").filter { !$0.hasPrefix("STRICT_") }.joined(separator: ",")
        try await TargetSession.prepare(admin, sqlMode: sessionMode)

        let count = max(1, self.settings.syncer.workerCount)
        var done: [Int: BinlogPosition] = [:]
        for id in 0..<count { done[id] = state.appliers[id] ?? startPosition }
        self.status.started(appliers: done)
        let status = self.status
        var appliers: [Applier] = []
        for id in 0..<count {
            let connection = try await targetConnector.connect(multiStatements: true)
            try await TargetSession.prepare(connection, sqlMode: sessionMode)
            let mode = Applier.Mode(compact: self.settings.syncer.compact, multipleRows: self.settings.syncer.multipleRows)
            appliers.append(Applier(id: id, connection: connection, checkpoint: checkpoint, batchRows: self.settings.syncer.batch, mode: mode) { id, position, rows in
                status.committed(applier: id, position: position, rows: rows)
            })
        }
        let initialTracker = tracker
        if let shards = self.shards { await shards.register(source: self.source.sourceID, tables: self.routedTables(tracker, translator: translator)) }
        let (allAppliers, finalDone, finalDecisions) = (appliers, done, decisions)
        defer {
            for applier in allAppliers { Task { try? await applier.connection.close() } }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for applier in allAppliers { group.addTask { try await applier.run() } }
            if self.task.enableHeartbeat {
                let heartbeat = Heartbeat(
                    connector: sourceConnector, interval: .seconds(max(1, self.task.heartbeatUpdateInterval)), sourceID: self.source.sourceID)
                group.addTask { try await heartbeat.run() }
            }
            group.addTask {
                defer { for applier in allAppliers { applier.finish() } }
                var reader = BinlogReader(
                    unit: self, appliers: allAppliers, done: finalDone, tracker: initialTracker, translator: translator, admin: admin, checkpoint: checkpoint,
                    operations: finalDecisions, safeMode: safeMode)
                try await reader.run(from: startPosition, connector: sourceConnector)
            }
            do {
                try await group.waitForAll()
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }

    /// Every replicated table the tracker knows, with the target table it is routed to.
    private func routedTables(_ tracker: SchemaTracker, translator: EventTranslator) -> [TableName: TableName] {
        var routed: [TableName: TableName] = [:]
        for database in tracker.databases {
            for table in tracker.tables(inDatabase: database.name) where translator.replicates(table.tableName) {
                routed[table.tableName] = (try? self.rules.router.route(table.tableName)) ?? table.tableName
            }
        }
        return routed
    }

    /// The lowest applier checkpoint; else the given start (a full load's snapshot); else the
    /// loader's recorded position; else the task's `meta` (`fromMeta` true).
    private func startPosition(state: SyncCheckpoint.State, admin: MySQLConnection) async throws -> (BinlogPosition, fromMeta: Bool) {
        let loader = LoaderCheckpoint(metaSchema: self.task.metaSchema, task: self.task.name, sourceID: self.source.sourceID)
        try await loader.prepare(on: admin)
        if let lowest = state.appliers.values.min(by: { $0.precedes($1) }) { return (lowest, false) }
        if let start = self.start { return (start, false) }
        if let position = try await loader.state(on: admin).position { return (position, false) }
        if let meta = self.settings.meta, !meta.binlogName.isEmpty || !meta.binlogGTID.isEmpty {
            // With only a GTID set, the stream starts by GTID and learns the file from the server.
            return (BinlogPosition(file: meta.binlogName, position: UInt64(meta.binlogPos), gtidSet: meta.binlogGTID), true)
        }
        throw MigrationError(
            "source \(self.source.sourceID): nowhere to start the sync: no checkpoint in the target, no full load, and no meta binlog-name in the task")
    }

    /// The source's sql_mode and its present binlog position.
    private static func sourceState(_ connector: ServerConnector) async throws -> (sqlMode: String, end: BinlogPosition?) {
        let connection = try await connector.connect()
        defer { Task { try? await connection.close() } }
        let mode = try await connection.query("SELECT @@GLOBAL.sql_mode").rows.first?[0].string ?? ""
        return (mode, try await BinlogPosition.current(on: connection))
    }

    /// A replica server id for this subtask: the source file's `server-id`, else one derived
    /// from the task and source names (stable, so the source sees one replica per subtask).
    var replicaServerID: UInt32 {
        if self.source.serverID != 0 { return self.source.serverID }
        return 400_000_000 + UInt32(StableHash.of("\(self.task.name)/\(self.source.sourceID)") % 100_000_000)
    }
}
