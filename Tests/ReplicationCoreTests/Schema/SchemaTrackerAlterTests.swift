import ReplicationCore
import Testing

/// ALTER TABLE as MariaDB 10.11 applies it (each expectation checked against a server).
@Suite struct SchemaTrackerAlterTests {
    /// Statements after `CREATE TABLE t (a INT, b INT)`, then the column order.
    static let positions: [(alter: String, columns: [String])] = [
        ("ALTER TABLE t ADD c INT", ["a", "b", "c"]),
        ("ALTER TABLE t ADD c INT FIRST", ["c", "a", "b"]),
        ("ALTER TABLE t ADD c INT AFTER a", ["a", "c", "b"]),
        ("ALTER TABLE t ADD (c INT, d INT)", ["a", "b", "c", "d"]),
        // AFTER names the new list, in statement order.
        ("ALTER TABLE t ADD c INT AFTER b2, CHANGE b b2 INT", ["a", "b2", "c"]),
        ("ALTER TABLE t ADD c INT, ADD d INT AFTER c, ADD e INT FIRST", ["e", "a", "b", "c", "d"]),
        // Changed columns keep their place unless moved; moves apply in order.
        ("ALTER TABLE t MODIFY a BIGINT AFTER b, MODIFY b INT FIRST", ["b", "a"]),
        ("ALTER TABLE t CHANGE a b INT, CHANGE b a INT", ["b", "a"]),
        ("ALTER TABLE t RENAME COLUMN a TO b, RENAME COLUMN b TO a", ["b", "a"]),
        // DROP then ADD of the same name is allowed; the drop refers to the old column.
        ("ALTER TABLE t DROP COLUMN b, ADD COLUMN b TEXT FIRST", ["b", "a"]),
        // MODIFY of a column added by the same statement replaces it.
        ("ALTER TABLE t ADD c INT, MODIFY c BIGINT FIRST", ["c", "a", "b"]),
        ("ALTER TABLE t ADD COLUMN IF NOT EXISTS a INT, DROP COLUMN IF EXISTS z", ["a", "b"]),
    ]

    @Test(arguments: positions)
    func columnOrder(_ alter: String, _ columns: [String]) throws {
        let tracker = try SchemaTracker.applying("CREATE TABLE t (a INT, b INT)", alter)
        #expect(tracker.columnNames("t") == columns, "\(alter)")
    }

    /// Statements after `CREATE TABLE t (a INT, b INT)` that the server refuses, with its error.
    static let refusals: [(alter: String, error: Int)] = [
        ("ALTER TABLE t ADD c INT, DROP COLUMN c", 1091),
        ("ALTER TABLE t ADD a INT", 1060),
        ("ALTER TABLE t CHANGE a b INT", 1060),
        ("ALTER TABLE t ADD c INT AFTER b, CHANGE b b2 INT", 1054),
        ("ALTER TABLE t MODIFY a INT AFTER a", 1054),
        ("ALTER TABLE t MODIFY z INT", 1054),
        ("ALTER TABLE t DROP COLUMN a, DROP COLUMN b", 1090),
        ("ALTER TABLE t RENAME COLUMN a TO c, MODIFY a INT", 1054),
        ("ALTER TABLE t DROP INDEX nope", 1091),
        ("ALTER TABLE t RENAME INDEX nope TO x", 1176),
        ("ALTER TABLE t ADD INDEX (a(2))", 1089),
        ("ALTER TABLE t ADD PRIMARY KEY (a), ADD PRIMARY KEY (b)", 1068),
        ("ALTER TABLE t ADD INDEX `PRIMARY` (a)", 1280),
        ("ALTER TABLE t ADD INDEX i (a), ADD INDEX i (b)", 1061),
        ("ALTER TABLE t ADD INDEX (z)", 1072),
        ("ALTER TABLE t MODIFY a INT AUTO_INCREMENT", 1075),
        ("ALTER TABLE t ADD c TEXT, ADD PRIMARY KEY (c)", 1170),
        ("ALTER TABLE nope ADD c INT", 1146),
    ]

    @Test(arguments: refusals)
    func refused(_ alter: String, _ error: Int) throws {
        let tracker = try SchemaTracker.applying("CREATE TABLE t (a INT, b INT)")
        #expect(trackerError(tracker, alter)?.serverErrorNumber == error, "\(alter)")
    }

