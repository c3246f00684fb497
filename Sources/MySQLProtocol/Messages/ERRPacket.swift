import NIOCore

/// `ERR_Packet`.
///
///     int<1>      header 0xFF
///     int<2>      error code
///     string[1]   '#' SQL state marker
///     string[5]   SQL state
///     string<EOF> message
public struct ERRPacket: Sendable, Equatable, Error {
    public var errorCode: UInt16
    public var sqlState: String
    public var message: String

    public init(errorCode: UInt16, sqlState: String = "HY000", message: String) {
        self.errorCode = errorCode
        self.sqlState = sqlState
        self.message = message
    }

    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard buffer.readInteger(as: UInt8.self) == 0xFF, let code = buffer.readInteger(endianness: .little, as: UInt16.self) else {
            throw MySQLProtocolError.truncated("ERR", packet: packet)
        }
        var state = "HY000"
        // Errors sent before the handshake completes may lack the SQL state.
        if buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) == UInt8(ascii: "#"), buffer.readableBytes >= 6 {
            buffer.moveReaderIndex(forwardBy: 1)
            state = buffer.readString(length: 5)!
        }
        let message = buffer.readString(length: buffer.readableBytes) ?? ""
        return Self(errorCode: code, sqlState: state, message: message)
    }

    public func encode(into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(0xFF))
        buffer.writeInteger(self.errorCode, endianness: .little)
        buffer.writeString("#")
        buffer.writeString(String(self.sqlState.prefix(5)))
        buffer.writeString(self.message)
    }
}
