-- Table constraints: primary, unique, plain, fulltext, spatial, foreign keys and checks.
CREATE TABLE k_pk (id INT NOT NULL, PRIMARY KEY (id))
-- ;;
CREATE TABLE k_pk_composite (a INT NOT NULL, b INT NOT NULL, c INT, PRIMARY KEY (a, b))
-- ;;
CREATE TABLE k_pk_named (id INT NOT NULL, CONSTRAINT pk_name PRIMARY KEY (id))
-- ;;
CREATE TABLE k_pk_using (id INT NOT NULL, PRIMARY KEY USING BTREE (id))
-- ;;
CREATE TABLE k_pk_using_after (id INT NOT NULL, PRIMARY KEY (id) USING BTREE)
-- ;;
CREATE TABLE k_pk_comment (id INT NOT NULL, PRIMARY KEY (id) COMMENT 'the primary key')
-- ;;
CREATE TABLE k_unique (a INT, b INT, UNIQUE (a), UNIQUE KEY (b))
-- ;;
CREATE TABLE k_unique_named (a INT, b VARCHAR(20), UNIQUE KEY uk_a (a), UNIQUE INDEX uk_b (b), CONSTRAINT uk_ab UNIQUE (a, b))
-- ;;
CREATE TABLE k_unique_constraint_named (a INT, CONSTRAINT c_uk UNIQUE KEY uk_inner (a))
-- ;;
CREATE TABLE k_index (a INT, b INT, c INT, INDEX (a), KEY (b), INDEX idx_c (c), KEY idx_bc (b, c))
-- ;;
CREATE TABLE k_index_prefix (a VARCHAR(255), b TEXT, c BLOB, KEY (a(10)), KEY idx_b (b(100)), INDEX idx_c (c(16)), KEY idx_ab (a(5), b(5)))
-- ;;
CREATE TABLE k_index_desc (a INT, b INT, c VARCHAR(20), KEY idx_a (a DESC), KEY idx_b (b ASC), KEY idx_mixed (a ASC, b DESC, c(5) DESC))
-- ;;
CREATE TABLE k_index_using (a INT, b INT, KEY idx_a USING BTREE (a), KEY idx_b (b) USING HASH, UNIQUE KEY uk USING HASH (a, b))
-- ;;
CREATE TABLE k_index_memory (a INT, b INT, KEY USING HASH (a), KEY idx_b USING BTREE (b)) ENGINE=MEMORY
-- ;;
CREATE TABLE k_index_comment (a INT, b INT, KEY idx_a (a) COMMENT 'index comment', UNIQUE KEY uk_b (b) COMMENT 'it''s unique')
-- ;;
CREATE TABLE k_index_key_block_size (a INT, KEY idx_a (a) KEY_BLOCK_SIZE = 8) ENGINE=MyISAM
-- ;;
CREATE TABLE k_index_options (a INT, b INT, KEY idx_a (a) USING BTREE KEY_BLOCK_SIZE 4 COMMENT 'opts') ENGINE=Aria
-- ;;
CREATE TABLE k_fulltext (id INT PRIMARY KEY, title VARCHAR(200), body TEXT, FULLTEXT (title), FULLTEXT KEY ft_body (body), FULLTEXT INDEX ft_both (title, body))
-- ;;
CREATE TABLE k_fulltext_parser (id INT PRIMARY KEY, body TEXT, FULLTEXT KEY ft (body) COMMENT 'ft') ENGINE=MyISAM
-- ;;
CREATE TABLE k_spatial (id INT PRIMARY KEY, g GEOMETRY NOT NULL, p POINT NOT NULL, l LINESTRING NOT NULL, SPATIAL (g), SPATIAL KEY sp_p (p), SPATIAL INDEX sp_l (l))
-- ;;
CREATE TABLE k_spatial_myisam (g GEOMETRY NOT NULL, SPATIAL INDEX (g)) ENGINE=MyISAM
-- ;;
CREATE TABLE k_parent (id INT NOT NULL PRIMARY KEY, code CHAR(4) NOT NULL, UNIQUE KEY (code))
-- ;;
CREATE TABLE k_parent2 (a INT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b))
-- ;;
CREATE TABLE k_fk (id INT PRIMARY KEY, parent_id INT, FOREIGN KEY (parent_id) REFERENCES k_parent (id))
-- ;;
CREATE TABLE k_fk_named (id INT PRIMARY KEY, parent_id INT, CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES k_parent (id))
-- ;;
CREATE TABLE k_fk_index_name (id INT PRIMARY KEY, parent_id INT, FOREIGN KEY fk_idx (parent_id) REFERENCES k_parent (id))
-- ;;
CREATE TABLE k_fk_both_names (id INT PRIMARY KEY, parent_id INT, CONSTRAINT fk_sym FOREIGN KEY idx_parent (parent_id) REFERENCES k_parent (id))
-- ;;
CREATE TABLE k_fk_actions (
  id INT PRIMARY KEY,
  p1 INT, p2 INT, p3 INT, p4 INT, p5 INT,
  FOREIGN KEY (p1) REFERENCES k_parent (id) ON DELETE CASCADE,
  FOREIGN KEY (p2) REFERENCES k_parent (id) ON UPDATE CASCADE,
  FOREIGN KEY (p3) REFERENCES k_parent (id) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (p4) REFERENCES k_parent (id) ON DELETE RESTRICT ON UPDATE NO ACTION,
  FOREIGN KEY (p5) REFERENCES k_parent (id) ON UPDATE SET NULL ON DELETE NO ACTION
)
-- ;;
CREATE TABLE k_fk_composite (id INT PRIMARY KEY, a INT, b INT, CONSTRAINT fk_ab FOREIGN KEY (a, b) REFERENCES k_parent2 (a, b) ON DELETE CASCADE ON UPDATE CASCADE)
-- ;;
CREATE TABLE k_fk_qualified (id INT PRIMARY KEY, parent_id INT, CONSTRAINT `fk qualified` FOREIGN KEY (`parent_id`) REFERENCES `corpus`.`k_parent` (`id`))
-- ;;
CREATE TABLE k_fk_match (id INT PRIMARY KEY, c CHAR(4), FOREIGN KEY (c) REFERENCES k_parent (code) MATCH SIMPLE ON DELETE CASCADE)
-- ;;
CREATE TABLE k_fk_self (id INT PRIMARY KEY, parent_id INT NULL, KEY (parent_id), CONSTRAINT fk_self FOREIGN KEY (parent_id) REFERENCES k_fk_self (id) ON DELETE SET NULL)
-- ;;
CREATE TABLE k_fk_default_set (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES k_parent (id) MATCH PARTIAL)
-- ;;
CREATE TABLE k_check (a INT, b INT, CHECK (a < b))
-- ;;
CREATE TABLE k_check_named (a INT, b INT, CONSTRAINT chk_ab CHECK (a + b < 100), CONSTRAINT `chk b` CHECK (b <> 0))
-- ;;
CREATE TABLE k_check_complex (
  start_date DATE,
  end_date DATE,
  kind VARCHAR(10),
  CONSTRAINT chk_dates CHECK (end_date IS NULL OR end_date >= start_date),
  CONSTRAINT chk_kind CHECK (kind IN ('a', 'b') OR kind LIKE 'x\_%'),
  CHECK (DATEDIFF(end_date, start_date) < 365)
)
-- ;;
CREATE TABLE k_check_not (a INT, CHECK (NOT (a = 3)), CHECK (a IS NOT NULL), CHECK (a NOT BETWEEN 10 AND 20))
-- ;;
CREATE TABLE k_all (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent` int(11) NOT NULL,
  `name` varchar(64) NOT NULL,
  `body` text,
  `geo` point NOT NULL,
  `flags` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_name` (`name`),
  KEY `idx_parent_name` (`parent`,`name`(10)),
  FULLTEXT KEY `ft_body` (`body`),
  SPATIAL KEY `sp_geo` (`geo`),
  CONSTRAINT `fk_all_parent` FOREIGN KEY (`parent`) REFERENCES `k_parent` (`id`) ON DELETE CASCADE,
  CONSTRAINT `chk_flags` CHECK (`flags` >= 0)
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4
-- ;;
CREATE TABLE k_constraint_no_name (a INT, b INT, CONSTRAINT PRIMARY KEY (a), CONSTRAINT UNIQUE (b))
-- ;;
CREATE TABLE k_key_names_quoted (a INT, b INT, KEY `key with spaces` (a), UNIQUE KEY `PRIMARY2` (b), KEY `index` (a, b))
-- ;;
CREATE TABLE k_many_cols (c1 INT, c2 INT, c3 INT, c4 INT, c5 INT, c6 INT, KEY k (c1, c2, c3, c4, c5, c6))
-- ;;
CREATE TABLE k_unique_prefix (a VARCHAR(500), UNIQUE KEY uk_a (a(191)))
-- ;;
CREATE TABLE k_index_before_columns (KEY (b), a INT, b INT, PRIMARY KEY (a))
-- ;;
CREATE TABLE k_key_with_hash_unique (a TEXT, b BLOB, UNIQUE KEY uk_a (a), UNIQUE (b))
-- ;;
CREATE TABLE k_key_index_lowercase (a int, b int, primary key (a), unique key ub (b), key kb using btree (b), index ib (a desc))
-- ;;
CREATE TABLE k_fk_on_delete_set_default (id INT PRIMARY KEY, p INT, CONSTRAINT fk_sd FOREIGN KEY (p) REFERENCES k_parent (id) ON DELETE SET DEFAULT)
-- ;;
CREATE TABLE k_fk_many (
  id INT PRIMARY KEY,
  a INT, b INT, c CHAR(4),
  CONSTRAINT fk_many_a FOREIGN KEY (a) REFERENCES k_parent (id),
  CONSTRAINT fk_many_b FOREIGN KEY (b) REFERENCES k_fk_self (id),
  CONSTRAINT fk_many_c FOREIGN KEY (c) REFERENCES k_parent (code) ON UPDATE CASCADE
) ENGINE=InnoDB
-- ;;
CREATE TABLE k_index_ignored (a INT, b INT, KEY idx_a (a) IGNORED, KEY idx_b (b) NOT IGNORED)
-- ;;
CREATE TABLE k_index_visible_comment (a INT, KEY idx_a (a) COMMENT 'c' IGNORED)
