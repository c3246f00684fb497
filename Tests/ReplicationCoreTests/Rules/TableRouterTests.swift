import MigrationConfig
import ReplicationCore
import Testing

@Suite struct TableRouterTests {
    /// The configuration example of DM's "Table Routing" page.
    static let docsRules = [
        RouteRuleConfig(
            schemaPattern: "test_*", tablePattern: "t_*", targetSchema: "test", targetTable: "t",
            extractTable: .init(regexp: "t_(.*)", targetColumn: "c_table"),
            extractSchema: .init(regexp: "test_(.*)", targetColumn: "c_schema"),
            extractSource: .init(regexp: "(.*)", targetColumn: "c_source")
        ),
        RouteRuleConfig(schemaPattern: "test_*", targetSchema: "test"),
    ]

    static let docsRoutes: [(from: TableName, to: TableName)] = [
        (TableName(schema: "test_1", table: "t_1"), TableName(schema: "test", table: "t")),
        (TableName(schema: "test_2", table: "t_3"), TableName(schema: "test", table: "t")),
        // Only the schema rule matches: the table keeps its name.
        (TableName(schema: "test_1", table: "other"), TableName(schema: "test", table: "other")),
        // Schema-only statements use the schema rule.
        (TableName(schema: "test_1"), TableName(schema: "test")),
        // No rule: unchanged.
        (TableName(schema: "prod", table: "t_1"), TableName(schema: "prod", table: "t_1")),
    ]

    @Test(arguments: docsRoutes)
    func docsExample(_ from: TableName, _ to: TableName) throws {
        let router = try TableRouter(rules: Self.docsRules, caseSensitive: false)
        #expect(try router.route(from) == to)
    }

    @Test func extractedColumnsFromDocsExample() throws {
        let router = try TableRouter(rules: Self.docsRules, caseSensitive: false)
        let columns = router.extractedColumns(for: TableName(schema: "test_01", table: "t_02"), sourceID: "mysql-replica-01")
        #expect(columns.map(\.column) == ["c_table", "c_schema", "c_source"])
        #expect(columns.map(\.value) == ["02", "01", "mysql-replica-01"])
        // The schema rule extracts nothing.
        #expect(router.extractedColumns(for: TableName(schema: "test_1", table: "x"), sourceID: "s").isEmpty)
        #expect(router.extractedColumns(for: TableName(schema: "prod", table: "t_1"), sourceID: "s").isEmpty)
    }

    static let extractions: [(regexp: String, table: String, value: String)] = [
        // Capture groups are concatenated.
        ("t_(\\d+)_(\\d+)", "t_1_2", "12"),
        // No group: nothing is extracted (DM takes the groups only).
        ("t_\\d+", "t_1", ""),
        // No match.
        ("x_(.*)", "t_1", ""),
        // A group that did not take part adds nothing.
        ("t_(\\d+)(a)?", "t_7", "7"),
        // The first match, anywhere in the name.
        ("(\\d)", "t_34", "3"),
    ]

    @Test(arguments: extractions)
    func extractionValue(_ regexp: String, _ table: String, _ value: String) throws {
        let rule = RouteRuleConfig(
            schemaPattern: "db", tablePattern: "t_*", targetSchema: "db", targetTable: "t",
            extractTable: .init(regexp: regexp, targetColumn: "c")
        )
        let router = try TableRouter(rules: [rule], caseSensitive: true)
        let columns = router.extractedColumns(for: TableName(schema: "db", table: table), sourceID: "s")
        #expect(columns.count == 1)
        #expect(columns.first?.value == value)
    }

