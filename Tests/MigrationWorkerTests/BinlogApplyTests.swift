import Foundation
import MariaDBHarness
import MySQLBinlog
import MySQLClient
import ReplicationCore
import SQLSyntax
import Testing

/// The apply path of the sync unit, end to end on real servers: the every-type fixture is
/// written on a source, its binlog is decoded, DDL feeds the schema tracker and every row event
/// becomes SQL (`DMLBuilder`) run on a target. The target must then equal the source, byte for
/// byte; a second round updates and deletes every row through the same path.
@Suite(.serialized, .timeLimit(.minutes(10))) struct BinlogApplyTests {
    @Test(arguments: [false, true])
    func everyValueSurvivesTheBinlog(safeMode: Bool) async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            let start = try source.cli("SHOW MASTER STATUS").split(separator: "\t").map(String.init)
            try source.cli("CREATE DATABASE edge")
            try EdgeValueFixture.install(on: source, database: "edge")
            try source.cli("""
                UPDATE all_types SET c_int = IFNULL(c_int, 0) + 1, c_varchar = CONCAT(IFNULL(c_varchar, ''), 'x') WHERE id % 2 = 0;
                DELETE FROM all_types WHERE id = 3;
                UPDATE composite_key SET qty = qty + 1, name = CONCAT(name, '!') WHERE qty % 5 = 0;
                DELETE FROM no_key WHERE n = 1 LIMIT 1;
                UPDATE no_key SET s = 'changed' WHERE n IS NULL;
                UPDATE unique_only SET u = u - 1000 WHERE u > 0 AND u < 1000000;
                DELETE FROM composite_key WHERE qty % 7 = 0;
                """, database: "edge")
            let connection = try await MySQLConnection.connect(
                configuration: .init(host: target.host, port: target.port, username: target.user, password: target.password))
            defer { Task { try? await connection.close() } }
            _ = try await connection.query("SET SESSION time_zone = '+00:00', sql_mode = 'NO_AUTO_VALUE_ON_ZERO', foreign_key_checks = 0")

            var tracker = SchemaTracker()
            let replica = try await MySQLConnection.connect(
                configuration: .init(host: source.host, port: source.port, username: source.user, password: source.password))
            defer { Task { try? await replica.close() } }
            let raw = try await replica.startBinlogStream(
                .init(start: .position(file: start[0], position: UInt32(start[1])!), serverID: 4242, stopAtEnd: true))
            var maps: [UInt64: TableMapEvent] = [:]
            var rows = 0
            for try await (_, _, event) in BinlogEventStream(raw, startFile: start[0]) {
                switch event.body {
                case .query(let query):
                    let text = query.queryText
                    guard let parsed = try? SQLParser.parseStatement(text) else { continue }
                    if case .nonDDL = parsed.statement { continue }
                    _ = try tracker.apply(parsed.statement, defaultSchema: query.schema.isEmpty ? nil : query.schema)
                    switch parsed.statement {
                    case .createDatabase, .dropDatabase: break
                    default: _ = try await connection.query("USE `\(query.schema.isEmpty ? "mysql" : query.schema)`")
                    }
                    _ = try await connection.query(text)
                case .tableMap(let map):
                    maps[map.tableID] = map
                case .rows(let event):
                    let name = TableName(schema: event.schema, table: event.table)
                    let table = try #require(tracker.table(name), "table \(name) is not tracked")
                    let builder = DMLBuilder(table: table, target: name)
                    for change in event.rows {
                        rows += 1
                        var statements: [String] = []
                        switch event.kind {
                        case .write: statements = [try builder.insert([try #require(change.after)], replace: safeMode)]
                        case .update: statements = try builder.update(before: try #require(change.before), after: try #require(change.after), safeMode: safeMode)
                        case .delete: statements = [try builder.delete(try #require(change.before))]
                        }
                        for sql in statements {
                            let result = try await connection.query(sql)
                            if !safeMode { #expect(result.affectedRows == 1, "\(sql.prefix(300))") }
                        }
                    }
                default:
                    continue
                }
            }
            #expect(rows > 2500)
            let differences = try await compareDatabases(source: source, sourceDatabase: "edge", target: target, targetDatabase: "edge")
            #expect(differences == [])
        }
    }
}
