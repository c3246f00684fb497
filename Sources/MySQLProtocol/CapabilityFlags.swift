/// Client/server capability flags. MariaDB's extended capabilities occupy the upper 32 bits (they
/// travel in the handshake's reserved bytes when the server clears `CLIENT_MYSQL`, bit 0).
public struct CapabilityFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let longPassword = Self(rawValue: 1 << 0)  // MariaDB: CLIENT_MYSQL
    public static let foundRows = Self(rawValue: 1 << 1)
    public static let longFlag = Self(rawValue: 1 << 2)
    public static let connectWithDB = Self(rawValue: 1 << 3)
    public static let noSchema = Self(rawValue: 1 << 4)
    public static let compress = Self(rawValue: 1 << 5)
    public static let odbc = Self(rawValue: 1 << 6)
    public static let localFiles = Self(rawValue: 1 << 7)
    public static let ignoreSpace = Self(rawValue: 1 << 8)
    public static let protocol41 = Self(rawValue: 1 << 9)
    public static let interactive = Self(rawValue: 1 << 10)
    public static let ssl = Self(rawValue: 1 << 11)
    public static let ignoreSigpipe = Self(rawValue: 1 << 12)
    public static let transactions = Self(rawValue: 1 << 13)
    public static let secureConnection = Self(rawValue: 1 << 15)
    public static let multiStatements = Self(rawValue: 1 << 16)
    public static let multiResults = Self(rawValue: 1 << 17)
    public static let psMultiResults = Self(rawValue: 1 << 18)
    public static let pluginAuth = Self(rawValue: 1 << 19)
    public static let connectAttrs = Self(rawValue: 1 << 20)
    public static let pluginAuthLenencClientData = Self(rawValue: 1 << 21)
    public static let canHandleExpiredPasswords = Self(rawValue: 1 << 22)
    public static let sessionTrack = Self(rawValue: 1 << 23)
    public static let deprecateEOF = Self(rawValue: 1 << 24)
    public static let optionalResultsetMetadata = Self(rawValue: 1 << 25)
    public static let zstdCompression = Self(rawValue: 1 << 26)
    public static let queryAttributes = Self(rawValue: 1 << 27)
    public static let multiFactorAuthentication = Self(rawValue: 1 << 28)
    public static let sslVerifyServerCert = Self(rawValue: 1 << 30)
    public static let rememberOptions = Self(rawValue: 1 << 31)

    public static let mariadbProgress = Self(rawValue: 1 << 32)
    public static let mariadbComMulti = Self(rawValue: 1 << 33)
    public static let mariadbStmtBulkOperations = Self(rawValue: 1 << 34)
    public static let mariadbExtendedTypeInfo = Self(rawValue: 1 << 35)
    public static let mariadbCacheMetadata = Self(rawValue: 1 << 36)

    public var lower32: UInt32 { UInt32(truncatingIfNeeded: self.rawValue) }
    public var upper32: UInt32 { UInt32(truncatingIfNeeded: self.rawValue >> 32) }
}

/// Server status flags carried by OK and EOF packets.
public struct StatusFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let inTransaction = Self(rawValue: 1 << 0)
    public static let autocommit = Self(rawValue: 1 << 1)
    public static let moreResultsExist = Self(rawValue: 1 << 3)
    public static let noGoodIndexUsed = Self(rawValue: 1 << 4)
    public static let noIndexUsed = Self(rawValue: 1 << 5)
    public static let cursorExists = Self(rawValue: 1 << 6)
    public static let lastRowSent = Self(rawValue: 1 << 7)
    public static let databaseDropped = Self(rawValue: 1 << 8)
    public static let noBackslashEscapes = Self(rawValue: 1 << 9)
    public static let metadataChanged = Self(rawValue: 1 << 10)
    public static let queryWasSlow = Self(rawValue: 1 << 11)
    public static let psOutParams = Self(rawValue: 1 << 12)
    public static let inTransactionReadOnly = Self(rawValue: 1 << 13)
    public static let sessionStateChanged = Self(rawValue: 1 << 14)
}

/// Command bytes (first payload byte of a client command packet).
public enum MySQLCommand: UInt8, Sendable {
    case quit = 0x01
    case initDB = 0x02
    case query = 0x03
    case fieldList = 0x04
    case statistics = 0x09
    case processKill = 0x0C
    case ping = 0x0E
    case binlogDump = 0x12
    case registerSlave = 0x15
    case stmtPrepare = 0x16
    case stmtExecute = 0x17
    case stmtSendLongData = 0x18
    case stmtClose = 0x19
    case stmtReset = 0x1A
    case setOption = 0x1B
    case stmtFetch = 0x1C
    case binlogDumpGTID = 0x1E
    case resetConnection = 0x1F
}
