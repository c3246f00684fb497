/// One column of a tracked table, described as MariaDB's information_schema.COLUMNS shows it.
public struct TrackedColumn: Hashable, Sendable, Codable {
    /// How a generated column is computed.
    public enum Generation: String, Hashable, Sendable, Codable {
        /// `VIRTUAL`: computed when read, not stored.
        case virtual
        /// `STORED`/`PERSISTENT`: computed when written, stored.
        case stored
    }

    /// As written in the definition (lookups ignore case).
    public var name: String
    /// DATA_TYPE: `int`, `varchar`, `decimal`, `longtext` (also for JSON), `enum`...
    public var dataType: String
    /// COLUMN_TYPE: `int(11)`, `int(10) unsigned zerofill`, `varchar(20)`, `decimal(10,2)`,
    /// `enum('a','b')`, `tinyint(1)` for BOOL, `bigint(20) unsigned` for SERIAL...
    public var columnType: String
    /// Characters for CHAR/VARCHAR, bytes for BINARY/VARBINARY, bits for BIT, the display width
    /// of integers, the precision of DECIMAL and of FLOAT(M,D)/DOUBLE(M,D), 2 or 4 for YEAR;
    /// nil for types without one (TEXT, BLOB, ENUM, temporal types, plain FLOAT...).
    public var length: Int?
    /// Digits after the point (DECIMAL, FLOAT(M,D)) or fractional-second digits (TIME,
    /// DATETIME, TIMESTAMP); nil otherwise.
    public var scale: Int?
    public var isUnsigned: Bool
    public var isZerofill: Bool
    /// ENUM/SET members in order.
    public var values: [String]
    /// Nil for non-string types and for binary strings (BINARY, VARBINARY, BLOB).
    public var charset: String?
    public var collation: String?
    public var isNullable: Bool
    /// COLUMN_DEFAULT: nil when the column has no default, `NULL` for a NULL default, quoted
    /// text for strings and temporal values (`'x''y'`, `'2020-01-01'`), numbers unquoted,
    /// `b'101'` for BIT, expressions as the server prints them (`current_timestamp()`).
    public var defaultValue: String?
    /// `current_timestamp()` / `current_timestamp(3)` for `ON UPDATE CURRENT_TIMESTAMP`.
    public var onUpdate: String?
    public var generation: Generation?
    public var isAutoIncrement: Bool
    public var isInvisible: Bool

    public init(
        name: String, dataType: String, columnType: String, length: Int? = nil, scale: Int? = nil,
        isUnsigned: Bool = false, isZerofill: Bool = false, values: [String] = [], charset: String? = nil,
        collation: String? = nil, isNullable: Bool = true, defaultValue: String? = nil, onUpdate: String? = nil,
        generation: Generation? = nil, isAutoIncrement: Bool = false, isInvisible: Bool = false
    ) {
        self.name = name
        self.dataType = dataType
        self.columnType = columnType
        self.length = length
        self.scale = scale
        self.isUnsigned = isUnsigned
        self.isZerofill = isZerofill
        self.values = values
        self.charset = charset
        self.collation = collation
        self.isNullable = isNullable
        self.defaultValue = defaultValue
        self.onUpdate = onUpdate
        self.generation = generation
        self.isAutoIncrement = isAutoIncrement
        self.isInvisible = isInvisible
    }

    /// EXTRA as information_schema.COLUMNS shows it: `auto_increment`,
    /// `on update current_timestamp()`, `VIRTUAL GENERATED`, `STORED GENERATED`, `INVISIBLE`,
    /// joined by `, `.
    public var extra: String {
        var parts: [String] = []
        if self.isAutoIncrement { parts.append("auto_increment") }
        if let onUpdate { parts.append("on update \(onUpdate)") }
        switch self.generation {
        case .virtual: parts.append("VIRTUAL GENERATED")
        case .stored: parts.append("STORED GENERATED")
        case nil: break
        }
        if self.isInvisible { parts.append("INVISIBLE") }
        return parts.joined(separator: ", ")
    }

    /// Whether two names denote this column (column names ignore case in MariaDB).
    public func isNamed(_ other: String) -> Bool {
        self.name.matchesIgnoringCase(other)
    }
}
