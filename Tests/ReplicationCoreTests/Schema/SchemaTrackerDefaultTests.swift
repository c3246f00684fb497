import ReplicationCore
import Testing

/// DEFAULT values and nullability as information_schema.COLUMNS shows them (values read from a
/// MariaDB 10.11 server).
@Suite struct SchemaTrackerDefaultTests {
    /// Column definition, then COLUMN_DEFAULT (nil: no default).
    static let defaults: [(definition: String, shown: String?)] = [
        ("INT DEFAULT 5", "5"),
        ("INT NOT NULL", nil),
        ("INT", "NULL"),
        ("INT DEFAULT NULL", "NULL"),
        ("INT DEFAULT '12'", "12"),
        ("INT DEFAULT -3", "-3"),
        ("INT DEFAULT 3.6", "4"),
        ("TINYINT(1) DEFAULT TRUE", "1"),
        ("INT(5) ZEROFILL DEFAULT 42", "00042"),
        ("DECIMAL(5,2) DEFAULT 1.5", "1.50"),
        ("DECIMAL(6,3) DEFAULT -1.23456", "-1.235"),
        ("DECIMAL(5,2) ZEROFILL DEFAULT 1.5", "001.50"),
        ("FLOAT DEFAULT 1e3", "1000"),
        ("FLOAT DEFAULT 0.1", "0.1"),
        ("FLOAT DEFAULT 123456789.123", "123457000"),
        ("FLOAT DEFAULT 1.5e-7", "0.00000015"),
        ("FLOAT DEFAULT 3.4e38", "3.4e38"),
        ("DOUBLE DEFAULT 2.50", "2.5"),
        ("DOUBLE DEFAULT 1e20", "1e20"),
        ("DOUBLE DEFAULT 123456789012345678", "1.2345678901234568e17"),
        ("DOUBLE DEFAULT 0.000001", "0.000001"),
        ("FLOAT(5,2) DEFAULT 1.234", "1.23"),
        ("FLOAT ZEROFILL DEFAULT 1.5", "0000000001.5"),
        ("BIT(3) DEFAULT b'101'", "b'101'"),
        ("BIT(3) DEFAULT 5", "b'101'"),
        ("VARCHAR(5) DEFAULT 'x''y'", "'x''y'"),
        ("VARCHAR(4) DEFAULT 12", "'12'"),
        ("VARCHAR(5) DEFAULT 'a\\\\b'", "'a\\\\b'"),
        ("CHAR(3) DEFAULT 'a  '", "'a'"),
        ("CHAR(2) DEFAULT 0x4142", "'AB'"),
        ("BINARY(3) DEFAULT 'q'", "'q\\0\\0'"),
        ("ENUM('a','B') DEFAULT 'b'", "'B'"),
        ("SET('x','y','z') DEFAULT 'z,x'", "'x,z'"),
        ("TEXT DEFAULT 12", "12"),
        ("TEXT DEFAULT 'a  '", "'a  '"),
        ("BLOB DEFAULT 0x41", "0x41"),
        ("JSON DEFAULT '{}'", "'{}'"),
        ("DATE DEFAULT '2020-1-2'", "'2020-01-02'"),
        ("DATE DEFAULT 127", "'2000-01-27'"),
        ("DATETIME DEFAULT 20200102", "'2020-01-02 00:00:00'"),
        ("DATETIME(2) DEFAULT '2020-01-01'", "'2020-01-01 00:00:00.00'"),
        ("DATETIME DEFAULT 0", "'0000-00-00 00:00:00'"),
        ("TIME DEFAULT '10:00'", "'10:00:00'"),
        ("TIME DEFAULT 127", "'00:01:27'"),
        ("YEAR DEFAULT 2020", "2020"),
        ("YEAR DEFAULT '21'", "2021"),
        ("YEAR DEFAULT 1.5", "2002"),
        ("TIMESTAMP DEFAULT CURRENT_TIMESTAMP", "current_timestamp()"),
        ("DATETIME(3) DEFAULT CURRENT_TIMESTAMP", "current_timestamp(3)"),
        ("DATETIME(3) DEFAULT NOW(3)", "current_timestamp(3)"),
        ("INT DEFAULT (1 + 2)", "(1 + 2)"),
        ("VARCHAR(10) DEFAULT CONCAT('a', 'b')", "concat('a','b')"),
        ("INT AS (1) VIRTUAL", "NULL"),
        ("INT NOT NULL AUTO_INCREMENT UNIQUE", nil),
    ]

    @Test(arguments: defaults)
    func shownDefault(_ definition: String, _ shown: String?) throws {
        let column = try SchemaTracker.applying("CREATE TABLE t (c \(definition))").column("t", "c")
        #expect(column.defaultValue == shown, "\(definition)")
    }

