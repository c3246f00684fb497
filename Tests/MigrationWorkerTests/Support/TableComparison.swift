import MariaDBHarness
import MySQLClient
import MySQLProtocol

/// The differences between the base tables of two databases, one message per difference, each
/// starting with the table's name; empty when they are equal. Per table: it exists on both
/// sides; information_schema.COLUMNS agree; CHECKSUM TABLE EXTENDED, the row count and the
/// multiset of row hashes are equal. Source and target may be the same server.
///
/// Rows are hashed on the server over every non-generated column (invisible ones included), so
/// only one summary row per side crosses the wire unless the table differs; then the sorted
/// (hash, count) lists are merged to find up to 5 example rows. A 1M-row table takes a few seconds.
func compareDatabases(
    source: MariaDBServer, sourceDatabase: String,
    target: MariaDBServer, targetDatabase: String
) async throws -> [String] {
    let sourceSide = try await ComparedDatabase.open(source, database: sourceDatabase)
    let targetSide: ComparedDatabase
    do {
        targetSide = try await ComparedDatabase.open(target, database: targetDatabase)
    } catch {
        await sourceSide.close()
        throw error
    }
    do {
        let differences = try await compareTables(sourceSide, targetSide)
        await sourceSide.close()
        await targetSide.close()
        return differences
    } catch {
        await sourceSide.close()
        await targetSide.close()
        throw error
    }
}

private func compareTables(_ source: ComparedDatabase, _ target: ComparedDatabase) async throws -> [String] {
    async let sourceTables = source.baseTables()
    async let targetTables = target.baseTables()
    let (sourceNames, targetNames) = try await (sourceTables, targetTables)
    var differences = targetNames.filter { !sourceNames.contains($0) }.map { "`\($0)`: exists on the target only" }
    for table in sourceNames {
        if targetNames.contains(table) {
            differences += try await compareTable(table, source, target)
        } else {
            differences.append("`\(table)`: missing on the target")
        }
    }
    return differences
}

private func compareTable(_ table: String, _ source: ComparedDatabase, _ target: ComparedDatabase) async throws -> [String] {
    let label = "`\(table)`"
    var differences: [String] = []

    async let sourceColumnsRead = source.columns(table)
    async let targetColumnsRead = target.columns(table)
    let (sourceColumns, targetColumns) = try await (sourceColumnsRead, targetColumnsRead)
    for index in 0..<max(sourceColumns.count, targetColumns.count) {
        let sourceDefinition = index < sourceColumns.count ? sourceColumns[index].definition : "(none)"
        let targetDefinition = index < targetColumns.count ? targetColumns[index].definition : "(none)"
        if sourceDefinition != targetDefinition {
            differences.append("\(label): column #\(index + 1) differs: source \(sourceDefinition); target \(targetDefinition)")
        }
    }

    async let sourceChecksum = source.checksum(table)
    async let targetChecksum = target.checksum(table)
    let checksums = try await (sourceChecksum, targetChecksum)
    if checksums.0 != checksums.1 {
        differences.append("\(label): CHECKSUM TABLE EXTENDED differs: source \(checksums.0 ?? "NULL"), target \(checksums.1 ?? "NULL")")
    }

    // Both sides hash with the source's column list: a column missing on the target fails the
    // query there, which is reported rather than thrown.
    let encoding = RowEncoding(columns: sourceColumns.filter { !$0.isGenerated })
    do {
        async let sourceFingerprint = source.fingerprint(table, encoding)
        async let targetFingerprint = target.fingerprint(table, encoding)
        let (sourceSummary, targetSummary) = try await (sourceFingerprint, targetFingerprint)
        if sourceSummary.count != targetSummary.count {
            differences.append("\(label): row count differs: source \(sourceSummary.count), target \(targetSummary.count)")
        }
        if sourceSummary != targetSummary {
            differences.append(try await differingRows(table, encoding, source, target))
        }
    } catch let error as MySQLError {
        differences.append("\(label): rows could not be hashed: \(error)")
    }
    return differences
}

