import MySQLClient
import MySQLProtocol
import ReplicationCore

/// Finds the tables a subtask migrates: base tables the block-allow list lets through, with
/// their stored columns, the key that chunks them, their routed target and their DDL.
struct TableDiscovery {
    let rules: SubtaskRules
    /// The task's meta schema on the source is never migrated (DM's checkpoint schema).
    let metaSchema: String

    /// The databases the subtask replicates, empty ones included (their tables may come later).
    func schemas(on connection: MySQLConnection) async throws -> [String] {
        try await connection.query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME").rows.compactMap { row in
            let name = try row[0].string ?? ""
            let schema = TableName(schema: name)
            if name == self.metaSchema { return nil }
            return self.rules.blockAllowList?.shouldReplicate(schema) ?? !BlockAllowList.isSystemSchema(name) ? name : nil
        }
    }

    func discover(on connection: MySQLConnection) async throws -> [SourceTable] {
        let rows = try await connection.query("""
            SELECT TABLE_SCHEMA, TABLE_NAME, IFNULL(ENGINE, ''), IFNULL(TABLE_ROWS, 0), IFNULL(AVG_ROW_LENGTH, 0)
            FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_SCHEMA, TABLE_NAME
            """).rows
        var selected: [(name: TableName, engine: String, rows: Int, length: Int)] = []
        for row in rows {
            let values = try row.values.map { $0.string ?? "" }
            let name = TableName(schema: values[0], table: values[1])
            if name.schema == self.metaSchema { continue }
            let allowed = self.rules.blockAllowList?.shouldReplicate(name) ?? !BlockAllowList.isSystemSchema(name.schema)
            if allowed { selected.append((name, values[2], Int(values[3]) ?? 0, Int(values[4]) ?? 0)) }
        }
        if selected.isEmpty { return [] }
        let schemas = Set(selected.map(\.name.schema)).sorted().map { MySQLLiteral.quoteString($0, noBackslashEscapes: false) }
            .joined(separator: ", ")
        let columns = try await self.columns(on: connection, schemas: schemas)
        let keys = try await self.keys(on: connection, schemas: schemas)

        var tables: [SourceTable] = []
        for entry in selected {
            let tableColumns = columns[entry.name] ?? []
            let create = try await connection.query("SHOW CREATE TABLE \(Self.quoted(entry.name))").rows
            guard let createSQL = try create.first?[1].string else {
                throw MigrationError("source: SHOW CREATE TABLE \(entry.name) returned nothing")
            }
            let target: TableName
            do {
                target = try self.rules.router.route(entry.name)
            } catch {
                throw MigrationError("routing \(entry.name): \(error)")
            }
            tables.append(SourceTable(
                name: entry.name, target: target, columns: tableColumns,
                chunkKey: Self.chunkKey(keys[entry.name] ?? [], columns: tableColumns),
                createSQL: createSQL, estimatedRows: entry.rows, averageRowLength: entry.length, engine: entry.engine))
        }
        return tables
    }

    /// Stored columns in order; generated ones are left out (the target computes them).
    private func columns(on connection: MySQLConnection, schemas: String) async throws -> [TableName: [SourceColumn]] {
        let rows = try await connection.query("""
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_SET_NAME, IS_NULLABLE, EXTRA
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (\(schemas))
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
            """).rows
        var result: [TableName: [SourceColumn]] = [:]
        for row in rows {
            let values = try row.values
            let extra = (values[6].string ?? "").uppercased()
            if extra.contains("VIRTUAL GENERATED") || extra.contains("STORED GENERATED") || extra.contains("PERSISTENT GENERATED") {
                continue
            }
            let name = TableName(schema: values[0].string ?? "", table: values[1].string ?? "")
            result[name, default: []].append(SourceColumn(
                name: values[2].string ?? "", dataType: (values[3].string ?? "").lowercased(),
                charset: values[4].string, isNullable: values[5].string == "YES"))
        }
        return result
    }

    /// Unique keys by table: (is primary, column names in order, has a prefix part).
    private func keys(on connection: MySQLConnection, schemas: String) async throws -> [TableName: [(Bool, [String], Bool)]] {
        let rows = try await connection.query("""
            SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, COLUMN_NAME, SUB_PART
            FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (\(schemas)) AND NON_UNIQUE = 0
            ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
            """).rows
        var byIndex: [TableName: [String: (Bool, [String], Bool)]] = [:]
        for row in rows {
            let values = try row.values
            let name = TableName(schema: values[0].string ?? "", table: values[1].string ?? "")
            let index = values[2].string ?? ""
            if byIndex[name]?[index] == nil {
                byIndex[name, default: [:]][index] = (index == "PRIMARY", [], false)
            }
            byIndex[name]![index]!.1.append(values[3].string ?? "")
            if !values[4].isNull { byIndex[name]![index]!.2 = true }
        }
        // Shortest first, then by name: the choice must not change between runs (resumed chunks
        // refer to the key's columns).
        return byIndex.mapValues { indexes in
            indexes.sorted { ($0.value.1.count, $0.key) < ($1.value.1.count, $1.key) }.map(\.value)
        }
    }

    /// The primary key, else the shortest unique key of NOT NULL columns, when all its columns
    /// have a type whose comparisons agree with ORDER BY; else none (the table is read whole).
    static func chunkKey(_ keys: [(Bool, [String], Bool)], columns: [SourceColumn]) -> [SourceColumn] {
        let byName = Dictionary(columns.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let candidates = keys.filter { $0.0 } + keys.filter { !$0.0 }
        for (_, names, hasPrefix) in candidates where !hasPrefix {
            let keyColumns = names.compactMap { byName[$0.lowercased()] }
            guard keyColumns.count == names.count,
                keyColumns.allSatisfy({ !$0.isNullable && SourceTable.chunkableTypes.contains($0.dataType) })
            else { continue }
            return keyColumns
        }
        return []
    }

    static func quoted(_ name: TableName) -> String {
        "\(MySQLLiteral.quoteIdentifier(name.schema)).\(MySQLLiteral.quoteIdentifier(name.table))"
    }
}