    @Test func tableRulesWinOverSchemaRules() throws {
        let rules = [
            RouteRuleConfig(schemaPattern: "shop", targetSchema: "all_shops"),
            RouteRuleConfig(schemaPattern: "shop", tablePattern: "orders_?", targetSchema: "merged", targetTable: "orders"),
        ]
        let router = try TableRouter(rules: rules, caseSensitive: true)
        #expect(try router.route(TableName(schema: "shop", table: "orders_1")) == TableName(schema: "merged", table: "orders"))
        #expect(try router.route(TableName(schema: "shop", table: "items")) == TableName(schema: "all_shops", table: "items"))
        #expect(try router.route(TableName(schema: "shop")) == TableName(schema: "all_shops"))
    }

    @Test func severalMatchingTableRulesAreAnError() throws {
        let rules = [
            RouteRuleConfig(schemaPattern: "test_*", tablePattern: "t_*", targetSchema: "a", targetTable: "t"),
            RouteRuleConfig(schemaPattern: "test_1", tablePattern: "t*", targetSchema: "b", targetTable: "t"),
        ]
        let router = try TableRouter(rules: rules, caseSensitive: true, ruleNames: ["rule-a", "rule-b"])
        let table = TableName(schema: "test_1", table: "t_1")
        #expect(throws: TableRouterError.self) { try router.route(table) }
        do {
            _ = try router.route(table)
        } catch {
            #expect(error.table == table)
            #expect(error.level == .table)
            #expect(error.description.contains("`test_1`.`t_1`"))
            #expect(error.description.contains("rule-a"))
            #expect(error.description.contains("rule-b"))
        }
        // Only one of them matches test_2.
        #expect(try router.route(TableName(schema: "test_2", table: "t_1")) == TableName(schema: "a", table: "t"))
    }

    @Test func severalMatchingSchemaRulesAreAnError() throws {
        let rules = [
            RouteRuleConfig(schemaPattern: "test_*", targetSchema: "a"),
            RouteRuleConfig(schemaPattern: "test_?", targetSchema: "b"),
        ]
        let router = try TableRouter(rules: rules, caseSensitive: true)
        #expect(throws: TableRouterError.self) { try router.route(TableName(schema: "test_1")) }
        #expect(throws: TableRouterError.self) { try router.route(TableName(schema: "test_1", table: "t")) }
        #expect(try router.route(TableName(schema: "test_12")) == TableName(schema: "a"))
    }

    @Test func regexAndCaseInsensitivePatterns() throws {
        let rules = [RouteRuleConfig(schemaPattern: "~^Shard_\\d+$", tablePattern: "Orders", targetSchema: "merged")]
        let insensitive = try TableRouter(rules: rules, caseSensitive: false)
        #expect(try insensitive.route(TableName(schema: "shard_3", table: "orders")) == TableName(schema: "merged", table: "orders"))
        let sensitive = try TableRouter(rules: rules, caseSensitive: true)
        #expect(try sensitive.route(TableName(schema: "shard_3", table: "orders")) == TableName(schema: "shard_3", table: "orders"))
        #expect(try sensitive.route(TableName(schema: "Shard_3", table: "Orders")) == TableName(schema: "merged", table: "Orders"))
    }

    @Test func rejectsInvalidRules() {
        let invalid: [RouteRuleConfig] = [
            RouteRuleConfig(schemaPattern: "", targetSchema: "a"),
            RouteRuleConfig(schemaPattern: "a", targetSchema: ""),
            RouteRuleConfig(schemaPattern: "a*b", targetSchema: "a"),
            RouteRuleConfig(schemaPattern: "a", tablePattern: "~(", targetSchema: "a"),
            RouteRuleConfig(schemaPattern: "a", targetSchema: "a", extractTable: .init(regexp: "(", targetColumn: "c")),
            RouteRuleConfig(schemaPattern: "a", targetSchema: "a", extractTable: .init(regexp: "~t_(.*)", targetColumn: "c")),
            RouteRuleConfig(schemaPattern: "a", targetSchema: "a", extractSource: .init(regexp: "(.*)", targetColumn: "")),
        ]
        for rule in invalid {
            #expect(throws: RouteRuleError.self) { try TableRouter(rules: [rule], caseSensitive: true) }
        }
    }
}
