/// The body of MariaDB's GTID_LIST_EVENT, written at the start of every binlog file with the
/// binlog state so far:
///
///     int<4> count         low 28 bits: number of GTIDs; top 4 bits: flags
///     per GTID: int<4> domain, int<4> server, int<8> sequence
public enum MariaDBGTIDList {
    /// Reads the count and the GTIDs, leaving the cursor after the last one (any checksum
    /// stays unread).
    public static func decodeList(_ cursor: inout BinlogCursor) throws -> (gtids: [MariaDBGTID], flags: UInt8) {
        let countOffset = cursor.offset
        let raw = try cursor.u32("the GTID list count")
        let count = Int(raw & 0x0FFF_FFFF)
        // Checking the size first keeps a corrupt count from reserving a huge array.
        guard count <= cursor.remaining / 16 else {
            throw BinlogDecodeError("GTID list claims \(count) GTIDs but only \(cursor.remaining) bytes remain", offset: countOffset)
        }
        var gtids: [MariaDBGTID] = []
        gtids.reserveCapacity(count)
        for _ in 0..<count {
            let domain = try cursor.u32("a GTID domain id")
            let server = try cursor.u32("a GTID server id")
            let sequence = try cursor.u64("a GTID sequence number")
            gtids.append(MariaDBGTID(domain: domain, server: server, sequence: sequence))
        }
        return (gtids, UInt8(raw >> 28))
    }
}