    @Test func droppedColumnsLeaveIndexes() throws {
        var tracker = try SchemaTracker.applying(
            "CREATE TABLE t (a INT, b INT, c INT, PRIMARY KEY (a, b), UNIQUE KEY u (b, c), UNIQUE KEY v (c), KEY k (c, a))")
        // A multi-column UNIQUE or PRIMARY key refuses to lose a column.
        #expect(trackerError(tracker, "ALTER TABLE t DROP COLUMN b")?.serverErrorNumber == 1072)
        // Other indexes lose the column, and go when empty.
        try tracker.run("ALTER TABLE t DROP PRIMARY KEY, DROP INDEX u, DROP COLUMN c")
        #expect(tracker.indexSummary("t") == ["k(a)"])
        try tracker.run("ALTER TABLE t ADD c INT, ADD KEY k3 (c, a), ADD KEY k2 (c)")
        try tracker.run("ALTER TABLE t DROP COLUMN c")
        #expect(tracker.indexSummary("t") == ["k(a)", "k3(a)"])
    }

    @Test func renamedColumnsAreRenamedInIndexes() throws {
        var tracker = try SchemaTracker.applying("CREATE TABLE t (a INT, b VARCHAR(10), KEY k (a, b(5)))")
        try tracker.run("ALTER TABLE t CHANGE a x INT, RENAME COLUMN b TO y")
        #expect(tracker.indexSummary("t") == ["k(x,y(5))"])
        // A prefix no longer shorter than the column, or on a type without prefixes, covers it all.
        try tracker.run("ALTER TABLE t MODIFY y VARCHAR(3)")
        #expect(tracker.indexSummary("t") == ["k(x,y)"])
        try tracker.run("ALTER TABLE t ADD KEY k2 (y(2))")
        try tracker.run("ALTER TABLE t MODIFY y INT")
        #expect(tracker.indexSummary("t") == ["k(x,y)", "k2(y)"])
    }

    @Test func newColumnWithADroppedName() throws {
        // The index follows the name, keeping the old part's length as a prefix.
        let tracker = try SchemaTracker.applying(
            "CREATE TABLE t (a CHAR(3), b INT, KEY k (a))", "ALTER TABLE t DROP COLUMN a, ADD COLUMN a CHAR(13)")
        #expect(tracker.indexSummary("t") == ["k(a(3))"])
    }

