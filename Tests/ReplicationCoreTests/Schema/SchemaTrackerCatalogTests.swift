import ReplicationCore
import SQLSyntax
import Testing

/// Databases and tables: create, drop, rename, LIKE, name case, and what `apply` reports.
@Suite struct SchemaTrackerCatalogTests {
    @Test func databases() throws {
        var tracker = SchemaTracker()
        #expect(try tracker.run("CREATE DATABASE a CHARACTER SET latin1") == [.createdDatabase("a")])
        #expect(tracker.database(named: "a") == TrackedDatabase(name: "a", charset: "latin1", collation: "latin1_swedish_ci"))
        try tracker.run("CREATE DATABASE b COLLATE utf8mb4_bin")
        #expect(tracker.database(named: "b")?.charset == "utf8mb4")
        #expect(try tracker.run("CREATE DATABASE IF NOT EXISTS a").isEmpty)
        #expect(trackerError(tracker, "CREATE DATABASE a")?.serverErrorNumber == 1007)
        try tracker.run("CREATE TABLE a.t (x CHAR(1))")
        #expect(try tracker.column(schema: "a", "t", "x").charset == "latin1")
        try tracker.run("ALTER DATABASE a CHARACTER SET utf8mb4")
        // Existing tables keep their charset; new ones inherit the new default.
        #expect(try tracker.column(schema: "a", "t", "x").charset == "latin1")
        #expect(try tracker.run("DROP DATABASE a") == [.droppedTable(TableName(schema: "a", table: "t")), .droppedDatabase("a")])
        #expect(trackerError(tracker, "DROP DATABASE a")?.serverErrorNumber == 1008)
        #expect(try tracker.run("DROP DATABASE IF EXISTS a").isEmpty)
        #expect(tracker.databases.map(\.name) == ["b"])
    }

