-- Odd identifiers, odd strings, comments of every kind, versioned comments, odd case and spacing.
CREATE DATABASE `q db`
-- ;;
CREATE DATABASE `q.dotted`
-- ;;
CREATE TABLE `table with spaces` (`column with spaces` INT, `another one` VARCHAR(10))
-- ;;
CREATE TABLE `back``tick` (`col``umn` INT, ```leading` INT, `trailing``` INT)
-- ;;
CREATE TABLE `日本語テーブル` (`列` INT, `ünïcödé` VARCHAR(10), `Ωμέγα` INT)
-- ;;
CREATE TABLE café (naïve INT, größe VARCHAR(5))
-- ;;
CREATE TABLE `select` (`from` INT, `where` INT, `order` INT, `group` INT, `key` INT, `index` INT, `table` INT)
-- ;;
CREATE TABLE `dotted.name` (`a.b` INT, `c.d.e` INT)
-- ;;
CREATE TABLE `q.dotted`.`t.inner` (`x.y` INT)
-- ;;
CREATE TABLE `q db`.`t t` (`c c` INT PRIMARY KEY)
-- ;;
CREATE TABLE 1st_table (1st_col INT, 2nd_col INT, 3e_col INT)
-- ;;
CREATE TABLE `123` (`456` INT, `7e8` INT)
-- ;;
CREATE TABLE $dollar (a$ INT, _under INT, $ INT)
-- ;;
CREATE TABLE keywords_as_names (
  date DATE,
  text TEXT,
  status INT,
  comment VARCHAR(10),
  timestamp TIMESTAMP NULL,
  year INT,
  action VARCHAR(5),
  engine INT,
  data BLOB,
  value INT,
  name VARCHAR(5),
  type INT,
  level INT,
  position INT,
  `desc` INT,
  `interval` INT
)
-- ;;
CREATE TABLE `a\b` (`c\d` INT)
-- ;;
CREATE TABLE `quote'single` (`quote"double` INT)
-- ;;
CREATE TABLE `UPPER_lower_MiXeD` (`MiXeD` INT)
-- ;;
CREATE TABLE ` leading space` (`  two leading` INT)
-- ;;
CREATE TABLE `semi;colon` (`comma,col` INT, `paren)col` INT)
-- ;;
CREATE TABLE strings (
  a VARCHAR(50) DEFAULT 'single ''doubled'' quotes',
  b VARCHAR(50) DEFAULT 'backslash \'escaped\' quotes',
  c VARCHAR(50) DEFAULT "double ""doubled"" quotes",
  d VARCHAR(50) DEFAULT "double \"escaped\" quotes",
  e VARCHAR(50) DEFAULT 'mixed "inner" quotes',
  f VARCHAR(50) DEFAULT "mixed 'inner' quotes",
  g VARCHAR(50) DEFAULT 'escapes: \n \t \r \0 \Z \\ \% \_ \b',
  h VARCHAR(50) DEFAULT 'not an escape: \q \w',
  i VARCHAR(50) DEFAULT '-- not a comment',
  j VARCHAR(50) DEFAULT '/* not a comment */',
  k VARCHAR(50) DEFAULT '# not a comment',
  l VARCHAR(50) DEFAULT '`not an identifier`',
  m VARCHAR(50) DEFAULT 'semicolon; inside',
  n VARCHAR(50) DEFAULT ''''
)
-- ;;
CREATE TABLE strings_comments (
  a INT COMMENT 'comment with ''quotes'' and \"escapes\"',
  b INT COMMENT "comment in double quotes with 'single' inside",
  c INT COMMENT 'line1\nline2\ttabbed',
  d INT COMMENT '日本語のコメント',
  e INT COMMENT 'emoji 🐬🐳',
  f INT COMMENT 'percent % underscore _ caret ^'
) COMMENT 'table comment with \'quotes\' and ''doubled'''
-- ;;
CREATE TABLE intro_strings (
  a VARCHAR(10) CHARACTER SET latin1 DEFAULT _latin1'latin',
  b VARCHAR(10) CHARACTER SET utf8mb4 DEFAULT _utf8mb4'utf8',
  c VARBINARY(10) DEFAULT _binary'bin',
  d VARCHAR(10) DEFAULT N'nat',
  e VARBINARY(10) DEFAULT X'DEADBEEF',
  f VARBINARY(10) DEFAULT x'00ff',
  g VARBINARY(10) DEFAULT 0xCAFE,
  h BIT(8) DEFAULT b'01010101'
)
-- ;;
CREATE TABLE /* comment before name */ block_comments (
  /* before column */ a INT /* after type */ NOT NULL /* between */ DEFAULT /* inside */ 1,
  b /* after name */ VARCHAR(10)
) /* before options */ ENGINE=InnoDB /* after options */
-- ;;
CREATE TABLE line_comments ( -- after paren
  a INT, -- first column
  b INT -- second column
  -- a line on its own
) -- after close
-- ;;
CREATE TABLE hash_comments ( # hash comment after paren
  a INT, # first column
  b INT # second column; with a semicolon
) # after close
-- ;;
CREATE TABLE comment_semicolons (a INT /* ; */, b INT -- ;
, c INT # ;
)
-- ;;
/* leading block comment */ CREATE TABLE leading_comment (a INT)
-- ;;
-- leading line comment
CREATE TABLE leading_line_comment (a INT)
-- ;;
# leading hash comment
CREATE TABLE leading_hash_comment (a INT)
-- ;;
CREATE TABLE empty_comment/**/(a/**/INT)
-- ;;
CREATE TABLE star_comments (a INT /*** stars ***/, b INT /* multi
line
comment */)
-- ;;
CREATE TABLE dash_no_space (a INT DEFAULT (10--1), b INT DEFAULT (3---2))
-- ;;
CREATE TABLE versioned_comments (
  a INT /*!50503 COMMENT 'versioned column comment' */,
  b INT /*!40101 NOT NULL */ DEFAULT 0,
  c INT /*M!100301 INVISIBLE */
) ENGINE=InnoDB /*!40101 DEFAULT CHARSET=utf8mb4 */ /*!50100 COMMENT='x' */
-- ;;
CREATE TABLE versioned_no_version (a INT /*! NOT NULL */, b INT /*!99999 COMMENT 'from the future' */)
-- ;;
/*!40101 CREATE TABLE whole_statement_versioned (a INT) */
-- ;;
/*! CREATE TABLE whole_statement_no_version (a INT) */
-- ;;
/*!40000 ALTER TABLE `whole_statement_versioned` DISABLE KEYS */
-- ;;
/*!40000 ALTER TABLE `whole_statement_versioned` ENABLE KEYS */
-- ;;
/*M!100100 CREATE TABLE mariadb_whole_statement (a INT) */
-- ;;
CREATE /*!32312 TEMPORARY */ TABLE maybe_temp (a INT)
-- ;;
DROP TABLE /*!32312 IF EXISTS */ `maybe_temp`
-- ;;
CrEaTe TaBlE MiXeD_kEyWoRdS (Id InT nOt NuLl AuTo_InCrEmEnT PrImArY kEy, V vArChAr(10) DeFaUlT 'x') EnGiNe=InNoDb DeFaUlT cHaRsEt=UtF8mB4
-- ;;
cReAtE   iNdEx   MiXeD_idx   oN   MiXeD_kEyWoRdS   (V)
-- ;;
AlTeR tAbLe MiXeD_kEyWoRdS aDd CoLuMn W iNt AfTeR v, DrOp InDeX mIxEd_IdX
-- ;;
CREATE
TABLE
whitespace
(
a
INT
,
b
VARCHAR
(
10
)
)
-- ;;
   CREATE	TABLE	tabs	(	a	INT	,	b	INT	)	   
-- ;;
CREATE TABLE no_spaces(a INT,b INT,c VARCHAR(5)DEFAULT'x',PRIMARY KEY(a),KEY(b))ENGINE=InnoDB
-- ;;
ALTER TABLE `table with spaces` ADD COLUMN `new col` INT AFTER `column with spaces`, ADD INDEX `idx with space` (`new col`)
-- ;;
ALTER TABLE `back``tick` CHANGE `col``umn` `col``umn``2` BIGINT
-- ;;
ALTER TABLE `select` ADD INDEX `group by` (`group`, `order`)
-- ;;
ALTER TABLE `q.dotted`.`t.inner` ADD COLUMN `y.z` INT, RENAME TO `q.dotted`.`t.renamed`
-- ;;
RENAME TABLE `table with spaces` TO `q db`.`moved table`, `back``tick` TO `q.dotted`.```ticked`
-- ;;
CREATE INDEX `idx.dotted` ON `dotted.name` (`a.b`)
-- ;;
DROP INDEX `idx.dotted` ON `dotted.name`
-- ;;
TRUNCATE TABLE `日本語テーブル`
-- ;;
CREATE VIEW `view with spaces` AS SELECT `from` AS `to`, 'it''s' AS `quote` FROM `select`
-- ;;
ALTER TABLE strings ALTER COLUMN a SET DEFAULT 'new ''default''', ALTER COLUMN b SET DEFAULT "new \"default\""
-- ;;
ALTER TABLE strings COMMENT 'ends with backslash \\'
-- ;;
CREATE TABLE enum_quotes (e ENUM('a''b', 'c\'d', "e""f", "g\"h", 'i,j', 'k)l', 'm\\n'))
-- ;;
DROP TABLE `dotted.name`, `q.dotted`.`t.renamed`, `q db`.`t t`
-- ;;
DROP TABLE
  -- a comment between tables
  `select` /* and another */ ,
  # and a hash comment
  `123`
-- ;;
DROP DATABASE `q.dotted`
-- ;;
DROP DATABASE `q db`
