import MySQLClient
import MySQLProtocol
import ReplicationCore

/// Checks of the tables a task migrates: keys and charsets per table (`table_schema`), and for
/// tables of several sources merged into one target table, equal columns
/// (`schema_of_shard_tables`) and auto-increment keys that cannot collide (`auto_increment_ID`).
struct TablePrecheck {
    /// A source's tables as the task selects and routes them.
    struct SourceTables {
        var subject: String
        var tables: [SourceTable]
        /// Column definitions (`name type`) per table, and auto-increment columns in a unique key.
        var definitions: [TableName: [String]]
        var autoIncrementKeys: [TableName: String]
        /// `@@auto_increment_increment` and `@@auto_increment_offset`.
        var increment: Int
        var offset: Int
        /// The instance has column-mapping rules (DM's partition id keeps shard ids apart).
        var columnMapped = false
    }

    static func load(subject: String, tables: [SourceTable], on connection: MySQLConnection) async throws -> SourceTables {
        var loaded = SourceTables(subject: subject, tables: tables, definitions: [:], autoIncrementKeys: [:], increment: 1, offset: 1)
        if let row = try await connection.query("SELECT @@auto_increment_increment, @@auto_increment_offset").rows.first {
            let values = try row.values
            loaded.increment = values[0].int ?? 1
            loaded.offset = values[1].int ?? 1
        }
        let schemas = Set(tables.map(\.name.schema)).sorted().map { MySQLLiteral.quoteString($0, noBackslashEscapes: false) }
        guard !schemas.isEmpty else { return loaded }
        let list = schemas.joined(separator: ", ")
        for row in try await connection.query("""
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, EXTRA FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA IN (\(list)) ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
            """).rows
        {
            let values = try row.values.map { $0.string ?? "" }
            let name = TableName(schema: values[0], table: values[1])
            loaded.definitions[name, default: []].append("\(values[2].lowercased()) \(values[3].lowercased())")
            if values[4].lowercased().contains("auto_increment") { loaded.autoIncrementKeys[name] = values[2] }
        }
        return loaded
    }

    /// `table_schema`: tables without a primary or NOT NULL unique key, and charsets the target lacks.
    static func tableSchema(_ source: SourceTables, targetCharsets: Set<String>) -> [PrecheckResult] {
        var results: [PrecheckResult] = []
        let keyless = source.tables.filter(\.chunkKey.isEmpty).map(\.name.description)
        results.append(PrecheckResult(
            item: "table_schema", subject: source.subject, state: keyless.isEmpty ? .success : .warning,
            message: keyless.isEmpty
                ? "\(source.tables.count) tables, each with a primary or NOT NULL unique key"
                : "no primary or NOT NULL unique key: \(keyless.prefix(10).joined(separator: ", "))\(keyless.count > 10 ? " and \(keyless.count - 10) more" : ""); "
                    + "their rows are matched on every column (LIMIT 1) and the dump reads them whole",
            instruction: keyless.isEmpty ? "" : "add a primary key to these tables"))
        var unknown: Set<String> = []
        for table in source.tables {
            for column in table.columns { if let charset = column.charset, !targetCharsets.contains(charset.lowercased()) { unknown.insert("\(charset) (\(table.name))") } }
        }
        if !unknown.isEmpty && !targetCharsets.isEmpty {
            results.append(PrecheckResult(
                item: "table_schema", subject: source.subject, state: .failure,
                message: "the target has no character set \(unknown.sorted().prefix(5).joined(separator: ", "))",
                instruction: "convert these columns to a character set the target supports, or use a target that has it"))
        }
        return results
    }

    /// Shard groups: target tables that more than one source table (of any source) is routed into.
    static func shardChecks(_ sources: [SourceTables]) -> [PrecheckResult] {
        var groups: [TableName: [(source: SourceTables, table: TableName)]] = [:]
        for source in sources {
            for table in source.tables { groups[table.target, default: []].append((source, table.name)) }
        }
        var results: [PrecheckResult] = []
        for (target, members) in groups.sorted(by: { $0.key.description < $1.key.description }) where members.count > 1 {
            let subject = "shard group \(target)"
            let names = members.map { "\($0.source.subject) \($0.table)" }
            let first = members[0]
            let different = members.dropFirst().filter { $0.source.definitions[$0.table] != first.source.definitions[first.table] }
            results.append(PrecheckResult(
                item: "schema_of_shard_tables", subject: subject, state: different.isEmpty ? .success : .failure,
                message: different.isEmpty
                    ? "\(members.count) shards with the same columns"
                    : "\(different.map { "\($0.source.subject) \($0.table)" }.joined(separator: ", ")) differ from \(names[0]) in columns or types",
                instruction: different.isEmpty ? "" : "make the shard tables' columns the same before the migration"))
            results.append(Self.autoIncrement(subject: subject, members: members))
        }
        return results
    }

    /// Auto-increment keys of shards merge safely when each source has one shard of the group
    /// and the sources' auto_increment_offset/increment keep their values apart.
    private static func autoIncrement(subject: String, members: [(source: SourceTables, table: TableName)]) -> PrecheckResult {
        let withKey = members.filter { $0.source.autoIncrementKeys[$0.table] != nil }
        guard !withKey.isEmpty else {
            return PrecheckResult(item: "auto_increment_ID", subject: subject, state: .success, message: "no auto-increment column")
        }
        if withKey.allSatisfy(\.source.columnMapped) {
            return PrecheckResult(item: "auto_increment_ID", subject: subject, state: .success, message: "column mapping rewrites the auto-increment values")
        }
        let perSource = Dictionary(grouping: withKey, by: \.source.subject)
        let increments = Set(withKey.map(\.source.increment))
        let offsets = withKey.map(\.source.offset)
        let apart = perSource.values.allSatisfy { $0.count == 1 } && increments.count == 1 && (increments.first ?? 1) >= withKey.count
            && Set(offsets).count == offsets.count
        let columns = Set(withKey.compactMap { $0.source.autoIncrementKeys[$0.table] }).sorted().joined(separator: ", ")
        return PrecheckResult(
            item: "auto_increment_ID", subject: subject, state: apart ? .success : .failure,
            message: apart
                ? "auto-increment \(columns): sources use offsets \(offsets.map(String.init).joined(separator: "/")) with increment \(increments.first ?? 1)"
                : "the shards' auto-increment \(columns) can take the same values in the merged table",
            instruction: apart ? "" : "give each source its own auto_increment_offset with one auto_increment_increment, "
                + "use a column-mapping rule (partition id), or drop the key from the merged table and ignore auto_increment_ID")
    }
}
