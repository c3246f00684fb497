import Foundation
import MariaDBHarness
import MigrationConfig
import MySQLClient
import ReplicationCore
import SQLSyntax
import Testing

/// DDL written against upstream names, split per table and rewritten with DM's sharding-merge
/// routes (`shard_*`.`t_*` → `merged`.`t`, other `shard_*` tables → `merged`.same name), then run
/// on a real MariaDB: the routed object changes, and the upstream-named object of the same server
/// (the decoy) does not.
///
/// Each test has its own pair of schemas on the shared server, `shard_<id>` and `merged_<id>`.
/// Statements are tried both with qualified names and with unqualified names resolved against
/// the upstream schema as the current database (the rewritten statement runs with that schema
/// selected, so a name left unqualified would hit the decoy).
@Suite struct RoutingRewriteTests {
    /// How a statement names its tables.
    enum Style: String, Sendable, CaseIterable, CustomTestStringConvertible {
        /// `` `shard_x`.`t_1` ``, no current database.
        case qualified
        /// `t_1`, with `shard_x` as the statement's default (and the session's current) database.
        case unqualified

        var testDescription: String { rawValue }
    }

    // MARK: Databases

    @Test func createDatabase() async throws {
        try await RoutingWorld.with(createTarget: false) { world in
            // The upstream schema exists downstream too: left unrouted, the statement would fail on it.
            try await world.exec("ALTER DATABASE `\(world.upstream)` CHARACTER SET latin1 COLLATE latin1_swedish_ci")
            let applied = try await world.apply(
                "CREATE DATABASE /* routed */ `\(world.upstream)` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
            #expect(applied.count == 1)
            let target = try await world.schemaCollation(world.target)
            let upstream = try await world.schemaCollation(world.upstream)
            #expect(target == "utf8mb4_bin")
            #expect(upstream == "latin1_swedish_ci")
        }
    }

    @Test func createDatabaseIfNotExists() async throws {
        try await RoutingWorld.with(createTarget: false) { world in
            try await world.exec("ALTER DATABASE `\(world.upstream)` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
            try await world.apply("CREATE SCHEMA IF NOT EXISTS \(world.upstream) CHARACTER SET latin1")
            let target = try await world.schemaCollation(world.target)
            let upstream = try await world.schemaCollation(world.upstream)
            #expect(target == "latin1_swedish_ci")
            #expect(upstream == "utf8mb4_bin")
        }
    }

    @Test func dropDatabase() async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT)",
                "CREATE TABLE `\(world.target)`.`t` (id INT)")
            let applied = try await world.apply("DROP DATABASE IF EXISTS `\(world.upstream)`")
            #expect(applied.count == 1)
            let targetExists = try await world.schemaExists(world.target)
            let upstreamTables = try await world.tables(in: world.upstream)
            #expect(!targetExists)
            #expect(upstreamTables == ["t_1"])
        }
    }

    @Test func alterDatabase() async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "ALTER DATABASE `\(world.upstream)` CHARACTER SET latin1 COLLATE latin1_swedish_ci",
                "ALTER DATABASE `\(world.target)` CHARACTER SET latin1 COLLATE latin1_swedish_ci")
            try await world.apply(
                "ALTER DATABASE \(world.upstream) DEFAULT CHARACTER SET = utf8mb4 DEFAULT COLLATE = utf8mb4_unicode_ci")
            let target = try await world.schemaCollation(world.target)
            let upstream = try await world.schemaCollation(world.upstream)
            #expect(target == "utf8mb4_unicode_ci")
            #expect(upstream == "latin1_swedish_ci")
        }
    }

    // MARK: CREATE TABLE

    @Test(arguments: Style.allCases)
    func createTable(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec("CREATE TABLE `\(world.upstream)`.`t_1` (decoy INT)")
            let applied = try await world.apply(
                """
                CREATE TABLE \(world.ref("t_1", style)) (
                  id BIGINT NOT NULL PRIMARY KEY, -- the key
                  name VARCHAR(20) COMMENT 'keeps ''quotes'''
                ) ENGINE=InnoDB
                """, style: style)
            #expect(applied.count == 1)
            let targetColumns = try await world.columns(world.target, "t")
            let comment = try await world.strings(
                "SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '\(world.target)' AND TABLE_NAME = 't' AND COLUMN_NAME = 'name'")
            let upstreamColumns = try await world.columns(world.upstream, "t_1")
            #expect(targetColumns == ["id", "name"])
            #expect(comment == ["keeps 'quotes'"])
            #expect(upstreamColumns == ["decoy"])
        }
    }

    /// IF NOT EXISTS would hide an unrouted statement (the decoy exists), so check the target.
    @Test(arguments: Style.allCases)
    func createTableIfNotExists(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec("CREATE TABLE `\(world.upstream)`.`t_1` (decoy INT)")
            try await world.apply("CREATE TABLE IF NOT EXISTS \(world.ref("t_1", style)) (id INT, note TEXT)", style: style)
            let targetColumns = try await world.columns(world.target, "t")
            let upstreamColumns = try await world.columns(world.upstream, "t_1")
            #expect(targetColumns == ["id", "note"])
            #expect(upstreamColumns == ["decoy"])
        }
    }

    /// The table a foreign key references is routed too; the decoy would be a valid (wrong) parent.
    @Test(arguments: Style.allCases)
    func createTableReferences(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT PRIMARY KEY)",
                "CREATE TABLE `\(world.target)`.`t` (id INT PRIMARY KEY)")
            try await world.apply(
                """
                CREATE TABLE \(world.ref("child_1", style)) (
                  id INT PRIMARY KEY,
                  t_id INT,
                  CONSTRAINT fk_child FOREIGN KEY (t_id) REFERENCES \(world.ref("t_1", style)) (id) ON DELETE CASCADE
                )
                """, style: style)
            let targetTables = try await world.tables(in: world.target)
            let upstreamTables = try await world.tables(in: world.upstream)
            let parents = try await world.strings(
                """
                SELECT CONCAT(REFERENCED_TABLE_SCHEMA, '.', REFERENCED_TABLE_NAME) FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = '\(world.target)' AND TABLE_NAME = 'child_1' AND REFERENCED_TABLE_NAME IS NOT NULL
                """)
            #expect(targetTables == ["child_1", "t"])
            #expect(upstreamTables == ["t_1"])
            #expect(parents == ["\(world.target).t"])
        }
    }

    @Test(arguments: Style.allCases)
    func createTableLike(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (decoy INT)",
                "CREATE TABLE `\(world.upstream)`.`tpl_1` (a INT)",
                "CREATE TABLE `\(world.target)`.`tpl_1` (b INT, c INT)")
            let applied = try await world.apply("CREATE TABLE \(world.ref("t_1", style)) LIKE \(world.ref("tpl_1", style))", style: style)
            #expect(applied.count == 1)
            // Both names are routed: the new table copies the target's template.
            let targetColumns = try await world.columns(world.target, "t")
            let upstreamColumns = try await world.columns(world.upstream, "t_1")
            let upstreamTables = try await world.tables(in: world.upstream)
            #expect(targetColumns == ["b", "c"])
            #expect(upstreamColumns == ["decoy"])
            #expect(upstreamTables == ["t_1", "tpl_1"])
        }
    }

    // MARK: ALTER TABLE

    @Test(arguments: Style.allCases)
    func alterTable(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT PRIMARY KEY, v VARCHAR(10))",
                "CREATE TABLE `\(world.target)`.`t` (id INT PRIMARY KEY, v VARCHAR(10))")
            try await world.apply(
                "ALTER TABLE \(world.ref("t_1", style)) ADD COLUMN extra INT NOT NULL DEFAULT 7 AFTER id, MODIFY v VARCHAR(40), ADD INDEX idx_v (v)",
                style: style)
            let targetColumns = try await world.columns(world.target, "t")
            let targetIndexes = try await world.indexes(world.target, "t")
            let upstreamColumns = try await world.columns(world.upstream, "t_1")
            let upstreamIndexes = try await world.indexes(world.upstream, "t_1")
            #expect(targetColumns == ["id", "extra", "v"])
            #expect(targetIndexes == ["PRIMARY", "idx_v"])
            #expect(upstreamColumns == ["id", "v"])
            #expect(upstreamIndexes == ["PRIMARY"])
        }
    }

    /// `RENAME TO` names a second table; it is routed like the first (`old_1` by the schema rule).
    @Test(arguments: Style.allCases)
    func alterTableRenameTo(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT)",
                "CREATE TABLE `\(world.target)`.`t` (id INT, marker INT)")
            try await world.apply(
                "ALTER TABLE \(world.ref("t_1", style)) ADD COLUMN renamed_flag TINYINT, RENAME TO \(world.ref("old_1", style))",
                style: style)
            let targetTables = try await world.tables(in: world.target)
            let renamedColumns = try await world.columns(world.target, "old_1")
            let upstreamTables = try await world.tables(in: world.upstream)
            let upstreamColumns = try await world.columns(world.upstream, "t_1")
            #expect(targetTables == ["old_1"])
            #expect(renamedColumns == ["id", "marker", "renamed_flag"])
            #expect(upstreamTables == ["t_1"])
            #expect(upstreamColumns == ["id"])
        }
    }

    // MARK: DROP / RENAME / TRUNCATE

    @Test(arguments: Style.allCases)
    func dropTables(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT)",
                "CREATE TABLE `\(world.upstream)`.`other_1` (id INT)",
                "CREATE TABLE `\(world.target)`.`t` (id INT)",
                "CREATE TABLE `\(world.target)`.`other_1` (id INT)",
                "CREATE TABLE `\(world.target)`.`keep_1` (id INT)")
            let sql = "DROP TABLE IF EXISTS \(world.ref("t_1", style)), \(world.ref("other_1", style)), \(world.ref("missing_1", style))"
            let pieces = try SQLParser.parseStatement(sql).splitMultiTable()
            #expect(pieces.count == 3, "one DROP TABLE per table")
            let applied = try await world.apply(sql, style: style)
            #expect(applied.count == 3)
            let targetTables = try await world.tables(in: world.target)
            let upstreamTables = try await world.tables(in: world.upstream)
            #expect(targetTables == ["keep_1"])
            #expect(upstreamTables == ["other_1", "t_1"])
        }
    }

    /// Two pairs, applied in order: the routed table is moved away, then another takes its name.
    @Test(arguments: Style.allCases)
    func renameTables(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (upstream_t INT)",
                "CREATE TABLE `\(world.upstream)`.`src_1` (upstream_src INT)",
                "CREATE TABLE `\(world.target)`.`t` (target_t INT)",
                "CREATE TABLE `\(world.target)`.`src_1` (target_src INT)")
            let sql = "RENAME TABLE \(world.ref("t_1", style)) TO \(world.ref("bak_1", style)), \(world.ref("src_1", style)) TO \(world.ref("t_1", style))"
            let pieces = try SQLParser.parseStatement(sql).splitMultiTable()
            #expect(pieces.count == 2, "one RENAME TABLE per pair")
            let applied = try await world.apply(sql, style: style)
            #expect(applied.count == 2)
            let targetTables = try await world.tables(in: world.target)
            let backupColumns = try await world.columns(world.target, "bak_1")
            let newColumns = try await world.columns(world.target, "t")
            let upstreamTables = try await world.tables(in: world.upstream)
            let upstreamColumns = try await world.columns(world.upstream, "t_1")
            #expect(targetTables == ["bak_1", "t"])
            #expect(backupColumns == ["target_t"])
            #expect(newColumns == ["target_src"])
            #expect(upstreamTables == ["src_1", "t_1"])
            #expect(upstreamColumns == ["upstream_t"])
        }
    }

    @Test(arguments: Style.allCases)
    func truncateTable(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT)",
                "CREATE TABLE `\(world.target)`.`t` (id INT)",
                "INSERT INTO `\(world.upstream)`.`t_1` VALUES (1), (2), (3)",
                "INSERT INTO `\(world.target)`.`t` VALUES (10), (20)")
            let keyword = style == .qualified ? "TRUNCATE TABLE" : "TRUNCATE"
            try await world.apply("\(keyword) \(world.ref("t_1", style))", style: style)
            let targetRows = try await world.rowCount(world.target, "t")
            let upstreamRows = try await world.rowCount(world.upstream, "t_1")
            #expect(targetRows == 0)
            #expect(upstreamRows == 3)
        }
    }

    // MARK: Indexes

    @Test(arguments: Style.allCases)
    func createIndex(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT, name VARCHAR(20))",
                "CREATE TABLE `\(world.target)`.`t` (id INT, name VARCHAR(20))")
            try await world.apply("CREATE UNIQUE INDEX idx_name ON \(world.ref("t_1", style)) (name) COMMENT 'routed'", style: style)
            let targetIndexes = try await world.indexes(world.target, "t")
            let upstreamIndexes = try await world.indexes(world.upstream, "t_1")
            #expect(targetIndexes == ["idx_name"])
            #expect(upstreamIndexes.isEmpty)
        }
    }

    @Test(arguments: Style.allCases)
    func dropIndex(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT, name VARCHAR(20), KEY idx_name (name))",
                "CREATE TABLE `\(world.target)`.`t` (id INT, name VARCHAR(20), KEY idx_name (name))")
            try await world.apply("DROP INDEX idx_name ON \(world.ref("t_1", style))", style: style)
            let targetIndexes = try await world.indexes(world.target, "t")
            let upstreamIndexes = try await world.indexes(world.upstream, "t_1")
            #expect(targetIndexes.isEmpty)
            #expect(upstreamIndexes == ["idx_name"])
        }
    }

    // MARK: Views

    @Test(arguments: Style.allCases)
    func createView(style: Style) async throws {
        try await RoutingWorld.with { world in
            try await world.exec(
                "CREATE TABLE `\(world.upstream)`.`t_1` (id INT)",
                "CREATE TABLE `\(world.target)`.`t` (id INT)",
                "INSERT INTO `\(world.upstream)`.`t_1` VALUES (1), (2), (3)",
                "INSERT INTO `\(world.target)`.`t` VALUES (10)")
            try await world.apply("CREATE VIEW \(world.ref("v_1", style)) AS SELECT id FROM \(world.ref("t_1", style))", style: style)
            let views = try await world.strings(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '\(world.target)' AND TABLE_TYPE = 'VIEW'")
            let upstreamTables = try await world.tables(in: world.upstream)
            #expect(views == ["v_1"])
            #expect(upstreamTables == ["t_1"])
            // Downstream the view reads the routed table, not the upstream decoy.
            let rows = try await world.rowCount(world.target, "v_1")
            #expect(rows == 1, "the view reads `\(world.target)`.`t`, not the upstream decoy")
        }
    }

    // MARK: Text

    /// Only the name changes; comments, spacing and the rest stay as written.
    @Test func rewriteKeepsTheRestOfTheText() throws {
        let router = try RoutingWorld.makeRouter(target: "merged_x")
        let world = RoutingWorld.Names(upstream: "shard_x", target: "merged_x", router: router)
        let sql = "CREATE TABLE /* c */ t_1 (id INT)  -- tail"
        let parsed = try SQLParser.parseStatement(sql)
        let rewritten = parsed.renamingTables(defaultSchema: "shard_x") { world.routed($0, defaultSchema: "shard_x") }
        #expect(rewritten == "CREATE TABLE /* c */ `merged_x`.`t` (id INT)  -- tail")
        let database = try SQLParser.parseStatement("DROP DATABASE IF EXISTS shard_x /* c */")
        let rewrittenDatabase = database.renamingDatabases { world.routedSchema($0) }
        #expect(rewrittenDatabase == "DROP DATABASE IF EXISTS `merged_x` /* c */")
    }
}

