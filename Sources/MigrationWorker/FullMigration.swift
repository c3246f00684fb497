import MigrationConfig
import MySQLClient
import MySQLProtocol
import ReplicationCore

/// The full migration of one subtask (one task on one source): a consistent snapshot of the
/// selected tables, cut into chunks, streamed from the source straight into the target with
/// `LOAD DATA LOCAL INFILE` by `threads` reader/writer pairs, each chunk committed together with
/// its checkpoint. Running it again after a crash resumes: loaded chunks are skipped, the
/// others are read again with the same bounds.
public final class FullMigration: Sendable {
    public let task: TaskConfig
    public let source: SourceConfig
    public let settings: SubtaskSettings
    public let rules: SubtaskRules
    public let options: Options
    public let progress = LoadProgress()

    public struct Options: Sendable {
        public var consistency: Consistency
        public var threads: Int
        public var rowsPerChunk: Int
        public var chunkFilesizeMB: Double
        public var filter: String

        public init(settings: SubtaskSettings) throws {
            self.consistency = try Consistency.fromExtraArgs(settings.mydumper.extraArgs) ?? .auto
            self.threads = settings.mydumper.threads
            self.rowsPerChunk = settings.mydumper.rows
            self.chunkFilesizeMB = Double(settings.mydumper.chunkFilesize) ?? 64
            self.filter = settings.mydumper.where
        }
    }

    public init(task: TaskConfig, source: SourceConfig, options: Options? = nil) throws {
        let setup = try SubtaskSetup(task: task, source: source)
        self.task = task
        self.source = source
        self.settings = setup.settings
        self.rules = setup.rules
        self.options = try options ?? Options(settings: self.settings)
    }

    var checkpoint: LoaderCheckpoint {
        LoaderCheckpoint(metaSchema: self.task.metaSchema, task: self.task.name, sourceID: self.source.sourceID)
    }

    /// Runs (or resumes) the migration to its end; returns the binlog position the sync unit
    /// starts from (nil when the source has no binlog).
    public func run() async throws -> BinlogPosition? {
        let targetConnector = ServerConnector(self.task.targetDatabase, role: "target")
        let sourceConnector = ServerConnector(self.source.from, role: "source \(self.source.sourceID)")
        let admin = try await targetConnector.connect()
        defer { Task { try? await admin.close() } }
        try await self.checkpoint.prepare(on: admin)
        let state = try await self.checkpoint.state(on: admin)
        if state.finished {
            self.progress.finish()
            return state.position
        }

        let control = try await sourceConnector.connect()
        defer { Task { try? await control.close() } }
        // Plain quoting in SHOW CREATE TABLE whatever the source's sql_mode.
        _ = try await control.query("SET SESSION sql_mode = ''")
        let sourceMode = try await control.query("SELECT @@GLOBAL.sql_mode").rows.first?[0].string ?? ""
        let discovery = TableDiscovery(rules: self.rules, metaSchema: self.task.metaSchema)
        let schemas = try await discovery.schemas(on: control)
        let tables = try await discovery.discover(on: control)
        for table in tables { self.progress.register(table) }
        let deferred = DeferredIndexes(metaSchema: self.task.metaSchema, task: self.task.name)
        try await deferred.prepare(on: admin)
        try await TargetSchema(router: self.rules.router, deferredIndexes: deferred).create(schemas: schemas, tables: tables, source: control, target: admin)

        let snapshot = try await SourceSnapshot.open(
            count: self.options.threads, mode: self.options.consistency, tables: tables, connector: sourceConnector, control: control)
        do {
            // Before the start is recorded: a crash in between saves it again with the next snapshot.
            if state.position == nil, let position = snapshot.position {
                try await self.saveSchema(schemas: schemas, tables, control: control, position: position, admin: admin)
            }
            try await self.checkpoint.recordStart(position: snapshot.position, on: admin)
            self.progress.start()
            try await self.load(tables: tables, state: state, snapshot: snapshot, admin: admin, sourceConnector: sourceConnector,
                                targetConnector: targetConnector, sqlMode: TargetSession.loadSQLMode(sourceMode: sourceMode))
        } catch {
            await snapshot.close()
            throw error
        }
        // The source is done with; the target builds the indexes that waited for the rows.
        await snapshot.close()
        try await deferred.build(for: Set(tables.map(\.target)), connector: targetConnector, parallel: self.options.threads)
        // Rows read in a later snapshot than the recorded start, or outside any snapshot, may
        // hold changes the sync will replay: it runs in safe mode up to where the source is now.
        let inexact = snapshot.mode == .none || (state.started && state.position != snapshot.position)
        let safeUntil = inexact ? try await BinlogPosition.current(on: control) : nil
        try await self.checkpoint.recordFinished(safeUntil: safeUntil, on: admin)
        self.progress.finish()
        return state.position ?? snapshot.position
    }

