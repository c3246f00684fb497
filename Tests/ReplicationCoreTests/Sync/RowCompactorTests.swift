import Testing

@testable import ReplicationCore

@Suite struct RowCompactorTests {
    static let target = TableName(schema: "db", table: "t")

    static func job(_ kind: CompactInfo.Kind, _ key: String, _ values: String?, compact: Bool = true) -> RowJob {
        var job = RowJob(statements: [], keys: [key], target: target)
        switch kind {
        case .insert:
            job.insertHead = "INSERT INTO t VALUES "
            job.insertValues = values
        case .update: job.statements = ["UPDATE t SET v=\(values!) WHERE id=\(key)"]
        case .delete: job.statements = ["DELETE FROM t WHERE id=\(key)"]
        case .replace: Issue.record("not a source change")
        }
        if compact {
            job.compact = CompactInfo(
                key: key, kind: kind, values: values, insertHead: "INSERT INTO t VALUES ", replaceHead: "REPLACE INTO t VALUES ")
        }
        return job
    }

    @Test func changesToOneRowCollapseIntoTheLast() {
        let jobs = [
            Self.job(.insert, "1", "(1,'a')"),
            Self.job(.update, "2", "(2,'b')"),
            Self.job(.update, "1", "(1,'c')"),
            Self.job(.update, "1", "(1,'d')"),
            Self.job(.update, "2", "(2,'e')"),
            Self.job(.delete, "3", nil),
            Self.job(.insert, "3", "(3,'f')"),
            Self.job(.update, "3", "(3,'g')"),
            Self.job(.insert, "4", "(4,'h')"),
            Self.job(.delete, "4", nil),
        ]
        #expect(Self.sql(RowCompactor.compact(jobs)) == [
            "INSERT INTO t VALUES (1,'d')",
            "UPDATE t SET v=(2,'e') WHERE id=2",
            "REPLACE INTO t VALUES (3,'g')",
            "DELETE FROM t WHERE id=4",
        ])
    }

    @Test func rowsWithoutCompactInfoAndImpossiblePairsStayAsTheyAre() {
        let plain = [Self.job(.insert, "1", "(1,'a')", compact: false), Self.job(.update, "1", "(1,'b')", compact: false)]
        #expect(Self.sql(RowCompactor.compact(plain)) == ["INSERT INTO t VALUES (1,'a')", "UPDATE t SET v=(1,'b') WHERE id=1"])
        let twice = [Self.job(.insert, "1", "(1,'a')"), Self.job(.insert, "1", "(1,'b')"), Self.job(.update, "1", "(1,'c')")]
        #expect(Self.sql(RowCompactor.compact(twice)) == ["INSERT INTO t VALUES (1,'a')", "INSERT INTO t VALUES (1,'c')"])
    }

    /// Each job's SQL, in order.
    static func sql(_ jobs: [RowJob]) -> [String] { jobs.flatMap(\.sql) }
}
