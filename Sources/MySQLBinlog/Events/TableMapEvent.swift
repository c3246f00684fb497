/// TABLE_MAP_EVENT: binds a table id to a table's name and column types for the row events that
/// follow.
///
///     post-header: int<6> table_id (int<4> in old servers), int<2> flags
///     body: int<1> schema length, schema, NUL, int<1> table length, table, NUL,
///           int<lenenc> column count, int<1>[n] types, int<lenenc> metadata length, metadata,
///           NULL-ability bitmap, optional metadata (type, int<lenenc> length, value)*
public struct TableMapEvent: Sendable, Hashable {
    public var tableID: UInt64
    public var flags: UInt16
    public var schema: String
    public var table: String
    /// Binlog column types (the real type of ENUM/SET/CHAR hides in `metadata`).
    public var columnTypes: [UInt8]
    /// Per-column metadata, packed as `ColumnMetadata.parse` documents.
    public var metadata: [UInt16]
    public var nullable: [Bool]
    /// Optional metadata (binlog_row_metadata=MINIMAL gives signedness and charsets on MySQL
    /// 8; FULL adds names, ENUM/SET values, primary key).
    public var optional: TableMapOptionalMetadata

    public var columnCount: Int { self.columnTypes.count }

    init(body: inout BinlogCursor, postHeaderLength: Int) throws {
        self.tableID = try body.uintLE(postHeaderLength == 6 ? 4 : 6, "table id")
        self.flags = try body.u16("table map flags")
        if postHeaderLength > 8 { try body.skip(postHeaderLength - 8, "post-header") }
        self.schema = try body.string(Int(try body.u8("schema length")), "schema name")
        try body.skip(1, "schema terminator")
        self.table = try body.string(Int(try body.u8("table length")), "table name")
        try body.skip(1, "table terminator")
        let count = try body.lenenc("column count")
        guard count <= 4096 else { throw BinlogDecodeError("table map claims \(count) columns (MySQL allows 4096)", offset: body.offset) }
        self.columnTypes = try body.bytes(Int(count), "column types")
        var metadataCursor = try body.sub(try body.lenencInt("metadata length"), "column metadata")
        self.metadata = try ColumnMetadata.parse(types: self.columnTypes, metadata: &metadataCursor)
        let bitmap = try body.bytes((Int(count) + 7) / 8, "NULL bitmap")
        self.nullable = (0..<Int(count)).map { bitmap[$0 / 8] & (1 << UInt8($0 % 8)) != 0 }
        self.optional = try TableMapOptionalMetadata(decoding: &body, types: self.columnTypes, metadata: self.metadata)
    }

    /// Whether column `index` is UNSIGNED, when the log says so (nil: unknown).
    public func isUnsigned(_ index: Int) -> Bool? {
        self.optional.unsignedColumns.map { $0.contains(index) }
    }
}

/// The optional metadata block of a table map.
public struct TableMapOptionalMetadata: Sendable, Hashable {
    /// Indices of UNSIGNED numeric columns (nil when the log does not carry signedness).
    public var unsignedColumns: Set<Int>?
    /// Collation of each character column by column index.
    public var collations: [Int: UInt16] = [:]
    public var columnNames: [String]?
    public var enumValues: [[String]] = []
    public var setValues: [[String]] = []
    public var geometryTypes: [UInt64] = []
    /// Dimensions of each VECTOR column, in column order (MySQL 9.0+ VECTOR_DIMENSIONALITY).
    public var vectorDimensions: [UInt64] = []
    /// Primary key columns, with the prefix length (0 = whole column).
    public var primaryKey: [(column: Int, prefix: Int)] {
        get { self.primaryKeyPairs.map { ($0[0], $0[1]) } }
        set { self.primaryKeyPairs = newValue.map { [$0.column, $0.prefix] } }
    }
    private var primaryKeyPairs: [[Int]] = []
    public var invisibleColumns: Set<Int> = []

    init() {}