/// Merges both sides' (hash, count) lists, sorted by hash, and describes the hashes whose counts
/// differ, with one row of each side for the first few.
private func differingRows(
    _ table: String, _ encoding: RowEncoding, _ source: ComparedDatabase, _ target: ComparedDatabase
) async throws -> String {
    let sql = "SELECT \(encoding.hashSQL) AS h, COUNT(*) FROM \(quoteIdentifier(table)) GROUP BY h ORDER BY h"
    var sourceGroups = try await source.connection.streamQuery(sql).makeAsyncIterator()
    var targetGroups = try await target.connection.streamQuery(sql).makeAsyncIterator()
    var sourceNext = try await nextGroup(&sourceGroups)
    var targetNext = try await nextGroup(&targetGroups)
    var differing = 0
    var examples: [(hash: String, source: Int, target: Int)] = []
    while sourceNext != nil || targetNext != nil {
        let hash = [sourceNext?.hash, targetNext?.hash].compactMap { $0 }.min()!
        var sourceCount = 0
        var targetCount = 0
        if let group = sourceNext, group.hash == hash {
            sourceCount = group.count
            sourceNext = try await nextGroup(&sourceGroups)
        }
        if let group = targetNext, group.hash == hash {
            targetCount = group.count
            targetNext = try await nextGroup(&targetGroups)
        }
        guard sourceCount != targetCount else { continue }
        differing += 1
        if examples.count < 5 { examples.append((hash, sourceCount, targetCount)) }
    }

    let sourceRows = try await source.rows(table, encoding, hashes: examples.filter { $0.source > 0 }.map { $0.hash })
    let targetRows = try await target.rows(table, encoding, hashes: examples.filter { $0.target > 0 }.map { $0.hash })
    var lines = ["`\(table)`: \(differing) distinct rows occur a different number of times (source × target):"]
    for example in examples {
        lines.append("  \(example.hash): \(example.source) × \(example.target)")
        if let row = sourceRows[example.hash] { lines.append("    source row: \(row)") }
        if let row = targetRows[example.hash] { lines.append("    target row: \(row)") }
    }
    return lines.joined(separator: "\n")
}

private func nextGroup(_ groups: inout MySQLRowStream.AsyncIterator) async throws -> (hash: String, count: Int)? {
    guard let row = try await groups.next() else { return nil }
    let values = try row.values
    return (values[0].string ?? "NULL", values[1].int ?? 0)
}

/// One side of the comparison: a connection in UTC, so TIMESTAMPs read the same everywhere.
private struct ComparedDatabase: Sendable {
    let connection: MySQLConnection
    let database: String

    static func open(_ server: MariaDBServer, database: String) async throws -> ComparedDatabase {
        let connection = try await MySQLConnection.connect(
            configuration: MySQLConnection.Configuration(
                host: server.host, port: server.port, username: server.user, password: server.password, database: database))
        do {
            _ = try await connection.query("SET time_zone = '+00:00'")
        } catch {
            try? await connection.close()
            throw error
        }
        return ComparedDatabase(connection: connection, database: database)
    }

    func close() async {
        try? await connection.close()
    }

    func strings(_ sql: String) async throws -> [[String?]] {
        try await connection.query(sql).rows.map { row in try row.values.map(\.string) }
    }

    func baseTables() async throws -> [String] {
        try await strings(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = \(sqlString(database)) "
                + "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"
        ).map { $0[0] ?? "" }
    }

    func columns(_ table: String) async throws -> [ColumnInfo] {
        try await strings(
            """
            SELECT COLUMN_NAME, DATA_TYPE, IS_GENERATED, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT,
                   EXTRA, CHARACTER_SET_NAME, COLLATION_NAME, GENERATION_EXPRESSION
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = \(sqlString(database)) AND TABLE_NAME = \(sqlString(table))
            ORDER BY ORDINAL_POSITION
            """
        ).map { row in
            let name = row[0] ?? ""
            let keys = ["position", "type", "nullable", "default", "extra", "charset", "collation", "generated"]
            let attributes = zip(keys, row[3...]).map { "\($0)=\($1 ?? "(none)")" }
            return ColumnInfo(
                name: name, dataType: row[1] ?? "", isGenerated: row[2] != "NEVER",
                definition: "`\(name)` " + attributes.joined(separator: " "))
        }
    }

    func checksum(_ table: String) async throws -> String? {
        try await strings("CHECKSUM TABLE \(quoteIdentifier(table)) EXTENDED").first?[1]
    }

    /// Row count and the sum of each row's hash (first 64 bits): equal for equal multisets of rows.
    func fingerprint(_ table: String, _ encoding: RowEncoding) async throws -> RowSummary {
        let row = try await strings(
            "SELECT COUNT(*), SUM(CAST(CONV(LEFT(\(encoding.hashSQL), 16), 16, 10) AS UNSIGNED)) FROM \(quoteIdentifier(table))")
        return RowSummary(count: Int(row[0][0] ?? "") ?? -1, hashSum: row[0][1])
    }

