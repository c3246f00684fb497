import MigrationConfig
import ReplicationCore
import Testing

@Suite struct BlockAllowListTests {
    /// The usage example of DM's "Block and Allow Table Lists" page, with its expected results.
    static let docsRule = BlockAllowListConfig(
        doDBs: ["forum_backup_2018", "forum"],
        ignoreDBs: ["~^forum_backup_"],
        doTables: [
            TableNamePattern(dbName: "logs", tableName: "~_2018$"),
            TableNamePattern(dbName: "~^forum.*", tableName: "messages"),
        ],
        ignoreTables: [TableNamePattern(dbName: "~.*", tableName: "^messages.*")]
    )

    static let docsExpectations: [(schema: String, table: String, replicated: Bool)] = [
        ("logs", "messages_2016", false),
        ("logs", "messages_2017", false),
        ("logs", "messages_2018", false),
        ("forum_backup_2016", "messages", false),
        ("forum_backup_2017", "messages", false),
        ("forum", "users", false),
        ("forum", "messages", true),
        ("forum_backup_2018", "messages", true),
    ]

    @Test(arguments: docsExpectations)
    func docsExample(_ schema: String, _ table: String, _ replicated: Bool) throws {
        let list = try BlockAllowList(Self.docsRule, caseSensitive: false)
        #expect(list.matches(TableName(schema: schema, table: table)) == replicated)
    }

    /// `rule-1` of the docs' configuration example: wildcards, sets and ranges.
    static let wildcardRule = BlockAllowListConfig(
        doDBs: ["test*"],
        doTables: [TableNamePattern(dbName: "test[123]", tableName: "t[1-5]"), TableNamePattern(dbName: "test", tableName: "t")]
    )

    static let wildcardExpectations: [(schema: String, table: String, replicated: Bool)] = [
        ("test1", "t3", true),
        ("test4", "t3", false),
        ("test2", "t6", false),
        ("test", "t", true),
        ("test", "t1", false),
        ("other", "t", false),
        // Schema-only statements pass the table level.
        ("test9", "", true),
        ("other", "", false),
    ]

    @Test(arguments: wildcardExpectations)
    func wildcardExample(_ schema: String, _ table: String, _ replicated: Bool) throws {
        let list = try BlockAllowList(Self.wildcardRule, caseSensitive: false)
        #expect(list.matches(TableName(schema: schema, table: table)) == replicated)
    }

    @Test func ignoreDBsApplyOnlyWithoutDoDBs() throws {
        let list = try BlockAllowList(BlockAllowListConfig(doDBs: ["a"], ignoreDBs: ["a"]), caseSensitive: true)
        #expect(list.matches(TableName(schema: "a", table: "t")))
        let ignoring = try BlockAllowList(BlockAllowListConfig(ignoreDBs: ["a"]), caseSensitive: true)
        #expect(!ignoring.matches(TableName(schema: "a", table: "t")))
        #expect(ignoring.matches(TableName(schema: "b", table: "t")))
    }

    @Test func doTablesWinOverIgnoreTables() throws {
        let config = BlockAllowListConfig(
            doTables: [TableNamePattern(dbName: "db", tableName: "t*")],
            ignoreTables: [TableNamePattern(dbName: "db", tableName: "t1")]
        )
        let list = try BlockAllowList(config, caseSensitive: true)
        #expect(list.matches(TableName(schema: "db", table: "t1")))
        #expect(!list.matches(TableName(schema: "db", table: "x")))
        let onlyIgnore = try BlockAllowList(BlockAllowListConfig(ignoreTables: [TableNamePattern(dbName: "db", tableName: "log")]), caseSensitive: true)
        #expect(!onlyIgnore.matches(TableName(schema: "db", table: "log")))
        #expect(onlyIgnore.matches(TableName(schema: "db", table: "t")))
        #expect(onlyIgnore.matches(TableName(schema: "db")))
    }

    @Test func emptyListAllowsEverything() throws {
        let list = try BlockAllowList(BlockAllowListConfig(), caseSensitive: true)
        #expect(list.matches(TableName(schema: "any", table: "t")))
        #expect(!list.shouldReplicate(TableName(schema: "mysql", table: "user")))
        #expect(!list.shouldReplicate(TableName(schema: "INFORMATION_SCHEMA", table: "TABLES")))
        #expect(list.shouldReplicate(TableName(schema: "app", table: "t")))
    }

    @Test func caseSensitivity() throws {
        let config = BlockAllowListConfig(doDBs: ["Shop", "~^Log"])
        let insensitive = try BlockAllowList(config, caseSensitive: false)
        #expect(insensitive.matches(TableName(schema: "shop", table: "t")))
        #expect(insensitive.matches(TableName(schema: "logs", table: "t")))
        let sensitive = try BlockAllowList(config, caseSensitive: true)
        #expect(!sensitive.matches(TableName(schema: "shop", table: "t")))
        #expect(!sensitive.matches(TableName(schema: "logs", table: "t")))
        #expect(sensitive.matches(TableName(schema: "Shop", table: "t")))
        // Cached results do not leak between names differing in case.
        #expect(sensitive.matches(TableName(schema: "Logs", table: "t")))
        #expect(!sensitive.matches(TableName(schema: "logs", table: "t")))
    }

    @Test func rejectsBadPatterns() {
        #expect(throws: BlockAllowListError.self) { try BlockAllowList(BlockAllowListConfig(doDBs: ["do*c"]), caseSensitive: true) }
        #expect(throws: BlockAllowListError.self) { try BlockAllowList(BlockAllowListConfig(doDBs: ["~(x"]), caseSensitive: true) }
        #expect(throws: BlockAllowListError.self) {
            try BlockAllowList(BlockAllowListConfig(doTables: [TableNamePattern(dbName: "db", tableName: "")]), caseSensitive: true)
        }
        do {
            _ = try BlockAllowList(BlockAllowListConfig(ignoreDBs: ["a*b"]), caseSensitive: true)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("ignore-dbs"))
            #expect("\(error)".contains("a*b"))
        }
    }

    static let renames: [(from: TableName, to: TableName, decision: RenameDecision)] = [
        (TableName(schema: "app", table: "a"), TableName(schema: "app", table: "b"), .apply),
        (TableName(schema: "other", table: "a"), TableName(schema: "other", table: "b"), .skip),
        (TableName(schema: "app", table: "a"), TableName(schema: "other", table: "a"), .leavesScope),
        (TableName(schema: "other", table: "a"), TableName(schema: "app", table: "a"), .entersScope),
        (TableName(schema: "app", table: "a"), TableName(schema: "mysql", table: "a"), .leavesScope),
    ]

    @Test(arguments: renames)
    func renameDecision(_ from: TableName, _ to: TableName, _ decision: RenameDecision) throws {
        let list = try BlockAllowList(BlockAllowListConfig(doDBs: ["app"]), caseSensitive: true)
        #expect(list.decideRename(from: from, to: to) == decision)
    }
}
