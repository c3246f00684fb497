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
                key: key, kind: kind, values: values, insertHead: "INSERT INTO t VALUES ", replaceHead: "REPLACE INTO t VALUES ",
                deleteHead: "DELETE FROM t WHERE ", condition: kind == .delete ? "id=\(key)" : nil)
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

    /// Rows of one table become one statement per kind; a table where a row appears twice, or
    /// a row without row info, keeps its statements in order.
    @Test func multipleRowsMergeOneStatementPerKind() {
        var other = Self.job(.update, "9", "(9,'z')", compact: false)
        other.target = TableName(schema: "db", table: "u")
        let jobs = [
            Self.job(.insert, "1", "(1,'a')"), Self.job(.update, "2", "(2,'b')"), Self.job(.delete, "3", nil), other,
            Self.job(.insert, "4", "(4,'c')"), Self.job(.update, "5", "(5,'d')"), Self.job(.delete, "6", nil),
        ]
        let (statements, rest) = RowMerger.merge(jobs)
        #expect(statements == [
            "INSERT INTO t VALUES (1,'a'),(4,'c')", "REPLACE INTO t VALUES (2,'b'),(5,'d')", "DELETE FROM t WHERE (id=3) OR (id=6)",
        ])
        #expect(Self.sql(rest) == ["UPDATE t SET v=(9,'z') WHERE id=9"])
        let twice = [Self.job(.update, "1", "(1,'a')"), Self.job(.insert, "2", "(2,'b')"), Self.job(.update, "1", "(1,'c')")]
        let kept = RowMerger.merge(twice)
        #expect(kept.statements.isEmpty && Self.sql(kept.rest) == Self.sql(twice))
    }

    /// Each job's SQL, in order.
    static func sql(_ jobs: [RowJob]) -> [String] { jobs.flatMap(\.sql) }
}
