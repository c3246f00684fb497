/// What a row job needs for `syncers.compact`: the row's identity, the kind of change, and
/// the row's new values ready to INSERT or REPLACE.
public struct CompactInfo: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case insert, update, delete, replace }
    public var key: String
    public var kind: Kind
    /// `(v1,...)` of the row after the change (nil for a delete).
    public var values: String?
    /// The job's INSERT head (REPLACE in safe mode), and a REPLACE head.
    public var insertHead: String
    public var replaceHead: String
    /// `DELETE FROM t WHERE `, and for a delete the condition matching its row.
    public var deleteHead: String
    public var condition: String?
}

/// `syncers.compact`: several changes to one row within a batch collapse into one statement
/// at the place of the last: INSERT then UPDATE is an INSERT of the new values, UPDATE then
/// UPDATE the last UPDATE, anything then DELETE the DELETE, DELETE then INSERT a REPLACE.
/// Pairs no consistent binlog produces (INSERT after INSERT...) are left as they are.
public enum RowCompactor {
    public static func compact(_ jobs: [RowJob]) -> [RowJob] {
        var output: [RowJob?] = []
        output.reserveCapacity(jobs.count)
        var slots: [String: Int] = [:]
        for job in jobs {
            guard let info = job.compact else {
                output.append(job)
                continue
            }
            if let slot = slots[info.key], let previous = output[slot], let merged = merge(previous, job) {
                output[slot] = nil
                output.append(merged)
            } else {
                output.append(job)
            }
            slots[info.key] = output.count - 1
        }
        return output.compactMap { $0 }
    }

    static func merge(_ previous: RowJob, _ next: RowJob) -> RowJob? {
        guard let first = previous.compact, let second = next.compact else { return nil }
        switch (first.kind, second.kind) {
        case (.insert, .update): return written(next, head: first.insertHead, kind: .insert)
        case (.replace, .update), (.delete, .insert): return written(next, head: second.replaceHead, kind: .replace)
        case (.update, .update), (.insert, .delete), (.update, .delete), (.replace, .delete): return next
        default: return nil
        }
    }

    /// `job` turned into an INSERT (or REPLACE) of its new values.
    private static func written(_ job: RowJob, head: String, kind: CompactInfo.Kind) -> RowJob? {
        guard var info = job.compact, let values = info.values else { return nil }
        var result = job
        result.statements = []
        result.insertHead = head
        result.insertValues = values
        info.kind = kind
        result.compact = info
        return result
    }
}
