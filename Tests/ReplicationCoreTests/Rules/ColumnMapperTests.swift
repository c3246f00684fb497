import MigrationConfig
import ReplicationCore
import Testing

@Suite struct ColumnMapperTests {
    static func partitionRule(_ arguments: [String], schema: String = "test_*", table: String = "t_*") -> ColumnMappingRuleConfig {
        ColumnMappingRuleConfig(
            schemaPattern: schema, tablePattern: table, sourceColumn: "id", targetColumn: "id", expression: .partitionID, arguments: arguments
        )
    }

    static func mapping(_ rule: ColumnMappingRuleConfig, _ table: TableName, caseSensitive: Bool = true) throws -> ColumnMapping {
        let mapper = try ColumnMapper(rules: [rule], caseSensitive: caseSensitive)
        return try #require(try mapper.mapping(for: table))
    }

    static let layouts: [(arguments: [String], schema: String, table: String, origin: Int64, expected: Int64)] = [
        // 1 | 2 | 3 | 5 in 4 + 7 + 8 + 44 bits.
        (["1", "test", "t", "_"], "test_2", "t_3", 5, 585_520_728_116_297_733),
        // The three-argument form of DM's older docs: prefixes include the separator.
        (["1", "test_", "t_"], "test_2", "t_3", 5, 585_520_728_116_297_733),
        // No instance id: schema and table ids move up; bits 44-47 stay 0.
        (["", "test", "t", "_"], "test_2", "t_3", 5, 144_959_613_005_987_845),
        // Instance id only.
        (["2", "", ""], "test_2", "t_3", 7, (2 << 59) | 7),
        // No table id: the table name is not examined.
        (["1", "test", "", "_"], "test_2", "anything", 0, (1 << 59) | (2 << 52)),
        // A name equal to the prefix has id 0.
        (["1", "test", "t", "_"], "test", "t", 9, (1 << 59) | 9),
        // Leading zeros.
        (["01", "test", "t", "_"], "test_007", "t_010", 0, (1 << 59) | (7 << 52) | (10 << 44)),
        // Every field at its maximum fills all 63 bits.
        (["15", "test", "t", "_"], "test_127", "t_255", (1 << 44) - 1, Int64.max),
    ]

    @Test(arguments: layouts)
    func partitionIDLayout(_ arguments: [String], _ schema: String, _ table: String, _ origin: Int64, _ expected: Int64) throws {
        let mapping = try Self.mapping(Self.partitionRule(arguments, schema: "*", table: "*"), TableName(schema: schema, table: table))
        #expect(try mapping.apply(to: origin) == expected)
        #expect(try mapping.apply(to: UInt64(origin)) == UInt64(expected))
        #expect(try mapping.apply(to: Array(String(origin).utf8)) == Array(String(expected).utf8))
    }

