-- Other DDL the parser classifies: users, roles, servers, table maintenance.
CREATE TABLE m (id INT PRIMARY KEY, v VARCHAR(10))
-- ;;
CREATE TABLE m2 (id INT PRIMARY KEY) ENGINE=MyISAM
-- ;;
ANALYZE TABLE m
-- ;;
ANALYZE NO_WRITE_TO_BINLOG TABLE m, m2
-- ;;
ANALYZE LOCAL TABLE corpus.m PERSISTENT FOR ALL
-- ;;
ANALYZE TABLE m PERSISTENT FOR COLUMNS (v) INDEXES (`PRIMARY`)
-- ;;
OPTIMIZE TABLE m
-- ;;
OPTIMIZE NO_WRITE_TO_BINLOG TABLE m2
-- ;;
OPTIMIZE LOCAL TABLE m, m2
-- ;;
CHECK TABLE m
-- ;;
CHECK TABLE m, m2 FAST QUICK
-- ;;
CHECK TABLE m2 EXTENDED
-- ;;
CHECK TABLE m FOR UPGRADE
-- ;;
REPAIR TABLE m2
-- ;;
REPAIR NO_WRITE_TO_BINLOG TABLE m2 QUICK
-- ;;
REPAIR LOCAL TABLE m2 EXTENDED USE_FRM
-- ;;
CREATE USER corpus_user1
-- ;;
CREATE USER 'corpus_user2'@'localhost' IDENTIFIED BY 'secret''s'
-- ;;
CREATE USER IF NOT EXISTS `corpus_user3`@`%` IDENTIFIED BY PASSWORD '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29'
-- ;;
CREATE OR REPLACE USER corpus_user1@'127.0.0.1' IDENTIFIED VIA mysql_native_password USING PASSWORD('pw') WITH MAX_QUERIES_PER_HOUR 100
-- ;;
CREATE USER corpus_user4@localhost REQUIRE SSL PASSWORD EXPIRE NEVER ACCOUNT LOCK
-- ;;
ALTER USER corpus_user4@localhost ACCOUNT UNLOCK
-- ;;
ALTER USER IF EXISTS 'corpus_user2'@'localhost' IDENTIFIED BY 'new password'
-- ;;
RENAME USER corpus_user4@localhost TO corpus_user5@localhost
-- ;;
RENAME USER corpus_user5@localhost TO corpus_user4@localhost, 'corpus_user3'@'%' TO 'corpus_user6'@'%'
-- ;;
CREATE ROLE corpus_role
-- ;;
CREATE ROLE IF NOT EXISTS corpus_role2 WITH ADMIN CURRENT_USER
-- ;;
CREATE OR REPLACE ROLE corpus_role
-- ;;
DROP ROLE corpus_role
-- ;;
DROP ROLE IF EXISTS corpus_role, corpus_role2
-- ;;
DROP USER corpus_user1
-- ;;
DROP USER IF EXISTS corpus_user1@'127.0.0.1', 'corpus_user2'@'localhost'
-- ;;
DROP USER corpus_user4@localhost, `corpus_user6`@`%`
-- ;;
CREATE SERVER corpus_srv FOREIGN DATA WRAPPER mysql OPTIONS (HOST '127.0.0.1', DATABASE 'corpus', USER 'nobody', PORT 3306)
-- ;;
ALTER SERVER corpus_srv OPTIONS (USER 'somebody')
-- ;;
CREATE OR REPLACE SERVER corpus_srv FOREIGN DATA WRAPPER mysql OPTIONS (SOCKET '/nonexistent.sock')
-- ;;
DROP SERVER corpus_srv
-- ;;
DROP SERVER IF EXISTS corpus_srv
