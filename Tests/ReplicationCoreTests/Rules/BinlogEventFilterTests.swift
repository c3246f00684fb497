import MigrationConfig
import ReplicationCore
import Testing

@Suite struct BinlogEventFilterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let schema: String
        let table: String
        let event: FilterEventType?
        var sql: String? = nil
        let expected: FilterAction
        var testDescription: String { "\(schema).\(table) \(event?.rawValue ?? "?") \(sql ?? "") -> \(expected)" }
    }

    /// "Filter all sharding deletion operations" from DM's "Binlog Event Filter" page.
    static let deletionRules = [
        EventFilterRuleConfig(schemaPattern: "test_*", tablePattern: "t_*", events: [.truncateTable, .dropTable, .delete], action: .ignore),
        EventFilterRuleConfig(schemaPattern: "test_*", events: [.dropDatabase], action: .ignore),
    ]

    static let deletionCases: [Case] = [
        Case(schema: "test_1", table: "t_1", event: .delete, expected: .ignore),
        Case(schema: "test_1", table: "t_1", event: .truncateTable, sql: "TRUNCATE TABLE t_1", expected: .ignore),
        Case(schema: "test_1", table: "t_1", event: .dropTable, sql: "DROP TABLE t_1", expected: .ignore),
        Case(schema: "test_1", table: "t_1", event: .insert, expected: .do),
        Case(schema: "test_1", table: "t_1", event: .update, expected: .do),
        Case(schema: "test_1", table: "", event: .dropDatabase, sql: "DROP DATABASE test_1", expected: .ignore),
        Case(schema: "test_1", table: "", event: .createDatabase, sql: "CREATE DATABASE test_1", expected: .do),
        // The table rule does not apply to other tables; the schema rule does not cover deletes.
        Case(schema: "test_1", table: "x", event: .delete, expected: .do),
        Case(schema: "prod", table: "t_1", event: .delete, expected: .do),
    ]

    @Test(arguments: deletionCases)
    func deletionExample(_ test: Case) throws {
        let filter = try BinlogEventFilter(rules: Self.deletionRules, caseSensitive: false)
        #expect(try filter.decide(table: TableName(schema: test.schema, table: test.table), event: test.event, sql: test.sql) == test.expected)
    }

    /// Rules exercising `sql-pattern`, `all dml`/`none ddl` and `Do` (names as in DM's own tests).
    static let mixedRules = [
        EventFilterRuleConfig(
            schemaPattern: "Test_1_*", tablePattern: "abc*", events: [.delete, .insert, .createIndex, .dropIndex],
            sqlPattern: [#"^DROP\s+PROCEDURE"#, #"^CREATE\s+PROCEDURE"#], action: .ignore
        ),
        EventFilterRuleConfig(schemaPattern: "xxx_*", tablePattern: "abc_*", events: [.allDML, .noneDDL], action: .ignore),
        EventFilterRuleConfig(schemaPattern: "yyy_*", tablePattern: "abc_*", events: [.allDML], action: .do),
    ]

    static let mixedCases: [Case] = [
        Case(schema: "test_1_a", table: "abc1", event: .delete, expected: .ignore),
        Case(schema: "test_1_a", table: "abc1", event: .insert, expected: .ignore),
        Case(schema: "test_1_a", table: "abc1", event: .update, expected: .do),
        Case(schema: "test_1_a", table: "abc1", event: .createIndex, expected: .ignore),
        Case(schema: "test_1_a", table: "abc1", event: .renameTable, expected: .do),
        // Statements of unknown type are judged by sql-pattern alone (case-insensitively).
        Case(schema: "test_1_a", table: "abc1", event: nil, sql: "drop procedure abc", expected: .ignore),
        Case(schema: "test_1_a", table: "abc1", event: nil, sql: "create procedure abc", expected: .ignore),
        Case(schema: "test_1_a", table: "abc1", event: nil, sql: "create function abc", expected: .do),
        Case(schema: "xxx_1", table: "abc_1", event: nil, sql: "create function abc", expected: .do),
        Case(schema: "xxx_1", table: "abc_1", event: .insert, expected: .ignore),
        // `none ddl` stops the scan: DDL does not match this Ignore rule.
        Case(schema: "xxx_1", table: "abc_1", event: .createIndex, expected: .do),
        Case(schema: "yyy_1", table: "abc_1", event: .insert, expected: .do),
        // A Do rule rejects what is not in its events.
        Case(schema: "yyy_1", table: "abc_1", event: .createIndex, expected: .ignore),
        // No rule applies.
        Case(schema: "xxx_a", table: "", event: .insert, expected: .do),
    ]

    @Test(arguments: mixedCases)
    func mixedRules(_ test: Case) throws {
        let filter = try BinlogEventFilter(rules: Self.mixedRules, caseSensitive: false)
        #expect(try filter.decide(table: TableName(schema: test.schema, table: test.table), event: test.event, sql: test.sql) == test.expected)
    }

    @Test func caseSensitivePatterns() throws {
        let filter = try BinlogEventFilter(rules: Self.mixedRules, caseSensitive: true)
        #expect(try filter.decide(table: TableName(schema: "test_1_a", table: "abc1"), event: .delete, sql: nil) == .do)
        #expect(try filter.decide(table: TableName(schema: "Test_1_a", table: "abc1"), event: .delete, sql: nil) == .ignore)
    }

    @Test func doRuleNeedsEventAndSQL() throws {
        // Both tests must pass for a Do rule: the event type, and the statement when it has sql-pattern.
        let rules = [EventFilterRuleConfig(schemaPattern: "test_*", tablePattern: "ab*", events: [.insert, .allDDL], sqlPattern: [#"^CREATE\s+TABLE"#], action: .do)]
        let filter = try BinlogEventFilter(rules: rules, caseSensitive: false)
        let table = TableName(schema: "test_1", table: "abc")
        #expect(try filter.decide(table: table, event: .insert, sql: nil) == .do)
        #expect(try filter.decide(table: table, event: .delete, sql: nil) == .ignore)
        #expect(try filter.decide(table: table, event: .createTable, sql: "CREATE TABLE abc (id int)") == .do)
        #expect(try filter.decide(table: table, event: .dropTable, sql: "DROP TABLE abc") == .ignore)
        #expect(try filter.decide(table: table, event: nil, sql: "create function f") == .ignore)
    }

    @Test func schemaRulesApplyToTablesToo() throws {
        // DM applies a schema rule to every table of the schema, alongside table rules: a Do rule
        // listing only `create database` therefore rejects the rows of those tables.
        let rules = [
            EventFilterRuleConfig(schemaPattern: "test_*", tablePattern: "t_*", events: [.createTable, .allDML], action: .do),
            EventFilterRuleConfig(schemaPattern: "test_*", events: [.createDatabase], action: .do),
        ]
        let filter = try BinlogEventFilter(rules: rules, caseSensitive: false)
        #expect(try filter.decide(table: TableName(schema: "test_1"), event: .createDatabase, sql: "CREATE DATABASE test_1") == .do)
        #expect(try filter.decide(table: TableName(schema: "test_1", table: "t_1"), event: .insert, sql: nil) == .ignore)
    }

    @Test func errorAction() throws {
        // "Report errors on some DDL statements" from DM's page.
        let rules = [EventFilterRuleConfig(schemaPattern: "test_*", tablePattern: "t_*", events: [.truncateTable, .truncateTablePartition], action: .error)]
        let filter = try BinlogEventFilter(rules: rules, caseSensitive: false)
        let table = TableName(schema: "test_1", table: "t_1")
        #expect(try filter.decide(table: table, event: .truncateTable, sql: "TRUNCATE TABLE t_1") == .error)
        #expect(try filter.decide(table: table, event: .truncateTablePartition, sql: "ALTER TABLE t_1 TRUNCATE PARTITION p0") == .error)
        #expect(try filter.decide(table: table, event: .insert, sql: nil) == .do)
    }

    static let precedence: [(actions: [FilterAction], expected: FilterAction)] = [
        ([.ignore, .error], .ignore),
        ([.error, .ignore], .ignore),
        ([.error, .do], .error),
        ([.do, .error], .error),
        ([.ignore, .do], .ignore),
        ([.do], .do),
    ]

    /// Ignore over Error over Do, whatever the order of the rules; every rule here matches the event.
    @Test(arguments: precedence)
    func actionPrecedence(_ actions: [FilterAction], _ expected: FilterAction) throws {
        let patterns = ["db", "d?", "d*"]
        let rules = actions.enumerated().map { index, action in
            EventFilterRuleConfig(schemaPattern: patterns[index], events: [.dropTable], action: action)
        }
        let filter = try BinlogEventFilter(rules: rules, caseSensitive: true)
        #expect(try filter.decide(table: TableName(schema: "db", table: "t"), event: .dropTable, sql: "DROP TABLE t") == expected)
    }

    @Test func errorBeatsARejectingDoRule() throws {
        let rules = [
            EventFilterRuleConfig(schemaPattern: "db", events: [.insert], action: .do),
            EventFilterRuleConfig(schemaPattern: "d*", events: [.dropTable], action: .error),
        ]
        let filter = try BinlogEventFilter(rules: rules, caseSensitive: true)
        #expect(try filter.decide(table: TableName(schema: "db", table: "t"), event: .dropTable, sql: nil) == .error)
        #expect(try filter.decide(table: TableName(schema: "db", table: "t"), event: .delete, sql: nil) == .ignore)
    }

    static let eventLists: [(events: [FilterEventType], event: FilterEventType, matches: Bool)] = [
        ([.all], .insert, true),
        ([.all], .dropColumn, true),
        ([.noneEvent, .insert], .insert, false),
        ([.insert, .noneEvent], .insert, true),
        ([.allDDL], .dropTable, true),
        ([.allDDL], .createTable, true),
        ([.allDDL], .update, false),
        ([.noneDDL, .allDML], .insert, true),
        ([.noneDML, .insert], .insert, false),
        ([.incompatibleDDLChanges], .dropColumn, true),
        ([.incompatibleDDLChanges], .truncateTable, true),
        ([.incompatibleDDLChanges], .createTable, false),
        ([.incompatibleDDLChanges], .delete, false),
        ([.alterTable], .dropColumn, false),
        ([], .insert, false),
    ]

    /// An Ignore rule fires exactly when its `events` match.
    @Test(arguments: eventLists)
    func eventListScan(_ events: [FilterEventType], _ event: FilterEventType, _ matches: Bool) throws {
        let filter = try BinlogEventFilter(rules: [EventFilterRuleConfig(schemaPattern: "db", events: events, action: .ignore)], caseSensitive: true)
        #expect(try filter.decide(table: TableName(schema: "db", table: "t"), event: event, sql: nil) == (matches ? .ignore : .do))
    }

    @Test func globalRuleCoversUnparsedStatements() throws {
        // DM checks statements it cannot parse with an empty schema and table: only `*` matches.
        let rules = [EventFilterRuleConfig(schemaPattern: "*", sqlPattern: ["^FLUSH"], action: .ignore)]
        let filter = try BinlogEventFilter(rules: rules, caseSensitive: false)
        #expect(try filter.decide(table: TableName(schema: ""), event: nil, sql: "FLUSH ENGINE LOGS") == .ignore)
        #expect(try filter.decide(table: TableName(schema: "db", table: "t"), event: nil, sql: "flush tables") == .ignore)
        #expect(try filter.decide(table: TableName(schema: "db", table: "t"), event: .insert, sql: nil) == .do)
        let tableRule = try BinlogEventFilter(rules: [EventFilterRuleConfig(schemaPattern: "*", tablePattern: "*", sqlPattern: ["^FLUSH"], action: .ignore)], caseSensitive: false)
        #expect(try tableRule.decide(table: TableName(schema: ""), event: nil, sql: "FLUSH LOGS") == .ignore)
        let narrowTable = try BinlogEventFilter(rules: [EventFilterRuleConfig(schemaPattern: "*", tablePattern: "t*", sqlPattern: ["^FLUSH"], action: .ignore)], caseSensitive: false)
        #expect(try narrowTable.decide(table: TableName(schema: "db"), event: nil, sql: "FLUSH LOGS") == .do)
    }

    @Test func rejectsGroupsAsEvents() throws {
        let filter = try BinlogEventFilter(rules: [], caseSensitive: false)
        #expect(throws: BinlogEventFilterError(event: .allDML)) {
            try filter.decide(table: TableName(schema: "db", table: "t"), event: .allDML, sql: nil)
        }
    }

    @Test func rejectsInvalidRules() {
        let invalid: [[EventFilterRuleConfig]] = [
            [EventFilterRuleConfig(schemaPattern: "", action: .ignore)],
            [EventFilterRuleConfig(schemaPattern: "~^db", action: .ignore)],
            [EventFilterRuleConfig(schemaPattern: "d*b", action: .ignore)],
            [EventFilterRuleConfig(schemaPattern: "db", sqlPattern: ["(unclosed"], action: .ignore)],
            // Two rules with the same patterns, as DM's selector refuses.
            [EventFilterRuleConfig(schemaPattern: "db", action: .ignore), EventFilterRuleConfig(schemaPattern: "DB", action: .do)],
        ]
        for rules in invalid {
            #expect(throws: FilterRuleError.self) { try BinlogEventFilter(rules: rules, caseSensitive: false) }
        }
    }
}
