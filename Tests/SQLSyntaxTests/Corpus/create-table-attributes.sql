-- Column attributes, in every order the server accepts.
CREATE TABLE a_null (a INT NULL, b INT NOT NULL, c INT NULL DEFAULT NULL, d INT NOT NULL DEFAULT 0)
-- ;;
CREATE TABLE a_default_first (a INT DEFAULT 1 NOT NULL, b VARCHAR(5) DEFAULT 'x' NULL COMMENT 'c')
-- ;;
CREATE TABLE a_auto (id INT NOT NULL AUTO_INCREMENT, PRIMARY KEY (id))
-- ;;
CREATE TABLE a_auto_pk (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, v INT)
-- ;;
CREATE TABLE a_auto_key (id INT AUTO_INCREMENT KEY, v INT)
-- ;;
CREATE TABLE a_auto_unique (id INT AUTO_INCREMENT UNIQUE KEY, v INT)
-- ;;
CREATE TABLE a_unique (a INT UNIQUE, b INT UNIQUE KEY, c VARCHAR(10) NOT NULL UNIQUE)
-- ;;
CREATE TABLE a_primary (a INT PRIMARY KEY)
-- ;;
CREATE TABLE a_primary_order (a INT NOT NULL PRIMARY KEY AUTO_INCREMENT COMMENT 'id')
-- ;;
CREATE TABLE a_comment (a INT COMMENT 'plain', b INT COMMENT 'it''s', c INT COMMENT "double", d INT COMMENT 'multi\nline', e INT COMMENT '')
-- ;;
CREATE TABLE a_comment_unicode (a INT COMMENT 'ünïcödé 日本語 🐬', b INT COMMENT 'back\\slash and \'quote\'')
-- ;;
CREATE TABLE a_collate (a VARCHAR(10) COLLATE utf8mb4_bin, b VARCHAR(10) NOT NULL COLLATE latin1_swedish_ci, c TEXT COLLATE utf8mb4_unicode_ci NOT NULL)
-- ;;
CREATE TABLE a_charset_after (a VARCHAR(10) CHARACTER SET latin1 NOT NULL DEFAULT '' COLLATE latin1_bin, b CHAR(2) CHARSET ascii NOT NULL)
-- ;;
CREATE TABLE a_on_update (
  created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  touched TIMESTAMP(6) NULL ON UPDATE CURRENT_TIMESTAMP(6)
)
-- ;;
CREATE TABLE a_on_update_first (ts TIMESTAMP ON UPDATE CURRENT_TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)
-- ;;
CREATE TABLE a_default_current_timestamp_paren (a TIMESTAMP(2) NOT NULL DEFAULT CURRENT_TIMESTAMP(2), b DATETIME DEFAULT CURRENT_TIMESTAMP())
-- ;;
CREATE TABLE a_default_expr (
  a INT DEFAULT (1 + 2),
  b VARCHAR(36) DEFAULT (UUID()),
  c DATE DEFAULT (CURRENT_DATE),
  d DATE DEFAULT CURDATE(),
  e DATETIME DEFAULT (NOW() + INTERVAL 1 DAY),
  f DOUBLE DEFAULT (RAND()),
  g VARCHAR(64) DEFAULT (CONCAT('a', '-', 'b')),
  h BIGINT DEFAULT (UNIX_TIMESTAMP())
)
-- ;;
CREATE TABLE a_default_expr_cols (a INT, b INT DEFAULT (a * 2), c VARCHAR(20) DEFAULT (LPAD(a, 5, '0')))
-- ;;
CREATE TABLE a_default_interval (a INT, b INT DEFAULT (a + 1), c DATETIME DEFAULT (CURRENT_TIMESTAMP + INTERVAL 1 HOUR), d DATETIME DEFAULT (CURRENT_TIMESTAMP - INTERVAL 30 MINUTE))
-- ;;
CREATE TABLE a_default_functions (a VARCHAR(40) DEFAULT USER(), b VARCHAR(64) DEFAULT DATABASE(), c INT DEFAULT CONNECTION_ID(), d VARCHAR(80) DEFAULT CURRENT_USER)
-- ;;
CREATE TABLE a_generated (
  a INT,
  b INT,
  s INT AS (a + b),
  v INT GENERATED ALWAYS AS (a * b) VIRTUAL,
  p INT GENERATED ALWAYS AS (a - b) STORED,
  q INT AS (a DIV 2) PERSISTENT
)
-- ;;
CREATE TABLE a_generated_strings (
  first_name VARCHAR(50),
  last_name VARCHAR(50),
  full_name VARCHAR(101) AS (CONCAT(first_name, ' ', last_name)) VIRTUAL,
  initials CHAR(2) AS (CONCAT(LEFT(first_name, 1), LEFT(last_name, 1))) STORED,
  upper_name VARCHAR(50) GENERATED ALWAYS AS (UPPER(last_name)) PERSISTENT COMMENT 'upper'
)
-- ;;
CREATE TABLE a_generated_json (
  doc JSON,
  name VARCHAR(100) AS (JSON_UNQUOTE(JSON_EXTRACT(doc, '$.name'))) VIRTUAL,
  age INT AS (JSON_VALUE(doc, '$.age')) STORED,
  KEY idx_name (name)
)
-- ;;
CREATE TABLE a_generated_dates (
  created DATETIME NOT NULL,
  created_date DATE AS (DATE(created)) STORED,
  created_year SMALLINT AS (YEAR(created)) VIRTUAL,
  created_month TINYINT AS (MONTH(created)),
  INDEX (created_date)
)
-- ;;
CREATE TABLE a_generated_case (
  score INT,
  grade CHAR(1) AS (CASE WHEN score >= 90 THEN 'A' WHEN score >= 80 THEN 'B' ELSE 'C' END) VIRTUAL,
  pass TINYINT AS (IF(score >= 50, 1, 0)) STORED,
  bucket INT AS (FLOOR(score / 10) * 10) PERSISTENT
)
-- ;;
CREATE TABLE a_generated_cast (a VARCHAR(10), n INT AS (CAST(a AS SIGNED)) VIRTUAL, d DECIMAL(10,2) AS (CAST(a AS DECIMAL(10,2))) STORED, c CHAR(10) AS (CONVERT(a, CHAR(10))) VIRTUAL)
-- ;;
CREATE TABLE a_generated_hash (payload TEXT, h CHAR(32) AS (MD5(payload)) STORED, s CHAR(40) AS (SHA1(payload)) VIRTUAL, UNIQUE KEY (h))
-- ;;
CREATE TABLE a_generated_invisible (a INT, b INT AS (a + 1) STORED INVISIBLE, c INT AS (a + 2) VIRTUAL COMMENT 'two' INVISIBLE)
-- ;;
CREATE TABLE a_generated_comment_after (a INT, b INT AS (a) VIRTUAL COMMENT 'virtual copy', c INT AS (a) STORED UNIQUE)
-- ;;
CREATE TABLE a_invisible (a INT, b INT INVISIBLE, c INT NOT NULL DEFAULT 3 INVISIBLE, d INT INVISIBLE DEFAULT 4)
-- ;;
CREATE TABLE a_check (a INT CHECK (a > 0), b INT CHECK (b BETWEEN 1 AND 10), c VARCHAR(10) CHECK (c IN ('x', 'y', 'z')))
-- ;;
CREATE TABLE a_check_complex (
  email VARCHAR(100) CHECK (email REGEXP '^[^@]+@[^@]+$'),
  qty INT NOT NULL DEFAULT 1 CHECK (qty >= 0 AND qty < 1000),
  price DECIMAL(8,2) CHECK (price IS NULL OR price > 0),
  code CHAR(3) CHECK (CHAR_LENGTH(code) = 3)
)
-- ;;
CREATE TABLE a_check_json (j LONGTEXT CHECK (JSON_VALID(j)))
-- ;;
CREATE TABLE parent (id INT PRIMARY KEY, code VARCHAR(10) UNIQUE)
-- ;;
CREATE TABLE a_references (
  parent_id INT REFERENCES parent (id),
  code VARCHAR(10) REFERENCES parent (code) ON DELETE CASCADE,
  other INT REFERENCES parent (id) ON DELETE SET NULL ON UPDATE RESTRICT
)
-- ;;
CREATE TABLE a_references_match (p INT REFERENCES parent(id) MATCH FULL ON UPDATE CASCADE, q INT REFERENCES corpus.parent(id) ON DELETE NO ACTION)
-- ;;
CREATE TABLE a_compressed (a TEXT COMPRESSED, b BLOB COMPRESSED, c VARCHAR(1000) COMPRESSED, d VARBINARY(500) COMPRESSED=zlib)
-- ;;
CREATE TABLE a_compressed_attrs (a TEXT COMPRESSED NOT NULL DEFAULT '', b VARCHAR(200) COMPRESSED CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL)
-- ;;
CREATE TABLE a_everything (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'primary key' PRIMARY KEY,
  name VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT 'the name',
  amount DECIMAL(12,2) UNSIGNED ZEROFILL NULL DEFAULT 0.00 COMMENT 'money' CHECK (amount < 1000000),
  status ENUM('new','old') CHARACTER SET latin1 NOT NULL DEFAULT 'new' INVISIBLE,
  updated TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT 'last change',
  uniq INT UNIQUE KEY COMMENT 'unique'
)
-- ;;
CREATE TABLE a_null_default_timestamp (a TIMESTAMP NULL, b TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, c DATETIME NULL ON UPDATE NOW())
-- ;;
CREATE TABLE a_lowercase_attrs (id int not null auto_increment primary key comment 'lower', v varchar(10) character set utf8mb4 collate utf8mb4_bin default 'v' not null)
-- ;;
CREATE TABLE a_key_then_comment (a INT KEY COMMENT 'key first', b INT UNIQUE COMMENT 'unique first')
-- ;;
CREATE TABLE a_default_bool_expr (a TINYINT(1) DEFAULT (1 = 1), b INT DEFAULT (NOT 0), c INT DEFAULT (-(5)))
-- ;;
CREATE TABLE a_default_with_charset (a VARCHAR(20) CHARACTER SET latin1 DEFAULT _latin1'caf\xE9', b VARBINARY(10) DEFAULT _binary'abc')
-- ;;
CREATE TABLE a_default_nulls (a VARCHAR(1) DEFAULT NULL, b INT NULL DEFAULT NULL COMMENT 'nullable', c BLOB DEFAULT NULL)
-- ;;
CREATE TABLE a_default_string_functions (a VARCHAR(50) DEFAULT (REPEAT('ab', 3)), b VARCHAR(50) DEFAULT (REPLACE('a.b.c', '.', '/')), c VARCHAR(50) DEFAULT (SUBSTRING('abcdef', 2, 3)))
-- ;;
CREATE TABLE a_default_trim (a VARCHAR(20) DEFAULT (TRIM('  x  ')), b VARCHAR(20) DEFAULT (TRIM(LEADING 'x' FROM 'xxy')), c VARCHAR(20) DEFAULT (TRIM(BOTH FROM ' z ')))
-- ;;
CREATE TABLE a_default_date_functions (a DATE DEFAULT (DATE_ADD(CURRENT_DATE, INTERVAL 7 DAY)), b DATE DEFAULT (LAST_DAY(CURDATE())), c INT DEFAULT (EXTRACT(YEAR FROM CURDATE())))
-- ;;
CREATE TABLE a_generated_coalesce (a INT NULL, b INT NULL, c INT AS (COALESCE(a, b, 0)) STORED, d INT AS (IFNULL(a, -1)) VIRTUAL, e INT AS (NULLIF(a, b)) VIRTUAL)
-- ;;
CREATE TABLE a_generated_bit_ops (a INT UNSIGNED, b INT UNSIGNED AS (a & 255) VIRTUAL, c INT UNSIGNED AS (a >> 8) STORED, d INT UNSIGNED AS (a | 1) VIRTUAL, e INT AS (a ^ 3) VIRTUAL, f INT AS (a % 7) VIRTUAL)
-- ;;
CREATE TABLE a_generated_strings_ops (a VARCHAR(20), b INT AS (a LIKE 'x%') VIRTUAL, c INT AS (a IS NULL) VIRTUAL, d INT AS (a <=> 'y') VIRTUAL, e INT AS (a NOT IN ('p', 'q')) VIRTUAL)
-- ;;
CREATE TABLE a_generated_collate (a VARCHAR(20) CHARACTER SET utf8mb4, b VARCHAR(20) CHARACTER SET utf8mb4 AS (LOWER(a) COLLATE utf8mb4_bin) VIRTUAL)
-- ;;
CREATE TABLE a_generated_substr (a VARCHAR(100), prefix VARCHAR(10) AS (SUBSTRING(a FROM 1 FOR 10)) STORED, pos INT AS (LOCATE('x', a)) VIRTUAL, KEY (prefix))
