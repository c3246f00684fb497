import MySQLClient
import MySQLProtocol
import ReplicationCore

/// One reader/writer pair: reads a chunk from the source snapshot and loads it into the target
/// in one transaction that also marks the chunk loaded in the checkpoint.
final class ChunkLoader: ChunkSink {
    /// How rows reach the target.
    enum Method: Sendable {
        /// `LOAD DATA LOCAL INFILE`, streamed (the fast way).
        case loadData
        /// Multi-row INSERT statements of at most this many bytes, for targets that refuse
        /// LOCAL INFILE (`local_infile=OFF`). The session uses `SET NAMES binary`.
        case insert(statementSize: Int)
    }

    let reader: MySQLConnection
    let target: MySQLConnection
    let checkpoint: LoaderCheckpoint
    let progress: LoadProgress
    let rules: SubtaskRules
    let filter: String
    let method: Method

    init(
        reader: MySQLConnection, target: MySQLConnection, checkpoint: LoaderCheckpoint, progress: LoadProgress, rules: SubtaskRules,
        filter: String, method: Method = .loadData
    ) {
        self.method = method
        self.reader = reader
        self.target = target
        self.checkpoint = checkpoint
        self.progress = progress
        self.rules = rules
        self.filter = filter
    }

    func close() async {
        try? await self.target.close()
    }

    func consume(_ chunk: Chunk, of table: SourceTable) async throws {
        let select = "SELECT \(table.selectList) FROM \(TableDiscovery.quoted(table.name)) WHERE \(try chunk.predicate(key: table.chunkKey, filter: self.filter))"
        switch self.method {
        case .loadData: try await self.loadData(chunk, of: table, select: select)
        case .insert(let size): try await self.insert(chunk, of: table, select: select, statementSize: size)
        }
        self.progress.chunkDone(table.name)
    }

    private func loadData(_ chunk: Chunk, of table: SourceTable, select: String) async throws {
        let columns = table.columnList
        let progress = self.progress
        let name = table.name
        let tally = RowTally { rows, bytes in progress.loading(name, rows: rows, bytes: bytes) }
        let data = ChunkRowBytes(
            connection: self.reader, sql: select, columnCount: table.columns.count, encoder: try self.encoder(for: table), tally: tally)
        let file = "\(table.name.schema).\(table.name.table).\(chunk.index)"
        let load = "LOAD DATA LOCAL INFILE \(MySQLLiteral.quoteString(file, noBackslashEscapes: false)) INTO TABLE "
            + "\(TableDiscovery.quoted(table.target)) \(LoadDataEncoder.statementTail) (\(columns))" + self.extractedColumns(table)
        do {
            _ = try await self.target.query("BEGIN")
            let result = try await self.target.query(load, localInfile: [file: .stream(data)])
            // LOCAL implies IGNORE: duplicate keys and bad values only warn. Any warning means a
            // row is missing or changed, so the chunk is refused, except one "Data truncated"
            // per ENUM error value read from the source (it loads as itself, with a warning).
            let expected = try await self.onlyExpectedWarnings(result.warnings, tally: tally, table: table)
            if result.affectedRows != UInt64(tally.rows) || !expected {
                let warnings = try await self.target.query("SHOW WARNINGS LIMIT 3").rows.map { row in
                    (try? row[2].string) ?? "?"
                }
                var message = "\(tally.rows) rows read, \(result.affectedRows) loaded, \(result.warnings) warnings: "
                    + warnings.joined(separator: "; ")
                if warnings.contains(where: { $0.hasPrefix("Duplicate entry") }) {
                    message += " (rows collide on a key of the target table: when shards merge into it, give them distinct "
                        + "keys with a column mapping such as partition id, or route them to different tables)"
                }
                throw MigrationError(message)
            }
            let marked = try await self.target.query(self.checkpoint.markLoadedSQL(chunk, rows: tally.rows, bytes: tally.bytes))
            guard marked.affectedRows == 1 else {
                throw MigrationError("the checkpoint shows this chunk already loaded: is another run of task \(self.checkpoint.task) active?")
            }
            _ = try await self.target.query("COMMIT")
        } catch {
            _ = try? await self.target.query("ROLLBACK")
            self.progress.rolledBack(table.name, rows: tally.rows, bytes: tally.bytes)
            throw MigrationError("loading \(table.name) chunk \(chunk.index) into \(table.target): \(error)")
        }
    }

