/// QUERY_EVENT: a statement (DDL, BEGIN, statement-based DML) with the session state it ran in.
///
///     post-header: int<4> thread_id, int<4> exec_time, int<1> schema_length, int<2> error_code,
///                  int<2> status_vars_length
///     body:        status vars, schema + NUL, statement text
public struct QueryEvent: Sendable, Hashable {
    public var threadID: UInt32
    public var executionTime: UInt32
    public var errorCode: UInt16
    public var schema: String
    /// The statement's bytes, in the character set of `status.charset` (client charset).
    public var query: [UInt8]
    public var status: QueryStatusVariables

    public var queryText: String { String(decoding: self.query, as: UTF8.self) }

    init(body: inout BinlogCursor, postHeaderLength: Int, compressed: Bool = false) throws {
        self.threadID = try body.u32("thread id")
        self.executionTime = try body.u32("execution time")
        let schemaLength = Int(try body.u8("schema length"))
        self.errorCode = try body.u16("error code")
        var statusLength = 0
        if postHeaderLength >= 13 {
            statusLength = Int(try body.u16("status variables length"))
            try body.skip(postHeaderLength - 13, "post-header")
        }
        var statusCursor = try body.sub(statusLength, "status variables")
        self.status = try QueryStatusVariables(decoding: &statusCursor)
        self.schema = try body.string(schemaLength, "schema name")
        try body.skip(1, "schema terminator")
        let text = body.rest()
        self.query = compressed ? try MariaDBCompression.decompress(text, what: "QUERY_COMPRESSED statement") : Array(text)
    }
}

/// The status variables of a QUERY_EVENT that matter to a replica.
public struct QueryStatusVariables: Sendable, Hashable {
    public var flags2: UInt32?
    public var sqlMode: UInt64?
    public var autoIncrement: (increment: UInt16, offset: UInt16)? {
        get { self.autoIncrementPair.map { ($0[0], $0[1]) } }
        set { self.autoIncrementPair = newValue.map { [$0.increment, $0.offset] } }
    }
    private var autoIncrementPair: [UInt16]?
    /// character_set_client, collation_connection, collation_server (collation ids).
    public var charset: [UInt16]?
    public var timeZone: String?
    public var catalog: String?
    public var lcTimeNames: UInt16?
    public var charsetDatabase: UInt16?
    public var tableMapForUpdate: UInt64?
    public var invoker: (user: String, host: String)? {
        get { self.invokerPair.map { ($0[0], $0[1]) } }
        set { self.invokerPair = newValue.map { [$0.user, $0.host] } }
    }
    private var invokerPair: [String]?
    public var updatedDatabases: [String]?
    public var microseconds: UInt32?
    public var explicitDefaultsForTimestamp: Bool?
    public var ddlXID: UInt64?
    public var defaultCollationForUTF8MB4: UInt16?
    public var sqlRequirePrimaryKey: UInt8?
    public var defaultTableEncryption: UInt8?
    /// MariaDB: the XID of a DDL statement logged with one.
    public var mariadbXID: UInt64?
    /// Status variables this decoder does not know; decoding stops at the first one, as the
    /// servers do, because its length is unknown.
    public var unknownCode: UInt8?

    init() {}

    init(decoding cursor: inout BinlogCursor) throws {
        while !cursor.isAtEnd {
            let code = try cursor.u8("status variable code")
            switch code {
            case 0: self.flags2 = try cursor.u32("Q_FLAGS2")
            case 1: self.sqlMode = try cursor.u64("Q_SQL_MODE")
            case 2:
                let length = Int(try cursor.u8("Q_CATALOG length"))
                self.catalog = try cursor.string(length, "Q_CATALOG")
                try cursor.skip(1, "Q_CATALOG terminator")
            case 3: self.autoIncrementPair = [try cursor.u16("Q_AUTO_INCREMENT increment"), try cursor.u16("Q_AUTO_INCREMENT offset")]
            case 4: self.charset = [try cursor.u16("Q_CHARSET client"), try cursor.u16("Q_CHARSET connection"), try cursor.u16("Q_CHARSET server")]
            case 5: self.timeZone = try cursor.string(Int(try cursor.u8("Q_TIME_ZONE length")), "Q_TIME_ZONE")
            case 6: self.catalog = try cursor.string(Int(try cursor.u8("Q_CATALOG_NZ length")), "Q_CATALOG_NZ")
            case 7: self.lcTimeNames = try cursor.u16("Q_LC_TIME_NAMES")
            case 8: self.charsetDatabase = try cursor.u16("Q_CHARSET_DATABASE")
            case 9: self.tableMapForUpdate = try cursor.u64("Q_TABLE_MAP_FOR_UPDATE")
            case 10: try cursor.skip(4, "Q_MASTER_DATA_WRITTEN")
            case 11:
                let user = try cursor.string(Int(try cursor.u8("Q_INVOKER user length")), "Q_INVOKER user")
                let host = try cursor.string(Int(try cursor.u8("Q_INVOKER host length")), "Q_INVOKER host")
                self.invokerPair = [user, host]
            case 12:
                let count = try cursor.u8("Q_UPDATED_DB_NAMES count")
                var names: [String] = []
                if count != 254 {  // 254: more databases than listed (OVER_MAX_DBS_IN_EVENT_MTS)
                    for _ in 0..<count {
                        var bytes: [UInt8] = []
                        while true {
                            let b = try cursor.u8("Q_UPDATED_DB_NAMES name")
                            if b == 0 { break }
                            bytes.append(b)
                        }
                        names.append(String(decoding: bytes, as: UTF8.self))
                    }
                }
                self.updatedDatabases = names
            case 13: self.microseconds = UInt32(try cursor.uintLE(3, "Q_MICROSECONDS"))
            case 14: try cursor.skip(8, "Q_COMMIT_TS")
            case 15: try cursor.skip(8, "Q_COMMIT_TS2")
            case 16: self.explicitDefaultsForTimestamp = try cursor.u8("Q_EXPLICIT_DEFAULTS_FOR_TIMESTAMP") != 0
            case 17: self.ddlXID = try cursor.u64("Q_DDL_LOGGED_WITH_XID")
            case 18: self.defaultCollationForUTF8MB4 = try cursor.u16("Q_DEFAULT_COLLATION_FOR_UTF8MB4")
            case 19: self.sqlRequirePrimaryKey = try cursor.u8("Q_SQL_REQUIRE_PRIMARY_KEY")
            case 20: self.defaultTableEncryption = try cursor.u8("Q_DEFAULT_TABLE_ENCRYPTION")
            case 128: try cursor.skip(3, "Q_HRNOW")
            case 129: self.mariadbXID = try cursor.u64("Q_XID")
            default:
                self.unknownCode = code
                _ = cursor.rest()
            }
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.flags2 == rhs.flags2 && lhs.sqlMode == rhs.sqlMode && lhs.autoIncrementPair == rhs.autoIncrementPair && lhs.charset == rhs.charset
            && lhs.timeZone == rhs.timeZone && lhs.catalog == rhs.catalog && lhs.updatedDatabases == rhs.updatedDatabases
            && lhs.invokerPair == rhs.invokerPair && lhs.mariadbXID == rhs.mariadbXID && lhs.ddlXID == rhs.ddlXID
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.sqlMode)
        hasher.combine(self.timeZone)
    }
}