    @Test func keyNamesAndOrder() throws {
        let tracker = try SchemaTracker.applying(
            "CREATE TABLE t (a INT, b INT, c TEXT, d VARCHAR(20), e INT NOT NULL, KEY (a), KEY (a), UNIQUE (b), "
                + "UNIQUE KEY (c), UNIQUE KEY (d(5), e), FULLTEXT (d), UNIQUE (e), KEY named (b, a), PRIMARY KEY (e, a))")
        #expect(tracker.indexSummary("t") == [
            "PRIMARY(e,a)", "e(e)", "b(b)", "d(d(5),e)", "c(c)", "a(a)", "a_2(a)", "named(b,a)", "d_2(d)",
        ])
        let table = try #require(tracker.table(schema: "db", name: "t"))
        #expect(table.index(named: "c")?.indexType == "HASH")
        #expect(table.primaryKeyColumns == ["e", "a"])
        #expect(table.uniqueKeys.map(\.name) == ["e", "b", "d", "c"])
    }

    @Test func constraintSymbolNamesAnUnnamedKey() throws {
        let tracker = try SchemaTracker.applying("CREATE TABLE t (a INT, b INT, CONSTRAINT sym UNIQUE (a), CONSTRAINT sym2 UNIQUE ub (b))")
        #expect(tracker.indexSummary("t") == ["sym(a)", "ub(b)"])
    }

    @Test func alterKeepsKeyOrderUnlessItAddsKeys() throws {
        var tracker = try SchemaTracker.applying(
            "CREATE TABLE t (a INT NOT NULL, b INT NOT NULL, c FLOAT NOT NULL, PRIMARY KEY (a), UNIQUE KEY c (c), UNIQUE KEY k (a, b))")
        try tracker.run("ALTER TABLE t MODIFY c FLOAT NULL")
        #expect(tracker.indexSummary("t") == ["PRIMARY(a)", "c(c)", "k(a,b)"])
        try tracker.run("ALTER TABLE t ADD KEY z (b)")
        #expect(tracker.indexSummary("t") == ["PRIMARY(a)", "k(a,b)", "c(c)", "z(b)"])
        // Without a primary key, the key InnoDB clusters on losing NOT NULL re-sorts them.
        var noPrimary = try SchemaTracker.applying(
            "CREATE TABLE t (c INT NOT NULL, d INT NOT NULL, e INT NOT NULL, UNIQUE KEY c (c), UNIQUE KEY d (d), UNIQUE KEY e (e))")
        try noPrimary.run("ALTER TABLE t MODIFY d INT NULL")
        #expect(noPrimary.indexSummary("t") == ["c(c)", "d(d)", "e(e)"])
        try noPrimary.run("ALTER TABLE t MODIFY c INT NULL")
        #expect(noPrimary.indexSummary("t") == ["e(e)", "c(c)", "d(d)"])
    }

    @Test func foreignKeys() throws {
        var tracker = try SchemaTracker.applying(
            "CREATE TABLE p (id INT PRIMARY KEY)",
            "CREATE TABLE c (a INT, b INT, x INT, FOREIGN KEY (a) REFERENCES p (id), "
                + "CONSTRAINT fb FOREIGN KEY (b) REFERENCES p (id), KEY bx (b, x))")
        // The foreign key on b uses bx; the one on a gets its own index.
        #expect(tracker.indexSummary("c") == ["a(a)", "bx(b,x)"])
        #expect(tracker.table(schema: "db", name: "c")?.foreignKeys.map(\.name) == ["c_ibfk_1", "fb"])
        try tracker.run("ALTER TABLE c ADD FOREIGN KEY (x) REFERENCES p (id), ADD KEY xa (x, a)")
        #expect(tracker.indexSummary("c") == ["a(a)", "bx(b,x)", "xa(x,a)"])
        #expect(tracker.table(schema: "db", name: "c")?.foreignKeys.map(\.name) == ["c_ibfk_1", "fb", "c_ibfk_2"])
        #expect(trackerError(tracker, "ALTER TABLE c DROP COLUMN b")?.serverErrorNumber == 1553)
        try tracker.run("ALTER TABLE c DROP FOREIGN KEY fb, CHANGE a a2 INT")
        #expect(tracker.table(schema: "db", name: "c")?.foreignKeys.map(\.columns) == [["a2"], ["x"]])
        try tracker.run("RENAME TABLE c TO kid")
        #expect(tracker.table(schema: "db", name: "kid")?.foreignKeys.map(\.name) == ["kid_ibfk_1", "kid_ibfk_2"])
    }

    @Test func charsetChanges() throws {
        var tracker = try SchemaTracker.applying(
            "CREATE TABLE t (a TEXT, b TINYTEXT, c MEDIUMTEXT, d VARCHAR(10), e ENUM('x'), f BLOB, g JSON) CHARSET latin1")
        try tracker.run("ALTER TABLE t DEFAULT CHARSET utf8mb4, ADD h CHAR(1)")
        #expect(try tracker.column("t", "a").charset == "latin1")
        #expect(try tracker.column("t", "h").collation == "utf8mb4_general_ci")
        try tracker.run("ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
        // TEXT types grow to hold as many characters; binary strings stay; JSON converts too.
        #expect(try ["a", "b", "c", "d", "e", "f", "g"].map { try tracker.column("t", $0).columnType }
            == ["mediumtext", "text", "longtext", "varchar(10)", "enum('x')", "blob", "longtext"])
        #expect(try tracker.column("t", "g").collation == "utf8mb4_bin")
        #expect(try tracker.column("t", "f").charset == nil)
        let table = try #require(tracker.table(schema: "db", name: "t"))
        #expect((table.charset, table.collation) == ("utf8mb4", "utf8mb4_bin"))
        try tracker.run("ALTER TABLE t COLLATE latin1_bin")
        #expect(tracker.table(schema: "db", name: "t")?.charset == "latin1")
    }

    @Test func renameAcrossDatabases() throws {
        var tracker = try SchemaTracker.applying("CREATE DATABASE other", "CREATE TABLE t (a INT)")
        let changes = try tracker.run("ALTER TABLE t RENAME TO other.u, ADD b INT")
        #expect(changes == [
            .renamedTable(from: TableName(schema: "db", table: "t"), to: TableName(schema: "other", table: "u")),
            .alteredTable(TableName(schema: "other", table: "u")),
        ])
        #expect(tracker.table(schema: "db", name: "t") == nil)
        #expect(tracker.table(schema: "other", name: "u")?.columns.map(\.name) == ["a", "b"])
        #expect(trackerError(tracker, "ALTER TABLE other.u RENAME TO nodb.u")?.kind == .unknownDatabase)
    }
}
