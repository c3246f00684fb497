import Foundation
import ReplicationCore
import Testing

/// Checkpoints (deterministic JSON) and loading definitions read from the source.
@Suite struct SchemaTrackerCheckpointTests {
    static let statements = [
        "CREATE DATABASE other CHARACTER SET latin1",
        "CREATE TABLE p (id INT PRIMARY KEY)",
        "CREATE TABLE t (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, name VARCHAR(20) CHARSET latin1 DEFAULT 'x', "
            + "doc JSON, ts TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), g INT AS (id + 1) VIRTUAL, "
            + "pid INT, PRIMARY KEY (id), UNIQUE KEY (name(10), ts), FULLTEXT (name), FOREIGN KEY (pid) REFERENCES p (id))",
        "CREATE TABLE other.u (a ENUM('x','y') DEFAULT 'y')",
        "CREATE TABLE other.a (b INT)",
    ]

    static func sample(reversed: Bool = false) throws -> SchemaTracker {
        var tracker = try SchemaTracker.applying()
        // Reversed, the tables and the second database are created in another order.
        let order = reversed ? [0, 4, 3, 1, 2] : [0, 1, 2, 3, 4]
        for index in order { try tracker.run(Self.statements[index]) }
        return tracker
    }

    @Test func roundTrip() throws {
        let tracker = try Self.sample()
        let data = try tracker.checkpointData()
        let restored = try SchemaTracker(checkpointData: data)
        #expect(restored.databases == tracker.databases)
        for database in tracker.databases {
            #expect(restored.tables(inDatabase: database.name) == tracker.tables(inDatabase: database.name))
        }
        #expect(restored.options == tracker.options)
        // The same catalog always gives the same bytes, whatever order it was built in.
        #expect(try restored.checkpointData() == data)
        #expect(try Self.sample(reversed: true).checkpointData() == data)
    }

    @Test func restoredTrackerKeepsWorking() throws {
        var restored = try SchemaTracker(checkpointData: Self.sample().checkpointData())
        try restored.run("ALTER TABLE t ADD COLUMN extra INT AFTER id")
        #expect(restored.columnNames("t").prefix(2) == ["id", "extra"])
        #expect(restored.table(schema: "db", name: "t")?.foreignKeys.first?.name == "t_ibfk_1")
    }

    @Test func unsupportedVersionIsRefused() throws {
        let data = Data(#"{"databases":[],"options":{"lowerCaseTableNames":0,"serverCharset":"utf8mb4","serverCollation":"utf8mb4_general_ci"},"version":99}"#.utf8)
        #expect(throws: DecodingError.self) { try SchemaTracker(checkpointData: data) }
    }

    /// SHOW CREATE TABLE / SHOW CREATE DATABASE output of MariaDB 10.11, loaded as is.
    @Test func loadShowCreateOutput() throws {
        var tracker = SchemaTracker()
        try tracker.load(createDatabaseSQL: "CREATE DATABASE `shop` /*!40100 DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci */")
        try tracker.load(
            createTableSQL: """
                CREATE TABLE `orders` (
                  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
                  `code` varchar(20) NOT NULL,
                  `note` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
                  `doc` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`doc`)),
                  `total` decimal(10,2) NOT NULL DEFAULT 0.00,
                  `c` int(11) NOT NULL,
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `c` (`c`),
                  UNIQUE KEY `code` (`code`)
                ) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
                """,
            schema: "shop")
        let table = try #require(tracker.table(schema: "shop", name: "orders"))
        #expect(table.columns.map(\.columnType) == ["bigint(20) unsigned", "varchar(20)", "text", "longtext", "decimal(10,2)", "int(11)"])
        #expect(table.columns.map(\.collation) == [nil, "latin1_swedish_ci", "utf8mb4_general_ci", "utf8mb4_bin", nil, nil])
        #expect(table.columns[4].defaultValue == "0.00")
        // The keys keep the order SHOW CREATE TABLE prints (the server's, which ALTERs may leave unsorted).
        #expect(table.indexes.map(\.name) == ["PRIMARY", "c", "code"])
        // Loading again replaces the table; the database keeps its other tables.
        try tracker.load(createTableSQL: "CREATE TABLE `orders` (`id` int(11) NOT NULL)", schema: "shop")
        #expect(tracker.table(schema: "shop", name: "orders")?.columns.count == 1)
        // A database not seen before is created with the server's defaults.
        try tracker.load(createTableSQL: "CREATE TABLE `x` (`a` int(11) DEFAULT NULL)", schema: "fresh")
        #expect(tracker.database(named: "fresh")?.charset == "utf8mb4")
        #expect(throws: SchemaTrackerError.self) { try tracker.load(createTableSQL: "DROP TABLE x", schema: "fresh") }
        #expect(tracker.forget(TableName(schema: "fresh", table: "x"))?.name == "x")
    }
}
