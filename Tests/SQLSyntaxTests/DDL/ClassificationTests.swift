import SQLSyntax
import Testing

/// Statements that are not modelled: other DDL with its objects, and non-DDL kinds.
@Suite struct ClassificationTests {
    static let nonDDLCases: [(source: String, kind: NonDDLKind)] = [
        ("BEGIN", .begin), ("begin work", .begin), ("START TRANSACTION READ ONLY", .begin), ("XA START 'x'", .xa), ("XA COMMIT 'x'", .xa),
        ("COMMIT", .commit), ("COMMIT WORK AND NO CHAIN", .commit), ("ROLLBACK", .rollback), ("ROLLBACK TO SAVEPOINT s", .rollback),
        ("SAVEPOINT s", .savepoint), ("RELEASE SAVEPOINT s", .releaseSavepoint),
        ("INSERT INTO t VALUES (1)", .insert), ("insert ignore into t select * from s", .insert), ("REPLACE INTO t VALUES (1)", .replace),
        ("UPDATE t SET a = 1", .update), ("DELETE FROM t", .delete), ("LOAD DATA LOCAL INFILE 'f' INTO TABLE t", .loadData),
        ("LOAD XML INFILE 'f' INTO TABLE t", .loadData), ("LOAD INDEX INTO CACHE t", .other),
        ("SELECT 1", .select), ("(SELECT 1) UNION (SELECT 2)", .select), ("TABLE t", .select), ("VALUES ROW(1)", .select),
        ("WITH c AS (SELECT 1) SELECT * FROM c", .select),
        ("WITH RECURSIVE c (n) AS (SELECT 1), d AS (SELECT 2) UPDATE t SET a = 1", .update),
        ("WITH c AS (SELECT 1) DELETE FROM t", .delete),
        ("SET NAMES utf8mb4", .set), ("SET @@session.sql_mode = ''", .set), ("SET PASSWORD = 'x'", .set),
        ("GRANT SELECT ON d.* TO u", .grant), ("REVOKE ALL ON *.* FROM u", .revoke),
        ("FLUSH PRIVILEGES", .flush), ("RESET MASTER", .reset), ("PURGE BINARY LOGS BEFORE NOW()", .purge),
        ("LOCK TABLES t READ", .lockTables), ("LOCK TABLE t WRITE", .lockTables), ("LOCK INSTANCE FOR BACKUP", .other),
        ("UNLOCK TABLES", .unlockTables), ("UNLOCK INSTANCE", .other), ("USE d", .use), ("CALL p(1)", .call), ("DO SLEEP(1)", .do),
        ("HANDLER t OPEN", .handler), ("SHOW TABLES", .other), ("EXPLAIN SELECT 1", .other), ("KILL 5", .other),
        ("BEGIN NOT ATOMIC SELECT 1; END", .other), ("START SLAVE", .other), ("CHECKSUM TABLE t", .other), ("ANALYZE SELECT 1", .other),
        ("DROP PREPARE s", .other), ("CREATE SPATIAL REFERENCE SYSTEM 1 NAME 'x'", .other),
        ("ALTER INSTANCE ROTATE INNODB MASTER KEY", .other),
        ("", .other), ("-- only a comment", .other), ("# Dummy event replacing event type 160", .other),
        ("/* leading */ INSERT INTO t VALUES (1)", .insert), ("/*!40101 SET NAMES utf8 */", .set), ("\n\n  -- c\n  COMMIT;", .commit),
        ("INSERT INTO t VALUES ('unterminated", .insert),
    ]

    @Test(arguments: nonDDLCases)
    func nonDDL(source: String, kind: NonDDLKind) throws {
        #expect(try statement(source) == .nonDDL(kind))
    }