/// One test's schemas on the shared server and a connection to it (no current database).
struct RoutingWorld: Sendable {
    /// The routing part, usable without a server.
    struct Names: Sendable {
        let upstream: String
        let target: String
        let router: TableRouter

        /// `name` routed, its schema defaulting to `defaultSchema`; routing errors are recorded.
        func routed(_ name: SQLTableName, defaultSchema: String?) -> SQLTableName {
            guard let schema = name.schema ?? defaultSchema else {
                Issue.record("\(name) is unqualified and there is no default schema")
                return name
            }
            do {
                let routed = try router.route(TableName(schema: schema, table: name.name))
                return SQLTableName(schema: routed.schema, name: routed.table)
            } catch {
                Issue.record("routing \(name): \(error)")
                return name
            }
        }

        func routedSchema(_ name: String) -> String {
            do {
                return try router.route(TableName(schema: name)).schema
            } catch {
                Issue.record("routing schema \(name): \(error)")
                return name
            }
        }
    }

    let names: Names
    let connection: MySQLConnection

    var upstream: String { names.upstream }
    var target: String { names.target }

    /// DM's sharding-merge example: a table rule for the shards' tables and a schema rule for
    /// everything else in the shard schemas (and for the schemas themselves).
    static func makeRouter(target: String) throws -> TableRouter {
        try TableRouter(
            rules: [
                RouteRuleConfig(schemaPattern: "shard_*", tablePattern: "t_*", targetSchema: target, targetTable: "t"),
                RouteRuleConfig(schemaPattern: "shard_*", targetSchema: target),
            ],
            caseSensitive: false)
    }

