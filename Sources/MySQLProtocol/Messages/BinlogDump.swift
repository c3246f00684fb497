import NIOCore

/// The replication commands a replica sends.
public enum BinlogDumpEncoder {
    /// `COM_REGISTER_SLAVE`: int<4> server_id, then host, user, password as int<1> length +
    /// bytes, int<2> port, int<4> replication rank (0), int<4> master id (0).
    public static func registerReplica(serverID: UInt32, hostname: String, port: UInt16, into buffer: inout ByteBuffer) {
        buffer.writeInteger(MySQLCommand.registerSlave.rawValue)
        buffer.writeInteger(serverID, endianness: .little)
        for field in [hostname, "", ""] {
            let bytes = Array(field.utf8.prefix(255))
            buffer.writeInteger(UInt8(bytes.count))
            buffer.writeBytes(bytes)
        }
        buffer.writeInteger(port, endianness: .little)
        buffer.writeInteger(UInt32(0), endianness: .little)
        buffer.writeInteger(UInt32(0), endianness: .little)
    }

    /// `COM_BINLOG_DUMP`: int<4> position, int<2> flags (1 = non-blocking: EOF at the end of the
    /// log instead of waiting), int<4> server_id, string<EOF> file name.
    public static func dump(file: String, position: UInt32, serverID: UInt32, nonBlocking: Bool, into buffer: inout ByteBuffer) {
        buffer.writeInteger(MySQLCommand.binlogDump.rawValue)
        buffer.writeInteger(position, endianness: .little)
        buffer.writeInteger(UInt16(nonBlocking ? 1 : 0), endianness: .little)
        buffer.writeInteger(serverID, endianness: .little)
        buffer.writeString(file)
    }

    /// `COM_BINLOG_DUMP_GTID` (MySQL): int<2> flags (4 = through GTID, 1 = non-blocking),
    /// int<4> server_id, int<4> file name length, file name, int<8> position, int<4> GTID data
    /// length, GTID set in its binary form.
    public static func dumpGTID(gtidSet: [UInt8], serverID: UInt32, nonBlocking: Bool, into buffer: inout ByteBuffer) {
        buffer.writeInteger(MySQLCommand.binlogDumpGTID.rawValue)
        buffer.writeInteger(UInt16(0x04 | (nonBlocking ? 1 : 0)), endianness: .little)
        buffer.writeInteger(serverID, endianness: .little)
        buffer.writeInteger(UInt32(0), endianness: .little)
        buffer.writeInteger(UInt64(4), endianness: .little)
        buffer.writeInteger(UInt32(gtidSet.count), endianness: .little)
        buffer.writeBytes(gtidSet)
    }
}
