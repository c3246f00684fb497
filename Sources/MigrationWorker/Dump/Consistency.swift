/// How the dump makes its parallel reads one consistent snapshot (dumpling's names).
public enum Consistency: String, Sendable, Hashable, CaseIterable {
    /// The best safe mode for the source: `snapshot` on MariaDB when every table is InnoDB and
    /// the binlog is on, else `flush`.
    case auto
    /// FLUSH TABLES WITH READ LOCK, held only while the reading transactions start.
    case flush
    /// No lock (MariaDB): each reader starts a consistent-snapshot transaction; they are one
    /// snapshot when their `binlog_snapshot_position`s agree (no commit came between them).
    case snapshot
    /// LOCK TABLES ... READ on the selected tables for the whole dump.
    case lock
    /// No consistency: each chunk sees whatever is committed when it is read.
    case none

    /// `--consistency X` (or `-consistency X`, `--consistency=X`) in mydumper `extra-args`.
    public static func fromExtraArgs(_ extraArgs: String) throws -> Consistency? {
        let words = extraArgs.split(whereSeparator: \.isWhitespace).map(String.init)
        for (index, word) in words.enumerated() {
            let bare = word.drop { $0 == "-" }
            var value: String?
            if bare == "consistency", index + 1 < words.count {
                value = words[index + 1]
            } else if bare.hasPrefix("consistency=") {
                value = String(bare.dropFirst("consistency=".count))
            }
            if let value {
                guard let mode = Consistency(rawValue: value) else {
                    throw MigrationError(
                        "mydumper extra-args: unknown consistency '\(value)' (expected one of \(Consistency.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return mode
            }
        }
        return nil
    }
}
