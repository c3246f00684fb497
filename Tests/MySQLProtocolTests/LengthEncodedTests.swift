import MySQLProtocol
import NIOCore
import Testing

@Suite struct LengthEncodedTests {
    static let cases: [(UInt64, [UInt8])] = [
        (0, [0]),
        (250, [0xFA]),
        (251, [0xFC, 0xFB, 0x00]),
        (0xFFFF, [0xFC, 0xFF, 0xFF]),
        (0x1_0000, [0xFD, 0x00, 0x00, 0x01]),
        (0xFF_FFFF, [0xFD, 0xFF, 0xFF, 0xFF]),
        (0x100_0000, [0xFE, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00]),
        (UInt64.max, [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]),
    ]

    @Test(arguments: Self.cases)
    func integerEncoding(value: UInt64, bytes: [UInt8]) {
        var buffer = ByteBuffer()
        buffer.writeMySQLLengthEncodedInteger(value)
        #expect(Array(buffer.readableBytesView) == bytes)
        #expect(buffer.readMySQLLengthEncodedInteger() == value)
        #expect(buffer.readableBytes == 0)
    }

    @Test func nullMarkerAndTruncationAreNotIntegers() {
        var null = ByteBuffer(bytes: [0xFB])
        #expect(null.readMySQLLengthEncodedInteger() == nil)
        var short = ByteBuffer(bytes: [0xFD, 0x01])
        #expect(short.readMySQLLengthEncodedInteger() == nil)
        #expect(short.readerIndex == 0, "a partial integer must not be consumed")
    }

    @Test func stringsAndNullTerminated() {
        var buffer = ByteBuffer()
        buffer.writeMySQLLengthEncodedString("héllo")
        buffer.writeMySQLNullTerminatedString("abc")
        #expect(buffer.readMySQLLengthEncodedString() == "héllo")
        #expect(buffer.readMySQLNullTerminatedString() == "abc")
        var missing = ByteBuffer(bytes: [0x05, 0x61])
        #expect(missing.readMySQLLengthEncodedSlice() == nil)
        #expect(missing.readerIndex == 0)
    }
}