    private func insert(_ chunk: Chunk, of table: SourceTable, select: String, statementSize: Int) async throws {
        if (try? self.rules.columnMapper.mapping(for: table.name)) != nil
            || !self.rules.router.extractedColumns(for: table.name, sourceID: self.rules.sourceID).isEmpty
        {
            throw MigrationError(
                "\(table.name): column mappings and extracted columns need LOAD DATA LOCAL INFILE, which the target refuses (local_infile is OFF)")
        }
        let enums = Set(table.columns.filter { $0.dataType == "enum" }.map { $0.name.lowercased() })
        var writer = InsertStatementWriter(table: TableDiscovery.quoted(table.target), columns: table.columns, statementSize: statementSize)
        var rows = 0
        var bytes = 0
        var affected: UInt64 = 0
        func send(_ statements: [UInt8]) async throws {
            guard !statements.isEmpty else { return }
            let result = try await self.target.query(bytes: statements)
            affected += result.affectedRows
            if result.warnings > 0 { try await TargetSession.checkWarnings(on: self.target, enumColumns: enums) }
            bytes += statements.count
        }
        do {
            _ = try await self.target.query("BEGIN")
            var pending = 0
            for try await row in try await self.reader.streamQuery(select) {
                try writer.append(row: row.payload)
                rows += 1
                pending += 1
                if writer.buffer.count >= statementSize {
                    writer.endStatement()
                    let statement = writer.take()
                    try await send(statement)
                    self.progress.loading(table.name, rows: pending, bytes: statement.count)
                    pending = 0
                }
            }
            writer.endStatement()
            let last = writer.take()
            try await send(last)
            self.progress.loading(table.name, rows: pending, bytes: last.count)
            guard affected == UInt64(rows) else { throw MigrationError("\(rows) rows read, \(affected) inserted") }
            let marked = try await self.target.query(self.checkpoint.markLoadedSQL(chunk, rows: rows, bytes: bytes))
            guard marked.affectedRows == 1 else {
                throw MigrationError("the checkpoint shows this chunk already loaded: is another run of task \(self.checkpoint.task) active?")
            }
            _ = try await self.target.query("COMMIT")
        } catch {
            _ = try? await self.target.query("ROLLBACK")
            self.progress.rolledBack(table.name, rows: rows, bytes: bytes)
            throw MigrationError("loading \(table.name) chunk \(chunk.index) into \(table.target): \(error)")
        }
    }

    /// True when the warnings are exactly the ENUM error values the chunk held.
    private func onlyExpectedWarnings(_ count: UInt16, tally: RowTally, table: SourceTable) async throws -> Bool {
        if count == 0 { return true }
        guard Int(count) == tally.enumErrorValues else { return false }
        let enums = Set(table.columns.filter { $0.dataType == "enum" }.map { $0.name.lowercased() })
        for row in try await self.target.query("SHOW WARNINGS").rows {
            let code = try row[1].string ?? ""
            let message = try row[2].string ?? ""
            guard code == "1265", let column = message.split(separator: "'").dropFirst().first, enums.contains(column.lowercased()) else {
                return false
            }
        }
        return true
    }

    private func encoder(for table: SourceTable) throws -> LoadDataEncoder {
        var encoder = LoadDataEncoder()
        encoder.enumColumns = Set(table.columns.indices.filter { table.columns[$0].dataType == "enum" })
        let mapping: ColumnMapping?
        do {
            mapping = try self.rules.columnMapper.mapping(for: table.name)
        } catch {
            throw MigrationError("column mapping of \(table.name): \(error)")
        }
        if let mapping {
            guard let index = table.columns.firstIndex(where: { $0.name.lowercased() == mapping.targetColumn.lowercased() }) else {
                throw MigrationError("column mapping \(mapping.rule): table \(table.name) has no column \(mapping.targetColumn)")
            }
            let isInteger = ["tinyint", "smallint", "mediumint", "int", "bigint"].contains(table.columns[index].dataType)
            encoder.mapping = (index, mapping, isInteger)
        }
        return encoder
    }

    /// `SET col = 'value'` for the route's extract-table/schema/source columns.
    private func extractedColumns(_ table: SourceTable) -> String {
        let extracted = self.rules.router.extractedColumns(for: table.name, sourceID: self.rules.sourceID)
        if extracted.isEmpty { return "" }
        return " SET " + extracted.map {
            "\(MySQLLiteral.quoteIdentifier($0.column)) = \(MySQLLiteral.quoteString($0.value, noBackslashEscapes: false))"
        }.joined(separator: ", ")
    }
}
