import ReplicationCore
import Testing

/// Column types as MariaDB 10.11's information_schema.COLUMNS shows them (values read from a
/// server, table utf8mb4_general_ci).
@Suite struct SchemaTrackerTypeTests {
    static let types: [(written: String, dataType: String, columnType: String)] = [
        ("INT", "int", "int(11)"),
        ("INTEGER UNSIGNED", "int", "int(10) unsigned"),
        ("INT4", "int", "int(11)"),
        ("TINYINT", "tinyint", "tinyint(4)"),
        ("INT1", "tinyint", "tinyint(4)"),
        ("SMALLINT", "smallint", "smallint(6)"),
        ("MEDIUMINT", "mediumint", "mediumint(9)"),
        ("MIDDLEINT", "mediumint", "mediumint(9)"),
        ("BIGINT", "bigint", "bigint(20)"),
        ("INT8 UNSIGNED", "bigint", "bigint(20) unsigned"),
        ("BOOL", "tinyint", "tinyint(1)"),
        ("BOOLEAN", "tinyint", "tinyint(1)"),
        ("SERIAL", "bigint", "bigint(20) unsigned"),
        ("INTEGER(5) ZEROFILL", "int", "int(5) unsigned zerofill"),
        ("INT(3)", "int", "int(3)"),
        ("DECIMAL", "decimal", "decimal(10,0)"),
        ("DECIMAL(10,2)", "decimal", "decimal(10,2)"),
        ("NUMERIC(5)", "decimal", "decimal(5,0)"),
        ("FIXED(4,1)", "decimal", "decimal(4,1)"),
        ("DEC(3)", "decimal", "decimal(3,0)"),
        ("DECIMAL(10,2) UNSIGNED ZEROFILL", "decimal", "decimal(10,2) unsigned zerofill"),
        ("FLOAT", "float", "float"),
        ("FLOAT(10)", "float", "float"),
        ("FLOAT(30)", "double", "double"),
        ("FLOAT(7,3)", "float", "float(7,3)"),
        ("FLOAT UNSIGNED ZEROFILL", "float", "float unsigned zerofill"),
        ("DOUBLE", "double", "double"),
        ("DOUBLE PRECISION", "double", "double"),
        ("REAL", "double", "double"),
        ("REAL(5,2)", "double", "double(5,2)"),
        ("DOUBLE(10,4)", "double", "double(10,4)"),
        ("DOUBLE UNSIGNED", "double", "double unsigned"),
        ("BIT", "bit", "bit(1)"),
        ("BIT(8)", "bit", "bit(8)"),
        ("CHAR", "char", "char(1)"),
        ("VARCHAR(20)", "varchar", "varchar(20)"),
        ("CHARACTER VARYING(3)", "varchar", "varchar(3)"),
        ("BINARY", "binary", "binary(1)"),
        ("VARBINARY(9)", "varbinary", "varbinary(9)"),
        ("CHAR BYTE", "binary", "binary(1)"),
        ("TINYTEXT", "tinytext", "tinytext"),
        ("TEXT(100)", "text", "text"),
        ("TEXT(50)", "tinytext", "tinytext"),
        ("BLOB(70000)", "mediumblob", "mediumblob"),
        ("LONG", "mediumtext", "mediumtext"),
        ("LONG VARCHAR", "mediumtext", "mediumtext"),
        ("LONG VARBINARY", "mediumblob", "mediumblob"),
        ("ENUM('a','b''x')", "enum", "enum('a','b''x')"),
        ("SET('x','y')", "set", "set('x','y')"),
        ("DATE", "date", "date"),
        ("TIME(0)", "time", "time"),
        ("TIME(3)", "time", "time(3)"),
        ("DATETIME(6)", "datetime", "datetime(6)"),
        ("TIMESTAMP", "timestamp", "timestamp"),
        ("YEAR", "year", "year(4)"),
        ("JSON", "longtext", "longtext"),
        ("GEOMETRY", "geometry", "geometry"),
        ("POINT", "point", "point"),
        ("INET6", "inet6", "inet6"),
        ("UUID", "uuid", "uuid"),
    ]

    @Test(arguments: types)
    func normalisedType(_ row: (written: String, dataType: String, columnType: String)) throws {
        let column = try SchemaTracker.applying("CREATE TABLE t (c \(row.written))").column("t", "c")
        #expect(column.dataType == row.dataType, "\(row.written)")
        #expect(column.columnType == row.columnType, "\(row.written)")
    }

