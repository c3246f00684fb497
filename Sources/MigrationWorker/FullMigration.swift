import MigrationConfig
import MySQLClient
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
        guard let index = task.mysqlInstances.firstIndex(where: { $0.sourceID == source.sourceID }) else {
            throw MigrationError("task \(task.name) has no mysql-instances entry for source \(source.sourceID)")
        }
        self.task = task
        self.source = source
        self.settings = task.subtaskSettings(index)
        self.rules = try SubtaskRules(task: task, instanceIndex: index, source: source)
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
        let tables = try await TableDiscovery(rules: self.rules, metaSchema: self.task.metaSchema).discover(on: control)
        for table in tables { self.progress.register(table) }
        try await TargetSchema(router: self.rules.router).create(tables: tables, source: control, target: admin)

        let snapshot = try await SourceSnapshot.open(
            count: self.options.threads, mode: self.options.consistency, tables: tables, connector: sourceConnector, control: control)
        do {
            try await self.checkpoint.recordStart(position: snapshot.position, on: admin)
            self.progress.start()
            try await self.load(tables: tables, state: state, snapshot: snapshot, admin: admin, sourceConnector: sourceConnector,
                                targetConnector: targetConnector, sqlMode: TargetSession.loadSQLMode(sourceMode: sourceMode))
            try await self.checkpoint.recordFinished(on: admin)
        } catch {
            await snapshot.close()
            throw error
        }
        await snapshot.close()
        self.progress.finish()
        return state.position ?? snapshot.position
    }

    private func load(
        tables: [SourceTable], state: LoaderCheckpoint.State, snapshot: SourceSnapshot, admin: MySQLConnection,
        sourceConnector: ServerConnector, targetConnector: ServerConnector, sqlMode: String
    ) async throws {
        let queue = ChunkQueue()
        let byName = Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let loaders = try await withThrowingTaskGroup(of: Void.self) { group in
            var loaders: [ChunkLoader] = []
            for reader in snapshot.readers {
                let target = try await targetConnector.connect()
                try await TargetSession.prepare(target, sqlMode: sqlMode)
                let loader = ChunkLoader(
                    reader: reader, target: target, checkpoint: self.checkpoint, progress: self.progress, rules: self.rules,
                    filter: self.options.filter)
                loaders.append(loader)
                group.addTask {
                    while let chunk = await queue.next() {
                        guard let table = byName[chunk.table] else { continue }
                        try await loader.load(chunk, of: table)
                    }
                }
            }
            group.addTask {
                do {
                    try await self.plan(tables: tables, state: state, queue: queue, admin: admin, sourceConnector: sourceConnector)
                } catch {
                    await queue.close()
                    throw error
                }
                await queue.close()
            }
            do {
                try await group.waitForAll()
            } catch {
                await queue.close()
                group.cancelAll()
                throw error
            }
            return loaders
        }
        for loader in loaders { await loader.close() }
    }

    /// Queues the chunks a previous run planned but did not load, then cuts the rest.
    private func plan(
        tables: [SourceTable], state: LoaderCheckpoint.State, queue: ChunkQueue, admin: MySQLConnection, sourceConnector: ServerConnector
    ) async throws {
        var pending: [(SourceTable, Chunk)] = []
        for table in tables {
            let records = state.chunks[table.name] ?? []
            let loaded = records.filter(\.loaded)
            self.progress.resumed(table.name, rows: loaded.reduce(0) { $0 + $1.rows }, bytes: loaded.reduce(0) { $0 + $1.bytes }, chunks: loaded.count)
            for record in records where !record.loaded { await queue.push(record.chunk) }
            let complete = records.last.map { $0.chunk.upper == nil } ?? false
            self.progress.planned(table.name, chunks: records.count, complete: complete)
            if !complete { pending.append((table, records.last?.chunk ?? Chunk(table: table.name, index: -1, lower: nil, upper: nil))) }
        }
        if pending.isEmpty { return }
        let cutter = try await sourceConnector.connect()
        defer { Task { try? await cutter.close() } }
        try await SourceSnapshot.prepareReader(cutter)
        for (table, last) in pending {
            var index = last.index + 1
            var lower = last.index >= 0 ? last.upper : nil
            let planner = ChunkPlanner(
                table: table,
                rowsPerChunk: ChunkPlanner.rowsPerChunk(
                    table: table, configuredRows: self.options.rowsPerChunk, chunkFilesizeMB: self.options.chunkFilesizeMB,
                    threads: self.options.threads),
                filter: self.options.filter)
            while true {
                try Task.checkCancellation()
                let upper = table.chunkKey.isEmpty ? nil : try await planner.upperBound(after: lower, on: cutter)
                let chunk = Chunk(table: table.name, index: index, lower: lower, upper: upper)
                try await self.checkpoint.recordPlanned(chunk, target: table.target, on: admin)
                self.progress.planned(table.name, chunks: index + 1, complete: upper == nil)
                await queue.push(chunk)
                guard let upper else { break }
                lower = upper
                index += 1
            }
        }
    }
}
