import SQLSyntax
import Testing

/// Every form is printed canonically and parses back to the same tree.
@Suite struct StatementRoundTripTests {
    static let databaseCases: [(source: String, printed: String)] = [
        ("CREATE DATABASE d", "CREATE DATABASE `d`"),
        ("create schema if not exists `d``x`", "CREATE DATABASE IF NOT EXISTS `d``x`"),
        (
            "CREATE OR REPLACE DATABASE d DEFAULT CHARSET utf8mb4 COLLATE = utf8mb4_bin",
            "CREATE OR REPLACE DATABASE `d` CHARACTER SET=utf8mb4 COLLATE=utf8mb4_bin"
        ),
        (
            "CREATE DATABASE d CHARACTER SET = 'latin1' DEFAULT ENCRYPTION = 'N' COMMENT 'x'",
            "CREATE DATABASE `d` CHARACTER SET='latin1' ENCRYPTION='N' COMMENT='x'"
        ),
        ("ALTER DATABASE d CHAR SET latin1", "ALTER DATABASE `d` CHARACTER SET=latin1"),
        ("ALTER SCHEMA DEFAULT COLLATE utf8mb4_bin", "ALTER DATABASE COLLATE=utf8mb4_bin"),
        ("ALTER DATABASE d READ ONLY = 1", "ALTER DATABASE `d` READ ONLY=1"),
        ("DROP DATABASE IF EXISTS d;", "DROP DATABASE IF EXISTS `d`"),
        ("DROP SCHEMA d", "DROP DATABASE `d`"),
    ]

    @Test(arguments: databaseCases)
    func databases(source: String, printed: String) throws {
        #expect(reprinted(source) == printed)
        #expect(try roundTrips(source))
    }

    static let tableCases: [(source: String, printed: String)] = [
        ("CREATE TABLE t (a INT)", "CREATE TABLE `t` (`a` INT)"),
        (
            "create temporary table if not exists db.t (a int(11) unsigned zerofill not null auto_increment primary key)",
            "CREATE TEMPORARY TABLE IF NOT EXISTS `db`.`t` (`a` INT(11) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT PRIMARY KEY)"
        ),
        (
            "CREATE OR REPLACE TABLE t (a INT KEY, b INT UNIQUE KEY, c INT SIGNED NULL)",
            "CREATE OR REPLACE TABLE `t` (`a` INT PRIMARY KEY, `b` INT UNIQUE, `c` INT SIGNED NULL)"
        ),
        ("CREATE TABLE t LIKE db.s", "CREATE TABLE `t` LIKE `db`.`s`"),
        ("CREATE TABLE t (LIKE s)", "CREATE TABLE `t` LIKE `s`"),
        ("CREATE TABLE t (a INT) IGNORE SELECT * FROM s", "CREATE TABLE `t` (`a` INT) IGNORE SELECT * FROM s"),
        ("CREATE TABLE t AS   SELECT 1  AS a", "CREATE TABLE `t` AS SELECT 1 AS a"),
        ("CREATE TABLE t SELECT 1", "CREATE TABLE `t` SELECT 1"),
        ("CREATE TABLE t (SELECT 1)", "CREATE TABLE `t` (SELECT 1)"),
        (
            "CREATE TABLE t ENGINE=MyISAM REPLACE AS WITH c AS (SELECT 1) SELECT * FROM c",
            "CREATE TABLE `t` ENGINE=MyISAM REPLACE AS WITH c AS (SELECT 1) SELECT * FROM c"
        ),
        (
            "CREATE TABLE t (a INT) ENGINE InnoDB, DEFAULT CHARSET latin1, AUTO_INCREMENT = 5 COMMENT 'x' ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8",
            "CREATE TABLE `t` (`a` INT) ENGINE=InnoDB CHARACTER SET=latin1 AUTO_INCREMENT=5 COMMENT='x' ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8"
        ),
        (
            "CREATE TABLE t (a INT) STATS_PERSISTENT=DEFAULT PAGE_COMPRESSED=1 `my_option`='v' ENCRYPTION='Y'",
            "CREATE TABLE `t` (`a` INT) STATS_PERSISTENT=DEFAULT PAGE_COMPRESSED=1 MY_OPTION='v' ENCRYPTION='Y'"
        ),
        (
            "CREATE TABLE t (a INT) ENGINE=MERGE UNION=(a, db.b) INSERT_METHOD=LAST",
            "CREATE TABLE `t` (`a` INT) ENGINE=MERGE UNION=(`a`,`db`.`b`) INSERT_METHOD=LAST"
        ),
        (
            "CREATE TABLE t (a INT) DATA DIRECTORY = '/d' INDEX DIRECTORY '/i' TABLESPACE ts STORAGE DISK",
            "CREATE TABLE `t` (`a` INT) DATA DIRECTORY='/d' INDEX DIRECTORY='/i' TABLESPACE=ts STORAGE DISK"
        ),
        ("CREATE TABLE t (a INT) WITH SYSTEM VERSIONING", "CREATE TABLE `t` (`a` INT) WITH SYSTEM VERSIONING"),
        ("CREATE TABLE t (a INT) START TRANSACTION", "CREATE TABLE `t` (`a` INT) START TRANSACTION"),
        (
            "CREATE TABLE t (id INT) PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (10), PARTITION p1 VALUES LESS THAN MAXVALUE)",
            "CREATE TABLE `t` (`id` INT) PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (10), PARTITION p1 VALUES LESS THAN MAXVALUE)"
        ),
        (
            "CREATE TABLE t (id INT) /*!50100 PARTITION BY HASH (id)\n  PARTITIONS 4 */",
            "CREATE TABLE `t` (`id` INT) PARTITION BY HASH (id) PARTITIONS 4"
        ),
        (
            "CREATE TABLE t (id INT) PARTITION BY KEY (id) PARTITIONS 2 AS SELECT 1 AS id",
            "CREATE TABLE `t` (`id` INT) PARTITION BY KEY (id) PARTITIONS 2 AS SELECT 1 AS id"
        ),
    ]