    static let invalidDefaults = [
        "INT NOT NULL DEFAULT NULL", "INT DEFAULT 'x'", "TINYINT DEFAULT 128", "INT UNSIGNED DEFAULT -1",
        "ENUM('a') DEFAULT 'b'", "ENUM('a','b') DEFAULT 2", "VARCHAR(2) DEFAULT 'abc'", "DATE DEFAULT '2020-02-30'",
        "DATE DEFAULT 1", "DECIMAL(3,1) DEFAULT 100", "INT AUTO_INCREMENT DEFAULT 3 KEY", "INT DEFAULT NULL PRIMARY KEY",
    ]

    @Test(arguments: invalidDefaults)
    func invalidDefaultIsRefused(_ definition: String) throws {
        let tracker = try SchemaTracker.applying()
        #expect(trackerError(tracker, "CREATE TABLE t (c \(definition))")?.serverErrorNumber == 1067, "\(definition)")
    }

    @Test func onUpdateAndExtra() throws {
        let tracker = try SchemaTracker.applying(
            "CREATE TABLE t (a TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) INVISIBLE, "
                + "b INT AS (1) PERSISTENT, c INT NOT NULL AUTO_INCREMENT KEY)")
        #expect(try tracker.column("t", "a").extra == "on update current_timestamp(3), INVISIBLE")
        #expect(try tracker.column("t", "b").extra == "STORED GENERATED")
        #expect(try tracker.column("t", "c").extra == "auto_increment")
        let plain = try SchemaTracker.applying()
        #expect(trackerError(plain, "CREATE TABLE t (a INT ON UPDATE CURRENT_TIMESTAMP)")?.serverErrorNumber == 1294)
    }

    @Test func nullability() throws {
        let tracker = try SchemaTracker.applying(
            // explicit_defaults_for_timestamp = ON: TIMESTAMP is nullable like any type.
            "CREATE TABLE t (a INT NULL, b INT, c TIMESTAMP, d INT AUTO_INCREMENT, e INT DEFAULT 5, PRIMARY KEY (a), KEY (d))",
            "ALTER TABLE t ADD UNIQUE (b)",
            "ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (e)")
        #expect(try !tracker.column("t", "a").isNullable)  // a PRIMARY KEY column stays NOT NULL after the key goes
        #expect(try tracker.column("t", "a").defaultValue == nil)
        #expect(try tracker.column("t", "b").isNullable)
        #expect(try tracker.column("t", "c").isNullable)
        #expect(try !tracker.column("t", "d").isNullable)
        #expect(try !tracker.column("t", "e").isNullable)
        #expect(try tracker.column("t", "e").defaultValue == "5")
    }

    @Test func alterColumnDefaults() throws {
        var tracker = try SchemaTracker.applying("CREATE TABLE t (a INT DEFAULT 3, b INT NOT NULL DEFAULT 4, c INT NOT NULL AUTO_INCREMENT KEY)")
        try tracker.run("ALTER TABLE t ALTER COLUMN a DROP DEFAULT, ALTER COLUMN b DROP DEFAULT")
        #expect(try tracker.column("t", "a").defaultValue == "NULL")
        #expect(try tracker.column("t", "b").defaultValue == nil)
        try tracker.run("ALTER TABLE t ALTER COLUMN a SET DEFAULT '7', ADD COLUMN d INT, ALTER COLUMN d SET DEFAULT 1")
        #expect(try tracker.column("t", "a").defaultValue == "7")
        #expect(try tracker.column("t", "d").defaultValue == "1")
        // Checked, then ignored, on an AUTO_INCREMENT column.
        try tracker.run("ALTER TABLE t ALTER COLUMN c SET DEFAULT 5")
        #expect(try tracker.column("t", "c").defaultValue == nil)
        #expect(trackerError(tracker, "ALTER TABLE t ALTER COLUMN c SET DEFAULT 'x'")?.serverErrorNumber == 1067)
        // ALTER COLUMN does not reach a column this statement changes in place.
        #expect(trackerError(tracker, "ALTER TABLE t MODIFY a BIGINT, ALTER COLUMN a SET DEFAULT 1")?.serverErrorNumber == 1054)
    }

    @Test func invisibleColumnsNeedAValue() throws {
        let tracker = try SchemaTracker.applying("CREATE TABLE t (a INT, b INT INVISIBLE)")
        #expect(trackerError(tracker, "ALTER TABLE t ADD PRIMARY KEY (b)")?.serverErrorNumber == 4108)
        #expect(trackerError(tracker, "CREATE TABLE u (a INT INVISIBLE)")?.serverErrorNumber == 1113)
    }
}