    /// Creates `shard_<id>` and `merged_<id>` (each unless told not to), runs `body`, and drops
    /// both afterwards, also when `body` throws.
    static func with(
        createUpstream: Bool = true,
        createTarget: Bool = true,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (RoutingWorld) async throws -> Void
    ) async throws {
        let server = try await MariaDBHarness.sharedServer()
        let id = UUID().uuidString.prefix(8).lowercased()
        let names = Names(upstream: "shard_\(id)", target: "merged_\(id)", router: try makeRouter(target: "merged_\(id)"))
        let connection = try await MySQLConnection.connect(
            configuration: MySQLConnection.Configuration(
                host: server.host, port: server.port, username: server.user, password: server.password))
        let world = RoutingWorld(names: names, connection: connection)
        do {
            if createUpstream { try await world.exec("CREATE DATABASE `\(names.upstream)`") }
            if createTarget { try await world.exec("CREATE DATABASE `\(names.target)`") }
            try await body(world)
        } catch {
            await world.cleanUp()
            throw error
        }
        await world.cleanUp()
    }

    private func cleanUp() async {
        _ = try? await connection.query("DROP DATABASE IF EXISTS `\(upstream)`")
        _ = try? await connection.query("DROP DATABASE IF EXISTS `\(target)`")
        try? await connection.close()
    }

