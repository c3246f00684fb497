import SQLSyntax
import Testing

/// The trees CREATE TABLE produces, for the forms whose encoding is a decision.
@Suite struct CreateTableTests {
    private func definition(_ text: String) throws -> TableDefinition {
        guard case .createTable(let create) = try statement(text), case .definition(let definition) = create.body else {
            Issue.record("not a CREATE TABLE with a definition: \(text)")
            return TableDefinition()
        }
        return definition
    }

    private func column(_ text: String) throws -> ColumnDefinition? {
        try definition("CREATE TABLE t (\(text))").columns.first
    }

    @Test func createTableFlagsAndName() throws {
        guard case .createTable(let create) = try statement("CREATE OR REPLACE TEMPORARY TABLE IF NOT EXISTS `d`.`t` (a INT)") else {
            Issue.record("not CREATE TABLE")
            return
        }
        #expect(create.orReplace && create.temporary && create.ifNotExists)
        #expect(create.name == SQLTableName(schema: "d", name: "t"))
    }

    @Test func typesKeepTheirSpelling() throws {
        var type = SQLDataType(name: "INTEGER")
        type.length = ["11"]
        type.unsigned = true
        type.zerofill = true
        #expect(try column("a integer(11) zerofill unsigned")?.type == type)

        var national = SQLDataType(name: "CHARACTER VARYING")
        national.national = true
        national.length = ["10"]
        #expect(try column("a NATIONAL CHARACTER VARYING(10)")?.type == national)

        var decimal = SQLDataType(name: "DECIMAL")
        decimal.length = ["10", "2"]
        #expect(try column("a DECIMAL(10, 2)")?.type == decimal)
    }

    @Test func characterSetAndCollationInTheTypeAndAfter() throws {
        let parsed = try column("a VARCHAR(10) CHARACTER SET utf8mb4 BINARY COLLATE utf8mb4_bin NOT NULL COLLATE latin1_bin")
        var type = SQLDataType(name: "VARCHAR")
        type.length = ["10"]
        type.charset = "utf8mb4"
        type.binary = true
        type.collation = "utf8mb4_bin"
        #expect(parsed?.type == type)
        #expect(parsed?.attributes == [.notNull, .collate("latin1_bin")])
    }

    @Test func enumMembersAreUnescaped() throws {
        #expect(try column(#"a ENUM('x', 'it''s', 'a\\b', 'n\n')"#)?.type.values == ["x", "it's", #"a\b"#, "n\n"])
    }

