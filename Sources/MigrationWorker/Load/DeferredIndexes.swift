import MySQLClient
import MySQLProtocol
import ReplicationCore

/// Secondary indexes built after the rows are in. Inserting rows into a table whose plain
/// secondary indexes already exist updates each index row by row in random order; building an
/// index over loaded rows sorts once. Only tables the load itself creates are changed, and only
/// their plain (non-unique, non-fulltext, non-spatial) KEYs, when the table has no foreign key
/// (InnoDB would create its own index for it). The definitions wait in
/// `<meta>.<task>_loader_index` until built, so a crash between the load and the build still
/// ends with every index.
struct DeferredIndexes: Sendable {
    let metaSchema: String
    let task: String

    var table: String {
        MySQLLiteral.quoteIdentifier(self.metaSchema) + "." + MySQLLiteral.quoteIdentifier("\(self.task)_loader_index")
    }

    func prepare(on target: MySQLConnection) async throws {
        _ = try await target.query("""
            CREATE TABLE IF NOT EXISTS \(self.table) (
              `target_schema` VARCHAR(64) NOT NULL,
              `target_table` VARCHAR(64) NOT NULL,
              `position` INT NOT NULL,
              `index_name` VARCHAR(64) NOT NULL,
              `definition` TEXT NOT NULL,
              PRIMARY KEY (`target_schema`, `target_table`, `position`)
            ) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin
            """)
    }

    /// Splits the plain KEY lines off a `SHOW CREATE TABLE` text (one definition per line, as
    /// servers print it). Returns the statement without them and the removed definitions
    /// (name, `KEY ...` text), or nil when nothing can be deferred.
    static func split(_ createSQL: String) -> (create: String, keys: [(name: String, definition: String)])? {
        let lines = createSQL.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 2, !lines.contains(where: { $0.contains(" FOREIGN KEY ") }) else { return nil }
        guard let close = lines.lastIndex(where: { $0.hasPrefix(")") }) else { return nil }
        var kept: [String] = []
        var keys: [(String, String)] = []
        for line in lines[1..<close] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let definition = trimmed.hasSuffix(",") ? String(trimmed.dropLast()) : trimmed
            if definition.hasPrefix("KEY `"), let name = Self.quotedName(after: "KEY ", in: definition) {
                keys.append((name, definition))
            } else {
                kept.append("  " + definition)
            }
        }
        guard !keys.isEmpty, !kept.isEmpty else { return nil }
        let create = ([lines[0], kept.joined(separator: ",\n")] + lines[close...]).joined(separator: "\n")
        return (create, keys)
    }

    private static func quotedName(after prefix: String, in text: String) -> String? {
        var name = ""
        var index = text.index(text.startIndex, offsetBy: prefix.count + 1)
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if character == "`" {
                if index < text.endIndex && text[index] == "`" {
                    name.append("`")
                    index = text.index(after: index)
                    continue
                }
                return name
            }
            name.append(character)
        }
        return nil
    }

    func record(_ keys: [(name: String, definition: String)], for target: TableName, on connection: MySQLConnection) async throws {
        for (position, key) in keys.enumerated() {
            _ = try await connection.query("""
                INSERT IGNORE INTO \(self.table) VALUES (\(LoaderCheckpoint.string(target.schema)), \(LoaderCheckpoint.string(target.table)),
                  \(position), \(LoaderCheckpoint.string(key.name)), \(LoaderCheckpoint.string(key.definition)))
                """)
        }
    }

    /// Builds the waiting indexes of `targets`, `parallel` tables at a time; an index that
    /// already exists (built by another run or subtask) is only forgotten.
    func build(for targets: Set<TableName>, connector: ServerConnector, parallel: Int) async throws {
        let admin = try await connector.connect()
        defer { Task { try? await admin.close() } }
        var pending: [TableName: [(name: String, definition: String)]] = [:]
        for row in try await admin.query("SELECT `target_schema`, `target_table`, `index_name`, `definition` FROM \(self.table) ORDER BY 1, 2, `position`").rows {
            let values = try row.values
            let name = TableName(schema: values[0].string ?? "", table: values[1].string ?? "")
            if targets.contains(name) { pending[name, default: []].append((values[2].string ?? "", values[3].string ?? "")) }
        }
        let work = pending.sorted { $0.key.description < $1.key.description }
        var next = 0
        try await withThrowingTaskGroup(of: Void.self) { group in
            func start(_ item: (key: TableName, value: [(name: String, definition: String)])) {
                group.addTask {
                    let connection = try await connector.connect()
                    defer { Task { try? await connection.close() } }
                    try await self.build(item.value, on: item.key, connection: connection)
                }
            }
            while next < min(parallel, work.count) {
                start(work[next])
                next += 1
            }
            while try await group.next() != nil {
                if next < work.count {
                    start(work[next])
                    next += 1
                }
            }
        }
    }

    private func build(_ keys: [(name: String, definition: String)], on table: TableName, connection: MySQLConnection) async throws {
        let existing = Set(try await connection.query("""
            SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = \(LoaderCheckpoint.string(table.schema)) AND TABLE_NAME = \(LoaderCheckpoint.string(table.table))
            """).rows.map { try $0[0].string ?? "" })
        let missing = keys.filter { !existing.contains($0.name) }
        if !missing.isEmpty {
            do {
                _ = try await connection.query(
                    "ALTER TABLE \(TableDiscovery.quoted(table)) " + missing.map { "ADD \($0.definition)" }.joined(separator: ", "))
            } catch {
                throw MigrationError("target: cannot add the secondary indexes of \(table) after loading it: \(error)")
            }
        }
        _ = try await connection.query("""
            DELETE FROM \(self.table) WHERE `target_schema` = \(LoaderCheckpoint.string(table.schema))
              AND `target_table` = \(LoaderCheckpoint.string(table.table))
            """)
    }
}
