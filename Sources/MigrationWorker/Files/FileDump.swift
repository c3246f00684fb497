import Foundation
import MigrationConfig
import MySQLClient
import MySQLProtocol
import ReplicationCore

/// The dump unit writing files in mydumper's layout (`dm dump`): schema files, one data file
/// per chunk (INSERT statements, optionally gzip) and `metadata` with the snapshot's binlog
/// position. myloader and `dm load` read it back. Names are the source's; routing applies
/// when the files are loaded.
public final class FileDump: Sendable {
    public let task: TaskConfig
    public let source: SourceConfig
    public let directory: String
    public let compress: Bool
    public let options: FullMigration.Options
    public let progress = LoadProgress()
    let rules: SubtaskRules
    let statementSize: Int

    public init(task: TaskConfig, source: SourceConfig, directory: String, compress: Bool) throws {
        let migration = try FullMigration(task: task, source: source)
        self.task = task
        self.source = source
        self.directory = directory
        self.compress = compress
        self.options = migration.options
        self.rules = migration.rules
        self.statementSize = migration.settings.mydumper.statementSize
    }

    /// Dumps every selected table; returns the snapshot's binlog position.
    public func run() async throws -> BinlogPosition? {
        let started = Date()
        try FileManager.default.createDirectory(atPath: self.directory, withIntermediateDirectories: true)
        let connector = ServerConnector(self.source.from, role: "source \(self.source.sourceID)")
        let control = try await connector.connect()
        defer { Task { try? await control.close() } }
        _ = try await control.query("SET SESSION sql_mode = ''")
        let tables = try await TableDiscovery(rules: self.rules, metaSchema: self.task.metaSchema).discover(on: control)
        for table in tables { self.progress.register(table) }
        try await self.writeSchemas(tables, control: control)

        let snapshot = try await SourceSnapshot.open(
            count: self.options.threads, mode: self.options.consistency, tables: tables, connector: connector, control: control)
        self.progress.start()
        let pipeline = ChunkPipeline(tables: tables, options: self.options, progress: self.progress, sourceConnector: connector)
        let (directory, compress, size, progress, filter) = (self.directory, self.compress, self.statementSize, self.progress, self.options.filter)
        do {
            try await pipeline.run(
                resume: LoaderCheckpoint.State(), readers: snapshot.readers, recordPlanned: { _, _ in },
                makeSink: { reader in
                    ChunkFileWriter(reader: reader, directory: directory, compress: compress, statementSize: size, progress: progress, filter: filter)
                })
        } catch {
            await snapshot.close()
            throw error
        }
        await snapshot.close()
        let metadata = DumpLayout.metadata(started: started, finished: Date(), position: snapshot.position)
        try metadata.write(toFile: (self.directory as NSString).appendingPathComponent("metadata"), atomically: true, encoding: .utf8)
        self.progress.finish()
        return snapshot.position
    }

    private func writeSchemas(_ tables: [SourceTable], control: MySQLConnection) async throws {
        for schema in Set(tables.map(\.name.schema)).sorted() {
            let create = try await control.query("SHOW CREATE DATABASE \(MySQLLiteral.quoteIdentifier(schema))").rows.first?[1].string ?? ""
            try self.write(create + ";\n", to: DumpLayout.schemaCreate(schema))
        }
        for table in tables {
            try self.write("/*!40101 SET NAMES binary*/;\n/*!40014 SET FOREIGN_KEY_CHECKS=0*/;\n\n" + table.createSQL + ";\n", to: DumpLayout.tableSchema(table.name))
        }
    }

    private func write(_ text: String, to name: String) throws {
        try text.write(toFile: (self.directory as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}