    @Test func defaultsAndGeneratedColumns() throws {
        #expect(try column("a INT DEFAULT -1")?.attributes == [.default(.unary(.negate, .literal(.integer("1"))))])
        #expect(try column("a INT DEFAULT (1)")?.attributes == [.default(.literal(.integer("1")))])
        #expect(
            try column("a TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP(3)")?.attributes == [
                .default(.function(name: "CURRENT_TIMESTAMP", arguments: [])),
                .onUpdate(.function(name: "CURRENT_TIMESTAMP", arguments: [.literal(.integer("3"))])),
            ])
        #expect(
            try column("a INT AS (b * 2) PERSISTENT")?.attributes == [
                .generated(.binary(.multiply, .column(["b"]), .literal(.integer("2"))), stored: true)
            ])
        #expect(try column("a INT GENERATED ALWAYS AS (b)")?.attributes == [.generated(.column(["b"]), stored: false)])
    }

    @Test func columnCheckKeepsEnforcementAsWritten() throws {
        #expect(
            try column("a INT CONSTRAINT c CHECK (a > 0) NOT ENFORCED")?.attributes == [
                .check(name: "c", .binary(.greater, .column(["a"]), .literal(.integer("0")))), .other("NOT ENFORCED"),
            ])
    }

    @Test func columnReferences() throws {
        let reference = ForeignKeyReference(
            table: SQLTableName(schema: "d", name: "p"), columns: ["id"], actions: ["MATCH SIMPLE", "ON DELETE SET NULL"])
        #expect(try column("a INT REFERENCES d.p (id) match simple on delete set null")?.attributes == [.references(reference)])
    }

    @Test func constraints() throws {
        let parsed = try definition(
            """
            CREATE TABLE t (a INT, b TEXT,
              CONSTRAINT pk PRIMARY KEY (a),
              UNIQUE KEY u USING HASH (b(10) DESC) COMMENT 'c',
              FULLTEXT (b),
              KEY ((a + 1)),
              CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id) ON UPDATE CASCADE,
              CHECK (a > 0) NOT ENFORCED)
            """)
        #expect(parsed.columns.map(\.name) == ["a", "b"])
        #expect(
            parsed.constraints == [
                TableConstraint(symbol: "pk", kind: .primaryKey(IndexSpec(columns: [IndexColumn(.column("a", length: nil))]))),
                TableConstraint(
                    kind: .unique(
                        IndexSpec(
                            name: "u", using: "HASH", columns: [IndexColumn(.column("b", length: 10), descending: true)],
                            options: [SQLTableOption(name: "COMMENT", value: "c", quoted: true)]))),
                TableConstraint(kind: .index(IndexSpec(columns: [IndexColumn(.column("b", length: nil))]), .fulltext)),
                TableConstraint(
                    kind: .index(
                        IndexSpec(columns: [IndexColumn(.expression(.binary(.add, .column(["a"]), .literal(.integer("1")))))]), .plain)),
                TableConstraint(
                    symbol: "fk",
                    kind: .foreignKey(
                        name: nil, columns: ["a"],
                        ForeignKeyReference(table: SQLTableName(name: "p"), columns: ["id"], actions: ["ON UPDATE CASCADE"]))),
                TableConstraint(kind: .check(.binary(.greater, .column(["a"]), .literal(.integer("0"))), enforced: false)),
            ])
    }

    @Test func tableOptionsAreNormalized() throws {
        let parsed = try definition("CREATE TABLE t (a INT) ENGINE = InnoDB DEFAULT CHARSET=utf8mb4, COLLATE utf8mb4_bin COMMENT='x' foo=1")
        #expect(
            parsed.options == [
                SQLTableOption(name: "ENGINE", value: "InnoDB"), SQLTableOption(name: "CHARACTER SET", value: "utf8mb4"),
                SQLTableOption(name: "COLLATE", value: "utf8mb4_bin"), SQLTableOption(name: "COMMENT", value: "x", quoted: true),
                SQLTableOption(name: "FOO", value: "1"),
            ])
    }

    @Test func partitioningAndSelectAreVerbatim() throws {
        let parsed = try definition("CREATE TABLE t (a INT) PARTITION BY HASH(a)\n PARTITIONS /* four */ 4 IGNORE AS SELECT a FROM s")
        #expect(parsed.partitioning == "PARTITION BY HASH(a) PARTITIONS 4")
        #expect(parsed.asSelect == "IGNORE AS SELECT a FROM s")
    }

    @Test func likeForms() throws {
        let expected = SQLStatement.createTable(
            CreateTable(name: SQLTableName(name: "t"), body: .like(SQLTableName(schema: "d", name: "s"))))
        #expect(try statement("CREATE TABLE t LIKE d.s") == expected)
        #expect(try statement("CREATE TABLE t (LIKE d.s)") == expected)
    }

    @Test func mysqldumpStyle() throws {
        let dump = """
            /*!40101 SET @saved_cs_client     = @@character_set_client */;
            CREATE TABLE /*!32312 IF NOT EXISTS*/ `t` (
              `id` int(11) NOT NULL AUTO_INCREMENT,
              PRIMARY KEY (`id`)
            ) ENGINE=InnoDB DEFAULT CHARSET=latin1 /*!50100 PARTITION BY HASH (`id`) PARTITIONS 2 */
            """
        let statements = SQLParser.splitScript(dump).map { String(dump[$0]) }
        #expect(statements.count == 2)
        #expect(try statement(statements[0]) == .nonDDL(.set))
        guard case .createTable(let create) = try statement(statements[1]), case .definition(let definition) = create.body else {
            Issue.record("not CREATE TABLE")
            return
        }
        #expect(create.ifNotExists)
        #expect(definition.partitioning == "PARTITION BY HASH (`id`) PARTITIONS 2")
        #expect(try statement(statements[1], options: SQLLexerOptions(versionedCommentMaxVersion: 50000)) != .createTable(create))
    }
}
