import MySQLBinlog
import ReplicationCore
import SQLSyntax
import Testing

/// The SQL `DMLBuilder` writes for row images.
@Suite struct DMLBuilderTests {
    static func builder(_ create: String) throws -> DMLBuilder {
        var tracker = SchemaTracker()
        _ = try tracker.apply(try SQLParser.parseStatement("CREATE DATABASE app").statement, defaultSchema: nil)
        _ = try tracker.apply(try SQLParser.parseStatement(create).statement, defaultSchema: "app")
        let table = try #require(tracker.table(schema: "app", name: "t"))
        return DMLBuilder(table: table, target: TableName(schema: "app", table: "t"))
    }

    /// An UPDATE sets the columns that changed, and ON UPDATE columns always (else the target
    /// would stamp its own time on them); with nothing changed it still names the row.
    @Test func updatesSetChangedAndOnUpdateColumns() throws {
        let builder = try Self.builder("CREATE TABLE t (id INT PRIMARY KEY, k INT, c VARCHAR(10), ts TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP)")
        let before: [BinlogValue?] = [.int(1), .int(5), .bytes(Array("abc".utf8)), .timestamp(seconds: 1_000_000_000, microseconds: 0)]
        var after = before
        after[1] = .int(6)
        #expect(try builder.update(before: before, after: after, safeMode: false)
            == ["UPDATE `app`.`t` SET `k`=6,`ts`='2001-09-09 01:46:40' WHERE `id`=1 LIMIT 1"])
        #expect(try builder.update(before: before, after: before, safeMode: false)
            == ["UPDATE `app`.`t` SET `ts`='2001-09-09 01:46:40' WHERE `id`=1 LIMIT 1"])
        let plain = try Self.builder("CREATE TABLE t (id INT PRIMARY KEY, k INT)")
        #expect(try plain.update(before: [.int(1), .int(2)], after: [.int(1), .int(2)], safeMode: false)
            == ["UPDATE `app`.`t` SET `id`=1 WHERE `id`=1 LIMIT 1"])
        #expect(try plain.update(before: [.int(1), .int(2)], after: [.int(3), .int(2)], safeMode: false)
            == ["UPDATE `app`.`t` SET `id`=3 WHERE `id`=1 LIMIT 1"])
    }
}
