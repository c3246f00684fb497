/// Event type codes of MySQL (0-42) and MariaDB (160-171).
public struct BinlogEventType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let unknown = Self(rawValue: 0)
    public static let startV3 = Self(rawValue: 1)
    public static let query = Self(rawValue: 2)
    public static let stop = Self(rawValue: 3)
    public static let rotate = Self(rawValue: 4)
    public static let intvar = Self(rawValue: 5)
    public static let appendBlock = Self(rawValue: 9)
    public static let deleteFile = Self(rawValue: 11)
    public static let rand = Self(rawValue: 13)
    public static let userVar = Self(rawValue: 14)
    public static let formatDescription = Self(rawValue: 15)
    public static let xid = Self(rawValue: 16)
    public static let beginLoadQuery = Self(rawValue: 17)
    public static let executeLoadQuery = Self(rawValue: 18)
    public static let tableMap = Self(rawValue: 19)
    public static let writeRowsV0 = Self(rawValue: 20)
    public static let updateRowsV0 = Self(rawValue: 21)
    public static let deleteRowsV0 = Self(rawValue: 22)
    public static let writeRowsV1 = Self(rawValue: 23)
    public static let updateRowsV1 = Self(rawValue: 24)
    public static let deleteRowsV1 = Self(rawValue: 25)
    public static let incident = Self(rawValue: 26)
    public static let heartbeat = Self(rawValue: 27)
    public static let ignorable = Self(rawValue: 28)
    public static let rowsQuery = Self(rawValue: 29)
    public static let writeRowsV2 = Self(rawValue: 30)
    public static let updateRowsV2 = Self(rawValue: 31)
    public static let deleteRowsV2 = Self(rawValue: 32)
    public static let gtid = Self(rawValue: 33)
    public static let anonymousGTID = Self(rawValue: 34)
    public static let previousGTIDs = Self(rawValue: 35)
    public static let transactionContext = Self(rawValue: 36)
    public static let viewChange = Self(rawValue: 37)
    public static let xaPrepare = Self(rawValue: 38)
    public static let partialUpdateRows = Self(rawValue: 39)
    public static let transactionPayload = Self(rawValue: 40)
    public static let heartbeatV2 = Self(rawValue: 41)
    public static let gtidTagged = Self(rawValue: 42)

    public static let mariadbAnnotateRows = Self(rawValue: 160)
    public static let mariadbBinlogCheckpoint = Self(rawValue: 161)
    public static let mariadbGTID = Self(rawValue: 162)
    public static let mariadbGTIDList = Self(rawValue: 163)
    public static let mariadbStartEncryption = Self(rawValue: 164)
    public static let mariadbQueryCompressed = Self(rawValue: 165)
    public static let mariadbWriteRowsCompressedV1 = Self(rawValue: 166)
    public static let mariadbUpdateRowsCompressedV1 = Self(rawValue: 167)
    public static let mariadbDeleteRowsCompressedV1 = Self(rawValue: 168)
    public static let mariadbWriteRowsCompressed = Self(rawValue: 169)
    public static let mariadbUpdateRowsCompressed = Self(rawValue: 170)
    public static let mariadbDeleteRowsCompressed = Self(rawValue: 171)

    static let names: [UInt8: String] = [
        0: "UNKNOWN", 1: "START_V3", 2: "QUERY", 3: "STOP", 4: "ROTATE", 5: "INTVAR", 6: "LOAD", 7: "SLAVE", 8: "CREATE_FILE",
        9: "APPEND_BLOCK", 10: "EXEC_LOAD", 11: "DELETE_FILE", 12: "NEW_LOAD", 13: "RAND", 14: "USER_VAR", 15: "FORMAT_DESCRIPTION",
        16: "XID", 17: "BEGIN_LOAD_QUERY", 18: "EXECUTE_LOAD_QUERY", 19: "TABLE_MAP", 20: "WRITE_ROWS_V0", 21: "UPDATE_ROWS_V0",
        22: "DELETE_ROWS_V0", 23: "WRITE_ROWS_V1", 24: "UPDATE_ROWS_V1", 25: "DELETE_ROWS_V1", 26: "INCIDENT", 27: "HEARTBEAT",
        28: "IGNORABLE", 29: "ROWS_QUERY", 30: "WRITE_ROWS_V2", 31: "UPDATE_ROWS_V2", 32: "DELETE_ROWS_V2", 33: "GTID",
        34: "ANONYMOUS_GTID", 35: "PREVIOUS_GTIDS", 36: "TRANSACTION_CONTEXT", 37: "VIEW_CHANGE", 38: "XA_PREPARE",
        39: "PARTIAL_UPDATE_ROWS", 40: "TRANSACTION_PAYLOAD", 41: "HEARTBEAT_V2", 42: "GTID_TAGGED",
        160: "ANNOTATE_ROWS", 161: "BINLOG_CHECKPOINT", 162: "MARIADB_GTID", 163: "GTID_LIST", 164: "START_ENCRYPTION",
        165: "QUERY_COMPRESSED", 166: "WRITE_ROWS_COMPRESSED_V1", 167: "UPDATE_ROWS_COMPRESSED_V1", 168: "DELETE_ROWS_COMPRESSED_V1",
        169: "WRITE_ROWS_COMPRESSED", 170: "UPDATE_ROWS_COMPRESSED", 171: "DELETE_ROWS_COMPRESSED",
    ]

    public var description: String { Self.names[self.rawValue] ?? "TYPE_\(self.rawValue)" }
}

/// The 19-byte common header of every v4 event.
///
///     int<4> timestamp, int<1> type, int<4> server_id, int<4> event_size, int<4> log_pos, int<2> flags
public struct BinlogEventHeader: Sendable, Hashable {
    public static let size = 19

    public var timestamp: UInt32
    public var type: BinlogEventType
    public var serverID: UInt32
    public var eventSize: UInt32
    /// Position of the next event in the file (0 for artificial events).
    public var logPosition: UInt32
    public var flags: UInt16

    public init(timestamp: UInt32, type: BinlogEventType, serverID: UInt32, eventSize: UInt32, logPosition: UInt32, flags: UInt16) {
        self.timestamp = timestamp
        self.type = type
        self.serverID = serverID
        self.eventSize = eventSize
        self.logPosition = logPosition
        self.flags = flags
    }

    public init(decoding cursor: inout BinlogCursor) throws {
        self.timestamp = try cursor.u32("timestamp")
        self.type = BinlogEventType(rawValue: try cursor.u8("event type"))
        self.serverID = try cursor.u32("server id")
        self.eventSize = try cursor.u32("event size")
        self.logPosition = try cursor.u32("log position")
        self.flags = try cursor.u16("flags")
    }

    /// LOG_EVENT_ARTIFICIAL_F: made up by the server for a replica (fake ROTATE, FDE).
    public var isArtificial: Bool { self.flags & 0x20 != 0 }
}
