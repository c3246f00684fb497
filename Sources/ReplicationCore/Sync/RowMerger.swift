/// `syncers.multiple-rows`: changes to many rows of a table become one statement per kind —
/// one INSERT of every inserted row, one REPLACE of every updated row's new values (an UPDATE
/// of all columns for a table whose one unique key is the identity and is not changed), one
/// DELETE matching every deleted row.
///
/// That reorders rows, which is only safe where no two changes in the batch touch one target
/// row: a table qualifies when every one of its jobs carries row info (one unique key, not
/// changed) and no target row appears twice (run `RowCompactor` first to make that common).
/// Jobs of other tables are returned untouched, in order.
public enum RowMerger {
    public static func merge(_ jobs: [RowJob], maxBytes: Int = 1 << 20) -> (statements: [String], rest: [RowJob]) {
        var eligible: [TableName: Bool] = [:]
        var seen = Set<String>()
        for job in jobs {
            guard job.compact != nil, let key = job.keys.first, job.keys.count == 1 else {
                eligible[job.target] = false
                continue
            }
            if eligible[job.target] == nil { eligible[job.target] = true }
            if !seen.insert(key).inserted { eligible[job.target] = false }
        }
        var groups: [String: [String]] = [:]
        var order: [String] = []
        var rest: [RowJob] = []
        for job in jobs {
            guard eligible[job.target] == true, let info = job.compact else {
                rest.append(job)
                continue
            }
            let (head, item): (String, String?) =
                switch info.kind {
                case .insert: (info.insertHead, info.values)
                case .update, .replace: (info.replaceHead, info.values)
                case .delete: (info.deleteHead, info.condition.map { "(\($0))" })
                }
            guard let item else {
                rest.append(job)
                continue
            }
            if groups[head] == nil { order.append(head) }
            groups[head, default: []].append(item)
        }
        var statements: [String] = []
        for head in order {
            let separator = head.hasPrefix("DELETE") ? " OR " : ","
            var current: [String] = []
            var size = 0
            func flush() {
                if !current.isEmpty { statements.append(head + current.joined(separator: separator)) }
                current = []
                size = 0
            }
            for item in groups[head] ?? [] {
                if size + item.utf8.count > maxBytes { flush() }
                current.append(item)
                size += item.utf8.count + separator.utf8.count
            }
            flush()
        }
        return (statements, rest)
    }
}
