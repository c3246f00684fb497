import MySQLClient
import MySQLProtocol
import ReplicationCore

/// The schema tracker's first state when no schema checkpoint exists: the source's current
/// definitions of the databases and tables the subtask replicates. (Right when no DDL ran on
/// them between the start position and now, as after a full load.)
enum SourceSchemaLoader {
    static func load(connector: ServerConnector, translator: EventTranslator) async throws -> SchemaTracker {
        let connection = try await connector.connect()
        defer { Task { try? await connection.close() } }
        _ = try await connection.query("SET SESSION sql_mode = ''")
        var tracker = SchemaTracker()
        let rows = try await connection.query(
            "SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' ORDER BY 1, 2").rows
        var loadedSchemas: Set<String> = []
        for row in try await connection.query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1").rows {
            let schema = try row[0].string ?? ""
            guard translator.replicates(TableName(schema: schema)) else { continue }
            loadedSchemas.insert(schema)
            let create = try await connection.query("SHOW CREATE DATABASE \(MySQLLiteral.quoteIdentifier(schema))").rows.first?[1].string ?? ""
            try tracker.load(createDatabaseSQL: create)
        }
        for row in rows {
            let name = TableName(schema: try row[0].string ?? "", table: try row[1].string ?? "")
            guard translator.replicates(name) else { continue }
            if !loadedSchemas.contains(name.schema) {
                loadedSchemas.insert(name.schema)
                let create = try await connection.query("SHOW CREATE DATABASE \(MySQLLiteral.quoteIdentifier(name.schema))").rows.first?[1].string ?? ""
                try tracker.load(createDatabaseSQL: create)
            }
            let create = try await connection.query("SHOW CREATE TABLE \(TableDiscovery.quoted(name))").rows.first?[1].string ?? ""
            do {
                try tracker.load(createTableSQL: create, schema: name.schema)
            } catch {
                throw MigrationError("schema tracker: cannot load \(name) from the source: \(error)")
            }
        }
        return tracker
    }
}
