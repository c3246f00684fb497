/// One decoded binlog event.
public struct BinlogEvent: Sendable, Hashable {
    public var header: BinlogEventHeader
    public var body: Body

    public enum Body: Sendable, Hashable {
        case formatDescription(FormatDescriptionEvent)
        case rotate(RotateEvent)
        case query(QueryEvent)
        case xid(UInt64)
        case tableMap(TableMapEvent)
        case rows(RowsEvent)
        case intvar(IntVarEvent)
        case rand(RandEvent)
        case userVar(UserVarEvent)
        case stop
        case incident(IncidentEvent)
        case heartbeat(logFile: String)
        case loadDataBlock(LoadDataBlock)
        case executeLoadQuery(ExecuteLoadQueryEvent)
        /// DELETE_FILE: the server dropped the blocks of this file id.
        case deleteFile(fileID: UInt32)
        case rowsQuery(String)
        case xaPrepare(XAPrepareEvent)
        case mysqlGTID(MySQLGTIDEvent, anonymous: Bool)
        case previousGTIDs(MySQLGTIDSet)
        case mariadbGTID(MariaDBGTIDEvent)
        case mariadbGTIDList([MariaDBGTID])
        case binlogCheckpoint(String)
        case annotateRows(String)
        /// TRANSACTION_PAYLOAD: the transaction's events, decompressed and decoded.
        case transactionPayload([BinlogEvent])
        /// An event this decoder recognizes but does not decode yet, with the reason.
        case unsupported(String)
        /// An event type this decoder does not know, skipped by its length.
        case unknown
    }

    public init(header: BinlogEventHeader, body: Body) {
        self.header = header
        self.body = body
    }
}