    @Test func originOutOfRange() throws {
        let mapping = try Self.mapping(Self.partitionRule(["1", "test", "t", "_"]), TableName(schema: "test_1", table: "t_1"))
        for origin: Int64 in [-1, 1 << 44, Int64.max, Int64.min] {
            #expect(throws: ColumnMappingError.self) { try mapping.apply(to: origin) }
        }
        #expect(throws: ColumnMappingError.self) { try mapping.apply(to: UInt64(1) << 44) }
        #expect(throws: ColumnMappingError.self) { try mapping.apply(to: UInt64.max) }
        #expect(try mapping.apply(to: Int64((1 << 44) - 1)) == (1 << 59) | (1 << 52) | (1 << 44) | ((1 << 44) - 1))
        do {
            _ = try mapping.apply(to: Int64(1) << 44)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("`test_1`.`t_1`"))
            #expect(error.description.contains("17592186044416"))
        }
    }

    @Test func textValues() throws {
        let mapping = try Self.mapping(Self.partitionRule(["1", "", ""]), TableName(schema: "test_1", table: "t_1"))
        #expect(try mapping.apply(to: Array("+12".utf8)) == Array(String((1 << 59) | 12).utf8))
        for bad in ["abc", "", "-1", "1.5", " 1", "99999999999999999999"] {
            #expect(throws: ColumnMappingError.self) { try mapping.apply(to: Array(bad.utf8)) }
        }
    }

    static let badNames: [(schema: String, table: String)] = [
        ("prod_1", "t_1"),  // schema lacks the prefix
        ("test_x", "t_1"),  // not a number
        ("test_128", "t_1"),  // schema id needs more than 7 bits
        ("test_1", "t_256"),  // table id needs more than 8 bits
        ("test_", "t_1"),  // nothing after the separator
        ("test_-1", "t_1"),
    ]

    @Test(arguments: badNames)
    func namesThatGiveNoIDs(_ schema: String, _ table: String) throws {
        let mapper = try ColumnMapper(rules: [Self.partitionRule(["1", "test", "t", "_"], schema: "*", table: "*")], caseSensitive: true)
        let name = TableName(schema: schema, table: table)
        #expect(throws: ColumnMappingError.self) { try mapper.mapping(for: name) }
        do {
            _ = try mapper.mapping(for: name)
        } catch {
            #expect(error.table == name)
            #expect(error.description.contains(name.description))
        }
    }

    @Test func prefixesIgnoreCaseUnlessCaseSensitive() throws {
        let rule = Self.partitionRule(["1", "Test", "T", "_"])
        let insensitive = try Self.mapping(rule, TableName(schema: "test_2", table: "t_3"), caseSensitive: false)
        #expect(try insensitive.apply(to: Int64(0)) == (1 << 59) | (2 << 52) | (3 << 44))
        let sensitive = try ColumnMapper(rules: [Self.partitionRule(["1", "Test", "T", "_"], schema: "*", table: "*")], caseSensitive: true)
        #expect(throws: ColumnMappingError.self) { try sensitive.mapping(for: TableName(schema: "test_2", table: "t_3")) }
    }

    @Test func prefixAndSuffix() throws {
        let prefix = ColumnMappingRuleConfig(schemaPattern: "db", tablePattern: "t", targetColumn: "name", expression: .addPrefix, arguments: ["pre_"])
        let suffix = ColumnMappingRuleConfig(schemaPattern: "db", tablePattern: "u", targetColumn: "name", expression: .addSuffix, arguments: ["_suf"])
        let mapper = try ColumnMapper(rules: [prefix, suffix], caseSensitive: true)
        let prefixing = try #require(try mapper.mapping(for: TableName(schema: "db", table: "t")))
        #expect(prefixing.targetColumn == "name")
        #expect(try prefixing.apply(to: Array("x".utf8)) == Array("pre_x".utf8))
        #expect(throws: ColumnMappingError.self) { try prefixing.apply(to: Int64(1)) }
        let suffixing = try #require(try mapper.mapping(for: TableName(schema: "db", table: "u")))
        #expect(try suffixing.apply(to: Array("x".utf8)) == Array("x_suf".utf8))
        #expect(throws: ColumnMappingError.self) { try suffixing.apply(to: UInt64(1)) }
        #expect(try mapper.mapping(for: TableName(schema: "db", table: "v")) == nil)
    }

    @Test func ruleSelection() throws {
        let schemaRule = ColumnMappingRuleConfig(schemaPattern: "db*", targetColumn: "c", expression: .addPrefix, arguments: ["s"])
        let tableRule = ColumnMappingRuleConfig(schemaPattern: "db*", tablePattern: "t*", targetColumn: "c", expression: .addPrefix, arguments: ["t"])
        let otherTableRule = ColumnMappingRuleConfig(schemaPattern: "db1", tablePattern: "t?", targetColumn: "c", expression: .addPrefix, arguments: ["u"])
        let mapper = try ColumnMapper(rules: [schemaRule, tableRule, otherTableRule], caseSensitive: true, ruleNames: ["s", "t", "u"])
        // Table rules win over schema rules.
        #expect(try mapper.mapping(for: TableName(schema: "db2", table: "t1"))?.rule == "t")
        #expect(try mapper.mapping(for: TableName(schema: "db2", table: "x"))?.rule == "s")
        #expect(try mapper.mapping(for: TableName(schema: "db2"))?.rule == "s")
        // Two table rules apply to db1.t1.
        #expect(throws: ColumnMappingError.self) { try mapper.mapping(for: TableName(schema: "db1", table: "t1")) }
    }

    @Test func rejectsInvalidRules() {
        let invalid: [ColumnMappingRuleConfig] = [
            Self.partitionRule(["1", "test"]),
            Self.partitionRule(["1", "test", "t", "_", "x"]),
            Self.partitionRule(["16", "test", "t"]),
            Self.partitionRule(["x", "test", "t"]),
            Self.partitionRule(["1", "test", "t"], schema: ""),
            Self.partitionRule(["1", "test", "t"], schema: "~^test"),
            Self.partitionRule(["1", "test", "t"], schema: "te*st"),
            ColumnMappingRuleConfig(schemaPattern: "db", targetColumn: "c", expression: .addPrefix, arguments: []),
            ColumnMappingRuleConfig(schemaPattern: "db", targetColumn: "", expression: .addSuffix, arguments: ["x"]),
        ]
        for rule in invalid {
            #expect(throws: ColumnMappingError.self) { try ColumnMapper(rules: [rule], caseSensitive: true) }
        }
        #expect(throws: ColumnMappingError.self) {
            try ColumnMapper(rules: [Self.partitionRule(["1", "a", "b"]), Self.partitionRule(["2", "a", "b"])], caseSensitive: true)
        }
    }
}
