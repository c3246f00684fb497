import SQLSyntax
import Testing

/// ALTER TABLE specifications: trees and printed forms.
@Suite struct AlterTableTests {
    private func specifications(_ text: String) throws -> [AlterSpecification] {
        guard case .alterTable(let alter) = try statement(text) else {
            Issue.record("not ALTER TABLE: \(text)")
            return []
        }
        return alter.specifications
    }

    private func intColumn(_ name: String) -> ColumnDefinition { ColumnDefinition(name: name, type: SQLDataType(name: "INT")) }

    @Test func columns() throws {
        #expect(
            try specifications(
                "ALTER TABLE t ADD c INT FIRST, ADD COLUMN IF NOT EXISTS d INT AFTER c, ADD (e INT, f INT), DROP g, DROP COLUMN IF EXISTS h"
            ) == [
                .addColumns([intColumn("c")], position: .first, ifNotExists: false),
                .addColumns([intColumn("d")], position: .after("c"), ifNotExists: true),
                .addColumns([intColumn("e"), intColumn("f")], position: nil, ifNotExists: false),
                .dropColumn("g", ifExists: false), .dropColumn("h", ifExists: true),
            ])
        #expect(
            try specifications("ALTER TABLE t MODIFY a INT FIRST, CHANGE COLUMN IF EXISTS b c INT AFTER a, RENAME COLUMN c TO d") == [
                .modifyColumn(intColumn("a"), position: .first, ifExists: false),
                .changeColumn(old: "b", intColumn("c"), position: .after("a"), ifExists: true),
                .renameColumn(old: "c", new: "d"),
            ])
        #expect(
            try specifications("ALTER TABLE t ALTER a SET DEFAULT 1, ALTER COLUMN b DROP DEFAULT, ALTER COLUMN c SET INVISIBLE") == [
                .alterColumnSetDefault("a", .literal(.integer("1"))), .alterColumnDropDefault("b"),
                .alterColumnVisibility("c", visible: false),
            ])
    }

    @Test func indexesAndConstraints() throws {
        let index = IndexSpec(name: "i", columns: [IndexColumn(.column("a", length: nil))])
        #expect(
            try specifications(
                "ALTER TABLE t ADD INDEX IF NOT EXISTS i (a), ADD CONSTRAINT u UNIQUE i (a), DROP KEY IF EXISTS i, DROP PRIMARY KEY, DROP FOREIGN KEY f, DROP CHECK c, RENAME KEY i TO j"
            ) == [
                .addConstraint(TableConstraint(kind: .index(index, .plain)), ifNotExists: true),
                .addConstraint(TableConstraint(symbol: "u", kind: .unique(index)), ifNotExists: false),
                .dropIndex("i", ifExists: true), .dropPrimaryKey, .dropForeignKey("f", ifExists: false),
                .dropConstraint("c", ifExists: false), .renameIndex(old: "i", new: "j"),
            ])
        // MySQL takes index definitions in a parenthesized ADD list.
        #expect(
            try specifications("ALTER TABLE t ADD (a INT, INDEX i (a))") == [
                .addColumns([intColumn("a")], position: nil, ifNotExists: false),
                .addConstraint(TableConstraint(kind: .index(index, .plain)), ifNotExists: false),
            ])
    }

    @Test func tableLevelSpecifications() throws {
        #expect(
            try specifications(
                "ALTER TABLE t ENGINE=InnoDB ROW_FORMAT DYNAMIC, DEFAULT CHARACTER SET = latin1 COLLATE latin1_bin, CONVERT TO CHARSET utf8mb4 COLLATE utf8mb4_bin, ALGORITHM=INPLACE, LOCK = NONE, FORCE, RENAME AS d.t2"
            ) == [
                .options([SQLTableOption(name: "ENGINE", value: "InnoDB"), SQLTableOption(name: "ROW_FORMAT", value: "DYNAMIC")]),
                .options([SQLTableOption(name: "CHARACTER SET", value: "latin1"), SQLTableOption(name: "COLLATE", value: "latin1_bin")]),
                .convertCharset("utf8mb4", collation: "utf8mb4_bin"), .algorithm("INPLACE"), .lock("NONE"), .force,
                .renameTable(SQLTableName(schema: "d", name: "t2")),
            ])
    }

    @Test func verbatimSpecifications() throws {
        #expect(try specifications("ALTER TABLE t DISABLE KEYS") == [.other("DISABLE KEYS")])
        #expect(try specifications("ALTER TABLE t ORDER BY a, b DESC") == [.other("ORDER BY a, b DESC")])
        #expect(try specifications("ALTER TABLE t DROP PARTITION p1, p2") == [.other("DROP PARTITION p1, p2")])
        #expect(
            try specifications("ALTER TABLE t ALGORITHM=INPLACE, COALESCE PARTITION 2") == [
                .algorithm("INPLACE"), .other("COALESCE PARTITION 2"),
            ])
        #expect(try specifications("ALTER TABLE t DISCARD TABLESPACE") == [.other("DISCARD TABLESPACE")])
        #expect(try specifications("ALTER TABLE t ALTER INDEX i INVISIBLE, FORCE") == [.other("ALTER INDEX i INVISIBLE"), .force])
        #expect(
            try specifications("ALTER TABLE t ENGINE=InnoDB PARTITION BY HASH(a) PARTITIONS 4") == [
                .options([SQLTableOption(name: "ENGINE", value: "InnoDB")]), .other("PARTITION BY HASH(a) PARTITIONS 4"),
            ])
        #expect(try specifications("ALTER TABLE t") == [])
    }

    static let printedCases: [(source: String, printed: String)] = [
        ("ALTER TABLE t ADD c INT NOT NULL DEFAULT 0 AFTER b", "ALTER TABLE `t` ADD COLUMN `c` INT NOT NULL DEFAULT 0 AFTER `b`"),
        ("ALTER TABLE t ADD COLUMN IF NOT EXISTS (a INT, b TEXT)", "ALTER TABLE `t` ADD COLUMN IF NOT EXISTS (`a` INT, `b` TEXT)"),
        ("ALTER TABLE t DROP a, DROP COLUMN IF EXISTS b", "ALTER TABLE `t` DROP COLUMN `a`, DROP COLUMN IF EXISTS `b`"),
        ("ALTER TABLE t MODIFY IF EXISTS a BIGINT FIRST", "ALTER TABLE `t` MODIFY COLUMN IF EXISTS `a` BIGINT FIRST"),
        ("ALTER TABLE t CHANGE a b INT", "ALTER TABLE `t` CHANGE COLUMN `a` `b` INT"),
        ("ALTER TABLE t RENAME COLUMN a TO b, RENAME INDEX i TO j", "ALTER TABLE `t` RENAME COLUMN `a` TO `b`, RENAME INDEX `i` TO `j`"),
        (
            "ALTER TABLE t ALTER a SET DEFAULT 'x', ALTER b DROP DEFAULT",
            "ALTER TABLE `t` ALTER COLUMN `a` SET DEFAULT 'x', ALTER COLUMN `b` DROP DEFAULT"
        ),
        ("ALTER TABLE t ALTER COLUMN a SET DEFAULT (now())", "ALTER TABLE `t` ALTER COLUMN `a` SET DEFAULT (NOW())"),
        ("ALTER TABLE t ALTER COLUMN a SET VISIBLE", "ALTER TABLE `t` ALTER COLUMN `a` SET VISIBLE"),
        (
            "ALTER TABLE t ADD PRIMARY KEY (a), ADD UNIQUE (b), ADD KEY (c), ADD FULLTEXT f (d), ADD SPATIAL INDEX (g)",
            "ALTER TABLE `t` ADD PRIMARY KEY (`a`), ADD UNIQUE KEY (`b`), ADD KEY (`c`), ADD FULLTEXT KEY `f` (`d`), ADD SPATIAL KEY (`g`)"
        ),
        (
            "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY IF NOT EXISTS (a) REFERENCES p (id) ON DELETE CASCADE",
            "ALTER TABLE `t` ADD CONSTRAINT `fk` FOREIGN KEY IF NOT EXISTS (`a`) REFERENCES `p` (`id`) ON DELETE CASCADE"
        ),
        (
            "ALTER TABLE t ADD CONSTRAINT IF NOT EXISTS c CHECK (a > 0), ADD CHECK (b > 0) NOT ENFORCED",
            "ALTER TABLE `t` ADD CONSTRAINT IF NOT EXISTS `c` CHECK (`a` > 0), ADD CHECK (`b` > 0) NOT ENFORCED"
        ),
        ("ALTER TABLE t ADD UNIQUE INDEX IF NOT EXISTS u (a)", "ALTER TABLE `t` ADD UNIQUE KEY IF NOT EXISTS `u` (`a`)"),
        (
            "ALTER TABLE t DROP INDEX i, DROP PRIMARY KEY, DROP FOREIGN KEY IF EXISTS f, DROP CONSTRAINT c",
            "ALTER TABLE `t` DROP INDEX `i`, DROP PRIMARY KEY, DROP FOREIGN KEY IF EXISTS `f`, DROP CONSTRAINT `c`"
        ),
        ("ALTER TABLE t RENAME d.u", "ALTER TABLE `t` RENAME TO `d`.`u`"),
        ("ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4", "ALTER TABLE `t` CONVERT TO CHARACTER SET utf8mb4"),
        ("ALTER TABLE t AUTO_INCREMENT 5, COMMENT 'x' ENGINE InnoDB", "ALTER TABLE `t` AUTO_INCREMENT=5, COMMENT='x' ENGINE=InnoDB"),
        ("ALTER TABLE t ALGORITHM INSTANT, LOCK=DEFAULT, FORCE", "ALTER TABLE `t` ALGORITHM=INSTANT, LOCK=DEFAULT, FORCE"),
        ("ALTER ONLINE IGNORE TABLE t ENGINE=InnoDB", "ALTER ONLINE IGNORE TABLE `t` ENGINE=InnoDB"),
        ("ALTER TABLE IF EXISTS t FORCE", "ALTER TABLE IF EXISTS `t` FORCE"),
        ("ALTER TABLE t ENGINE=InnoDB REMOVE PARTITIONING", "ALTER TABLE `t` ENGINE=InnoDB REMOVE PARTITIONING"),
        ("ALTER TABLE t EXCHANGE PARTITION p WITH TABLE t2", "ALTER TABLE `t` EXCHANGE PARTITION p WITH TABLE t2"),
        ("/*!40000 ALTER TABLE `t` DISABLE KEYS */;", "ALTER TABLE `t` DISABLE KEYS"),
    ]

    @Test(arguments: printedCases)
    func printed(source: String, printed: String) throws {
        #expect(reprinted(source) == printed)
        #expect(try roundTrips(source))
    }
}
