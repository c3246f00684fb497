import MigrationConfig

/// The column mapping that applies to one table: which column changes, and how.
///
/// As in DM, the expression reads and rewrites the value of `targetColumn`; `sourceColumn` is kept
/// for reference only. Values are plain integers and byte strings so that any row model can use it.
public struct ColumnMapping: Sendable, Hashable {
    public let table: TableName
    /// The rule's name, or `#n` for the n-th rule.
    public let rule: String
    public let sourceColumn: String
    public let targetColumn: String
    public let transform: ColumnTransform

    /// Maps an integer column value (`partition id` only).
    public func apply(to value: Int64) throws(ColumnMappingError) -> Int64 {
        guard case .partitionID(let partition) = transform else { throw notForIntegers() }
        do {
            return try partition.apply(to: value)
        } catch {
            throw failure("\(error)")
        }
    }

    /// Maps an unsigned integer column value (`partition id` only).
    public func apply(to value: UInt64) throws(ColumnMappingError) -> UInt64 {
        guard case .partitionID(let partition) = transform else { throw notForIntegers() }
        do {
            return try partition.apply(to: value)
        } catch {
            throw failure("\(error)")
        }
    }

    /// Maps a string column value: adds the prefix or suffix, or, for `partition id`, maps the
    /// decimal integer the string holds (as DM does for ids stored as text).
    public func apply(to bytes: [UInt8]) throws(ColumnMappingError) -> [UInt8] {
        switch transform {
        case .addPrefix(let prefix): return prefix + bytes
        case .addSuffix(let suffix): return bytes + suffix
        case .partitionID(let partition):
            let text = String(decoding: bytes, as: UTF8.self)
            guard let origin = Self.parseSigned(text) else {
                throw failure("value \"\(text)\" of a partition id column is not an integer")
            }
            do {
                return Array(String(try partition.apply(to: origin)).utf8)
            } catch {
                throw failure("\(error)")
            }
        }
    }

    /// Go's `strconv.ParseInt(s, 10, 64)`: an optional sign, then decimal digits.
    static func parseSigned(_ text: String) -> Int64? {
        let digits = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int64(text.first == "+" ? String(digits) : text)
    }

    private func notForIntegers() -> ColumnMappingError {
        failure("\(transform.expression.rawValue) applies to string columns, but the value is an integer")
    }

    private func failure(_ reason: String) -> ColumnMappingError {
        ColumnMappingError(rule: rule, table: table, reason: "column \(targetColumn): " + reason)
    }
}

/// What a column mapping does to the value.
public enum ColumnTransform: Sendable, Hashable {
    case addPrefix([UInt8])
    case addSuffix([UInt8])
    case partitionID(PartitionID)
}

extension ColumnTransform {
    /// The `expression` this transform comes from.
    public var expression: ColumnMappingExpression {
        switch self {
        case .addPrefix: .addPrefix
        case .addSuffix: .addSuffix
        case .partitionID: .partitionID
        }
    }
}
