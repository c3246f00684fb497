import Foundation
import MigrationConfig
import MySQLClient
import MySQLProtocol
import ReplicationCore

/// The load unit reading a dump directory in mydumper's layout (ours or mydumper's): creates
/// the routed databases and tables, then runs each data file in one transaction with its
/// checkpoint, `pool-size` files at a time. A rerun skips the files already loaded.
public final class FileLoad: Sendable {
    public let task: TaskConfig
    public let source: SourceConfig
    public let directory: String
    public let progress = LoadProgress()
    let rules: SubtaskRules
    let poolSize: Int

    public init(task: TaskConfig, source: SourceConfig, directory: String) throws {
        let migration = try FullMigration(task: task, source: source)
        self.task = task
        self.source = source
        self.directory = directory
        self.rules = migration.rules
        self.poolSize = migration.settings.loader.poolSize
    }

    /// Loads the dump; returns the binlog position its `metadata` names.
    public func run() async throws -> BinlogPosition? {
        let dump = try DumpDirectory(path: self.directory)
        let position = dump.metadata.flatMap(DumpLayout.position(fromMetadata:))
        let checkpoint = LoaderCheckpoint(metaSchema: self.task.metaSchema, task: self.task.name, sourceID: self.source.sourceID)
        let connector = ServerConnector(self.task.targetDatabase, role: "target")
        let admin = try await connector.connect()
        defer { Task { try? await admin.close() } }
        try await TargetSession.prepare(admin, sqlMode: TargetSession.loadSQLMode(sourceMode: ""))
        try await checkpoint.prepare(on: admin)
        let state = try await checkpoint.state(on: admin)
        if state.finished {
            self.progress.finish()
            return state.position
        }
        try await checkpoint.recordStart(position: position, on: admin)
        let tables = try self.selectedTables(dump)
        try await self.createSchemas(dump, tables: tables, on: admin)

        var files: [DumpDirectory.DataFile] = []
        for file in dump.dataFiles.sorted(by: { ($0.table.schema, $0.table.table, $0.index) < ($1.table.schema, $1.table.table, $1.index) })
        where tables[file.table] != nil {
            let record = state.chunks[file.table]?.first { $0.chunk.index == file.index }
            if let record, record.loaded {
                self.progress.resumed(file.table, rows: record.rows, bytes: record.bytes, chunks: 1)
                continue
            }
            if record == nil {
                try await checkpoint.recordPlanned(Chunk(table: file.table, index: file.index, lower: nil, upper: nil), target: tables[file.table]!, on: admin)
            }
            files.append(file)
        }
        self.progress.start()
        let queue = ChunkQueue()
        for file in files { await queue.push(Chunk(table: file.table, index: file.index, lower: nil, upper: nil)) }
        await queue.close()
        let paths = Dictionary(files.map { (Chunk(table: $0.table, index: $0.index, lower: nil, upper: nil), $0.path) }, uniquingKeysWith: { a, _ in a })
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<max(1, min(self.poolSize, files.count)) {
                let connection = try await connector.connect()
                try await TargetSession.prepare(connection, sqlMode: TargetSession.loadSQLMode(sourceMode: ""))
                group.addTask {
                    defer { Task { try? await connection.close() } }
                    while let chunk = await queue.next() {
                        try await self.load(paths[chunk]!, chunk: chunk, into: tables[chunk.table]!, checkpoint: checkpoint, on: connection)
                    }
                }
            }
            try await group.waitForAll()
        }
        try await checkpoint.recordFinished(safeUntil: nil, on: admin)
        self.progress.finish()
        if self.task.cleanDumpFile { self.removeDump(dump) }
        return state.position ?? position
    }

    /// Source table → target table, for the tables of the dump the task selects.
    private func selectedTables(_ dump: DumpDirectory) throws -> [TableName: TableName] {
        var result: [TableName: TableName] = [:]
        for table in Set(dump.tableFiles.keys).union(dump.dataFiles.map(\.table)) {
            guard self.rules.blockAllowList?.shouldReplicate(table) ?? !BlockAllowList.isSystemSchema(table.schema) else { continue }
            if (try? self.rules.columnMapper.mapping(for: table)) != nil
                || !self.rules.router.extractedColumns(for: table, sourceID: self.rules.sourceID).isEmpty
            {
                throw MigrationError("\(table): column mappings and extracted columns need the streamed load (dm run), not a load from files")
            }
            do {
                result[table] = try self.rules.router.route(table)
            } catch {
                throw MigrationError("routing \(table): \(error)")
            }
            self.progress.register(SourceTable(
                name: table, target: result[table]!, columns: [], chunkKey: [], createSQL: "", estimatedRows: 0, averageRowLength: 0, engine: ""))
        }
        return result
    }

    private func createSchemas(_ dump: DumpDirectory, tables: [TableName: TableName], on admin: MySQLConnection) async throws {
        var databases: Set<String> = []
        for (source, target) in tables.sorted(by: { $0.key.description < $1.key.description }) where !databases.contains(target.schema) {
            databases.insert(target.schema)
            var sql = "CREATE DATABASE IF NOT EXISTS \(MySQLLiteral.quoteIdentifier(target.schema))"
            if let file = dump.schemaFiles[source.schema], let create = try DumpDirectory.textStatements(of: file).last(where: { $0.uppercased().hasPrefix("CREATE") }),
                let options = create.range(of: "/*!40100 ")
            {
                sql += " " + create[options.lowerBound...].trimmingCharacters(in: CharacterSet(charactersIn: "; \n"))
            }
            _ = try await admin.query(sql)
        }
        let schema = TargetSchema(router: self.rules.router)
        for source in tables.keys.sorted(by: { $0.description < $1.description }) {
            guard let file = dump.tableFiles[source] else { continue }
            let statements = try DumpDirectory.textStatements(of: file)
            guard let create = statements.last(where: { $0.uppercased().hasPrefix("CREATE TABLE") }) else {
                throw MigrationError("\(file) holds no CREATE TABLE")
            }
            for statement in statements where statement.uppercased().hasPrefix("/*!") { _ = try await admin.query(statement) }
            let sql = try schema.createTableSQL(String(create.dropLast()), of: source)
            do {
                _ = try await admin.query(sql)
            } catch {
                throw MigrationError("target: cannot create table \(tables[source]!) from \(file): \(error)")
            }
        }
    }

    private func load(_ path: String, chunk: Chunk, into target: TableName, checkpoint: LoaderCheckpoint, on connection: MySQLConnection) async throws {
        let statements = try DumpDirectory.statements(of: path)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var rows = 0
        do {
            let enums = Set(try await connection.query("""
                SELECT LOWER(COLUMN_NAME) FROM information_schema.COLUMNS WHERE DATA_TYPE = 'enum'
                AND TABLE_SCHEMA = \(LoaderCheckpoint.string(target.schema)) AND TABLE_NAME = \(LoaderCheckpoint.string(target.table))
                """).rows.map { try $0[0].string ?? "" })
            _ = try await connection.query("BEGIN")
            for statement in statements {
                let sql = try Self.routedInsert(statement, into: target, file: path)
                let result = try await connection.query(bytes: sql)
                rows += Int(result.affectedRows)
                if result.warnings > 0 { try await TargetSession.checkWarnings(on: connection, enumColumns: enums) }
            }
            let marked = try await connection.query(checkpoint.markLoadedSQL(chunk, rows: rows, bytes: bytes))
            guard marked.affectedRows == 1 else {
                throw MigrationError("the checkpoint shows this file already loaded: is another run of task \(checkpoint.task) active?")
            }
            _ = try await connection.query("COMMIT")
        } catch {
            _ = try? await connection.query("ROLLBACK")
            throw MigrationError("loading \(path) into \(target): \(error)")
        }
        self.progress.loading(chunk.table, rows: rows, bytes: bytes)
        self.progress.chunkDone(chunk.table)
    }

    /// `INSERT INTO `t` ...` with the table name replaced by the routed, qualified target;
    /// other statements (SET ...) as they are.
    static func routedInsert(_ statement: [UInt8], into target: TableName, file: String) throws -> [UInt8] {
        let prefix = Array("INSERT INTO `".utf8)
        guard statement.starts(with: prefix) else {
            if statement.prefix(6).map({ $0 & 0xDF }) == Array("INSERT".utf8) {
                throw MigrationError("\(file): an INSERT that does not start with INSERT INTO `table`: \(String(decoding: statement.prefix(60), as: UTF8.self))")
            }
            return statement
        }
        var index = prefix.count
        while index < statement.count {
            if statement[index] == UInt8(ascii: "`") {
                if index + 1 < statement.count && statement[index + 1] == UInt8(ascii: "`") {
                    index += 2
                    continue
                }
                return Array("INSERT INTO \(TableDiscovery.quoted(target))".utf8) + statement[(index + 1)...]
            }
            index += 1
        }
        throw MigrationError("\(file): unterminated table name in \(String(decoding: statement.prefix(60), as: UTF8.self))")
    }

    private func removeDump(_ dump: DumpDirectory) {
        let paths = Array(dump.schemaFiles.values) + Array(dump.tableFiles.values) + dump.dataFiles.map(\.path)
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        try? FileManager.default.removeItem(atPath: (self.directory as NSString).appendingPathComponent("metadata"))
        try? FileManager.default.removeItem(atPath: self.directory)
    }
}
