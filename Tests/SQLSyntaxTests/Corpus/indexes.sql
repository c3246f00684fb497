-- CREATE INDEX and DROP INDEX.
CREATE DATABASE ix_other
-- ;;
CREATE TABLE ix (id INT PRIMARY KEY, a INT, b INT, c VARCHAR(200), d TEXT, g GEOMETRY NOT NULL, p POINT NOT NULL) ENGINE=InnoDB
-- ;;
CREATE TABLE ix_other.ix2 (id INT PRIMARY KEY, a INT, c VARCHAR(100))
-- ;;
CREATE INDEX idx_a ON ix (a)
-- ;;
CREATE INDEX idx_ab ON ix (a, b)
-- ;;
CREATE UNIQUE INDEX uk_b ON ix (b)
-- ;;
CREATE UNIQUE INDEX uk_ac ON ix (a, c(50))
-- ;;
CREATE INDEX idx_c_prefix ON ix (c(10))
-- ;;
CREATE INDEX idx_desc ON ix (a DESC, b ASC)
-- ;;
CREATE INDEX idx_using ON ix (b) USING BTREE
-- ;;
CREATE INDEX idx_using_before USING BTREE ON ix (a, id)
-- ;;
CREATE INDEX idx_hash ON ix (c(20)) USING HASH
-- ;;
CREATE INDEX idx_comment ON ix (b, a) COMMENT 'an index comment'
-- ;;
CREATE INDEX idx_kbs ON ix (c(30)) KEY_BLOCK_SIZE = 4
-- ;;
CREATE FULLTEXT INDEX ft_c ON ix (c)
-- ;;
CREATE FULLTEXT INDEX ft_cd ON ix (c, d)
-- ;;
CREATE SPATIAL INDEX sp_g ON ix (g)
-- ;;
CREATE SPATIAL INDEX sp_p ON ix (p)
-- ;;
CREATE INDEX IF NOT EXISTS idx_a ON ix (a)
-- ;;
CREATE INDEX IF NOT EXISTS idx_new ON ix (id, a)
-- ;;
CREATE UNIQUE INDEX IF NOT EXISTS uk_b ON ix (b)
-- ;;
CREATE OR REPLACE INDEX idx_a ON ix (a, b, id)
-- ;;
CREATE OR REPLACE UNIQUE INDEX uk_b ON ix (b, a)
-- ;;
CREATE INDEX idx_alg ON ix (c(5)) ALGORITHM = INPLACE
-- ;;
CREATE INDEX idx_lock ON ix (c(6)) LOCK = NONE
-- ;;
CREATE INDEX idx_alg_lock ON ix (c(7)) ALGORITHM=INPLACE LOCK=SHARED
-- ;;
CREATE INDEX idx_alg_copy ON ix (c(8), a) ALGORITHM DEFAULT LOCK DEFAULT
-- ;;
CREATE INDEX idx_qualified ON corpus.ix (a, c(9))
-- ;;
CREATE INDEX idx_other ON ix_other.ix2 (a)
-- ;;
CREATE UNIQUE INDEX `uk other` ON `ix_other`.`ix2` (`c`)
-- ;;
create index idx_lower on ix (b, c(11))
-- ;;
CREATE INDEX `idx ``quoted``` ON `ix` (`a`, `c`(12))
-- ;;
CREATE INDEX idx_ignored ON ix (b, id) IGNORED
-- ;;
CREATE INDEX idx_multi_line
  ON ix (
    a,
    b DESC,
    c(13)
  )
  COMMENT 'multi-line'
-- ;;
CREATE INDEX idx_wait ON ix (a, c(14)) WAIT 2
-- ;;
CREATE INDEX idx_nowait ON ix (a, c(15)) NOWAIT
-- ;;
DROP INDEX idx_a ON ix
-- ;;
DROP INDEX IF EXISTS idx_a ON ix
-- ;;
DROP INDEX uk_b ON ix
-- ;;
DROP INDEX `PRIMARY` ON ix
-- ;;
DROP INDEX ft_c ON corpus.ix
-- ;;
DROP INDEX sp_g ON ix
-- ;;
DROP INDEX IF EXISTS sp_p ON corpus.ix
-- ;;
DROP INDEX idx_c_prefix
  ON ix
-- ;;
DROP INDEX `uk other` ON `ix_other`.`ix2`
-- ;;
DROP INDEX idx_other ON ix_other.ix2
-- ;;
drop index idx_lower on ix
-- ;;
DROP INDEX `idx ``quoted``` ON `ix`
-- ;;
DROP INDEX IF EXISTS no_such_index ON ix
-- ;;
DROP INDEX idx_multi_line ON ix WAIT 3
-- ;;
DROP INDEX idx_wait ON ix NOWAIT
-- ;;
DROP INDEX idx_ignored ON ix /* trailing comment */
-- ;;
CREATE TABLE ix_mem (a INT, b INT) ENGINE=MEMORY
-- ;;
CREATE INDEX h_a USING HASH ON ix_mem (a)
-- ;;
CREATE INDEX b_b ON ix_mem (b) USING BTREE
-- ;;
DROP INDEX h_a ON ix_mem
-- ;;
CREATE TABLE ix_myisam (a INT, t TEXT) ENGINE=MyISAM
-- ;;
CREATE FULLTEXT INDEX ft_t ON ix_myisam (t) COMMENT 'myisam fulltext'
-- ;;
CREATE INDEX idx_kbs_myisam ON ix_myisam (a) KEY_BLOCK_SIZE 2048
-- ;;
DROP DATABASE ix_other
