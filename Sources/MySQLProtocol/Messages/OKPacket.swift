import NIOCore

/// `OK_Packet` (header 0x00, or 0xFE when it ends a result set under CLIENT_DEPRECATE_EOF).
///
///     int<1>      header
///     int<lenenc> affected rows
///     int<lenenc> last insert id
///     int<2>      status flags
///     int<2>      warnings
///     string<lenenc> info (CLIENT_SESSION_TRACK) or string<EOF> info
///     string<lenenc> session state changes (SERVER_SESSION_STATE_CHANGED)
public struct OKPacket: Sendable, Equatable {
    public var affectedRows: UInt64
    public var lastInsertID: UInt64
    public var statusFlags: StatusFlags
    public var warnings: UInt16
    public var info: String

    public init(affectedRows: UInt64 = 0, lastInsertID: UInt64 = 0, statusFlags: StatusFlags = [], warnings: UInt16 = 0, info: String = "") {
        self.affectedRows = affectedRows
        self.lastInsertID = lastInsertID
        self.statusFlags = statusFlags
        self.warnings = warnings
        self.info = info
    }

    public static func decode(from buffer: inout ByteBuffer, capabilities: CapabilityFlags) throws -> Self {
        let packet = buffer
        guard let header = buffer.readInteger(as: UInt8.self), header == 0x00 || header == 0xFE else {
            throw MySQLProtocolError("expected an OK packet", packet: packet)
        }
        guard let affected = buffer.readMySQLLengthEncodedInteger(),
            let insertID = buffer.readMySQLLengthEncodedInteger()
        else { throw MySQLProtocolError.truncated("OK", packet: packet) }
        var ok = Self(affectedRows: affected, lastInsertID: insertID)
        // Status and warnings are present with CLIENT_PROTOCOL_41, which this client always sets.
        if let status = buffer.readInteger(endianness: .little, as: UInt16.self) {
            ok.statusFlags = StatusFlags(rawValue: status)
            ok.warnings = buffer.readInteger(endianness: .little, as: UInt16.self) ?? 0
        }
        if capabilities.contains(.sessionTrack) {
            if buffer.readableBytes > 0 { ok.info = buffer.readMySQLLengthEncodedString() ?? "" }
        } else {
            ok.info = buffer.readString(length: buffer.readableBytes) ?? ""
        }
        return ok
    }

    public func encode(into buffer: inout ByteBuffer, header: UInt8 = 0x00) {
        buffer.writeInteger(header)
        buffer.writeMySQLLengthEncodedInteger(self.affectedRows)
        buffer.writeMySQLLengthEncodedInteger(self.lastInsertID)
        buffer.writeInteger(self.statusFlags.rawValue, endianness: .little)
        buffer.writeInteger(self.warnings, endianness: .little)
        buffer.writeString(self.info)
    }
}

/// `EOF_Packet` (header 0xFE, shorter than 9 bytes), used when CLIENT_DEPRECATE_EOF is off.
public struct EOFPacket: Sendable, Equatable {
    public var warnings: UInt16
    public var statusFlags: StatusFlags

    public init(warnings: UInt16 = 0, statusFlags: StatusFlags = []) {
        self.warnings = warnings
        self.statusFlags = statusFlags
    }

    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard buffer.readInteger(as: UInt8.self) == 0xFE else { throw MySQLProtocolError("expected an EOF packet", packet: packet) }
        let warnings = buffer.readInteger(endianness: .little, as: UInt16.self) ?? 0
        let status = buffer.readInteger(endianness: .little, as: UInt16.self) ?? 0
        return Self(warnings: warnings, statusFlags: StatusFlags(rawValue: status))
    }

    public func encode(into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(0xFE))
        buffer.writeInteger(self.warnings, endianness: .little)
        buffer.writeInteger(self.statusFlags.rawValue, endianness: .little)
    }

    /// Whether a packet is an EOF marker (rather than a row or an OK packet that starts with 0xFE).
    public static func isEOF(_ payload: ByteBuffer) -> Bool {
        payload.readableBytes < 9 && payload.getInteger(at: payload.readerIndex, as: UInt8.self) == 0xFE
    }
}
