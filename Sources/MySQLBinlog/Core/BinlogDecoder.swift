/// Decodes events one at a time, keeping what later events depend on: the format description
/// (post-header lengths, checksums) and the table maps of the current statement.
public struct BinlogDecoder: Sendable {
    public private(set) var format: FormatDescriptionEvent
    private var tableMaps: [UInt64: TableMapEvent] = [:]
    private var insidePayload = false
    /// Whether each event's CRC32 is checked (when the log has them).
    public var verifyChecksums = true

    /// `checksum` is what the events carry before the first FORMAT_DESCRIPTION_EVENT (a replica
    /// stream negotiated with `@master_binlog_checksum`).
    public init(checksum: FormatDescriptionEvent.ChecksumAlgorithm = .off) {
        self.format = .initial
        self.format.checksumAlgorithm = checksum
    }

    public func tableMap(id: UInt64) -> TableMapEvent? { self.tableMaps[id] }

    /// Decodes one whole event: 19-byte header, body, and CRC32 when the log has checksums.
    /// Errors carry the event's log position.
    /// `position` is where the event starts in its file, when the caller knows it (a file
    /// reader does; relay logs' `log_pos` fields describe the source's file, not this one).
    public mutating func decode(_ bytes: [UInt8], position: UInt64? = nil) throws -> BinlogEvent {
        var cursor = BinlogCursor(bytes)
        var header = try BinlogEventHeader(decoding: &cursor)
        header.type = self.format.standardType(header.type)
        do {
            return try self.decodeBody(header: header, bytes: bytes)
        } catch var error as BinlogDecodeError {
            if error.logPosition == nil {
                error.logPosition = position ?? UInt64(header.logPosition) - UInt64(min(header.logPosition, header.eventSize))
            }
            error.message = "\(header.type): \(error.message)"
            throw error
        }
    }

    private mutating func decodeBody(header: BinlogEventHeader, bytes: [UInt8]) throws -> BinlogEvent {
        guard Int(header.eventSize) == bytes.count else {
            throw BinlogDecodeError("event size field says \(header.eventSize) bytes but \(bytes.count) were given", offset: 9)
        }
        let isFormat = header.type == .formatDescription
        var end = bytes.count
        let checksummed = isFormat ? self.formatHasChecksum(bytes) : self.format.checksumAlgorithm == .crc32
        if checksummed {
            guard end >= BinlogEventHeader.size + 4 else { throw BinlogDecodeError("event too short for its checksum", offset: end) }
            end -= 4
            if self.verifyChecksums {
                let stored = UInt32(bytes[end]) | UInt32(bytes[end + 1]) << 8 | UInt32(bytes[end + 2]) << 16 | UInt32(bytes[end + 3]) << 24
                var computed = CRC32.checksum(bytes[0..<end])
                if isFormat && bytes[17] & 0x01 != 0 {
                    // LOG_EVENT_BINLOG_IN_USE_F is set in the file's FDE while the server writes
                    // it, after the checksum was computed without it.
                    var copy = Array(bytes[0..<end])
                    copy[17] &= ~0x01
                    computed = CRC32.checksum(copy)
                }
                guard stored == computed else {
                    throw BinlogDecodeError(
                        "checksum mismatch: stored 0x\(String(stored, radix: 16)), computed 0x\(String(computed, radix: 16))", offset: end)
                }
            }
        }
        // The FDE's body runs to the event's end: it decodes its own algorithm byte and CRC.
        var body = BinlogCursor(bytes, offset: BinlogEventHeader.size, end: isFormat ? bytes.count : end)
        let post = self.format.postHeaderLength(of: header.type) ?? 0
        let result: BinlogEvent.Body
        switch header.type {
        case .formatDescription:
            let format = try FormatDescriptionEvent(body: &body)
            self.format = format
            self.tableMaps.removeAll()
            result = .formatDescription(format)
        case .rotate: result = .rotate(try RotateEvent(body: &body))
        case .query: result = .query(try QueryEvent(body: &body, postHeaderLength: post))
        case .mariadbQueryCompressed: result = .query(try QueryEvent(body: &body, postHeaderLength: post, compressed: true))
        case .xid: result = .xid(try body.u64("xid"))
        case .tableMap:
            let map = try TableMapEvent(body: &body, postHeaderLength: post)
            self.tableMaps[map.tableID] = map
            result = .tableMap(map)
        case .writeRowsV1, .updateRowsV1, .deleteRowsV1, .writeRowsV2, .updateRowsV2, .deleteRowsV2, .writeRowsV0, .updateRowsV0,
            .deleteRowsV0, .mariadbWriteRowsCompressedV1, .mariadbUpdateRowsCompressedV1, .mariadbDeleteRowsCompressedV1,
            .mariadbWriteRowsCompressed, .mariadbUpdateRowsCompressed, .mariadbDeleteRowsCompressed:
            let (kind, version, compressed) = Self.rowsShape(header.type)
            let maps = self.tableMaps
            let rows = try RowsEvent(kind: kind, version: version, compressed: compressed, body: &body, postHeaderLength: post, tableMap: { maps[$0] })
            // A statement's table maps are re-sent for the next statement: keep memory flat on
            // a long stream by forgetting them at the statement's end (as the servers scope them).
            if rows.isStatementEnd { self.tableMaps.removeAll(keepingCapacity: true) }
            result = .rows(rows)
        case .intvar: result = .intvar(try IntVarEvent(body: &body))
        case .rand: result = .rand(try RandEvent(body: &body))
        case .userVar: result = .userVar(try UserVarEvent(body: &body))
        case .stop: result = .stop
        case .incident: result = .incident(try IncidentEvent(body: &body))
        case .heartbeat: result = .heartbeat(logFile: String(decoding: body.rest(), as: UTF8.self))
        case .rowsQuery:
            try body.skip(1, "rows query length")  // a 1-byte length that overflows; the text runs to the end
            result = .rowsQuery(String(decoding: body.rest(), as: UTF8.self))
        case .xaPrepare: result = .xaPrepare(try XAPrepareEvent(body: &body))
        case .gtid, .anonymousGTID: result = .mysqlGTID(try MySQLGTIDEvent(body: &body), anonymous: header.type == .anonymousGTID)
        case .previousGTIDs: result = .previousGTIDs(try MySQLGTIDSet(decoding: &body))
        case .mariadbGTID: result = .mariadbGTID(try MariaDBGTIDEvent(body: &body, serverID: header.serverID))
        case .mariadbGTIDList: result = .mariadbGTIDList(try MariaDBGTIDList.decodeList(&body).gtids)
        case .mariadbBinlogCheckpoint:
            let length = Int(try body.u32("checkpoint file name length"))
            result = .binlogCheckpoint(try body.string(length, "checkpoint file name"))
        case .mariadbAnnotateRows: result = .annotateRows(String(decoding: body.rest(), as: UTF8.self))
        case .mariadbStartEncryption:
            throw BinlogDecodeError("the binlog is encrypted (START_ENCRYPTION); encrypted MariaDB binlogs are not supported", offset: 19)
        case .transactionPayload: result = .transactionPayload(try self.decodePayload(&body))
        case .partialUpdateRows:
            let maps = self.tableMaps
            result = .rows(
                try RowsEvent(kind: .update, version: 2, compressed: false, partialJSON: true, body: &body, postHeaderLength: post, tableMap: { maps[$0] }))
        case .gtidTagged: result = .mysqlGTID(try MySQLGTIDEvent(taggedBody: &body), anonymous: false)
        case .heartbeatV2: result = .heartbeat(logFile: try HeartbeatV2(body: &body).logFile)
        case .beginLoadQuery, .appendBlock: result = .loadDataBlock(try LoadDataBlock(body: &body))
        case .executeLoadQuery: result = .executeLoadQuery(try ExecuteLoadQueryEvent(body: &body, postHeaderLength: post))
        case .deleteFile: result = .deleteFile(fileID: try body.u32("file id"))
        case .transactionContext, .viewChange, .ignorable, .startV3:
            result = .unsupported("\(header.type) events are not decoded")
        default: result = .unknown
        }
        return BinlogEvent(header: header, body: result)
    }