    @Test func tableErrors() throws {
        let tracker = try SchemaTracker.applying("CREATE TABLE t (a INT)")
        #expect(trackerError(tracker, "CREATE TABLE t (b INT)")?.serverErrorNumber == 1050)
        #expect(trackerError(tracker, "CREATE TABLE u (a INT, A INT)")?.serverErrorNumber == 1060)
        #expect(trackerError(tracker, "CREATE TABLE nodb.u (a INT)")?.serverErrorNumber == 1049)
        #expect(trackerError(tracker, "TRUNCATE TABLE u")?.serverErrorNumber == 1146)
        #expect(trackerError(tracker, "CREATE TABLE u LIKE nope")?.serverErrorNumber == 1146)
        var noDatabase = SchemaTracker()
        #expect(throws: SchemaTrackerError.self) {
            try noDatabase.apply(SQLParser.parseStatement("CREATE TABLE t (a INT)").statement, defaultSchema: nil)
        }
        let message = try #require(trackerError(tracker, "ALTER TABLE t ADD a INT")).description
        #expect(message.contains("`db`.`t`") && message.contains("'a'"))
    }

    @Test func dropKeepsGoingPastUnknownTables() throws {
        var tracker = try SchemaTracker.applying("CREATE TABLE a (x INT)", "CREATE TABLE b (x INT)")
        #expect(throws: SchemaTrackerError.self) { try tracker.run("DROP TABLE a, nope, b") }
        // Like the server, the known tables are gone although the statement failed.
        #expect(tracker.tables(inDatabase: "db").isEmpty)
        #expect(try tracker.run("DROP TABLE IF EXISTS a, nope").isEmpty)
    }

    @Test func renamesApplyInOrder() throws {
        var tracker = try SchemaTracker.applying("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)", "CREATE DATABASE other")
        let changes = try tracker.run("RENAME TABLE a TO tmp, b TO a, tmp TO b")
        #expect(changes.count == 3)
        #expect(tracker.columnNames("a") == ["y"])
        #expect(tracker.columnNames("b") == ["x"])
        try tracker.run("RENAME TABLE b TO other.b")
        #expect(tracker.table(schema: "other", name: "b")?.schema == "other")
        // All or nothing: the second pair fails, so the first is undone.
        #expect(trackerError(tracker, "RENAME TABLE a TO c, nope TO d")?.serverErrorNumber == 1146)
        #expect(trackerError(tracker, "RENAME TABLE a TO other.b")?.serverErrorNumber == 1050)
        #expect(tracker.table(schema: "db", name: "a") != nil)
    }

    @Test func createVariants() throws {
        var tracker = try SchemaTracker.applying(
            "CREATE TABLE src (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(10) UNIQUE) CHARSET latin1 ENGINE=innodb")
        try tracker.run("CREATE TABLE copy LIKE src")
        let copy = try #require(tracker.table(schema: "db", name: "copy"))
        #expect(copy.columns == tracker.table(schema: "db", name: "src")?.columns)
        #expect((copy.charset, copy.engine, copy.indexes.map(\.name)) == ("latin1", "InnoDB", ["PRIMARY", "name"]))
        // CREATE ... SELECT: the selected columns are unknown until reloaded.
        let changes = try tracker.run("CREATE TABLE derived (extra INT) SELECT id FROM src")
        #expect(changes == [.createdTable(TableName(schema: "db", table: "derived"))])
        #expect(tracker.table(schema: "db", name: "derived")?.isExact == false)
        // OR REPLACE drops the old table first; temporary tables are not tracked.
        #expect(try tracker.run("CREATE OR REPLACE TABLE copy (z INT)").count == 2)
        #expect(tracker.columnNames("copy") == ["z"])
        #expect(try tracker.run("CREATE TEMPORARY TABLE tmp (a INT)").isEmpty)
        #expect(tracker.table(schema: "db", name: "tmp") == nil)
        // Non-DDL and untracked DDL change nothing.
        #expect(try tracker.run("INSERT INTO src VALUES (1, 'a')").isEmpty)
        #expect(try tracker.run("CREATE VIEW v AS SELECT 1").isEmpty)
    }

    @Test func indexStatements() throws {
        var tracker = try SchemaTracker.applying("CREATE TABLE t (a INT, b VARCHAR(10))")
        #expect(try tracker.run("CREATE UNIQUE INDEX u ON t (b(4), a)") == [.alteredTable(TableName(schema: "db", table: "t"))])
        try tracker.run("CREATE INDEX IF NOT EXISTS u ON t (a)")
        #expect(tracker.indexSummary("t") == ["u(b(4),a)"])
        try tracker.run("CREATE OR REPLACE INDEX u ON t (a)")
        #expect(tracker.indexSummary("t") == ["u(a)"])
        try tracker.run("ALTER TABLE t ADD PRIMARY KEY (a)")
        try tracker.run("DROP INDEX `PRIMARY` ON t")
        #expect(tracker.indexSummary("t") == ["u(a)"])
        #expect(trackerError(tracker, "DROP INDEX nope ON t")?.serverErrorNumber == 1091)
        #expect(try tracker.run("DROP INDEX IF EXISTS nope ON t").isEmpty)
    }

    @Test func nameCase() throws {
        var sensitive = try SchemaTracker.applying("CREATE TABLE Tab (Col INT)")
        #expect(sensitive.table(schema: "db", name: "tab") == nil)
        try sensitive.run("CREATE TABLE tab (x INT)")
        // Column and index names never depend on case.
        try sensitive.run("ALTER TABLE Tab MODIFY COL BIGINT, ADD KEY K (col)")
        #expect(try sensitive.column("Tab", "col").name == "COL")
        #expect(trackerError(sensitive, "ALTER TABLE Tab ADD KEY k (col)")?.serverErrorNumber == 1061)

        var lowered = try SchemaTracker.applying(
            "CREATE DATABASE Other", "CREATE TABLE Other.Tab (a INT)", options: .init(lowerCaseTableNames: .storedLowercase))
        #expect(lowered.table(schema: "other", name: "tab")?.name == "tab")
        #expect(lowered.table(schema: "OTHER", name: "TAB")?.schema == "other")
        try lowered.run("RENAME TABLE OTHER.TAB TO other.T2")
        #expect(lowered.tables(inDatabase: "other").map(\.name) == ["t2"])

        let insensitive = try SchemaTracker.applying("CREATE TABLE Tab (a INT)", options: .init(lowerCaseTableNames: .caseInsensitive))
        #expect(insensitive.table(schema: "DB", name: "TAB")?.name == "Tab")
        #expect(trackerError(insensitive, "CREATE TABLE tab (a INT)")?.serverErrorNumber == 1050)
    }
}
