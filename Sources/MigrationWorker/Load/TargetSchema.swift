import Foundation
import MySQLClient
import MySQLProtocol
import ReplicationCore
import SQLSyntax

/// Creates the target databases and tables of a migration, routing applied. Both use
/// IF NOT EXISTS: shards merged into one target table create it once, and a resumed load or
/// a table the user created beforehand is left as it is.
struct TargetSchema {
    let router: TableRouter
    /// Where plain secondary indexes of the tables this creates wait to be built; nil: create
    /// tables with all their indexes.
    var deferredIndexes: DeferredIndexes? = nil

    /// Creates the routed databases of `schemas` (empty ones too) and of `tables`, then the tables.
    func create(schemas: [String] = [], tables: [SourceTable], source: MySQLConnection, target: MySQLConnection) async throws {
        var createdDatabases: Set<String> = []
        let pairs = schemas.map { ($0, (try? self.router.route(TableName(schema: $0)).schema) ?? $0) } + tables.map { ($0.name.schema, $0.target.schema) }
        for (sourceSchema, targetSchema) in pairs where !createdDatabases.contains(targetSchema) {
            createdDatabases.insert(targetSchema)
            let row = try await source.query("""
                SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA
                WHERE SCHEMA_NAME = \(MySQLLiteral.quoteString(sourceSchema, noBackslashEscapes: false))
                """).rows.first
            var sql = "CREATE DATABASE IF NOT EXISTS \(MySQLLiteral.quoteIdentifier(targetSchema))"
            if let row, let charset = try row[0].string, let collation = try row[1].string {
                sql += " DEFAULT CHARACTER SET \(charset) COLLATE \(collation)"
            }
            do {
                _ = try await target.query(sql)
            } catch {
                throw MigrationError("target: cannot create database \(targetSchema): \(error)")
            }
        }
        for table in tables {
            var sql = try self.createTableSQL(table)
            if let deferred = self.deferredIndexes, try await !Self.exists(table.target, on: target), let split = DeferredIndexes.split(sql) {
                try await deferred.record(split.keys, for: table.target, on: target)
                sql = split.create
            }
            do {
                _ = try await target.query(sql)
            } catch {
                throw MigrationError("target: cannot create table \(table.target) (from \(table.name)): \(error)\n\(sql)")
            }
        }
    }

    static func exists(_ table: TableName, on connection: MySQLConnection) async throws -> Bool {
        !(try await connection.query("""
            SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = \(LoaderCheckpoint.string(table.schema))
              AND TABLE_NAME = \(LoaderCheckpoint.string(table.table))
            """).rows.isEmpty)
    }

    /// `SHOW CREATE TABLE` output with its names routed and IF NOT EXISTS added.
    func createTableSQL(_ table: SourceTable) throws -> String {
        try self.createTableSQL(table.createSQL, of: table.name)
    }

    func createTableSQL(_ createSQL: String, of table: TableName) throws -> String {
        let parsed: ParsedStatement
        do {
            parsed = try SQLParser.parseStatement(createSQL)
        } catch {
            throw MigrationError("source: cannot parse SHOW CREATE TABLE of \(table): \(error)")
        }
        let routed = parsed.renamingTables(defaultSchema: table.schema) { name in
            let source = TableName(schema: name.schema ?? table.schema, table: name.name)
            let target = (try? self.router.route(source)) ?? source
            return SQLTableName(schema: target.schema, name: target.table)
        }
        guard let range = routed.range(of: "CREATE TABLE ", options: [.anchored, .caseInsensitive]) else {
            throw MigrationError("source: SHOW CREATE TABLE of \(table) does not start with CREATE TABLE")
        }
        return routed.replacingCharacters(in: range, with: "CREATE TABLE IF NOT EXISTS ")
    }
}
