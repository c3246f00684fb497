import NIOCore

/// The server's greeting, `Protocol::HandshakeV10`.
///
///     int<1>      protocol version (10)
///     string<NUL> server version
///     int<4>      connection id
///     string[8]   auth-plugin-data-part-1
///     int<1>      filler
///     int<2>      capability flags (lower 2 bytes)
///     int<1>      character set
///     int<2>      status flags
///     int<2>      capability flags (upper 2 bytes)
///     int<1>      length of auth-plugin-data, or 0
///     string[10]  reserved (MariaDB: 6 bytes filler + 4 bytes extended capabilities)
///     string[$len] auth-plugin-data-part-2, max(13, length - 8)
///     string<NUL> auth plugin name
public struct HandshakeV10: Sendable, Equatable {
    public var protocolVersion: UInt8
    public var serverVersion: String
    public var connectionID: UInt32
    /// The scramble (nonce), without the trailing NUL the server appends.
    public var authPluginData: [UInt8]
    public var capabilities: CapabilityFlags
    public var characterSet: UInt8
    public var statusFlags: StatusFlags
    public var authPluginName: String?

    public init(
        protocolVersion: UInt8 = 10, serverVersion: String, connectionID: UInt32, authPluginData: [UInt8],
        capabilities: CapabilityFlags, characterSet: UInt8, statusFlags: StatusFlags, authPluginName: String?
    ) {
        self.protocolVersion = protocolVersion
        self.serverVersion = serverVersion
        self.connectionID = connectionID
        self.authPluginData = authPluginData
        self.capabilities = capabilities
        self.characterSet = characterSet
        self.statusFlags = statusFlags
        self.authPluginName = authPluginName
    }

    /// MariaDB announces itself with a "5.5.5-" prefix for old clients; `isMariaDB` sees through it.
    public var isMariaDB: Bool { self.serverVersion.contains("MariaDB") }

    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard let version = buffer.readInteger(as: UInt8.self) else { throw MySQLProtocolError.truncated("handshake", packet: packet) }
        guard version == 10 else {
            throw MySQLProtocolError("unsupported handshake protocol version \(version) (only 10 is supported)", packet: packet)
        }
        guard let serverVersion = buffer.readMySQLNullTerminatedString(),
            let connectionID = buffer.readInteger(endianness: .little, as: UInt32.self),
            let part1 = buffer.readBytes(length: 8),
            buffer.readInteger(as: UInt8.self) != nil,
            let capLow = buffer.readInteger(endianness: .little, as: UInt16.self)
        else { throw MySQLProtocolError.truncated("handshake", packet: packet) }
        var capabilities = CapabilityFlags(rawValue: UInt64(capLow))
        var characterSet: UInt8 = 0
        var status = StatusFlags()
        var pluginData = part1
        var pluginName: String?
        // Servers may end the greeting after the lower capability flags.
        if buffer.readableBytes > 0 {
            guard let charset = buffer.readInteger(as: UInt8.self),
                let statusRaw = buffer.readInteger(endianness: .little, as: UInt16.self),
                let capHigh = buffer.readInteger(endianness: .little, as: UInt16.self),
                let authDataLength = buffer.readInteger(as: UInt8.self),
                let reserved = buffer.readBytes(length: 10)
            else { throw MySQLProtocolError.truncated("handshake", packet: packet) }
            characterSet = charset
            status = StatusFlags(rawValue: statusRaw)
            capabilities.rawValue |= UInt64(capHigh) << 16
            if !capabilities.contains(.longPassword) {
                // MariaDB puts its extended capabilities in the last 4 reserved bytes.
                let ext = UInt32(reserved[6]) | UInt32(reserved[7]) << 8 | UInt32(reserved[8]) << 16 | UInt32(reserved[9]) << 24
                capabilities.rawValue |= UInt64(ext) << 32
            }
            if capabilities.contains(.secureConnection) {
                let part2Length = max(13, Int(authDataLength) - 8)
                guard let part2 = buffer.readBytes(length: min(part2Length, buffer.readableBytes)) else {
                    throw MySQLProtocolError.truncated("handshake", packet: packet)
                }
                pluginData += part2
                // The scramble is NUL-terminated on the wire; the terminator is not part of it.
                if pluginData.last == 0 { pluginData.removeLast() }
            }
            if capabilities.contains(.pluginAuth) {
                pluginName = buffer.readMySQLNullTerminatedString() ?? buffer.readString(length: buffer.readableBytes)
            }
        }
        return Self(
            protocolVersion: version, serverVersion: serverVersion, connectionID: connectionID,
            authPluginData: pluginData, capabilities: capabilities, characterSet: characterSet,
            statusFlags: status, authPluginName: pluginName)
    }

    public func encode(into buffer: inout ByteBuffer) {
        buffer.writeInteger(self.protocolVersion)
        buffer.writeMySQLNullTerminatedString(self.serverVersion)
        buffer.writeInteger(self.connectionID, endianness: .little)
        var data = self.authPluginData
        while data.count < 20 { data.append(0) }
        buffer.writeBytes(data.prefix(8))
        buffer.writeInteger(UInt8(0))
        buffer.writeInteger(UInt16(truncatingIfNeeded: self.capabilities.rawValue), endianness: .little)
        buffer.writeInteger(self.characterSet)
        buffer.writeInteger(self.statusFlags.rawValue, endianness: .little)
        buffer.writeInteger(UInt16(truncatingIfNeeded: self.capabilities.rawValue >> 16), endianness: .little)
        buffer.writeInteger(UInt8(data.count + 1))
        buffer.writeRepeatingByte(0, count: 6)
        buffer.writeInteger(self.capabilities.contains(.longPassword) ? 0 : self.capabilities.upper32, endianness: .little)
        buffer.writeBytes(data.dropFirst(8))
        buffer.writeInteger(UInt8(0))
        if let name = self.authPluginName { buffer.writeMySQLNullTerminatedString(name) }
    }
}
