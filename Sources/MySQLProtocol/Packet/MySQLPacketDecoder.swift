import NIOCore

/// Splits the byte stream into packets, joining `0xFFFFFF`-length frames with their continuations
/// (a row or binlog event of 16 MiB or more arrives that way).
public struct MySQLPacketDecoder: NIOSingleStepByteToMessageDecoder {
    public typealias InboundOut = MySQLPacket

    /// Payload of frames seen so far of a packet that is still being continued.
    private var pending: ByteBuffer?
    /// Largest reassembled payload accepted; guards memory against a corrupt length.
    public var maxPacketSize: Int

    public init(maxPacketSize: Int = 1 << 30) {
        self.maxPacketSize = maxPacketSize
    }

    public mutating func decode(buffer: inout ByteBuffer) throws -> MySQLPacket? {
        while true {
            guard let (length, sequenceID) = Self.peekHeader(buffer),
                buffer.readableBytes >= 4 + length
            else { return nil }
            buffer.moveReaderIndex(forwardBy: 4)
            let frame = buffer.readSlice(length: length)!
            if length == MySQLPacket.maxFramePayload {
                if self.pending == nil { self.pending = ByteBuffer() }
                guard self.pending!.readableBytes + length <= self.maxPacketSize else {
                    throw MySQLProtocolError.packetTooLarge(limit: self.maxPacketSize)
                }
                self.pending!.writeImmutableBuffer(frame)
                continue
            }
            if var joined = self.pending {
                self.pending = nil
                guard joined.readableBytes + length <= self.maxPacketSize else {
                    throw MySQLProtocolError.packetTooLarge(limit: self.maxPacketSize)
                }
                joined.writeImmutableBuffer(frame)
                return MySQLPacket(sequenceID: sequenceID, payload: joined)
            }
            return MySQLPacket(sequenceID: sequenceID, payload: frame)
        }
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> MySQLPacket? {
        try self.decode(buffer: &buffer)
    }

    private static func peekHeader(_ buffer: ByteBuffer) -> (Int, UInt8)? {
        guard let low = buffer.getInteger(at: buffer.readerIndex, endianness: .little, as: UInt16.self),
            let high = buffer.getInteger(at: buffer.readerIndex + 2, as: UInt8.self),
            let sequenceID = buffer.getInteger(at: buffer.readerIndex + 3, as: UInt8.self)
        else { return nil }
        return (Int(low) | Int(high) << 16, sequenceID)
    }
}

extension ByteBuffer {
    /// Frames `payload` as one MySQL packet starting at `sequenceID`, splitting it into
    /// 16 MiB frames (plus an empty one when it is an exact multiple). Returns the next sequence id.
    @discardableResult
    public mutating func writeMySQLPacket(_ payload: ByteBuffer, sequenceID: UInt8) -> UInt8 {
        var payload = payload
        var sequenceID = sequenceID
        while true {
            let length = min(payload.readableBytes, MySQLPacket.maxFramePayload)
            self.writeInteger(UInt16(truncatingIfNeeded: length), endianness: .little)
            self.writeInteger(UInt8(truncatingIfNeeded: length >> 16))
            self.writeInteger(sequenceID)
            sequenceID &+= 1
            var frame = payload.readSlice(length: length)!
            self.writeBuffer(&frame)
            if length < MySQLPacket.maxFramePayload { return sequenceID }
        }
    }

    /// Writes a packet whose payload is produced by `body`, without an intermediate buffer when
    /// it fits one frame (the common case for commands and rows).
    @discardableResult
    public mutating func writeMySQLPacket(sequenceID: UInt8, _ body: (inout ByteBuffer) -> Void) -> UInt8 {
        let headerIndex = self.writerIndex
        self.writeInteger(UInt32(0))
        let start = self.writerIndex
        body(&self)
        let length = self.writerIndex - start
        if length < MySQLPacket.maxFramePayload {
            self.setInteger(UInt32(length) | UInt32(sequenceID) << 24, at: headerIndex, endianness: .little)
            return sequenceID &+ 1
        }
        // Rare: re-frame a payload of 16 MiB or more.
        let payload = self.getSlice(at: start, length: length)!
        self.moveWriterIndex(to: headerIndex)
        return self.writeMySQLPacket(payload, sequenceID: sequenceID)
    }
}