    /// Inner events of a TRANSACTION_PAYLOAD carry no checksum of their own.
    private mutating func decodePayload(_ body: inout BinlogCursor) throws -> [BinlogEvent] {
        // Servers never nest payloads; refusing them bounds recursion and memory on hostile input.
        guard !self.insidePayload else { throw BinlogDecodeError("TRANSACTION_PAYLOAD inside a TRANSACTION_PAYLOAD", offset: body.offset) }
        self.insidePayload = true
        defer { self.insidePayload = false }
        let bytes = try TransactionPayload(body: &body).decompressed()
        let algorithm = self.format.checksumAlgorithm
        self.format.checksumAlgorithm = .off
        defer { self.format.checksumAlgorithm = algorithm }
        var events: [BinlogEvent] = []
        var cursor = BinlogCursor(bytes)
        while !cursor.isAtEnd {
            var peek = cursor
            try peek.skip(9, "inner event header")
            let size = Int(try peek.u32("inner event size"))
            events.append(try self.decode(try cursor.bytes(size, "inner event")))
        }
        return events
    }

    /// An FDE carries a CRC when its algorithm byte (5 bytes from the end) is CRC32.
    private func formatHasChecksum(_ bytes: [UInt8]) -> Bool {
        var cursor = BinlogCursor(bytes, offset: BinlogEventHeader.size + 2)
        guard let version = try? cursor.string(50, "server version"),
            FormatDescriptionEvent.hasChecksumAlgorithm(serverVersion: String(version.prefix { $0 != "\0" })), bytes.count >= 5
        else { return false }
        return bytes[bytes.count - 5] == FormatDescriptionEvent.ChecksumAlgorithm.crc32.rawValue
    }

    static func rowsShape(_ type: BinlogEventType) -> (RowsEvent.Kind, Int, Bool) {
        switch type {
        case .writeRowsV0: (.write, 0, false)
        case .updateRowsV0: (.update, 0, false)
        case .deleteRowsV0: (.delete, 0, false)
        case .writeRowsV1: (.write, 1, false)
        case .updateRowsV1: (.update, 1, false)
        case .deleteRowsV1: (.delete, 1, false)
        case .writeRowsV2: (.write, 2, false)
        case .updateRowsV2: (.update, 2, false)
        case .deleteRowsV2: (.delete, 2, false)
        case .mariadbWriteRowsCompressedV1: (.write, 1, true)
        case .mariadbUpdateRowsCompressedV1: (.update, 1, true)
        case .mariadbDeleteRowsCompressedV1: (.delete, 1, true)
        case .mariadbWriteRowsCompressed: (.write, 2, true)
        case .mariadbUpdateRowsCompressed: (.update, 2, true)
        default: (.delete, 2, true)
        }
    }
}
