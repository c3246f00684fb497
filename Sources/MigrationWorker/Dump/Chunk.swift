import MySQLProtocol
import ReplicationCore

/// A range of a table's chunk key: rows with `lower < key <= upper` (either side open when
/// nil). Bounds are SQL literals, so a chunk can be read again, after a restart, with exactly
/// the same predicate: consecutive chunks of one table partition its rows whatever the data
/// looks like when they are read.
public struct Chunk: Sendable, Hashable {
    public var table: TableName
    public var index: Int
    public var lower: [String]?
    public var upper: [String]?

    public init(table: TableName, index: Int, lower: [String]?, upper: [String]?) {
        self.table = table
        self.index = index
        self.lower = lower
        self.upper = upper
    }

    /// The WHERE condition selecting this chunk's rows ("1" for a whole table).
    func predicate(key: [SourceColumn], filter: String) throws -> String {
        for bound in [self.lower, self.upper] {
            if let bound, bound.count != key.count {
                throw MigrationError(
                    "chunk \(self.index) of \(self.table) has a bound of \(bound.count) values but the table's key has \(key.count) columns; "
                        + "was the table altered since the load started? Drop the target table and its rows in the loader checkpoint to load it again")
            }
        }
        var parts: [String] = []
        if let lower { parts.append(ChunkPredicate.compare(key.map(\.name), lower, last: ">", strict: ">")) }
        if let upper { parts.append(ChunkPredicate.compare(key.map(\.name), upper, last: "<=", strict: "<")) }
        if !filter.isEmpty { parts.append("(\(filter))") }
        return parts.isEmpty ? "1" : parts.joined(separator: " AND ")
    }
}

/// Row-value comparisons spelt out column by column: `(a, b) > (1, 2)` becomes
/// `(a > 1 OR (a = 1 AND b > 2))`, which every MySQL and MariaDB version turns into an
/// index range (row constructors are not always).
enum ChunkPredicate {
    static func compare(_ columns: [String], _ values: [String], last: String, strict: String) -> String {
        precondition(columns.count == values.count && !columns.isEmpty, "a bound has one value per key column")
        let names = columns.map(MySQLLiteral.quoteIdentifier)
        var text = "\(names[names.count - 1]) \(last) \(values[values.count - 1])"
        for i in stride(from: names.count - 2, through: 0, by: -1) {
            text = "\(names[i]) \(strict) \(values[i]) OR (\(names[i]) = \(values[i]) AND \(text))"
            text = "(\(text))"
        }
        return text
    }
}

/// SQL literals for key values read as bytes (a `character_set_results = binary` session).
enum KeyLiteral {
    static func literal(_ bytes: [UInt8], column: SourceColumn) throws -> String {
        switch column.dataType {
        case "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "year":
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || (48...57).contains($0) }) else {
                throw MigrationError("key column \(column.name): unexpected \(column.dataType) value \(String(decoding: bytes, as: UTF8.self))")
            }
            return String(decoding: bytes, as: UTF8.self)
        case "date", "datetime", "timestamp", "time":
            return "'" + String(decoding: bytes, as: UTF8.self) + "'"
        default:
            let hex = MySQLLiteral.quoteBytes(bytes)
            // An introducer keeps the column's character set, so the comparison uses the
            // column's collation, as ORDER BY did.
            if let charset = column.charset, charset != "binary" { return "_\(charset) \(hex)" }
            return hex
        }
    }
}
