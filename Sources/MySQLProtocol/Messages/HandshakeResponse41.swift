import NIOCore

/// The client's answer to the greeting, `Protocol::HandshakeResponse41`.
///
///     int<4>      client flags
///     int<4>      max packet size
///     int<1>      character set
///     string[23]  filler (MariaDB: 19 bytes filler + 4 bytes extended capabilities)
///     string<NUL> username
///     string<lenenc> auth response (CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA)
///     string<NUL> database (CLIENT_CONNECT_WITH_DB)
///     string<NUL> auth plugin name (CLIENT_PLUGIN_AUTH)
///     int<lenenc> + key/value string<lenenc> pairs: connection attributes (CLIENT_CONNECT_ATTRS)
public struct HandshakeResponse41: Sendable, Equatable {
    public var capabilities: CapabilityFlags
    public var maxPacketSize: UInt32
    public var characterSet: UInt8
    public var username: String
    public var authResponse: [UInt8]
    public var database: String?
    public var authPluginName: String?
    public var connectionAttributes: [(String, String)]

    public init(
        capabilities: CapabilityFlags, maxPacketSize: UInt32 = 1 << 30, characterSet: UInt8,
        username: String, authResponse: [UInt8], database: String?, authPluginName: String?,
        connectionAttributes: [(String, String)] = []
    ) {
        self.capabilities = capabilities
        self.maxPacketSize = maxPacketSize
        self.characterSet = characterSet
        self.username = username
        self.authResponse = authResponse
        self.database = database
        self.authPluginName = authPluginName
        self.connectionAttributes = connectionAttributes
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.capabilities == rhs.capabilities && lhs.maxPacketSize == rhs.maxPacketSize
            && lhs.characterSet == rhs.characterSet && lhs.username == rhs.username
            && lhs.authResponse == rhs.authResponse && lhs.database == rhs.database
            && lhs.authPluginName == rhs.authPluginName
            && lhs.connectionAttributes.elementsEqual(rhs.connectionAttributes, by: { $0 == $1 })
    }

    /// The fixed 32-byte prefix, which alone is the SSLRequest packet.
    static func encodePrefix(capabilities: CapabilityFlags, maxPacketSize: UInt32, characterSet: UInt8, into buffer: inout ByteBuffer) {
        buffer.writeInteger(capabilities.lower32, endianness: .little)
        buffer.writeInteger(maxPacketSize, endianness: .little)
        buffer.writeInteger(characterSet)
        buffer.writeRepeatingByte(0, count: 19)
        buffer.writeInteger(capabilities.contains(.longPassword) ? 0 : capabilities.upper32, endianness: .little)
    }

    public func encode(into buffer: inout ByteBuffer) {
        Self.encodePrefix(capabilities: self.capabilities, maxPacketSize: self.maxPacketSize, characterSet: self.characterSet, into: &buffer)
        buffer.writeMySQLNullTerminatedString(self.username)
        if self.capabilities.contains(.pluginAuthLenencClientData) {
            buffer.writeMySQLLengthEncodedBytes(self.authResponse)
        } else {
            // A 1-byte length: longer responses need CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA.
            buffer.writeInteger(UInt8(clamping: self.authResponse.count))
            buffer.writeBytes(self.authResponse.prefix(255))
        }
        if self.capabilities.contains(.connectWithDB) {
            buffer.writeMySQLNullTerminatedString(self.database ?? "")
        }
        if self.capabilities.contains(.pluginAuth) {
            buffer.writeMySQLNullTerminatedString(self.authPluginName ?? "")
        }
        if self.capabilities.contains(.connectAttrs) {
            var attributes = ByteBuffer()
            for (key, value) in self.connectionAttributes {
                attributes.writeMySQLLengthEncodedString(key)
                attributes.writeMySQLLengthEncodedString(value)
            }
            buffer.writeMySQLLengthEncodedInteger(UInt64(attributes.readableBytes))
            buffer.writeBuffer(&attributes)
        }
    }

    /// Decodes a response (used by tests that play the server's side).
    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard let capLow = buffer.readInteger(endianness: .little, as: UInt32.self),
            let maxPacket = buffer.readInteger(endianness: .little, as: UInt32.self),
            let charset = buffer.readInteger(as: UInt8.self),
            let filler = buffer.readBytes(length: 23)
        else { throw MySQLProtocolError.truncated("handshake response", packet: packet) }
        var capabilities = CapabilityFlags(rawValue: UInt64(capLow))
        if !capabilities.contains(.longPassword) {
            let ext = UInt32(filler[19]) | UInt32(filler[20]) << 8 | UInt32(filler[21]) << 16 | UInt32(filler[22]) << 24
            capabilities.rawValue |= UInt64(ext) << 32
        }
        guard let username = buffer.readMySQLNullTerminatedString() else {
            throw MySQLProtocolError.truncated("handshake response", packet: packet)
        }
        let auth: [UInt8]?
        if capabilities.contains(.pluginAuthLenencClientData) {
            auth = buffer.readMySQLLengthEncodedSlice().map { Array($0.readableBytesView) }
        } else {
            auth = buffer.readInteger(as: UInt8.self).flatMap { buffer.readBytes(length: Int($0)) }
        }
        guard let authResponse = auth else { throw MySQLProtocolError.truncated("handshake response", packet: packet) }
        let database = capabilities.contains(.connectWithDB) ? buffer.readMySQLNullTerminatedString() : nil
        let plugin = capabilities.contains(.pluginAuth) ? buffer.readMySQLNullTerminatedString() : nil
        var attributes: [(String, String)] = []
        if capabilities.contains(.connectAttrs), let length = buffer.readMySQLLengthEncodedInteger(),
            var attrBuffer = buffer.readSlice(length: Int(length))
        {
            while attrBuffer.readableBytes > 0,
                let key = attrBuffer.readMySQLLengthEncodedString(), let value = attrBuffer.readMySQLLengthEncodedString()
            {
                attributes.append((key, value))
            }
        }
        return Self(
            capabilities: capabilities, maxPacketSize: maxPacket, characterSet: charset, username: username,
            authResponse: authResponse, database: database, authPluginName: plugin, connectionAttributes: attributes)
    }
}

/// `Protocol::SSLRequest`: the response prefix alone, after which the client starts TLS.
public struct SSLRequest: Sendable, Equatable {
    public var capabilities: CapabilityFlags
    public var maxPacketSize: UInt32
    public var characterSet: UInt8

    public init(capabilities: CapabilityFlags, maxPacketSize: UInt32 = 1 << 30, characterSet: UInt8) {
        self.capabilities = capabilities
        self.maxPacketSize = maxPacketSize
        self.characterSet = characterSet
    }

    public func encode(into buffer: inout ByteBuffer) {
        HandshakeResponse41.encodePrefix(
            capabilities: self.capabilities, maxPacketSize: self.maxPacketSize, characterSet: self.characterSet, into: &buffer)
    }
}