    /// One row per hash, for messages (one scan): short values shown, long ones as length + MD5.
    func rows(_ table: String, _ encoding: RowEncoding, hashes: [String]) async throws -> [String: String] {
        guard !hashes.isEmpty else { return [:] }
        let columns = encoding.columns
        // Aliased: derived tables need unique column names.
        let selected = columns.indices.map { index in
            let bytes = RowEncoding.bytesSQL(columns[index])
            return "LENGTH(\(bytes)) AS l\(index), LEFT(\(bytes), 48) AS p\(index), MD5(\(bytes)) AS m\(index)"
        }
        let result = try await connection.query(
            """
            SELECT * FROM (
              SELECT \(encoding.hashSQL) AS h, \(selected.joined(separator: ", ")),
                     ROW_NUMBER() OVER (PARTITION BY \(encoding.hashSQL)) AS n
              FROM \(quoteIdentifier(table)) WHERE \(encoding.hashSQL) IN (\(hashes.map(sqlString).joined(separator: ", ")))
            ) AS x WHERE n = 1
            """)
        var found: [String: String] = [:]
        for row in result.rows {
            let values = try row.values
            let shown = columns.indices.map { index in
                let base = 1 + 3 * index
                return "\(columns[index].name)="
                    + display(length: values[base].int, prefix: values[base + 1].bytes, md5: values[base + 2].string)
            }
            found[values[0].string ?? ""] = "(" + shown.joined(separator: ", ") + ")"
        }
        return found
    }
}

private struct ColumnInfo: Sendable {
    let name: String
    /// information_schema's DATA_TYPE, lowercase (`float`, `inet6`, `longtext` for JSON, ...).
    let dataType: String
    let isGenerated: Bool
    /// Everything compared between the sides, as one line.
    let definition: String
}

private struct RowSummary: Sendable, Equatable {
    let count: Int
    let hashSum: String?
}

/// How a row is hashed: each column encoded unambiguously (`N` for NULL; numbers and temporals
/// as `V<text>;`; strings as `V<length>:<bytes>`, or `H<sha256>` past 4 KiB so no row overflows
/// max_allowed_packet), concatenated, then SHA2, of which 128 bits are kept.
private struct RowEncoding: Sendable {
    let columns: [ColumnInfo]

    /// Types whose text form is exact, short and free of ';'. FLOAT is read as DOUBLE: its text
    /// form has 6 digits (3.40282e38 and FLT_MAX print alike); DOUBLE's text round-trips.
    private static let scalarTypes: Set<String> = [
        "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double",
        "date", "datetime", "timestamp", "time", "year", "inet4", "inet6", "uuid",
    ]

    /// The column's value as a binary string: exact bytes for strings, blobs, BIT and GEOMETRY
    /// (WKB with SRID), text for the rest (INET6/UUID as text: their binary form is a storage detail).
    static func bytesSQL(_ column: ColumnInfo) -> String {
        let name = quoteIdentifier(column.name)
        switch column.dataType {
        case "float": return "CAST(CAST(\(name) AS DOUBLE) AS BINARY)"
        case _ where scalarTypes.contains(column.dataType): return "CAST(CONCAT(\(name)) AS BINARY)"
        default: return "CAST(\(name) AS BINARY)"
        }
    }

    private static func encodedSQL(_ column: ColumnInfo) -> String {
        let name = quoteIdentifier(column.name)
        let bytes = bytesSQL(column)
        if scalarTypes.contains(column.dataType) { return "IFNULL(CONCAT('V', \(bytes), ';'), 'N')" }
        return "IF(\(name) IS NULL, 'N', IF(LENGTH(\(bytes)) > 4096, CONCAT('H', SHA2(\(bytes), 256)), "
            + "CONCAT('V', LENGTH(\(bytes)), ':', \(bytes))))"
    }

    var hashSQL: String {
        let parts = columns.isEmpty ? "''" : columns.map(Self.encodedSQL).joined(separator: ", ")
        return "CAST(LEFT(SHA2(CONCAT(\(parts)), 256), 32) AS BINARY)"
    }
}

/// A value for messages: quoted text when it is UTF-8, hex otherwise; long values by length and MD5.
private func display(length: Int?, prefix: [UInt8]?, md5: String?) -> String {
    guard let length, let prefix else { return "NULL" }
    let shown = String(validating: prefix, as: UTF8.self).map { String(reflecting: $0) }
        ?? "0x" + prefix.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return byte < 0x10 ? "0" + digits : digits
        }.joined()
    return prefix.count == length ? shown : "<\(length) bytes, md5 \(md5 ?? "?"), starting \(shown)…>"
}

private func quoteIdentifier(_ name: String) -> String {
    "`" + name.replacing("`", with: "``") + "`"
}

private func sqlString(_ value: String) -> String {
    "'" + value.replacing("\\", with: "\\\\").replacing("'", with: "''") + "'"
}