    @Test(arguments: tableCases)
    func tables(source: String, printed: String) throws {
        #expect(reprinted(source) == printed)
        #expect(try roundTrips(source))
    }

    static let typeCases: [(source: String, printed: String)] = [
        ("TINYINT(1)", "TINYINT(1)"), ("smallint unsigned", "SMALLINT UNSIGNED"), ("MEDIUMINT ZEROFILL", "MEDIUMINT ZEROFILL"),
        ("integer", "INTEGER"), ("BIGINT(20) UNSIGNED ZEROFILL", "BIGINT(20) UNSIGNED ZEROFILL"), ("INT8", "INT8"),
        ("BIT", "BIT"), ("BIT(64)", "BIT(64)"), ("BOOL", "BOOL"), ("BOOLEAN", "BOOLEAN"), ("SERIAL", "SERIAL"),
        ("DECIMAL(10,2)", "DECIMAL(10,2)"), ("NUMERIC(5)", "NUMERIC(5)"), ("DEC", "DEC"), ("FIXED(4, 1) UNSIGNED", "FIXED(4,1) UNSIGNED"),
        ("FLOAT", "FLOAT"), ("FLOAT(7,4)", "FLOAT(7,4)"), ("FLOAT(53)", "FLOAT(53)"), ("DOUBLE(10,2)", "DOUBLE(10,2)"),
        ("double precision", "DOUBLE PRECISION"), ("REAL UNSIGNED", "REAL UNSIGNED"),
        ("DATE", "DATE"), ("TIME(3)", "TIME(3)"), ("DATETIME(6)", "DATETIME(6)"), ("TIMESTAMP", "TIMESTAMP"), ("YEAR(4)", "YEAR(4)"),
        ("CHAR", "CHAR"), ("CHAR(10) BINARY", "CHAR(10) BINARY"), ("CHARACTER(3)", "CHARACTER(3)"),
        ("VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", "VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"),
        ("VARCHAR(10) CHARSET latin1 BINARY", "VARCHAR(10) CHARACTER SET latin1 BINARY"),
        ("CHARACTER VARYING(20)", "CHARACTER VARYING(20)"), ("CHAR VARYING(2)", "CHAR VARYING(2)"), ("VARCHARACTER(2)", "VARCHARACTER(2)"),
        ("NCHAR(10)", "NCHAR(10)"), ("NVARCHAR(10)", "NVARCHAR(10)"), ("NATIONAL CHAR(10)", "NATIONAL CHAR(10)"),
        ("NATIONAL CHARACTER VARYING(10)", "NATIONAL CHARACTER VARYING(10)"), ("NATIONAL VARCHAR(10)", "NATIONAL VARCHAR(10)"),
        ("NCHAR VARCHAR(10)", "NCHAR VARCHAR(10)"), ("NCHAR VARYING(10)", "NCHAR VARYING(10)"),
        ("CHAR(10) ASCII", "CHAR(10) CHARACTER SET latin1"), ("TEXT UNICODE", "TEXT CHARACTER SET ucs2"),
        ("CHAR(1) BYTE", "CHAR(1) CHARACTER SET binary"),
        ("BINARY(16)", "BINARY(16)"), ("VARBINARY(255)", "VARBINARY(255)"),
        ("TINYTEXT", "TINYTEXT"), ("TEXT(1000)", "TEXT(1000)"), ("MEDIUMTEXT COLLATE utf8mb4_bin", "MEDIUMTEXT COLLATE utf8mb4_bin"),
        ("LONGTEXT", "LONGTEXT"),
        ("TINYBLOB", "TINYBLOB"), ("BLOB(10)", "BLOB(10)"), ("MEDIUMBLOB", "MEDIUMBLOB"), ("LONGBLOB", "LONGBLOB"),
        ("LONG", "LONG"), ("LONG VARCHAR", "LONG VARCHAR"), ("LONG VARBINARY", "LONG VARBINARY"),
        ("LONG CHAR VARYING", "LONG CHAR VARYING"),
        ("ENUM('a','b''c','d\\\\e')", "ENUM('a','b''c','d\\\\e')"),
        ("SET('x', 'y') CHARACTER SET latin1", "SET('x','y') CHARACTER SET latin1"),
        ("JSON", "JSON"), ("GEOMETRY", "GEOMETRY"), ("POINT", "POINT"), ("LINESTRING", "LINESTRING"), ("POLYGON", "POLYGON"),
        ("MULTIPOINT", "MULTIPOINT"), ("MULTILINESTRING", "MULTILINESTRING"), ("MULTIPOLYGON", "MULTIPOLYGON"),
        ("GEOMETRYCOLLECTION", "GEOMETRYCOLLECTION"), ("GEOMCOLLECTION", "GEOMCOLLECTION"),
        ("INET4", "INET4"), ("INET6", "INET6"), ("UUID", "UUID"), ("VECTOR(3)", "VECTOR(3)"),
    ]

