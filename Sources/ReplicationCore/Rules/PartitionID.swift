/// DM's `partition id` column mapping for one table: a prefix of bits that makes the ids of
/// sharded tables unique after they are merged into one table.
///
/// Arguments `[instance_id, schema prefix, table prefix, separator]` (the separator may be
/// omitted and defaults to ""). The 64-bit result, from the top (DM's `pkg/column-mapping`):
///
///     | sign (0) | instance id: 4 bits | schema id: 7 bits | table id: 8 bits | origin id: 44 bits |
///
/// A part whose argument is empty is left out and the parts after it move up, so the bits just
/// above the origin id stay 0; the origin id always has 44 bits (0 ... 2^44-1). The schema id is
/// the number after `prefix + separator` in the schema name (`test_3` with prefix `test` and
/// separator `_` gives 3), and 0 when the name is exactly the prefix; likewise the table id.
public struct PartitionID: Sendable, Hashable {
    public static let instanceIDBits = 4
    public static let schemaIDBits = 7
    public static let tableIDBits = 8
    public static let originIDBits = 44
    /// The largest id a row may have before the mapping.
    public static let maxOriginID: Int64 = (1 << originIDBits) - 1

    /// `nil` for a part whose argument is empty.
    public let instanceID: UInt64?
    public let schemaID: UInt64?
    public let tableID: UInt64?
    /// The bits OR-ed onto every origin id.
    public let highBits: Int64

    /// Computes the ids of `table` from validated `arguments` (``ColumnMapper`` checks the count
    /// and the instance id). The prefixes compare ignoring case unless `caseSensitive`.
    init(arguments: [String], table: TableName, caseSensitive: Bool) throws(PartitionIDError) {
        let separator = arguments.count > 3 ? arguments[3] : ""
        var shift = 63
        var bits: Int64 = 0
        func place(_ id: UInt64?, width: Int) {
            guard let id else { return }
            shift -= width
            bits |= Int64(id) << shift
        }
        instanceID = try Self.instanceID(arguments[0])
        schemaID = try Self.id(in: table.schema, prefix: arguments[1], separator: separator, bits: Self.schemaIDBits, caseSensitive: caseSensitive)
        tableID = try Self.id(in: table.table, prefix: arguments[2], separator: separator, bits: Self.tableIDBits, caseSensitive: caseSensitive)
        place(instanceID, width: Self.instanceIDBits)
        place(schemaID, width: Self.schemaIDBits)
        place(tableID, width: Self.tableIDBits)
        highBits = bits
    }

    /// The mapped id; throws when `origin` is negative or needs more than 44 bits.
    public func apply(to origin: Int64) throws(PartitionIDError) -> Int64 {
        guard origin >= 0, origin <= Self.maxOriginID else { throw .originOutOfRange(String(origin)) }
        return highBits | origin
    }

    public func apply(to origin: UInt64) throws(PartitionIDError) -> UInt64 {
        guard origin <= UInt64(Self.maxOriginID) else { throw .originOutOfRange(String(origin)) }
        return UInt64(highBits) | origin
    }

    /// The instance id argument, or nil when empty; it must fit in 4 bits.
    static func instanceID(_ argument: String) throws(PartitionIDError) -> UInt64? {
        guard !argument.isEmpty else { return nil }
        guard let id = parseUnsigned(argument, bits: instanceIDBits) else { throw .badInstanceID(argument) }
        return id
    }

    /// The number after `prefix + separator` in `name`, 0 when `name` is the prefix, nil when the
    /// prefix is empty.
    static func id(
        in name: String, prefix: String, separator: String, bits: Int, caseSensitive: Bool
    ) throws(PartitionIDError) -> UInt64? {
        guard !prefix.isEmpty else { return nil }
        let name = caseSensitive ? name : name.lowercased()
        let prefix = caseSensitive ? prefix : prefix.lowercased()
        if name == prefix { return 0 }
        let lead = Array((prefix + separator).utf8)
        let bytes = Array(name.utf8)
        guard bytes.count > lead.count, bytes.starts(with: lead) else {
            throw .notPrefixed(name: name, prefix: prefix + separator)
        }
        let suffix = String(decoding: bytes[lead.count...], as: UTF8.self)
        guard let id = parseUnsigned(suffix, bits: bits) else { throw .badSuffix(name: name, suffix: suffix, bits: bits) }
        return id
    }

    /// Decimal digits only, as Go's `strconv.ParseUint(s, 10, bits)`.
    static func parseUnsigned(_ text: String, bits: Int) -> UInt64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        guard let value = UInt64(text), value < (UInt64(1) << bits) else { return nil }
        return value
    }
}

/// Why `partition id` cannot map a table or a value.
public enum PartitionIDError: Error, Hashable, CustomStringConvertible {
    case badInstanceID(String)
    case notPrefixed(name: String, prefix: String)
    case badSuffix(name: String, suffix: String, bits: Int)
    case originOutOfRange(String)

    public var description: String {
        switch self {
        case .badInstanceID(let text):
            "instance id \"\(text)\" must be an integer from 0 to \((1 << PartitionID.instanceIDBits) - 1)"
        case .notPrefixed(let name, let prefix):
            "\"\(name)\" does not start with \"\(prefix)\" followed by a number"
        case .badSuffix(let name, let suffix, let bits):
            "\"\(suffix)\" in \"\(name)\" must be an integer from 0 to \((1 << bits) - 1)"
        case .originOutOfRange(let value):
            "id \(value) is out of range: partition id maps ids from 0 to \(PartitionID.maxOriginID) (44 bits)"
        }
    }
}
