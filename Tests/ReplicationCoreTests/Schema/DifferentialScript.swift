/// Hand-written DDL for the differential test, aimed at the rules random statements rarely hit:
/// synonyms and display widths, charsets at every level, CONVERT TO, generated and invisible
/// columns, foreign keys and their indexes, key naming and ordering, renames and swaps.
/// `{db}` and `{other}` stand for the two scratch databases.
enum DifferentialScript {
    static let statements: [String] = [
        "CREATE TABLE {db}.types (a INTEGER, b INT UNSIGNED ZEROFILL, c BOOL, d SERIAL, e DEC(7,3), f NUMERIC, "
            + "g FLOAT(30), h FLOAT(7,3), i REAL, j DOUBLE PRECISION, k BIT, l CHAR, m NCHAR(3), n NATIONAL VARCHAR(5), "
            + "o CHARACTER VARYING(7), p LONG VARCHAR, q LONG VARBINARY, r TEXT(100), s BLOB(70000), t JSON, "
            + "u ENUM('x','y ') CHARACTER SET latin1, v SET('p','q') BINARY, w YEAR, x TIME(0), y DATETIME(6), "
            + "z TIMESTAMP(3) NULL, aa INT1, ab INT8 UNSIGNED, ac MIDDLEINT, ad FIXED(4,1), ae CHAR(4) BYTE, ae2 VARCHAR(4) ASCII)",
        "CREATE TABLE {db}.defaults (a INT DEFAULT '12', b DECIMAL(5,2) DEFAULT 1.5, c FLOAT DEFAULT 123456789.123, "
            + "d DOUBLE DEFAULT 1e20, e CHAR(5) DEFAULT 'ab  ', f VARCHAR(5) DEFAULT 7, g ENUM('a','B') DEFAULT 'b', "
            + "h SET('x','y','z') DEFAULT 'z,x', i DATE DEFAULT '2020-1-2', j DATETIME(2) DEFAULT '2020-01-02 03:04:05.678', "
            + "k TIME DEFAULT '10:00', l YEAR DEFAULT 99, m BIT(5) DEFAULT 5, n TEXT DEFAULT 'z', o BLOB DEFAULT 0x41, "
            + "p TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), q BINARY(3) DEFAULT 'a', "
            + "r INT ZEROFILL DEFAULT 42, s TINYINT UNSIGNED DEFAULT 255)",
        "CREATE TABLE {db}.gen (a INT, b INT AS (a + 1) VIRTUAL, c INT AS (a * 2) PERSISTENT, d INT INVISIBLE DEFAULT 3, "
            + "e INT NOT NULL AUTO_INCREMENT, KEY (e))",
        "ALTER TABLE {db}.gen ADD COLUMN f VARCHAR(10) GENERATED ALWAYS AS (CONCAT('x', a)) STORED AFTER a, ADD INDEX (c)",
        "CREATE TABLE {db}.cs1 (a CHAR(2), b CHAR(2) CHARSET utf8mb4, c CHAR(2) COLLATE utf8mb4_unicode_ci, d CHAR(2) BINARY, "
            + "e TEXT, f TINYTEXT, g MEDIUMTEXT, h VARCHAR(100), i ENUM('x')) CHARSET latin1",
        "CREATE TABLE {db}.cs2 LIKE {db}.cs1",
        "ALTER TABLE {db}.cs2 CONVERT TO CHARACTER SET utf8mb4",
        "CREATE TABLE {db}.cs3 LIKE {db}.cs1",
        "ALTER TABLE {db}.cs3 CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
        "ALTER TABLE {db}.cs1 DEFAULT CHARSET utf8, ADD COLUMN j VARCHAR(3), MODIFY a CHAR(3)",
        "ALTER TABLE {db}.cs1 COLLATE latin1_bin",
        "ALTER TABLE {db}.cs1 ADD COLUMN k CHAR(1)",
        "CREATE TABLE {other}.inherit (a VARCHAR(3), b VARCHAR(3) CHARACTER SET utf8mb4)",
        "ALTER DATABASE {other} CHARACTER SET utf8mb4",
        "CREATE TABLE {other}.inherit2 (a VARCHAR(3))",
        "CREATE TABLE {db}.keys1 (a INT, b INT, c TEXT, d VARCHAR(20), e INT NOT NULL, KEY (a), KEY (a), UNIQUE (b), "
            + "UNIQUE KEY (c), UNIQUE KEY (d(5), e), FULLTEXT (d), UNIQUE (e), KEY named (b, a))",
        "ALTER TABLE {db}.keys1 ADD PRIMARY KEY (a, b)",
        "ALTER TABLE {db}.keys1 DROP COLUMN b",
        "ALTER TABLE {db}.keys1 DROP INDEX b_2",
        "ALTER TABLE {db}.keys1 DROP COLUMN b, DROP INDEX named, DROP PRIMARY KEY",
        "ALTER TABLE {db}.keys1 RENAME INDEX a TO first_a, MODIFY d VARCHAR(3)",
        "ALTER TABLE {db}.keys1 CHANGE d dd VARCHAR(30) FIRST, RENAME COLUMN e TO ee",
        "CREATE TABLE {db}.parent (id INT PRIMARY KEY)",
        "CREATE TABLE {db}.child (a INT, b INT, c INT, FOREIGN KEY (a) REFERENCES {db}.parent (id), "
            + "CONSTRAINT fk_b FOREIGN KEY (b) REFERENCES {db}.parent (id), KEY bc (b, c))",
        "ALTER TABLE {db}.child ADD FOREIGN KEY (c) REFERENCES {db}.parent (id), ADD INDEX ca (c, a)",
        "ALTER TABLE {db}.child DROP FOREIGN KEY child_ibfk_1",
        "ALTER TABLE {db}.child DROP COLUMN b",
        "RENAME TABLE {db}.child TO {db}.kid",
        "ALTER TABLE {db}.kid CHANGE a a2 INT",
        "CREATE TABLE {db}.s1 (a INT)",
        "CREATE TABLE {db}.s2 (b INT)",
        "RENAME TABLE {db}.s1 TO {db}.tmp, {db}.s2 TO {db}.s1, {db}.tmp TO {db}.s2",
        "ALTER TABLE {db}.s1 RENAME TO {other}.moved, ADD COLUMN c INT FIRST",
        "DROP TABLE IF EXISTS {db}.nothing, {db}.s2",
        "CREATE TABLE {db}.pkorder (a INT NOT NULL, b INT NOT NULL, c FLOAT NOT NULL, PRIMARY KEY (a), UNIQUE KEY c (c), "
            + "UNIQUE KEY k (a, b))",
        "ALTER TABLE {db}.pkorder MODIFY c FLOAT NULL",
        "ALTER TABLE {db}.pkorder ADD KEY z (b)",
        "CREATE TABLE {db}.nopk (c FLOAT NOT NULL, d INT NOT NULL, a INT NOT NULL, b INT NOT NULL, UNIQUE KEY c (c), "
            + "UNIQUE KEY d (d), UNIQUE KEY k (a, b))",
        "ALTER TABLE {db}.nopk MODIFY c FLOAT NULL",
        "ALTER TABLE {db}.nopk MODIFY d INT NULL",
        "CREATE TABLE {db}.pos (a INT, b INT)",
        "ALTER TABLE {db}.pos ADD c INT AFTER b2, CHANGE b b2 INT",
        "ALTER TABLE {db}.pos MODIFY a BIGINT AFTER c, MODIFY b2 INT FIRST",
        "ALTER TABLE {db}.pos DROP COLUMN a, ADD COLUMN a TEXT FIRST, ALTER COLUMN a SET DEFAULT 'x'",
        "ALTER TABLE {db}.pos ADD COLUMN d INT, MODIFY d BIGINT FIRST",
        "CREATE INDEX ix ON {db}.pos (a(10), c)",
        "CREATE OR REPLACE TABLE {db}.pos (x INT)",
        "TRUNCATE TABLE {db}.pos",
        "DROP INDEX ix ON {db}.pos",
        "ALTER TABLE {db}.pos ADD COLUMN x INT",
        "CREATE TABLE {db}.pos (y INT)",
    ]
}