    static let otherDDLCases: [(source: String, kind: OtherDDL.Kind, objects: [SQLTableName])] = [
        ("CREATE VIEW v AS SELECT 1", .createView, [SQLTableName(name: "v")]),
        (
            "CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`root`@`localhost` SQL SECURITY INVOKER VIEW d.v (a) AS SELECT 1", .createView,
            [SQLTableName(schema: "d", name: "v")]
        ),
        ("CREATE DEFINER = 'u'@'%' VIEW IF NOT EXISTS v AS SELECT 1", .createView, [SQLTableName(name: "v")]),
        (
            "/*!50001 CREATE ALGORITHM=UNDEFINED */ /*!50013 DEFINER=`root`@`%` SQL SECURITY DEFINER */ /*!50001 VIEW `v` AS select 1 AS `1` */",
            .createView, [SQLTableName(name: "v")]
        ),
        ("ALTER DEFINER=CURRENT_USER() VIEW v AS SELECT 2", .alterView, [SQLTableName(name: "v")]),
        ("DROP VIEW IF EXISTS a, d.b CASCADE", .dropView, [SQLTableName(name: "a"), SQLTableName(schema: "d", name: "b")]),
        (
            "CREATE DEFINER=root@localhost TRIGGER tr BEFORE UPDATE ON d.t FOR EACH ROW SET NEW.a = 1", .createTrigger,
            [SQLTableName(name: "tr"), SQLTableName(schema: "d", name: "t")]
        ),
        (
            "CREATE OR REPLACE TRIGGER IF NOT EXISTS d.tr AFTER INSERT ON t FOR EACH ROW FOLLOWS x DELETE FROM y", .createTrigger,
            [SQLTableName(schema: "d", name: "tr"), SQLTableName(name: "t")]
        ),
        ("DROP TRIGGER IF EXISTS d.tr", .dropTrigger, [SQLTableName(schema: "d", name: "tr")]),
        ("CREATE PROCEDURE d.p(IN a INT) BEGIN SELECT a; END", .createProcedure, [SQLTableName(schema: "d", name: "p")]),
        ("ALTER PROCEDURE p COMMENT 'x'", .alterProcedure, [SQLTableName(name: "p")]),
        ("DROP PROCEDURE IF EXISTS p", .dropProcedure, [SQLTableName(name: "p")]),
        ("CREATE DEFINER=`u`@`h` FUNCTION f(a INT) RETURNS INT DETERMINISTIC RETURN a", .createFunction, [SQLTableName(name: "f")]),
        ("CREATE AGGREGATE FUNCTION IF NOT EXISTS u RETURNS STRING SONAME 'u.so'", .createFunction, [SQLTableName(name: "u")]),
        ("ALTER FUNCTION f SQL SECURITY INVOKER", .alterFunction, [SQLTableName(name: "f")]),
        ("DROP FUNCTION f", .dropFunction, [SQLTableName(name: "f")]),
        ("CREATE EVENT IF NOT EXISTS e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t", .createEvent, [SQLTableName(name: "e")]),
        (
            "ALTER EVENT e ON COMPLETION PRESERVE RENAME TO d.e2 DO SELECT 1", .alterEvent,
            [SQLTableName(name: "e"), SQLTableName(schema: "d", name: "e2")]
        ),
        ("ALTER EVENT e DISABLE", .alterEvent, [SQLTableName(name: "e")]),
        ("DROP EVENT IF EXISTS e", .dropEvent, [SQLTableName(name: "e")]),
        ("CREATE TEMPORARY SEQUENCE IF NOT EXISTS s START WITH 10", .createSequence, [SQLTableName(name: "s")]),
        ("ALTER SEQUENCE IF EXISTS s RESTART 1", .alterSequence, [SQLTableName(name: "s")]),
        ("DROP TEMPORARY SEQUENCE IF EXISTS a, b", .dropSequence, [SQLTableName(name: "a"), SQLTableName(name: "b")]),
        ("CREATE USER IF NOT EXISTS 'u'@'%' IDENTIFIED BY 'p'", .createUser, []),
        ("ALTER USER u ACCOUNT LOCK", .alterUser, []), ("DROP USER u", .dropUser, []), ("RENAME USER a TO b", .renameUser, []),
        ("CREATE ROLE r", .createRole, []), ("DROP ROLE r", .dropRole, []),
        ("CREATE SERVER s FOREIGN DATA WRAPPER mysql OPTIONS (USER 'x')", .createServer, []),
        ("ALTER SERVER s OPTIONS (USER 'y')", .alterServer, []), ("DROP SERVER s", .dropServer, []),
        ("CREATE TABLESPACE ts ADD DATAFILE 'ts.ibd'", .createTablespace, []),
        ("CREATE UNDO TABLESPACE u ADD DATAFILE 'u.ibu'", .createTablespace, []),
        ("ALTER TABLESPACE ts RENAME TO t2", .alterTablespace, []), ("DROP TABLESPACE ts", .dropTablespace, []),
        ("CREATE LOGFILE GROUP g ADD UNDOFILE 'u'", .createLogfileGroup, []), ("DROP LOGFILE GROUP g ENGINE=NDB", .dropLogfileGroup, []),
        ("ANALYZE TABLE a, d.b", .analyzeTable, [SQLTableName(name: "a"), SQLTableName(schema: "d", name: "b")]),
        ("ANALYZE NO_WRITE_TO_BINLOG TABLE a UPDATE HISTOGRAM ON c", .analyzeTable, [SQLTableName(name: "a")]),
        ("OPTIMIZE LOCAL TABLE a", .optimizeTable, [SQLTableName(name: "a")]),
        ("REPAIR TABLE a QUICK", .repairTable, [SQLTableName(name: "a")]),
        ("CHECK TABLE a, b FAST", .checkTable, [SQLTableName(name: "a"), SQLTableName(name: "b")]),
    ]

    @Test(arguments: otherDDLCases)
    func otherDDL(source: String, kind: OtherDDL.Kind, objects: [SQLTableName]) throws {
        #expect(try statement(source) == .otherDDL(OtherDDL(kind: kind, objects: objects, text: source)))
        #expect(reprinted(source) == source)
    }

    @Test func otherDDLTextIsTrimmed() throws {
        guard case .otherDDL(let other) = try statement("  \n CREATE VIEW v AS SELECT 1 ; \n") else {
            Issue.record("not other DDL")
            return
        }
        #expect(other.text == "CREATE VIEW v AS SELECT 1")
    }

    @Test func bodiesAreNotParsed() throws {
        // A routine body the lexer cannot finish does not matter once the name is read.
        guard case .otherDDL(let other) = try statement("CREATE PROCEDURE p() BEGIN SELECT 'x; END") else {
            Issue.record("not other DDL")
            return
        }
        #expect(other.kind == .createProcedure)
        #expect(other.objects == [SQLTableName(name: "p")])
    }
}
