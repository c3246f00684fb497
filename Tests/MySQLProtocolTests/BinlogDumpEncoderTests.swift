import MySQLProtocol
import NIOCore
import Testing

/// Replication commands, laid out as the protocol documentation gives them.
@Suite struct BinlogDumpEncoderTests {
    @Test func dumpByFileAndPosition() {
        var b = ByteBuffer()
        BinlogDumpEncoder.dump(file: "mysql-bin.000002", position: 0x0102, serverID: 7, nonBlocking: true, into: &b)
        #expect(Array(b.readableBytesView) == [0x12, 0x02, 0x01, 0, 0, 0x01, 0x00, 7, 0, 0, 0] + Array("mysql-bin.000002".utf8))
    }

    @Test func dumpByMySQLGTIDSet() {
        var b = ByteBuffer()
        let set: [UInt8] = Array(repeating: 0xAB, count: 48)
        BinlogDumpEncoder.dumpGTID(gtidSet: set, serverID: 9, nonBlocking: false, into: &b)
        var expected: [UInt8] = [0x1E, 0x04, 0x00, 9, 0, 0, 0]  // flags: BINLOG_THROUGH_GTID
        expected += [0, 0, 0, 0]  // empty file name
        expected += [4, 0, 0, 0, 0, 0, 0, 0]  // position 4
        expected += [48, 0, 0, 0] + set
        #expect(Array(b.readableBytesView) == expected)
    }

    @Test func registerReplica() {
        var b = ByteBuffer()
        BinlogDumpEncoder.registerReplica(serverID: 0x01020304, hostname: "h", port: 3306, into: &b)
        #expect(Array(b.readableBytesView) == [0x15, 4, 3, 2, 1, 1, UInt8(ascii: "h"), 0, 0, 0xEA, 0x0C, 0, 0, 0, 0, 0, 0, 0, 0])
    }
}