    /// `` `shard_x`.`name` `` or `name`.
    func ref(_ table: String, _ style: RoutingRewriteTests.Style) -> String {
        style == .qualified ? "`\(upstream)`.`\(table)`" : table
    }

    /// `sql` parsed, split per table and rewritten to the routed names.
    func rewrite(_ sql: String, defaultSchema: String?) throws -> [String] {
        let parsed = try SQLParser.parseStatement(sql)
        return parsed.splitMultiTable().map { piece -> String in
            switch piece.statement {
            case .createDatabase, .alterDatabase, .dropDatabase:
                return piece.renamingDatabases { names.routedSchema($0) }
            default:
                return piece.renamingTables(defaultSchema: defaultSchema) { names.routed($0, defaultSchema: defaultSchema) }
            }
        }
    }

    /// Rewrites `sql` and runs the result downstream; unqualified statements run with the upstream
    /// schema selected, as upstream. Returns the statements run.
    @discardableResult
    func apply(_ sql: String, style: RoutingRewriteTests.Style = .qualified) async throws -> [String] {
        let defaultSchema = style == .unqualified ? upstream : nil
        let statements = try rewrite(sql, defaultSchema: defaultSchema)
        if let defaultSchema { _ = try await connection.query("USE `\(defaultSchema)`") }
        for statement in statements {
            do {
                _ = try await connection.query(statement)
            } catch {
                Issue.record("the rewritten statement failed: \(error)\nsource: \(sql)\nrewritten: \(statement)")
                throw error
            }
        }
        return statements
    }