    private func load(
        tables: [SourceTable], state: LoaderCheckpoint.State, snapshot: SourceSnapshot, admin: MySQLConnection,
        sourceConnector: ServerConnector, targetConnector: ServerConnector, sqlMode: String
    ) async throws {
        let pipeline = ChunkPipeline(tables: tables, options: self.options, progress: self.progress, sourceConnector: sourceConnector)
        let checkpoint = self.checkpoint
        let (progress, rules, filter) = (self.progress, self.rules, self.options.filter)
        let method = try await Self.loadMethod(on: admin)
        // INSERTs carry the ENUM error value only in a non-strict session (warnings are checked).
        let sessionMode = if case .insert = method {
            sqlMode.split(separator: ",").filter { !$0.hasPrefix("STRICT_") }.joined(separator: ",")
        } else {
            sqlMode
        }
        try await pipeline.run(
            resume: state, readers: snapshot.readers,
            recordPlanned: { chunk, target in try await checkpoint.recordPlanned(chunk, target: target, on: admin) },
            makeSink: { reader in
                let target = try await targetConnector.connect()
                try await TargetSession.prepare(target, sqlMode: sessionMode)
                if case .insert = method { _ = try await target.query("SET NAMES binary") }
                return ChunkLoader(
                    reader: reader, target: target, checkpoint: checkpoint, progress: progress, rules: rules, filter: filter, method: method)
            })
    }

    /// LOAD DATA LOCAL INFILE when the target allows it, else INSERTs sized to its
    /// max_allowed_packet.
    static func loadMethod(on target: MySQLConnection) async throws -> ChunkLoader.Method {
        let row = try await target.query("SELECT @@GLOBAL.local_infile, @@GLOBAL.max_allowed_packet").rows.first
        let localInfile = try row?[0].string ?? "1"
        if localInfile == "1" || localInfile.uppercased() == "ON" { return .loadData }
        let packet = Int(try row?[1].string ?? "") ?? 16 << 20
        return .insert(statementSize: max(64 << 10, min(packet - (64 << 10), 8 << 20)))
    }

    /// Records the tables' definitions as of the snapshot for the sync unit, which starts at
    /// the snapshot's position: its schema tracker must not see DDL that came later.
    private func saveSchema(
        schemas: [String], _ tables: [SourceTable], control: MySQLConnection, position: BinlogPosition, admin: MySQLConnection
    ) async throws {
        var tracker = SchemaTracker()
        do {
            for schema in Set(schemas + tables.map(\.name.schema)).sorted() {
                let create = try await control.query("SHOW CREATE DATABASE \(MySQLLiteral.quoteIdentifier(schema))").rows.first?[1].string ?? ""
                try tracker.load(createDatabaseSQL: create)
            }
            for table in tables { try tracker.load(createTableSQL: table.createSQL, schema: table.name.schema) }
        } catch {
            throw MigrationError("schema tracker: cannot load the dumped definitions: \(error)")
        }
        let sync = SyncCheckpoint(metaSchema: self.task.metaSchema, task: self.task.name, sourceID: self.source.sourceID)
        try await sync.prepare(on: admin)
        _ = try await admin.query(try sync.saveSchemaSQL(tracker, position: position))
    }
}
