import MySQLProtocol
import NIOCore
import NIOTestUtils
import Testing

@Suite struct PacketFramingTests {
    private func framed(_ payloads: [(UInt8, [UInt8])]) -> ByteBuffer {
        var buffer = ByteBuffer()
        for (seq, payload) in payloads { buffer.writeMySQLPacket(ByteBuffer(bytes: payload), sequenceID: seq) }
        return buffer
    }

    @Test func dripFedPacketsDecode() throws {
        let cases: [(ByteBuffer, [MySQLPacket])] = [
            (framed([(0, [1, 2, 3])]), [MySQLPacket(sequenceID: 0, payload: ByteBuffer(bytes: [1, 2, 3]))]),
            (
                framed([(1, []), (2, [0xFF, 0x00])]),
                [MySQLPacket(sequenceID: 1, payload: ByteBuffer()), MySQLPacket(sequenceID: 2, payload: ByteBuffer(bytes: [0xFF, 0x00]))]
            ),
        ]
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: cases) { MySQLPacketDecoder() }
    }

    @Test func headerIsLittleEndianLengthThenSequence() {
        let buffer = framed([(7, Array(repeating: 0xAA, count: 0x0102))])
        #expect(Array(buffer.readableBytesView.prefix(4)) == [0x02, 0x01, 0x00, 0x07])
    }

    /// Payloads of 16 MiB or more travel as 0xFFFFFF-byte frames plus a shorter last frame (an
    /// empty one when the size is an exact multiple).
    @Test(arguments: [0xFF_FFFF - 1, 0xFF_FFFF, 0xFF_FFFF + 10, 2 * 0xFF_FFFF])
    func largePayloadsRoundTrip(size: Int) throws {
        var payload = ByteBuffer()
        for i in 0..<size { payload.writeInteger(UInt8(truncatingIfNeeded: i &* 31)) }
        var wire = ByteBuffer()
        let next = wire.writeMySQLPacket(payload, sequenceID: 3)
        let frames = size / 0xFF_FFFF + 1
        #expect(next == UInt8(3 + frames))
        #expect(wire.readableBytes == size + 4 * frames)

        // Feed in uneven pieces, as a socket would.
        var decoder = MySQLPacketDecoder()
        var accumulated = ByteBuffer()
        var decoded: [MySQLPacket] = []
        var offset = 0
        let step = 1_000_003
        while offset < wire.readableBytes {
            var piece = wire.getSlice(at: offset, length: min(step, wire.readableBytes - offset))!
            accumulated.writeBuffer(&piece)
            offset += step
            while let packet = try decoder.decode(buffer: &accumulated) { decoded.append(packet) }
        }
        #expect(decoded.count == 1)
        #expect(decoded.first?.payload == payload)
        #expect(decoded.first?.sequenceID == UInt8(3 + frames - 1))
    }

    @Test func oversizedPacketIsRejected() throws {
        var decoder = MySQLPacketDecoder(maxPacketSize: 100)
        var wire = ByteBuffer()
        wire.writeMySQLPacket(ByteBuffer(repeating: 1, count: 0xFF_FFFF + 5), sequenceID: 0)
        #expect(throws: MySQLProtocolError.self) { _ = try decoder.decode(buffer: &wire) }
    }

    @Test func closureWriterMatchesBufferWriter() {
        var a = ByteBuffer()
        let nextA = a.writeMySQLPacket(sequenceID: 9) { $0.writeString("SELECT 1") }
        var b = ByteBuffer()
        let nextB = b.writeMySQLPacket(ByteBuffer(string: "SELECT 1"), sequenceID: 9)
        #expect(a == b)
        #expect(nextA == nextB)
    }
}
