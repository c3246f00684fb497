-- ALTER TABLE: indexes, keys, foreign keys, checks and constraints.
CREATE TABLE akp (id INT NOT NULL PRIMARY KEY, code CHAR(4) NOT NULL, UNIQUE KEY uk_code (code))
-- ;;
CREATE TABLE ak (id INT NOT NULL, a INT, b INT, c VARCHAR(100), d TEXT, g POINT NOT NULL, parent_id INT, code CHAR(4))
-- ;;
ALTER TABLE ak ADD PRIMARY KEY (id)
-- ;;
ALTER TABLE ak DROP PRIMARY KEY
-- ;;
ALTER TABLE ak ADD CONSTRAINT pk_ak PRIMARY KEY USING BTREE (id)
-- ;;
ALTER TABLE ak DROP PRIMARY KEY, ADD PRIMARY KEY (id, a)
-- ;;
ALTER TABLE ak DROP PRIMARY KEY, ADD PRIMARY KEY (id) COMMENT 'back to id'
-- ;;
ALTER TABLE ak ADD INDEX (a)
-- ;;
ALTER TABLE ak ADD INDEX idx_b (b)
-- ;;
ALTER TABLE ak ADD KEY idx_ab (a, b)
-- ;;
ALTER TABLE ak ADD INDEX IF NOT EXISTS idx_b (b)
-- ;;
ALTER TABLE ak ADD KEY IF NOT EXISTS idx_c (c(20))
-- ;;
ALTER TABLE ak ADD INDEX idx_c_desc (c(10) DESC, a ASC)
-- ;;
ALTER TABLE ak ADD INDEX idx_using USING BTREE (b, a)
-- ;;
ALTER TABLE ak ADD INDEX idx_using2 (a) USING HASH COMMENT 'hash requested'
-- ;;
ALTER TABLE ak ADD UNIQUE (b)
-- ;;
ALTER TABLE ak ADD UNIQUE KEY uk_c (c)
-- ;;
ALTER TABLE ak ADD UNIQUE INDEX uk_ac (a, c(30))
-- ;;
ALTER TABLE ak ADD CONSTRAINT uk_named UNIQUE KEY (a, b)
-- ;;
ALTER TABLE ak ADD CONSTRAINT uk_named2 UNIQUE (b, a)
-- ;;
ALTER TABLE ak ADD UNIQUE KEY IF NOT EXISTS uk_c (c)
-- ;;
ALTER TABLE ak ADD FULLTEXT (d)
-- ;;
ALTER TABLE ak ADD FULLTEXT INDEX ft_c (c)
-- ;;
ALTER TABLE ak ADD FULLTEXT KEY ft_cd (c, d)
-- ;;
ALTER TABLE ak ADD SPATIAL INDEX sp_g (g)
-- ;;
ALTER TABLE ak DROP INDEX sp_g
-- ;;
ALTER TABLE ak ADD SPATIAL KEY IF NOT EXISTS sp_g (g)
-- ;;
ALTER TABLE ak ADD INDEX idx_parent (parent_id)
-- ;;
ALTER TABLE ak ADD FOREIGN KEY (parent_id) REFERENCES akp (id)
-- ;;
ALTER TABLE ak ADD CONSTRAINT fk_code FOREIGN KEY (code) REFERENCES akp (code) ON DELETE CASCADE ON UPDATE CASCADE
-- ;;
ALTER TABLE ak ADD CONSTRAINT fk_parent2 FOREIGN KEY idx_fk_parent2 (parent_id) REFERENCES corpus.akp (id) ON DELETE SET NULL
-- ;;
ALTER TABLE ak ADD CONSTRAINT fk_parent2 FOREIGN KEY IF NOT EXISTS (parent_id) REFERENCES akp (id)
-- ;;
ALTER TABLE ak ADD FOREIGN KEY IF NOT EXISTS fk_parent3 (parent_id) REFERENCES akp (id) ON UPDATE RESTRICT
-- ;;
ALTER TABLE ak DROP FOREIGN KEY fk_parent2
-- ;;
ALTER TABLE ak DROP FOREIGN KEY IF EXISTS fk_parent2
-- ;;
ALTER TABLE ak DROP FOREIGN KEY fk_code, DROP INDEX fk_code
-- ;;
ALTER TABLE ak DROP FOREIGN KEY ak_ibfk_1
-- ;;
ALTER TABLE ak DROP CONSTRAINT fk_parent3
-- ;;
ALTER TABLE ak ADD CHECK (a >= 0)
-- ;;
ALTER TABLE ak ADD CONSTRAINT chk_b CHECK (b IS NULL OR b > a)
-- ;;
ALTER TABLE ak ADD CONSTRAINT IF NOT EXISTS chk_b CHECK (b > 0)
-- ;;
ALTER TABLE ak ADD CONSTRAINT `chk odd` CHECK (c <> 'forbidden' AND c NOT LIKE '%;%')
-- ;;
ALTER TABLE ak DROP CONSTRAINT chk_b
-- ;;
ALTER TABLE ak DROP CONSTRAINT `chk odd`
-- ;;
ALTER TABLE ak DROP CONSTRAINT IF EXISTS chk_b
-- ;;
ALTER TABLE ak DROP CONSTRAINT CONSTRAINT_1
-- ;;
ALTER TABLE ak DROP INDEX idx_b
-- ;;
ALTER TABLE ak DROP KEY idx_ab
-- ;;
ALTER TABLE ak DROP INDEX IF EXISTS idx_b
-- ;;
ALTER TABLE ak DROP KEY IF EXISTS nonexistent_key
-- ;;
ALTER TABLE ak DROP INDEX uk_c, DROP INDEX uk_ac, ADD UNIQUE KEY uk_c2 (c(50))
-- ;;
ALTER TABLE ak RENAME INDEX idx_c TO idx_c_renamed
-- ;;
ALTER TABLE ak RENAME KEY idx_c_renamed TO idx_c
-- ;;
ALTER TABLE ak DROP INDEX `b`, ADD INDEX `b` (b, a)
-- ;;
ALTER TABLE ak ADD INDEX idx_x (a, c(5)), ADD INDEX idx_y (b, c(5)), ADD INDEX idx_z (a, b, id), ALGORITHM=INPLACE, LOCK=NONE
-- ;;
ALTER TABLE ak DROP INDEX idx_x, DROP INDEX idx_y, DROP INDEX idx_z, LOCK=DEFAULT
-- ;;
ALTER TABLE ak ADD INDEX idx_ignored (b) IGNORED
-- ;;
ALTER TABLE ak ALTER INDEX idx_ignored NOT IGNORED
-- ;;
ALTER TABLE ak ALTER INDEX idx_ignored IGNORED
-- ;;
ALTER TABLE ak ADD COLUMN e INT, ADD INDEX idx_e (e), ADD CONSTRAINT chk_e CHECK (e <> 13)
-- ;;
ALTER TABLE ak DROP INDEX idx_e, DROP COLUMN e
-- ;;
ALTER TABLE ak ADD INDEX `idx with ``quotes``` (b, id)
-- ;;
ALTER TABLE ak DROP INDEX `idx with ``quotes```
-- ;;
ALTER TABLE ak DISABLE KEYS
-- ;;
ALTER TABLE ak ENABLE KEYS
-- ;;
ALTER TABLE ak ADD KEY idx_kbs (a, id) KEY_BLOCK_SIZE=8
