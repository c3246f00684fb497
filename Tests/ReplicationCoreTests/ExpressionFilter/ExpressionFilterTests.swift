import MigrationConfig
import MySQLBinlog
import Testing

@testable import ReplicationCore

/// The engine: DM's documented examples and rule semantics, and the errors a task gets.
@Suite struct ExpressionFilterTests {
    static let table = TableName(schema: "expr_filter", table: "tbl")
    static let columns = [ExpressionColumn(name: "id"), ExpressionColumn(name: "c")]

    private func filter(_ rules: [String: ExpressionFilterConfig], columns: [ExpressionColumn] = Self.columns) throws -> ExpressionFilter {
        var filter = try ExpressionFilter(rules: rules, options: .init(context: ExpressionFixture.context))
        try filter.prepare(table: Self.table, columns: columns)
        return filter
    }

    private func row(_ id: Int64, _ c: Int64?) -> [BinlogValue] {
        [.int(id), c.map(BinlogValue.int) ?? .null]
    }

    /// DM's example: `INSERT INTO tbl(id, c) VALUES (1, 1), (2, 2), (3, 3), (4, 4)` leaves only the
    /// odd rows downstream.
    @Test func documentedEvenExample() throws {
        let filter = try self.filter(["even_c": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "c % 2 = 0")])
        var migrated: [Int64] = []
        for id: Int64 in 1...4 where try !filter.skipInsert(table: Self.table, row: self.row(id, id)) {
            migrated.append(id)
        }
        #expect(migrated == [1, 3])
        // The rule is about inserts only.
        let skipDelete = try filter.skipDelete(table: Self.table, row: self.row(2, 2))
        let skipUpdate = try filter.skipUpdate(table: Self.table, old: self.row(2, 2), new: self.row(2, 4))
        #expect(!skipDelete)
        #expect(!skipUpdate)
    }

    @Test func nullDoesNotSkip() throws {
        let filter = try self.filter(["r": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "c % 2 = 0")])
        let skip = try filter.skipInsert(table: Self.table, row: self.row(1, nil))
        #expect(!skip)
    }

    @Test func documentedExpressions() throws {
        let columns = [
            ExpressionColumn(name: "a"), ExpressionColumn(name: "b"), ExpressionColumn(name: "c"), ExpressionColumn(name: "ts"),
            ExpressionColumn(name: "c_timestamp"),
        ]
        let filter = try self.filter(
            [
                "pythagoras": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "a*a + b*b = c*c"),
                "future": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", deleteValueExpr: "ts > NOW()"),
                "zone": ExpressionFilterConfig(
                    schema: "expr_filter", table: "tbl", updateNewValueExpr: "c_timestamp = '2021-01-01 12:34:56.5678+08:00'"),
            ], columns: columns)
        func row(_ a: Int64, _ b: Int64, _ c: Int64, ts: UInt32, stamp: UInt32, micros: UInt32 = 0) -> [BinlogValue] {
            [.int(a), .int(b), .int(c), .timestamp(seconds: ts, microseconds: 0), .timestamp(seconds: stamp, microseconds: micros)]
        }
        let past: UInt32 = 1_600_000_000
        let future: UInt32 = 1_800_000_000
        let stamp: UInt32 = 1_609_475_696  // 2021-01-01 04:34:56 UTC
        let rightTriangle = try filter.skipInsert(table: Self.table, row: row(3, 4, 5, ts: past, stamp: 0))
        let otherTriangle = try filter.skipInsert(table: Self.table, row: row(3, 4, 6, ts: past, stamp: 0))
        let futureRow = try filter.skipDelete(table: Self.table, row: row(0, 0, 0, ts: future, stamp: 0))
        let pastRow = try filter.skipDelete(table: Self.table, row: row(0, 0, 0, ts: past, stamp: 0))
        let zoned = try filter.skipUpdate(
            table: Self.table, old: row(0, 0, 0, ts: past, stamp: 0), new: row(0, 0, 0, ts: past, stamp: stamp, micros: 567_800))
        let otherInstant = try filter.skipUpdate(table: Self.table, old: row(0, 0, 0, ts: past, stamp: 0), new: row(0, 0, 0, ts: past, stamp: stamp))
        #expect(rightTriangle)
        #expect(!otherTriangle)
        #expect(futureRow)
        #expect(!pastRow)
        #expect(zoned)
        #expect(!otherInstant)
    }

    /// With both update expressions, an update is skipped only when the old row matches the old
    /// expression and the new row the new one; with one of them, that one decides.
    @Test(
        arguments: [
            (old: "c = 1", new: "c = 2", from: Int64(1), to: Int64(2), skipped: true),
            (old: "c = 1", new: "c = 2", from: 1, to: 3, skipped: false),
            (old: "c = 1", new: "c = 2", from: 3, to: 2, skipped: false),
            (old: "c = 1", new: "", from: 1, to: 9, skipped: true),
            (old: "c = 1", new: "", from: 9, to: 1, skipped: false),
            (old: "", new: "c = 2", from: 9, to: 2, skipped: true),
            (old: "", new: "c = 2", from: 2, to: 9, skipped: false),
        ] as [(old: String, new: String, from: Int64, to: Int64, skipped: Bool)])
    func updateSemantics(old: String, new: String, from: Int64, to: Int64, skipped: Bool) throws {
        let filter = try self.filter([
            "r": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", updateOldValueExpr: old, updateNewValueExpr: new)
        ])
        let skip = try filter.skipUpdate(table: Self.table, old: self.row(1, from), new: self.row(1, to))
        #expect(skip == skipped)
    }

    @Test func anyRuleSkips() throws {
        let filter = try self.filter([
            "small": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", deleteValueExpr: "c < 10"),
            "large": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", deleteValueExpr: "c > 100"),
            "inserts": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "c = 50"),
        ])
        let results = try [5, 50, 500].map { try filter.skipDelete(table: Self.table, row: self.row(1, $0)) }
        #expect(results == [true, false, true])
    }

    @Test func rulesApplyToTheirTableOnly() throws {
        let filter = try self.filter(["r": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "c = 1")])
        let other = TableName(schema: "expr_filter", table: "TBL")
        let skip = try filter.skipInsert(table: other, row: [.int(1)])
        #expect(!skip)
        #expect(!filter.hasRules(for: other))
        #expect(filter.tables == [Self.table])
    }

    @Test func columnNamesAreCaseInsensitiveAndMayBeQualified() throws {
        let filter = try self.filter([
            "r": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "TBL.C = 1 AND expr_filter.tbl.ID = 7")
        ])
        let skip = try filter.skipInsert(table: Self.table, row: self.row(7, 1))
        #expect(skip)
    }

    @Test func unpreparedTableIsAnError() throws {
        let filter = try ExpressionFilter(rules: ["r": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "c = 1")])
        #expect(filter.needsPreparation(Self.table))
        let error = #expect(throws: ExpressionFilterError.self) {
            _ = try filter.skipInsert(table: Self.table, row: self.row(1, 1))
        }
        #expect(error?.code == .tableNotPrepared)
    }

    @Test func reprepareAfterSchemaChange() throws {
        var filter = try self.filter(["r": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "c = 1")])
        // A column was added in front of `c`.
        try filter.prepare(table: Self.table, columns: [ExpressionColumn(name: "id"), ExpressionColumn(name: "x"), ExpressionColumn(name: "c")])
        let skip = try filter.skipInsert(table: Self.table, row: [.int(1), .int(0), .int(1)])
        #expect(skip)
        filter.forget(table: Self.table)
        #expect(filter.needsPreparation(Self.table))
    }

    @Test func rowWithTheWrongNumberOfValues() throws {
        let filter = try self.filter(["r": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "c = 1")])
        let error = #expect(throws: ExpressionFilterError.self) {
            _ = try filter.skipInsert(table: Self.table, row: [.int(1)])
        }
        #expect(error?.code == .rowMismatch)
    }

    // MARK: Errors

    static let buildErrorsCases: [(ExpressionFilterConfig, String)] = [
        (
            ExpressionFilterConfig(schema: "db", table: "t", insertValueExpr: "foo(c) = 1"),
            #"unsupported function FOO in expression-filter 'r' (insert-value-expr "foo(c) = 1") on table `db`.`t`"#
        ),
        (
            ExpressionFilterConfig(schema: "db", table: "t", deleteValueExpr: "LEFT(c) = 'a'"),
            #"function LEFT takes 2 argument(s), not 1 in expression-filter 'r' (delete-value-expr "LEFT(c) = 'a'") on table `db`.`t`"#
        ),
        (
            ExpressionFilterConfig(schema: "db", table: "t", updateNewValueExpr: "CONCATX(c)"),
            #"unsupported function CONCATX in expression-filter 'r' (update-new-value-expr "CONCATX(c)") on table `db`.`t`"#
        ),
        (
            ExpressionFilterConfig(schema: "db", table: "t", insertValueExpr: "c = 1", deleteValueExpr: "c = 2"),
            "insert-value-expr cannot be combined with update-old-value-expr, update-new-value-expr or delete-value-expr in one rule in expression-filter 'r' on table `db`.`t`"
        ),
        (
            ExpressionFilterConfig(schema: "db", table: "t", updateOldValueExpr: "c = 1", deleteValueExpr: "c = 2"),
            "delete-value-expr cannot be combined with update-old-value-expr or update-new-value-expr in one rule in expression-filter 'r' on table `db`.`t`"
        ),
        (ExpressionFilterConfig(schema: "db", table: "t"), "the rule sets no expression in expression-filter 'r' on table `db`.`t`"),
        (ExpressionFilterConfig(schema: "", table: "t", insertValueExpr: "c = 1"), "schema and table are required in expression-filter 'r'"),
    ]

    @Test(arguments: buildErrorsCases)
    func buildErrors(config: ExpressionFilterConfig, message: String) {
        let error = #expect(throws: ExpressionFilterError.self) {
            _ = try ExpressionFilter(rules: ["r": config])
        }
        #expect(error?.description == message)
    }

    @Test func parseErrorNamesTheRule() {
        let error = #expect(throws: ExpressionFilterError.self) {
            _ = try ExpressionFilter(rules: ["r": ExpressionFilterConfig(schema: "db", table: "t", insertValueExpr: "c = ")])
        }
        #expect(error?.code == .parseFailed)
        #expect(error?.rule == "r")
        #expect(error?.field == "insert-value-expr")
        #expect(error?.underlying != nil)
    }

    @Test func unknownColumnFailsWhenPrepared() throws {
        var filter = try ExpressionFilter(rules: ["r": ExpressionFilterConfig(schema: "db", table: "t", deleteValueExpr: "x > 1")])
        let table = TableName(schema: "db", table: "t")
        let error = #expect(throws: ExpressionFilterError.self) {
            try filter.prepare(table: table, columns: [ExpressionColumn(name: "c")])
        }
        #expect(error?.code == .unknownColumn)
        #expect(error?.description == #"unknown column 'x' in expression-filter 'r' (delete-value-expr "x > 1") on table `db`.`t`"#)
    }

    @Test func unknownColumnCanSkipNothingAsDMDoes() throws {
        let options = ExpressionFilter.Options(unknownColumns: .neverSkip)
        var filter = try ExpressionFilter(rules: ["r": ExpressionFilterConfig(schema: "db", table: "t", deleteValueExpr: "x > 1")], options: options)
        let table = TableName(schema: "db", table: "t")
        try filter.prepare(table: table, columns: [ExpressionColumn(name: "c")])
        let skip = try filter.skipDelete(table: table, row: [.int(5)])
        #expect(!skip)
    }

    @Test func evaluationErrorNamesRuleAndTable() throws {
        let filter = try self.filter(["big": ExpressionFilterConfig(schema: "expr_filter", table: "tbl", insertValueExpr: "c * c > 1")])
        let error = #expect(throws: ExpressionFilterError.self) {
            _ = try filter.skipInsert(table: Self.table, row: self.row(1, Int64.max))
        }
        #expect(
            error?.description
                == #"BIGINT value is out of range in '9223372036854775807 * 9223372036854775807' in expression-filter 'big' (insert-value-expr "c * c > 1") on table `expr_filter`.`tbl`"#
        )
    }
}
