-- Table options, CREATE TABLE variants (IF NOT EXISTS, OR REPLACE, TEMPORARY, LIKE, AS SELECT).
CREATE TABLE o_engine (a INT) ENGINE=InnoDB
-- ;;
CREATE TABLE o_engine_space (a INT) ENGINE = MyISAM
-- ;;
CREATE TABLE o_engine_no_eq (a INT) ENGINE Aria
-- ;;
CREATE TABLE o_engine_quoted (a INT) ENGINE='InnoDB'
-- ;;
CREATE TABLE o_engine_lower (a INT) engine=innodb
-- ;;
CREATE TABLE o_memory (a INT, KEY (a)) ENGINE=MEMORY MAX_ROWS=1000
-- ;;
CREATE TABLE o_csv (a INT NOT NULL, b VARCHAR(10) NOT NULL) ENGINE=CSV
-- ;;
CREATE TABLE o_charset (a VARCHAR(10)) DEFAULT CHARSET=utf8mb4
-- ;;
CREATE TABLE o_charset2 (a VARCHAR(10)) CHARACTER SET latin1
-- ;;
CREATE TABLE o_charset3 (a VARCHAR(10)) DEFAULT CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin
-- ;;
CREATE TABLE o_charset4 (a VARCHAR(10)) CHARSET utf8mb4 DEFAULT COLLATE utf8mb4_unicode_ci
-- ;;
CREATE TABLE o_collate_only (a VARCHAR(10)) COLLATE latin1_general_ci
-- ;;
CREATE TABLE o_comment (a INT) COMMENT='table comment'
-- ;;
CREATE TABLE o_comment2 (a INT) COMMENT 'it''s a "comment" with \\ and \n'
-- ;;
CREATE TABLE o_comment_unicode (a INT) COMMENT = '表の説明 🐬'
-- ;;
CREATE TABLE o_auto_increment (id INT AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT=1000
-- ;;
CREATE TABLE o_auto_increment2 (id BIGINT AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT 5
-- ;;
CREATE TABLE o_row_format_dynamic (a INT) ROW_FORMAT=DYNAMIC
-- ;;
CREATE TABLE o_row_format_compact (a INT) ENGINE=InnoDB ROW_FORMAT=COMPACT
-- ;;
CREATE TABLE o_row_format_redundant (a INT) ROW_FORMAT = REDUNDANT
-- ;;
CREATE TABLE o_row_format_compressed (a INT) ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8
-- ;;
CREATE TABLE o_row_format_fixed (a INT) ENGINE=MyISAM ROW_FORMAT=FIXED
-- ;;
CREATE TABLE o_row_format_page (a INT) ENGINE=Aria ROW_FORMAT=PAGE TRANSACTIONAL=1 PAGE_CHECKSUM=1
-- ;;
CREATE TABLE o_row_format_default (a INT) ROW_FORMAT=DEFAULT
-- ;;
CREATE TABLE o_key_block_size (a INT) KEY_BLOCK_SIZE=4
-- ;;
CREATE TABLE o_stats (a INT) STATS_PERSISTENT=1 STATS_AUTO_RECALC=0 STATS_SAMPLE_PAGES=32
-- ;;
CREATE TABLE o_stats_default (a INT) STATS_PERSISTENT=DEFAULT STATS_AUTO_RECALC=DEFAULT STATS_SAMPLE_PAGES=DEFAULT
-- ;;
CREATE TABLE o_page_compressed (a INT) ENGINE=InnoDB PAGE_COMPRESSED=1 PAGE_COMPRESSION_LEVEL=6
-- ;;
CREATE TABLE o_page_compressed_off (a INT) PAGE_COMPRESSED=0
-- ;;
CREATE TABLE o_encrypted_no (a INT) ENCRYPTED=NO
-- ;;
CREATE TABLE o_myisam_opts (a INT, KEY (a)) ENGINE=MyISAM CHECKSUM=1 DELAY_KEY_WRITE=1 PACK_KEYS=1 AVG_ROW_LENGTH=100 MAX_ROWS=100000 MIN_ROWS=10
-- ;;
CREATE TABLE o_pack_keys_default (a INT) ENGINE=MyISAM PACK_KEYS=DEFAULT CHECKSUM=0
-- ;;
CREATE TABLE o_merge_a (a INT) ENGINE=MyISAM
-- ;;
CREATE TABLE o_merge_b (a INT) ENGINE=MyISAM
-- ;;
CREATE TABLE o_merge (a INT) ENGINE=MRG_MyISAM UNION=(o_merge_a, o_merge_b) INSERT_METHOD=LAST
-- ;;
CREATE TABLE o_merge2 (a INT) ENGINE=MERGE UNION (o_merge_a) INSERT_METHOD = FIRST
-- ;;
CREATE TABLE o_commas (a INT) ENGINE=InnoDB, DEFAULT CHARSET=utf8mb4, COLLATE=utf8mb4_bin, COMMENT='commas'
-- ;;
CREATE TABLE o_all (
  id INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC STATS_PERSISTENT=0 COMMENT='everything'
-- ;;
CREATE TABLE o_mysqldump (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `v` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
-- ;;
CREATE TABLE o_connection (a INT) CONNECTION='mysql://user@host/db/t'
-- ;;
CREATE TABLE o_transactional (a INT) ENGINE=Aria TRANSACTIONAL=0
-- ;;
CREATE TABLE o_sequence_option (a INT) SEQUENCE=0
-- ;;
CREATE TABLE o_csv_ietf (a INT NOT NULL) ENGINE=CSV IETF_QUOTES=YES
-- ;;
CREATE TABLE IF NOT EXISTS o_engine (a INT)
-- ;;
CREATE TABLE IF NOT EXISTS o_new (a INT, b INT) ENGINE=InnoDB
-- ;;
CREATE OR REPLACE TABLE o_new (a INT, b INT, c INT)
-- ;;
CREATE OR REPLACE TABLE o_replaced (x VARCHAR(5)) ENGINE=MyISAM
-- ;;
CREATE TEMPORARY TABLE o_temp (a INT, b VARCHAR(10))
-- ;;
CREATE TEMPORARY TABLE IF NOT EXISTS o_temp (a INT)
-- ;;
CREATE OR REPLACE TEMPORARY TABLE o_temp2 (a INT) ENGINE=MEMORY
-- ;;
CREATE TEMPORARY TABLE o_temp3 ENGINE=InnoDB AS SELECT 1 AS one
-- ;;
CREATE TABLE o_like LIKE o_all
-- ;;
CREATE TABLE o_like_paren (LIKE o_all)
-- ;;
CREATE TABLE IF NOT EXISTS o_like LIKE o_new
-- ;;
CREATE TABLE corpus.o_like_qualified LIKE corpus.o_new
-- ;;
CREATE OR REPLACE TABLE o_like LIKE o_mysqldump
-- ;;
CREATE TEMPORARY TABLE o_temp_like LIKE o_all
-- ;;
CREATE TABLE `o like quoted` LIKE `o_all`
-- ;;
CREATE TABLE o_select AS SELECT * FROM o_all
-- ;;
CREATE TABLE o_select2 SELECT id, id * 2 AS double_id FROM o_all WHERE id > 0
-- ;;
CREATE TABLE o_select3 (extra INT DEFAULT 7, PRIMARY KEY (id)) ENGINE=InnoDB AS SELECT id FROM o_all
-- ;;
CREATE TABLE o_select4 (id INT NOT NULL PRIMARY KEY) IGNORE SELECT id FROM o_all
-- ;;
CREATE TABLE o_select5 (id INT NOT NULL PRIMARY KEY) REPLACE SELECT id FROM o_all
-- ;;
CREATE TABLE o_select6 ENGINE=MyISAM COMMENT='from select' SELECT 1 AS a, 'x' AS b, NOW() AS c
-- ;;
CREATE TABLE o_select7 AS SELECT a FROM o_new UNION ALL SELECT id FROM o_all
-- ;;
CREATE TABLE o_select8 AS SELECT o.id, n.a FROM o_all AS o JOIN o_new n ON n.a = o.id WHERE (SELECT COUNT(*) FROM o_new) >= 0 GROUP BY o.id, n.a ORDER BY o.id LIMIT 10
-- ;;
CREATE OR REPLACE TABLE o_select AS SELECT 'replaced' AS what
-- ;;
CREATE TABLE IF NOT EXISTS o_select SELECT 'ignored' AS what
-- ;;
CREATE TABLE o_select_semicolon AS SELECT 'a;b' AS s, "c;d" AS t
-- ;;
CREATE TABLE o_select_with AS WITH cte AS (SELECT 1 AS n UNION ALL SELECT 2) SELECT n FROM cte
-- ;;
CREATE TABLE o_empty_options (a INT)
-- ;;
CREATE TABLE o_min_max (a INT) MIN_ROWS 1 MAX_ROWS 10 AVG_ROW_LENGTH 8
-- ;;
CREATE TABLE o_tinyint_opts (a TINYINT) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_general_ci COMMENT ''
-- ;;
CREATE TABLE o_versioned_comment (a INT) ENGINE=InnoDB /*!40101 DEFAULT CHARSET=utf8mb4 */ /*!40100 COMMENT='versioned' */
-- ;;
CREATE TABLE o_data_checksum (a INT) ENGINE=Aria PAGE_CHECKSUM=0 CHECKSUM=1 ROW_FORMAT=DYNAMIC