    func exec(_ statements: String...) async throws {
        for statement in statements { _ = try await connection.query(statement) }
    }

    /// The first column of each row, NULL as "NULL".
    func strings(_ sql: String) async throws -> [String] {
        let result = try await connection.query(sql)
        return try result.rows.map { row in try row[0].string ?? "NULL" }
    }

    func schemaExists(_ schema: String) async throws -> Bool {
        try await !strings("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '\(schema)'").isEmpty
    }

    func schemaCollation(_ schema: String) async throws -> String? {
        try await strings("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '\(schema)'").first
    }

    /// Tables and views of `schema`, sorted (by Swift, not by the server's case-blind collation).
    func tables(in schema: String) async throws -> [String] {
        try await strings("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '\(schema)'").sorted()
    }

    /// Column names in table order.
    func columns(_ schema: String, _ table: String) async throws -> [String] {
        try await strings(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '\(schema)' AND TABLE_NAME = '\(table)' ORDER BY ORDINAL_POSITION")
    }

    /// Index names (PRIMARY included), sorted by Swift.
    func indexes(_ schema: String, _ table: String) async throws -> [String] {
        try await strings(
            "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = '\(schema)' AND TABLE_NAME = '\(table)'"
        ).sorted()
    }

    func rowCount(_ schema: String, _ table: String) async throws -> Int {
        let count = try await strings("SELECT COUNT(*) FROM `\(schema)`.`\(table)`").first
        return count.flatMap { Int($0) } ?? -1
    }
}