    /// Charset and collation of string columns; nil for binary strings and other types.
    static let charsets: [(written: String, charset: String?, collation: String?)] = [
        ("CHAR(2)", "utf8mb4", "utf8mb4_general_ci"),
        ("INT", nil, nil),
        ("BLOB", nil, nil),
        ("VARBINARY(3)", nil, nil),
        ("JSON", "utf8mb4", "utf8mb4_bin"),
        ("NCHAR(3)", "utf8mb3", "utf8mb3_general_ci"),
        ("NATIONAL VARCHAR(5)", "utf8mb3", "utf8mb3_general_ci"),
        ("CHAR(3) BINARY", "utf8mb4", "utf8mb4_bin"),
        ("VARCHAR(3) CHARACTER SET latin1", "latin1", "latin1_swedish_ci"),
        ("VARCHAR(3) CHARSET ascii BINARY", "ascii", "ascii_bin"),
        ("CHAR(2) ASCII", "latin1", "latin1_swedish_ci"),
        ("CHAR(2) UNICODE", "ucs2", "ucs2_general_ci"),
        ("CHAR(2) COLLATE utf8mb4_unicode_ci", "utf8mb4", "utf8mb4_unicode_ci"),
        ("CHAR(2) COLLATE utf8_bin", "utf8mb3", "utf8mb3_bin"),
        ("CHAR(2) CHARSET utf8", "utf8mb3", "utf8mb3_general_ci"),
        ("ENUM('a') CHARACTER SET binary", "binary", "binary"),
    ]

    @Test(arguments: charsets)
    func characterSet(_ row: (written: String, charset: String?, collation: String?)) throws {
        let column = try SchemaTracker.applying("CREATE TABLE t (c \(row.written))").column("t", "c")
        #expect(column.charset == row.charset, "\(row.written)")
        #expect(column.collation == row.collation, "\(row.written)")
    }

    @Test func binaryCharsetMakesBinaryStrings() throws {
        let tracker = try SchemaTracker.applying(
            "CREATE TABLE t (a CHAR(3) CHARACTER SET binary, b VARCHAR(5) CHARSET binary, c TEXT CHARSET binary)")
        #expect(try tracker.column("t", "a").columnType == "binary(3)")
        #expect(try tracker.column("t", "b").columnType == "varbinary(5)")
        #expect(try tracker.column("t", "c").columnType == "blob")
    }

    @Test func longVarcharBecomesText() throws {
        // What a non-strict server does; a strict one refuses (so it never reaches the binlog).
        let column = try SchemaTracker.applying("CREATE TABLE t (a VARCHAR(20000))").column("t", "a")
        #expect(column.columnType == "mediumtext")
    }

    @Test func serialIsAnAutoIncrementUniqueKey() throws {
        let tracker = try SchemaTracker.applying("CREATE TABLE t (id SERIAL, x INT)")
        let column = try tracker.column("t", "id")
        #expect(!column.isNullable)
        #expect(column.isAutoIncrement)
        #expect(tracker.indexSummary("t") == ["id(id)"])
        #expect(tracker.table(schema: "db", name: "t")?.identityKey?.name == "id")
    }

    @Test func enumMembersLoseTrailingSpacesAndDuplicatesAreRefused() throws {
        let column = try SchemaTracker.applying("CREATE TABLE t (e ENUM('a ', 'b'))").column("t", "e")
        #expect(column.values == ["a", "b"])
        let tracker = try SchemaTracker.applying()
        #expect(trackerError(tracker, "CREATE TABLE t (e ENUM('a', 'A'))")?.serverErrorNumber == 1291)
    }

    @Test func unknownCharsetAndMismatchedCollationAreRefused() throws {
        let tracker = try SchemaTracker.applying()
        #expect(trackerError(tracker, "CREATE TABLE t (a CHAR(1) CHARSET nope)")?.kind == .unknownCharset)
        #expect(trackerError(tracker, "CREATE TABLE t (a CHAR(1) CHARSET latin1 COLLATE utf8mb4_bin)")?.serverErrorNumber == 1253)
        #expect(trackerError(tracker, "CREATE TABLE t (a CHAR(256))")?.serverErrorNumber == 1074)
    }
}
