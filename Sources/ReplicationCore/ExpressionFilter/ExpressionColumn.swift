/// What the evaluator needs to know about one column of a table, in table order: its name (what
/// expressions refer to) and how to read its binlog values.
public struct ExpressionColumn: Sendable, Hashable {
    /// The column name; expressions match it case-insensitively, as MySQL does.
    public var name: String
    /// UNSIGNED integer column. Only matters when the binlog gave a signed value because the
    /// table map carried no signedness metadata.
    public var isUnsigned: Bool
    /// Bytes of the integer type (1 TINYINT, 2 SMALLINT, 3 MEDIUMINT, 4 INT, 8 BIGINT), used with
    /// `isUnsigned` to reinterpret a signed value: TINYINT UNSIGNED -1 is 255.
    public var integerByteWidth: Int
    /// Character set of a string column (`utf8mb4`, `latin1`...); nil for the collation's.
    public var charset: String?
    /// Collation of a string column, e.g. `utf8mb4_general_ci`. When both this and `charset` are
    /// nil, strings compare as `utf8mb4_general_ci` (the utf8mb4 default of MariaDB and MySQL 5.7).
    public var collation: String?
    /// BINARY, VARBINARY, BLOB: the value is a byte string compared byte by byte.
    public var isBinary: Bool
    /// ENUM members in definition order: the binlog gives a 1-based index.
    public var enumMembers: [String]
    /// SET members in definition order: the binlog gives a bitmap.
    public var setMembers: [String]

    public init(
        name: String, isUnsigned: Bool = false, integerByteWidth: Int = 8, charset: String? = nil, collation: String? = nil, isBinary: Bool = false,
        enumMembers: [String] = [], setMembers: [String] = []
    ) {
        self.name = name
        self.isUnsigned = isUnsigned
        self.integerByteWidth = integerByteWidth
        self.charset = charset
        self.collation = collation
        self.isBinary = isBinary
        self.enumMembers = enumMembers
        self.setMembers = setMembers
    }

    /// The collation string values of this column compare with.
    public var effectiveCollation: SQLCollation {
        if self.isBinary { return SQLCollation(name: "binary") }
        if let collation = self.collation { return SQLCollation(name: collation) }
        if let charset = self.charset { return SQLCollation.defaultCollation(ofCharset: charset) }
        return SQLCollation(name: "utf8mb4_general_ci")
    }
}