    init(decoding body: inout BinlogCursor, types: [UInt8], metadata: [UInt16]) throws {
        let realTypes = zip(types, metadata).map { ColumnMetadata.realType(type: $0, metadata: $1) }
        let numeric = realTypes.indices.filter { [0, 1, 2, 3, 4, 5, 8, 9, 246].contains(realTypes[$0]) }
        // MySQL's is_character_type: VARCHAR, VAR_STRING, STRING (CHAR), the BLOB types and (9.0+)
        // VECTOR, whose binary collation is listed like a BLOB's.
        let character = realTypes.indices.filter { [15, 253, 254, 249, 250, 251, 252, 242].contains(realTypes[$0]) }
        let enumOrSet = realTypes.indices.filter { [247, 248].contains(realTypes[$0]) }
        while !body.isAtEnd {
            let kind = try body.u8("optional metadata type")
            var field = try body.sub(try body.lenencInt("optional metadata length"), "optional metadata field \(kind)")
            switch kind {
            case 1:  // SIGNEDNESS: one bit per numeric column, most significant bit first
                let bits = Array(field.rest())
                var unsigned = Set<Int>()
                for (n, column) in numeric.enumerated() where n / 8 < bits.count && bits[n / 8] & (0x80 >> UInt8(n % 8)) != 0 {
                    unsigned.insert(column)
                }
                self.unsignedColumns = unsigned
            case 2, 10:  // DEFAULT_CHARSET, ENUM_AND_SET_DEFAULT_CHARSET: default + (index, collation) exceptions
                let columns = kind == 2 ? character : enumOrSet
                let defaultCollation = UInt16(truncatingIfNeeded: try field.lenenc("default collation"))
                for column in columns { self.collations[column] = defaultCollation }
                while !field.isAtEnd {
                    let index = try field.lenencInt("charset column index")
                    let collation = UInt16(truncatingIfNeeded: try field.lenenc("charset collation"))
                    if index < columns.count { self.collations[columns[index]] = collation }
                }
            case 3, 11:  // COLUMN_CHARSET, ENUM_AND_SET_COLUMN_CHARSET: one collation per column
                let columns = kind == 3 ? character : enumOrSet
                var i = 0
                while !field.isAtEnd {
                    let collation = UInt16(truncatingIfNeeded: try field.lenenc("column collation"))
                    if i < columns.count { self.collations[columns[i]] = collation }
                    i += 1
                }
            case 4:  // COLUMN_NAME
                var names: [String] = []
                while !field.isAtEnd { names.append(try field.string(try field.lenencInt("column name length"), "column name")) }
                self.columnNames = names
            case 5, 6:  // SET_STR_VALUE, ENUM_STR_VALUE
                var all: [[String]] = []
                while !field.isAtEnd {
                    let count = try field.lenenc("value count")
                    var values: [String] = []
                    for _ in 0..<count { values.append(try field.string(try field.lenencInt("value length"), "ENUM/SET value")) }
                    all.append(values)
                }
                if kind == 5 { self.setValues = all } else { self.enumValues = all }
            case 7:  // GEOMETRY_TYPE
                while !field.isAtEnd { self.geometryTypes.append(try field.lenenc("geometry type")) }
            case 8:  // SIMPLE_PRIMARY_KEY
                while !field.isAtEnd { self.primaryKeyPairs.append([try field.lenencInt("primary key column"), 0]) }
            case 9:  // PRIMARY_KEY_WITH_PREFIX
                while !field.isAtEnd {
                    self.primaryKeyPairs.append([try field.lenencInt("primary key column"), try field.lenencInt("primary key prefix")])
                }
            case 12:  // COLUMN_VISIBILITY: one bit per column, most significant bit first; set = visible
                let bits = Array(field.rest())
                for column in types.indices where column / 8 < bits.count && bits[column / 8] & (0x80 >> UInt8(column % 8)) == 0 {
                    self.invisibleColumns.insert(column)
                }
            case 13:  // VECTOR_DIMENSIONALITY: one per VECTOR column
                while !field.isAtEnd { self.vectorDimensions.append(try field.lenenc("vector dimensionality")) }
            default:
                continue  // newer servers may add kinds; each carries its length, so skip it
            }
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.unsignedColumns == rhs.unsignedColumns && lhs.collations == rhs.collations && lhs.columnNames == rhs.columnNames
            && lhs.enumValues == rhs.enumValues && lhs.setValues == rhs.setValues && lhs.primaryKeyPairs == rhs.primaryKeyPairs
            && lhs.vectorDimensions == rhs.vectorDimensions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.columnNames)
    }
}
