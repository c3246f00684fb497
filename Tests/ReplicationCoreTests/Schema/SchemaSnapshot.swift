import ReplicationCore

/// What information_schema shows about the tables of some databases (SCHEMATA, TABLES,
/// COLUMNS, STATISTICS), built from the server's rows or from the tracker, so the two can be
/// compared. NULLs are spelled `(null)` so both sides are plain strings.
struct SchemaSnapshot: Equatable {
    struct Table: Equatable {
        /// TABLE_COLLATION, ENGINE.
        var options: [String]
        /// COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, CHARACTER_SET_NAME,
        /// COLLATION_NAME, EXTRA, in column order.
        var columns: [[String]] = []
        /// INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, NON_UNIQUE, INDEX_TYPE, in the
        /// server's key order.
        var indexes: [[String]] = []
    }

    /// Default charset and collation by database name.
    var databases: [String: [String]] = [:]
    /// By `schema.table`.
    var tables: [String: Table] = [:]

    static let null = "(null)"

    static func queries(schemas: [String]) -> (schemata: String, tables: String, columns: String, statistics: String) {
        let list = schemas.map { "'\($0)'" }.joined(separator: ", ")
        let n = "'\(Self.null)'"
        return (
            "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                + "WHERE SCHEMA_NAME IN (\(list))",
            "SELECT TABLE_SCHEMA, TABLE_NAME, IFNULL(TABLE_COLLATION, \(n)), IFNULL(ENGINE, \(n)) FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA IN (\(list)) AND TABLE_TYPE = 'BASE TABLE'",
            "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, IFNULL(COLUMN_DEFAULT, \(n)), "
                + "IFNULL(CHARACTER_SET_NAME, \(n)), IFNULL(COLLATION_NAME, \(n)), EXTRA FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA IN (\(list)) ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION",
            // No ORDER BY: the server lists each table's keys in its own key order.
            "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, IFNULL(SUB_PART, \(n)), NON_UNIQUE, INDEX_TYPE "
                + "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (\(list))"
        )
    }

    /// From the rows of the four `queries`, each row as strings.
    init(schemata: [[String]], tables: [[String]], columns: [[String]], statistics: [[String]]) {
        for row in schemata { self.databases[row[0]] = Array(row[1...]) }
        for row in tables { self.tables["\(row[0]).\(row[1])"] = Table(options: Array(row[2...])) }
        for row in columns { self.tables["\(row[0]).\(row[1])", default: Table(options: [])].columns.append(Array(row[2...])) }
        for row in statistics { self.tables["\(row[0]).\(row[1])", default: Table(options: [])].indexes.append(Array(row[2...])) }
    }

    init(tracker: SchemaTracker, schemas: [String]) {
        let n = Self.null
        for schema in schemas {
            guard let database = tracker.database(named: schema) else { continue }
            self.databases[database.name] = [database.charset, database.collation]
            for table in tracker.tables(inDatabase: schema) {
                var snapshot = Table(options: [table.collation, table.engine])
                snapshot.columns = table.columns.map { column in
                    [
                        column.name, column.dataType, column.columnType, column.isNullable ? "YES" : "NO",
                        column.defaultValue ?? n, column.charset ?? n, column.collation ?? n, column.extra,
                    ]
                }
                for index in table.indexes {
                    for (position, part) in index.parts.enumerated() {
                        snapshot.indexes.append([
                            index.name, String(position + 1), part.column, part.prefixLength.map(String.init) ?? n,
                            index.isUnique ? "0" : "1", index.indexType,
                        ])
                    }
                }
                self.tables["\(table.schema).\(table.name)"] = snapshot
            }
        }
    }

    /// The differences, one per line (`server` is self), or nil when they agree.
    func differences(tracker other: SchemaSnapshot) -> String? {
        var lines: [String] = []
        for name in Set(self.databases.keys).union(other.databases.keys).sorted()
        where self.databases[name] != other.databases[name] {
            lines.append("database \(name): server \(self.databases[name] ?? []) tracker \(other.databases[name] ?? [])")
        }
        for name in Set(self.tables.keys).union(other.tables.keys).sorted() {
            guard let server = self.tables[name] else {
                lines.append("table \(name): only in the tracker")
                continue
            }
            guard let tracked = other.tables[name] else {
                lines.append("table \(name): only on the server")
                continue
            }
            if server.options != tracked.options {
                lines.append("table \(name) collation/engine: server \(server.options) tracker \(tracked.options)")
            }
            Self.compare(server.columns, tracked.columns, what: "\(name) column", into: &lines)
            Self.compare(server.indexes, tracked.indexes, what: "\(name) index part", into: &lines)
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    private static func compare(_ server: [[String]], _ tracked: [[String]], what: String, into lines: inout [String]) {
        for position in 0..<max(server.count, tracked.count) {
            let left = position < server.count ? server[position] : []
            let right = position < tracked.count ? tracked[position] : []
            if left != right { lines.append("\(what) \(position + 1): server \(left) tracker \(right)") }
        }
    }
}
