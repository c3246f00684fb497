import Foundation
import MySQLClient
import MySQLProtocol

/// Writes each chunk to its own data file (optionally gzip), via a temporary name so a file
/// that exists is complete.
final class ChunkFileWriter: ChunkSink {
    let reader: MySQLConnection
    let directory: String
    let compress: Bool
    let statementSize: Int
    let progress: LoadProgress
    let filter: String

    init(reader: MySQLConnection, directory: String, compress: Bool, statementSize: Int, progress: LoadProgress, filter: String) {
        self.reader = reader
        self.directory = directory
        self.compress = compress
        self.statementSize = statementSize
        self.progress = progress
        self.filter = filter
    }

    func close() async {}

    func consume(_ chunk: Chunk, of table: SourceTable) async throws {
        let name = DumpLayout.data(table.name, chunk: chunk.index, compressed: self.compress)
        let path = (self.directory as NSString).appendingPathComponent(name)
        let temporary = path + ".tmp"
        let output = try DumpFileOutput(path: temporary, compress: self.compress)
        var writer = InsertStatementWriter(
            table: MySQLLiteral.quoteIdentifier(table.name.table), columns: table.columns, statementSize: self.statementSize)
        let select = "SELECT \(table.selectList) FROM \(TableDiscovery.quoted(table.name)) WHERE \(try chunk.predicate(key: table.chunkKey, filter: self.filter))"
        do {
            try output.write(InsertStatementWriter.header)
            var rows = 0
            for try await row in try await self.reader.streamQuery(select) {
                try writer.append(row: row.payload)
                rows += 1
                if writer.buffer.count >= 1 << 20 {
                    let bytes = writer.take()
                    try output.write(bytes)
                    self.progress.loading(table.name, rows: rows, bytes: bytes.count)
                    rows = 0
                }
            }
            writer.endStatement()
            let bytes = writer.take()
            try output.write(bytes)
            self.progress.loading(table.name, rows: rows, bytes: bytes.count)
            try output.close()
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            try? output.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw MigrationError("dumping \(table.name) chunk \(chunk.index) to \(path): \(error)")
        }
        self.progress.chunkDone(table.name)
    }
}

/// A plain or gzip file being written.
final class DumpFileOutput {
    private let plain: FileHandle?
    private let gzip: GzipWriter?

    init(path: String, compress: Bool) throws {
        if compress {
            self.gzip = try GzipWriter(path: path)
            self.plain = nil
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw MigrationError("cannot create \(path)")
            }
            self.plain = handle
            self.gzip = nil
        }
    }

    func write(_ bytes: [UInt8]) throws {
        if let gzip { try gzip.write(bytes) } else { try self.plain?.write(contentsOf: bytes) }
    }

    func close() throws {
        if let gzip { try gzip.close() } else { try self.plain?.close() }
    }
}
