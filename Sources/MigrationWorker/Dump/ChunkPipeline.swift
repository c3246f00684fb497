import MySQLClient
import ReplicationCore

/// Where the chunks of a dump go: loaded into the target, or written to files.
protocol ChunkSink: Sendable {
    func consume(_ chunk: Chunk, of table: SourceTable) async throws
    func close() async
}

/// Cuts tables into chunks and hands them to one sink per snapshot reader. Chunks a previous
/// run recorded (`resume`) are queued first with their bounds; cutting goes on after the last
/// recorded bound.
struct ChunkPipeline: Sendable {
    let tables: [SourceTable]
    let options: FullMigration.Options
    let progress: LoadProgress
    let sourceConnector: ServerConnector

    func run(
        resume: LoaderCheckpoint.State, readers: [MySQLConnection],
        recordPlanned: @escaping @Sendable (Chunk, TableName) async throws -> Void,
        makeSink: @escaping @Sendable (MySQLConnection) async throws -> any ChunkSink
    ) async throws {
        let queue = ChunkQueue()
        let byName = Dictionary(self.tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let sinks = try await withThrowingTaskGroup(of: Void.self) { group in
            var sinks: [any ChunkSink] = []
            for reader in readers {
                let sink = try await makeSink(reader)
                sinks.append(sink)
                group.addTask {
                    while let chunk = await queue.next() {
                        guard let table = byName[chunk.table] else { continue }
                        try await sink.consume(chunk, of: table)
                    }
                }
            }
            group.addTask {
                do {
                    try await self.plan(resume: resume, queue: queue, recordPlanned: recordPlanned)
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
                for sink in sinks { await sink.close() }
                throw error
            }
            return sinks
        }
        for sink in sinks { await sink.close() }
    }

    private func plan(
        resume: LoaderCheckpoint.State, queue: ChunkQueue, recordPlanned: @Sendable (Chunk, TableName) async throws -> Void
    ) async throws {
        var pending: [(SourceTable, Chunk)] = []
        for table in self.tables {
            let records = resume.chunks[table.name] ?? []
            let loaded = records.filter(\.loaded)
            self.progress.resumed(
                table.name, rows: loaded.reduce(0) { $0 + $1.rows }, bytes: loaded.reduce(0) { $0 + $1.bytes }, chunks: loaded.count)
            for record in records where !record.loaded { await queue.push(record.chunk) }
            let complete = records.last.map { $0.chunk.upper == nil } ?? false
            self.progress.planned(table.name, chunks: records.count, complete: complete)
            if !complete { pending.append((table, records.last?.chunk ?? Chunk(table: table.name, index: -1, lower: nil, upper: nil))) }
        }
        if pending.isEmpty { return }
        let cutter = try await self.sourceConnector.connect()
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
                try await recordPlanned(chunk, table.target)
                self.progress.planned(table.name, chunks: index + 1, complete: upper == nil)
                await queue.push(chunk)
                guard let upper else { break }
                lower = upper
                index += 1
            }
        }
    }
}
