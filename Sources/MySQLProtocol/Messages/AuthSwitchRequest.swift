import NIOCore

/// `Protocol::AuthSwitchRequest`: the server asks for another auth plugin.
///
///     int<1>      0xFE
///     string<NUL> plugin name
///     string<EOF> plugin data (a new scramble; MySQL appends a NUL)
public struct AuthSwitchRequest: Sendable, Equatable {
    public var pluginName: String
    public var pluginData: [UInt8]

    public init(pluginName: String, pluginData: [UInt8]) {
        self.pluginName = pluginName
        self.pluginData = pluginData
    }

    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard buffer.readInteger(as: UInt8.self) == 0xFE else { throw MySQLProtocolError("expected an auth switch request", packet: packet) }
        // A lone 0xFE is the pre-4.1 "old auth switch" to mysql_old_password.
        guard buffer.readableBytes > 0 else { return Self(pluginName: "mysql_old_password", pluginData: []) }
        guard let name = buffer.readMySQLNullTerminatedString() else { throw MySQLProtocolError.truncated("auth switch", packet: packet) }
        var data = buffer.readBytes(length: buffer.readableBytes) ?? []
        // The 20-byte scrambles of native and caching_sha2 come NUL-terminated; other plugins'
        // data (client_ed25519's 32-byte nonce) is raw and may end in a zero byte.
        if data.count == 21 && data.last == 0 { data.removeLast() }
        return Self(pluginName: name, pluginData: data)
    }

    public func encode(into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(0xFE))
        buffer.writeMySQLNullTerminatedString(self.pluginName)
        buffer.writeBytes(self.pluginData)
        buffer.writeInteger(UInt8(0))
    }
}

/// `Protocol::AuthMoreData`: extra data from the auth plugin (0x01 + bytes), e.g. caching_sha2's
/// fast-auth result or the server's RSA public key.
public struct AuthMoreData: Sendable, Equatable {
    public var data: [UInt8]

    public init(data: [UInt8]) { self.data = data }

    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard buffer.readInteger(as: UInt8.self) == 0x01 else { throw MySQLProtocolError("expected auth more data", packet: packet) }
        return Self(data: buffer.readBytes(length: buffer.readableBytes) ?? [])
    }

    public func encode(into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(0x01))
        buffer.writeBytes(self.data)
    }
}
