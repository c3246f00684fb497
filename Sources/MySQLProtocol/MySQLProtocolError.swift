import NIOCore

/// A packet that does not follow the protocol. Carries what was being decoded and the bytes,
/// so a report names the evidence.
public struct MySQLProtocolError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var packetHex: String?

    public init(_ message: String, packet: ByteBuffer? = nil) {
        self.message = message
        self.packetHex = packet.map { buffer in
            let bytes = buffer.getBytes(at: buffer.readerIndex, length: min(buffer.readableBytes, 256)) ?? []
            return bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
                .joined() + (buffer.readableBytes > 256 ? "…" : "")
        }
    }

    public static func truncated(_ what: String, packet: ByteBuffer) -> Self {
        Self("truncated \(what) packet", packet: packet)
    }

    public static func packetTooLarge(limit: Int) -> Self {
        Self("packet larger than the limit of \(limit) bytes")
    }

    public var description: String {
        if let packetHex { return "\(self.message) (packet: \(packetHex))" }
        return self.message
    }
}