    @Test(arguments: typeCases)
    func dataTypes(source: String, printed: String) throws {
        #expect(reprinted("CREATE TABLE t (c \(source))") == "CREATE TABLE `t` (`c` \(printed))")
        #expect(try roundTrips("CREATE TABLE t (c \(source))"))
    }

    static let attributeCases: [(source: String, printed: String)] = [
        ("NOT NULL DEFAULT '' COMMENT 'it''s'", "NOT NULL DEFAULT '' COMMENT 'it''s'"),
        ("DEFAULT NULL", "DEFAULT NULL"), ("DEFAULT -1", "DEFAULT -1"), ("DEFAULT +1.5", "DEFAULT +1.5"), ("DEFAULT b'1'", "DEFAULT b'1'"),
        ("DEFAULT 0x0A", "DEFAULT X'0A'"), ("DEFAULT TRUE", "DEFAULT TRUE"), ("DEFAULT _utf8mb4'x'", "DEFAULT _utf8mb4'x'"),
        ("DEFAULT _binary X'FF00'", "DEFAULT _binary X'FF00'"), ("DEFAULT 'a\\'b\\\\c\\n'", "DEFAULT 'a''b\\\\c\\n'"),
        ("DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP", "DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
        ("DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)", "DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)"),
        ("DEFAULT now() ON UPDATE now()", "DEFAULT NOW() ON UPDATE NOW()"), ("DEFAULT (now())", "DEFAULT NOW()"),
        ("DEFAULT (uuid())", "DEFAULT (UUID())"), ("DEFAULT uuid()", "DEFAULT (UUID())"), ("DEFAULT (a + 1)", "DEFAULT (`a` + 1)"),
        ("DEFAULT (CURRENT_DATE)", "DEFAULT (CURRENT_DATE)"), ("DEFAULT DATE '2020-01-01'", "DEFAULT DATE '2020-01-01'"),
        ("AUTO_INCREMENT UNIQUE", "AUTO_INCREMENT UNIQUE"), ("PRIMARY KEY", "PRIMARY KEY"), ("KEY", "PRIMARY KEY"),
        ("COLLATE utf8mb4_bin", "COLLATE utf8mb4_bin"), ("NOT NULL CHARACTER SET latin1", "NOT NULL CHARACTER SET latin1"),
        ("COLUMN_FORMAT dynamic STORAGE memory", "COLUMN_FORMAT DYNAMIC STORAGE MEMORY"),
        ("GENERATED ALWAYS AS (a + 1) VIRTUAL", "GENERATED ALWAYS AS (`a` + 1) VIRTUAL"),
        ("AS (a + 1)", "GENERATED ALWAYS AS (`a` + 1) VIRTUAL"),
        ("AS (a) STORED NOT NULL", "GENERATED ALWAYS AS (`a`) STORED NOT NULL"), ("AS (a) PERSISTENT", "GENERATED ALWAYS AS (`a`) STORED"),
        ("INVISIBLE", "INVISIBLE"), ("VISIBLE", "VISIBLE"),
        ("CHECK (c > 0)", "CHECK (`c` > 0)"), ("CONSTRAINT ck CHECK (c > 0) NOT ENFORCED", "CONSTRAINT `ck` CHECK (`c` > 0) NOT ENFORCED"),
        ("CONSTRAINT CHECK (c > 0) ENFORCED", "CHECK (`c` > 0) ENFORCED"),
        ("REFERENCES p (id) ON DELETE CASCADE", "REFERENCES `p` (`id`) ON DELETE CASCADE"),
        (
            "REFERENCES db.p MATCH FULL ON UPDATE SET NULL ON DELETE NO ACTION",
            "REFERENCES `db`.`p` MATCH FULL ON UPDATE SET NULL ON DELETE NO ACTION"
        ),
        ("SRID 4326", "SRID 4326"), ("COMPRESSED", "COMPRESSED"), ("COMPRESSED=zlib", "COMPRESSED"),
        ("SERIAL DEFAULT VALUE", "SERIAL DEFAULT VALUE"), ("WITHOUT SYSTEM VERSIONING", "WITHOUT SYSTEM VERSIONING"),
        ("ENGINE_ATTRIBUTE = '{}'", "ENGINE_ATTRIBUTE = '{}'"), ("NOT SECONDARY", "NOT SECONDARY"),
    ]

    @Test(arguments: attributeCases)
    func columnAttributes(source: String, printed: String) throws {
        #expect(reprinted("CREATE TABLE t (c INT \(source))") == "CREATE TABLE `t` (`c` INT \(printed))")
        #expect(try roundTrips("CREATE TABLE t (c INT \(source))"))
    }

    static let constraintCases: [(source: String, printed: String)] = [
        ("PRIMARY KEY (a)", "PRIMARY KEY (`a`)"),
        ("CONSTRAINT pk PRIMARY KEY USING BTREE (a, b)", "CONSTRAINT `pk` PRIMARY KEY (`a`, `b`) USING BTREE"),
        ("UNIQUE (a)", "UNIQUE KEY (`a`)"), ("UNIQUE INDEX u (a(10) DESC, b ASC)", "UNIQUE KEY `u` (`a`(10) DESC, `b` ASC)"),
        ("CONSTRAINT c UNIQUE KEY u (a) USING HASH", "CONSTRAINT `c` UNIQUE KEY `u` (`a`) USING HASH"),
        ("KEY (a)", "KEY (`a`)"),
        (
            "INDEX i USING BTREE (a) KEY_BLOCK_SIZE = 8 COMMENT 'x' INVISIBLE",
            "KEY `i` (`a`) USING BTREE KEY_BLOCK_SIZE=8 COMMENT 'x' INVISIBLE"
        ),
        ("KEY k TYPE HASH (a)", "KEY `k` (`a`) USING HASH"), ("KEY ((a + 1), (lower(b)) DESC)", "KEY ((`a` + 1), (LOWER(`b`)) DESC)"),
        ("KEY i (a) IGNORED", "KEY `i` (`a`) IGNORED"), ("KEY i (a) NOT IGNORED", "KEY `i` (`a`) NOT IGNORED"),
        ("FULLTEXT (a)", "FULLTEXT KEY (`a`)"),
        ("FULLTEXT INDEX f (a, b) WITH PARSER ngram", "FULLTEXT KEY `f` (`a`, `b`) WITH PARSER ngram"),
        ("SPATIAL KEY s (g)", "SPATIAL KEY `s` (`g`)"),
        ("FOREIGN KEY (a) REFERENCES p (id)", "FOREIGN KEY (`a`) REFERENCES `p` (`id`)"),
        (
            "CONSTRAINT fk FOREIGN KEY fki (a, b) REFERENCES db.p (x, y) ON DELETE SET DEFAULT ON UPDATE RESTRICT",
            "CONSTRAINT `fk` FOREIGN KEY `fki` (`a`, `b`) REFERENCES `db`.`p` (`x`, `y`) ON DELETE SET DEFAULT ON UPDATE RESTRICT"
        ),
        ("CHECK (a > 0)", "CHECK (`a` > 0)"),
        ("CONSTRAINT ck CHECK (a IN (1, 2)) NOT ENFORCED", "CONSTRAINT `ck` CHECK (`a` IN (1, 2)) NOT ENFORCED"),
        ("CONSTRAINT CHECK (a > 0)", "CHECK (`a` > 0)"),
    ]

    @Test(arguments: constraintCases)
    func constraints(source: String, printed: String) throws {
        #expect(reprinted("CREATE TABLE t (a INT, \(source))") == "CREATE TABLE `t` (`a` INT, \(printed))")
        #expect(try roundTrips("CREATE TABLE t (a INT, \(source))"))
    }

    static let otherTableStatementCases: [(source: String, printed: String)] = [
        ("DROP TABLE t", "DROP TABLE `t`"),
        ("drop temporary tables if exists a, db.b restrict", "DROP TEMPORARY TABLE IF EXISTS `a`, `db`.`b` restrict"),
        ("DROP TABLE a WAIT 5", "DROP TABLE `a` WAIT 5"),
        ("RENAME TABLE a TO b, db.c TO `d`", "RENAME TABLE `a` TO `b`, `db`.`c` TO `d`"),
        ("RENAME TABLES IF EXISTS a TO b", "RENAME TABLE IF EXISTS `a` TO `b`"),
        ("TRUNCATE t", "TRUNCATE TABLE `t`"), ("TRUNCATE TABLE db.t", "TRUNCATE TABLE `db`.`t`"),
        ("CREATE INDEX i ON t (a)", "CREATE INDEX `i` ON `t` (`a`)"),
        (
            "CREATE UNIQUE INDEX i USING HASH ON db.t (a(5), b DESC) COMMENT 'x' ALGORITHM = INPLACE LOCK NONE",
            "CREATE UNIQUE INDEX `i` ON `db`.`t` (`a`(5), `b` DESC) USING HASH COMMENT 'x' ALGORITHM=INPLACE LOCK=NONE"
        ),
        (
            "CREATE OR REPLACE FULLTEXT INDEX IF NOT EXISTS f ON t (a) WITH PARSER ngram",
            "CREATE OR REPLACE FULLTEXT INDEX IF NOT EXISTS `f` ON `t` (`a`) WITH PARSER ngram"
        ),
        ("CREATE SPATIAL INDEX s ON t (g)", "CREATE SPATIAL INDEX `s` ON `t` (`g`)"),
        ("CREATE ONLINE INDEX i ON t ((a + 1))", "CREATE INDEX `i` ON `t` ((`a` + 1))"),
        ("DROP INDEX i ON t", "DROP INDEX `i` ON `t`"),
        (
            "DROP INDEX IF EXISTS `PRIMARY` ON db.t ALGORITHM=COPY LOCK=SHARED",
            "DROP INDEX IF EXISTS `PRIMARY` ON `db`.`t` ALGORITHM=COPY LOCK=SHARED"
        ),
    ]

    @Test(arguments: otherTableStatementCases)
    func otherTableStatements(source: String, printed: String) throws {
        #expect(reprinted(source) == printed)
        #expect(try roundTrips(source))
    }

    @Test func stringsPrintForEitherBackslashMode() throws {
        let source = #"CREATE TABLE t (a VARCHAR(5) DEFAULT 'a\\b''c' COMMENT 'x\\y')"#
        #expect(reprinted(source) == #"CREATE TABLE `t` (`a` VARCHAR(5) DEFAULT 'a\\b''c' COMMENT 'x\\y')"#)
        let plain = SQLPrinter.print(try statement(source), options: PrintOptions(noBackslashEscapes: true))
        #expect(plain == #"CREATE TABLE `t` (`a` VARCHAR(5) DEFAULT 'a\b''c' COMMENT 'x\y')"#)
        #expect(try roundTrips(source, print: PrintOptions(noBackslashEscapes: true)))
        let raw = try statement(#"CREATE TABLE t (a INT COMMENT 'x\y')"#, options: SQLLexerOptions(noBackslashEscapes: true))
        #expect(SQLPrinter.print(raw) == #"CREATE TABLE `t` (`a` INT COMMENT 'x\\y')"#)
    }

    @Test func ansiQuotedNamesPrintBackquoted() throws {
        let parsed = try statement(#"CREATE TABLE "db"."t" ("a" INT COMMENT 'c')"#, options: SQLLexerOptions(ansiQuotes: true))
        #expect(SQLPrinter.print(parsed) == "CREATE TABLE `db`.`t` (`a` INT COMMENT 'c')")
    }

    @Test func nonDDLPrintsItsClassifyingKeywords() throws {
        for kind in NonDDLKind.allCases {
            let printed = SQLPrinter.print(.nonDDL(kind))
            #expect(try statement(printed) == .nonDDL(kind), "\(kind): \(printed)")
        }
    }
}
