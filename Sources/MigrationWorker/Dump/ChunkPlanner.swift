import MySQLClient
import MySQLProtocol
import ReplicationCore

/// Cuts a table into chunks of about `rowsPerChunk` rows along its chunk key, one bound at a
/// time (`ORDER BY key LIMIT 1 OFFSET n-1` walks the key's index), so loading can start with
/// the first chunk while later ones are still being cut.
struct ChunkPlanner {
    let table: SourceTable
    let rowsPerChunk: Int
    /// mydumper's `where`: applied to every table.
    let filter: String

    /// Rows per chunk: the configured `rows`, else what fits in `chunk-filesize` MB, but small
    /// enough that a big table gives every thread at least two chunks.
    static func rowsPerChunk(table: SourceTable, configuredRows: Int, chunkFilesizeMB: Double, threads: Int) -> Int {
        if configuredRows > 0 { return configuredRows }
        let bySize = Int(chunkFilesizeMB * 1_048_576) / max(table.averageRowLength, 1)
        let byThreads = table.estimatedRows / max(threads * 2, 1)
        return max(10_000, min(bySize, max(byThreads, 10_000)))
    }

    /// The upper bound of the chunk after `lower`; nil when that chunk runs to the table's end.
    func upperBound(after lower: [String]?, on connection: MySQLConnection) async throws -> [String]? {
        let key = self.table.chunkKey
        precondition(!key.isEmpty, "tables without a chunk key are read whole")
        let open = Chunk(table: self.table.name, index: 0, lower: lower, upper: nil)
        let columns = key.map { MySQLLiteral.quoteIdentifier($0.name) }.joined(separator: ", ")
        let sql = "SELECT \(columns) FROM \(TableDiscovery.quoted(self.table.name)) WHERE \(try open.predicate(key: key, filter: self.filter)) "
            + "ORDER BY \(columns) LIMIT 1 OFFSET \(self.rowsPerChunk - 1)"
        let rows: [MySQLRow]
        do {
            rows = try await connection.query(sql).rows
        } catch {
            throw MigrationError("source: cannot cut \(self.table.name) into chunks: \(error)")
        }
        guard let row = rows.first else { return nil }
        let values = try row.values
        return try zip(values, key).map { value, column in
            guard let bytes = value.bytes else { throw MigrationError("source: \(self.table.name): NULL in key column \(column.name)") }
            return try KeyLiteral.literal(bytes, column: column)
        }
    }
}
