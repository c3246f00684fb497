-- Statements that are not DDL: transactions, DML, session and administrative commands.
BEGIN
-- ;;
begin work
-- ;;
START TRANSACTION
-- ;;
START TRANSACTION READ ONLY
-- ;;
START TRANSACTION WITH CONSISTENT SNAPSHOT, READ WRITE
-- ;;
COMMIT
-- ;;
COMMIT WORK
-- ;;
COMMIT AND NO CHAIN NO RELEASE
-- ;;
ROLLBACK
-- ;;
ROLLBACK WORK
-- ;;
SAVEPOINT sp1
-- ;;
ROLLBACK TO SAVEPOINT sp1
-- ;;
ROLLBACK WORK TO sp1
-- ;;
RELEASE SAVEPOINT sp1
-- ;;
XA START 'xid1'
-- ;;
XA BEGIN 'xid2', 'branch', 1
-- ;;
XA END 'xid1'
-- ;;
XA PREPARE 'xid1'
-- ;;
XA COMMIT 'xid1'
-- ;;
XA COMMIT 'xid3' ONE PHASE
-- ;;
XA ROLLBACK 'xid1'
-- ;;
XA RECOVER
-- ;;
INSERT INTO t (id, v) VALUES (1, 'a')
-- ;;
INSERT INTO t VALUES (2, 'b'), (3, 'c;d'), (4, 'it''s')
-- ;;
INSERT t SET id = 5, v = 'e'
-- ;;
INSERT IGNORE INTO t (id, v) VALUES (1, 'dup')
-- ;;
INSERT INTO t (id, v) VALUES (1, 'x') ON DUPLICATE KEY UPDATE v = VALUES(v)
-- ;;
INSERT INTO corpus_nd.t (id, v) SELECT id + 100, v FROM t WHERE id < 3
-- ;;
INSERT LOW_PRIORITY INTO `t` (`id`, `v`) VALUES (200, 'CREATE TABLE not_ddl (a INT)')
-- ;;
/* leading comment */ INSERT INTO t (id, v) VALUES (201, 'DROP TABLE t')
-- ;;
REPLACE INTO t (id, v) VALUES (1, 'replaced')
-- ;;
REPLACE t SET id = 6, v = 'f'
-- ;;
UPDATE t SET v = 'updated' WHERE id = 1
-- ;;
UPDATE LOW_PRIORITY IGNORE t SET v = CONCAT(v, '!') ORDER BY id LIMIT 2
-- ;;
UPDATE t JOIN t2 ON t2.id = t.id SET t.v = t2.v, t2.w = 1
-- ;;
DELETE FROM t WHERE id = 6
-- ;;
DELETE LOW_PRIORITY QUICK IGNORE FROM t WHERE v IS NULL ORDER BY id LIMIT 1
-- ;;
DELETE t, t2 FROM t JOIN t2 ON t2.id = t.id WHERE t.id = 999
-- ;;
DELETE FROM t2 USING t2 JOIN t ON t.id = t2.id WHERE t.id = 998
-- ;;
DELETE FROM t WHERE id = 5 RETURNING id, v
-- ;;
SELECT 1
-- ;;
SELECT * FROM t WHERE id IN (SELECT id FROM t2) FOR UPDATE
-- ;;
WITH c AS (SELECT id FROM t) SELECT COUNT(*) FROM c
-- ;;
SET autocommit = 0
-- ;;
SET @a = 1, @b := 'two'
-- ;;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION'
-- ;;
SET @@session.time_zone = '+00:00'
-- ;;
SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci
-- ;;
SET CHARACTER SET utf8mb4
-- ;;
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ
-- ;;
SET foreign_key_checks = 1, unique_checks = 1
-- ;;
/*!40101 SET NAMES utf8mb4 */
-- ;;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */
-- ;;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */
-- ;;
SET TIMESTAMP=1700000000
-- ;;
SET @@session.pseudo_thread_id=5
-- ;;
SET STATEMENT max_statement_time = 10 FOR SELECT 1
-- ;;
GRANT SELECT, INSERT ON corpus_nd.* TO corpus_nd_user@localhost
-- ;;
GRANT ALL PRIVILEGES ON corpus_nd.t TO 'corpus_nd_user'@'localhost' WITH GRANT OPTION
-- ;;
GRANT corpus_nd_role TO corpus_nd_user@localhost
-- ;;
REVOKE INSERT ON corpus_nd.* FROM corpus_nd_user@localhost
-- ;;
REVOKE ALL PRIVILEGES, GRANT OPTION FROM corpus_nd_user@localhost
-- ;;
FLUSH PRIVILEGES
-- ;;
FLUSH TABLES
-- ;;
FLUSH LOCAL TABLES t, t2
-- ;;
FLUSH LOGS
-- ;;
FLUSH STATUS
-- ;;
RESET QUERY CACHE
-- ;;
PURGE BINARY LOGS BEFORE '2000-01-01 00:00:00'
-- ;;
LOCK TABLES t WRITE, t2 READ
-- ;;
UNLOCK TABLES
-- ;;
LOCK TABLE t READ LOCAL
-- ;;
UNLOCK TABLE
-- ;;
USE corpus_nd
-- ;;
USE `corpus_nd`
-- ;;
CALL nd_proc()
-- ;;
CALL nd_proc
-- ;;
DO SLEEP(0)
-- ;;
DO 1 + 1, RELEASE_LOCK('x')
-- ;;
HANDLER t OPEN
-- ;;
HANDLER t READ FIRST
-- ;;
HANDLER t CLOSE
-- ;;
SHOW TABLES
-- ;;
SHOW CREATE TABLE t
-- ;;
EXPLAIN SELECT * FROM t
-- ;;
KILL QUERY 999999999
-- ;;
CHECKSUM TABLE t
-- ;;
LOAD DATA LOCAL INFILE '/nonexistent/file.csv' INTO TABLE t FIELDS TERMINATED BY ','
-- ;;
SELECT 'CREATE TABLE x (a INT)' AS not_ddl
-- ;;
insert into t (id, v) values (300, 'lower case')
