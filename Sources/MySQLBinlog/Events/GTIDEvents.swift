/// MariaDB GTID_EVENT: starts an event group (transaction) with its GTID.
///
///     int<8> seq_no, int<4> domain_id, int<1> flags, [int<8> commit_id], [XA: int<4> format_id,
///     int<1> gtrid_len, int<1> bqual_len, data]
public struct MariaDBGTIDEvent: Sendable, Hashable {
    public var gtid: MariaDBGTID
    public var flags: UInt8
    public var commitID: UInt64?

    public var isStandalone: Bool { self.flags & 0x01 != 0 }
    public var isTransactional: Bool { self.flags & 0x04 != 0 }
    public var isDDL: Bool { self.flags & 0x20 != 0 }

    init(body: inout BinlogCursor, serverID: UInt32) throws {
        let sequence = try body.u64("GTID sequence number")
        let domain = try body.u32("GTID domain id")
        self.gtid = MariaDBGTID(domain: domain, server: serverID, sequence: sequence)
        self.flags = try body.u8("GTID flags")
        self.commitID = self.flags & 0x02 != 0 ? try body.u64("GTID commit id") : nil
        _ = body.rest()  // XA ids and reserved bytes
    }
}

/// MySQL GTID_LOG_EVENT / ANONYMOUS_GTID_LOG_EVENT: starts a transaction.
///
///     int<1> flags, 16 bytes source uuid, int<8> gno, [int<1> lt_type, int<8> last_committed,
///     int<8> sequence_number], [int<7> immediate commit ts (high bit: original ts follows), ...]
public struct MySQLGTIDEvent: Sendable, Hashable {
    public var flags: UInt8
    public var sourceUUID: [UInt8]
    public var gno: UInt64
    public var lastCommitted: UInt64?
    public var sequenceNumber: UInt64?
    /// Microseconds since the epoch when the transaction committed on this server.
    public var immediateCommitTimestamp: UInt64?
    /// MySQL 8.4 tagged GTIDs (GTID_TAGGED events): the tag, e.g. `mytag` in `uuid:mytag:3`.
    public var tag: MySQLGTIDTag?

    /// The UUID in its text form.
    public var uuid: String {
        let hex = self.sourceUUID.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }
        guard hex.count == 16 else { return hex.joined() }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }

    init(body: inout BinlogCursor) throws {
        self.flags = try body.u8("GTID flags")
        self.sourceUUID = try body.bytes(16, "GTID source uuid")
        self.gno = try body.u64("GTID number")
        if body.remaining >= 17, try body.u8("logical timestamp type") == 2 {
            self.lastCommitted = try body.u64("last committed")
            self.sequenceNumber = try body.u64("sequence number")
        }
        if body.remaining >= 7 {
            let ts = try body.uintLE(7, "immediate commit timestamp")
            self.immediateCommitTimestamp = ts & ~(UInt64(1) << 55)
        }
        _ = body.rest()
    }
}
