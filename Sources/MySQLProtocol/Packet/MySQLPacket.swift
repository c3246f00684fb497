import NIOCore

/// One logical MySQL packet: the payload after reassembling 16 MiB continuation frames, and the
/// sequence id of its last frame (the next packet of the exchange continues from it).
public struct MySQLPacket: Sendable, Equatable {
    public var sequenceID: UInt8
    public var payload: ByteBuffer

    public init(sequenceID: UInt8, payload: ByteBuffer) {
        self.sequenceID = sequenceID
        self.payload = payload
    }

    /// The first payload byte, which tells OK (0x00), EOF (0xFE), ERR (0xFF), LOCAL INFILE (0xFB).
    public var header: UInt8? { self.payload.getInteger(at: self.payload.readerIndex, as: UInt8.self) }

    /// Largest payload one frame carries; a frame of exactly this size is continued by the next.
    public static let maxFramePayload = 0xFF_FFFF
}
