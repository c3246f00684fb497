/// The events of `LOAD DATA INFILE` in statement-based logs: the file travels in blocks
/// (BEGIN_LOAD_QUERY, APPEND_BLOCK), then EXECUTE_LOAD_QUERY runs the statement over it.
public struct LoadDataBlock: Sendable, Hashable {
    public var fileID: UInt32
    public var data: [UInt8]

    /// BEGIN_LOAD_QUERY / APPEND_BLOCK: int<4> file_id, then the block.
    init(body: inout BinlogCursor) throws {
        self.fileID = try body.u32("file id")
        self.data = Array(body.rest())
    }
}

/// EXECUTE_LOAD_QUERY: a QUERY event whose post-header adds int<4> file_id, int<4> start_pos,
/// int<4> end_pos (where the file name sits in the statement) and int<1> duplicate handling.
public struct ExecuteLoadQueryEvent: Sendable, Hashable {
    public var query: QueryEvent
    public var fileID: UInt32
    public var fileNameStart: UInt32
    public var fileNameEnd: UInt32
    public var duplicateHandling: UInt8

    init(body: inout BinlogCursor, postHeaderLength: Int) throws {
        // The load fields come after the 13 bytes every QUERY post-header has.
        var extra = BinlogCursor(body.bytes, offset: body.offset + 13, end: body.end)
        self.fileID = try extra.u32("file id")
        self.fileNameStart = try extra.u32("file name start")
        self.fileNameEnd = try extra.u32("file name end")
        self.duplicateHandling = try extra.u8("duplicate handling")
        self.query = try QueryEvent(body: &body, postHeaderLength: postHeaderLength)
    }
}

/// HEARTBEAT_V2 (MySQL 8.0.26+): fields as int<lenenc> type, int<lenenc> length, value, until
/// type 0; 1 = log file name, 2 = position (int<lenenc>).
struct HeartbeatV2 {
    var logFile = ""
    var position: UInt64?

    init(body: inout BinlogCursor) throws {
        while !body.isAtEnd {
            let type = try body.lenenc("heartbeat field type")
            if type == 0 { break }
            var field = try body.sub(try body.lenencInt("heartbeat field length"), "heartbeat field \(type)")
            switch type {
            case 1: self.logFile = String(decoding: field.rest(), as: UTF8.self)
            case 2: self.position = try field.lenenc("heartbeat position")
            default: continue
            }
        }
    }
}
