import MySQLProtocol
import NIOCore
import Testing

@Suite struct MessageTests {
    /// A MariaDB 10.11 greeting as documented: version with the 5.5.5- prefix, CLIENT_MYSQL
    /// cleared and extended capabilities in the reserved bytes, 20-byte scramble + NUL.
    @Test func mariaDBHandshakeDecodes() throws {
        var bytes: [UInt8] = [10] + Array("5.5.5-10.11.6-MariaDB-0+deb12u1".utf8) + [0]
        bytes += [0x2A, 0, 0, 0]  // connection id 42
        bytes += Array("abcdefgh".utf8) + [0]
        bytes += [0xFE, 0xF7]  // lower caps: CLIENT_MYSQL (bit 0) cleared
        bytes += [45]  // utf8mb4_general_ci
        bytes += [0x02, 0x00]  // autocommit
        bytes += [0xFF, 0x81]  // upper caps
        bytes += [21]
        bytes += [0, 0, 0, 0, 0, 0] + [0x1D, 0x00, 0x00, 0x00]  // MariaDB extended caps
        bytes += Array("ijklmnopqrst".utf8) + [0]
        bytes += Array("mysql_native_password".utf8) + [0]
        var buffer = ByteBuffer(bytes: bytes)
        let handshake = try HandshakeV10.decode(from: &buffer)
        #expect(handshake.serverVersion == "5.5.5-10.11.6-MariaDB-0+deb12u1")
        #expect(handshake.isMariaDB)
        #expect(handshake.connectionID == 42)
        #expect(handshake.authPluginData == Array("abcdefghijklmnopqrst".utf8))
        #expect(handshake.capabilities.contains(.protocol41))
        #expect(!handshake.capabilities.contains(.longPassword))
        #expect(handshake.capabilities.contains(.mariadbProgress))
        #expect(handshake.capabilities.contains(.mariadbStmtBulkOperations))
        #expect(handshake.statusFlags == .autocommit)
        #expect(handshake.authPluginName == "mysql_native_password")

        var reencoded = ByteBuffer()
        handshake.encode(into: &reencoded)
        #expect(try HandshakeV10.decode(from: &reencoded) == handshake)
    }

    @Test func unsupportedProtocolVersionIsAClearError() {
        var buffer = ByteBuffer(bytes: [9, 0x35, 0])
        #expect(throws: MySQLProtocolError.self) { try HandshakeV10.decode(from: &buffer) }
    }

    @Test func handshakeResponseRoundTrips() throws {
        let response = HandshakeResponse41(
            capabilities: [.protocol41, .secureConnection, .pluginAuth, .pluginAuthLenencClientData, .connectAttrs, .connectWithDB],
            characterSet: 45, username: "root", authResponse: [1, 2, 3], database: "db", authPluginName: "client_ed25519",
            connectionAttributes: [("_client_name", "swift-dm")])
        var buffer = ByteBuffer()
        response.encode(into: &buffer)
        #expect(buffer.getInteger(at: 32, as: UInt8.self) == UInt8(ascii: "r"), "username starts after the 32-byte prefix")
        #expect(try HandshakeResponse41.decode(from: &buffer) == response)
    }

    @Test func okPacketWithSessionTrack() throws {
        // OK: 1 affected row, insert id 300 (0xFC 2C 01), autocommit, 2 warnings, info "Rows matched: 1"
        var bytes: [UInt8] = [0x00, 0x01, 0xFC, 0x2C, 0x01, 0x02, 0x00, 0x02, 0x00]
        bytes += [15] + Array("Rows matched: 1".utf8)
        var buffer = ByteBuffer(bytes: bytes)
        let ok = try OKPacket.decode(from: &buffer, capabilities: [.protocol41, .sessionTrack])
        #expect(ok == OKPacket(affectedRows: 1, lastInsertID: 300, statusFlags: .autocommit, warnings: 2, info: "Rows matched: 1"))
        var plain = ByteBuffer(bytes: [0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00] + Array("hello".utf8))
        let ok2 = try OKPacket.decode(from: &plain, capabilities: [.protocol41])
        #expect(ok2.statusFlags.contains(.moreResultsExist))
        #expect(ok2.info == "hello")
    }

    @Test func errPacket() throws {
        var bytes: [UInt8] = [0xFF, 0x7A, 0x04, UInt8(ascii: "#")] + Array("42S02".utf8)
        bytes += Array("Table 'test.nope' doesn't exist".utf8)
        var buffer = ByteBuffer(bytes: bytes)
        let err = try ERRPacket.decode(from: &buffer)
        #expect(err.errorCode == 1146)
        #expect(err.sqlState == "42S02")
        #expect(err.message == "Table 'test.nope' doesn't exist")
        // Before the handshake completes, the SQL state may be missing.
        var early = ByteBuffer(bytes: [0xFF, 0x13, 0x04] + Array("Too many connections".utf8))
        let err2 = try ERRPacket.decode(from: &early)
        #expect(err2.errorCode == 1043)
        #expect(err2.message == "Too many connections")
    }

    @Test func columnDefinitionRoundTrip() throws {
        let column = ColumnDefinition41(
            schema: "db", table: "t", orgTable: "t", name: "id", orgName: "id", characterSet: 63, columnLength: 20,
            type: .longlong, flags: [.notNull, .primaryKey, .unsigned, .autoIncrement], decimals: 0)
        var buffer = ByteBuffer()
        column.encode(into: &buffer)
        #expect(try ColumnDefinition41.decode(from: &buffer) == column)
        var truncated = ByteBuffer(bytes: [3, 0x64, 0x65, 0x66, 2])
        #expect(throws: MySQLProtocolError.self) { try ColumnDefinition41.decode(from: &truncated) }
    }

    @Test func authSwitchAndEOF() throws {
        var buffer = ByteBuffer(bytes: [0xFE] + Array("client_ed25519".utf8) + [0] + Array(repeating: 7, count: 32))
        let request = try AuthSwitchRequest.decode(from: &buffer)
        #expect(request.pluginName == "client_ed25519")
        #expect(request.pluginData == Array(repeating: 7, count: 32))
        var old = ByteBuffer(bytes: [0xFE])
        #expect(try AuthSwitchRequest.decode(from: &old).pluginName == "mysql_old_password")
        #expect(EOFPacket.isEOF(ByteBuffer(bytes: [0xFE, 0, 0, 2, 0])))
        #expect(!EOFPacket.isEOF(ByteBuffer(bytes: [0xFE] + Array(repeating: 0, count: 9))))
    }

    @Test func stmtExecuteLayout() {
        var buffer = ByteBuffer()
        StmtExecute.encode(statementID: 7, parameters: [MySQLData(int: -2), .null, MySQLData(string: "ab"), MySQLData(uint64: 5)], into: &buffer)
        var expected: [UInt8] = [0x17, 7, 0, 0, 0, 0, 1, 0, 0, 0]
        expected += [0b0000_0010, 1]  // NULL bitmap: parameter 1; new-params-bound
        expected += [0x08, 0x00, 0x06, 0x00, 0xFD, 0x00, 0x08, 0x80]  // types (unsigned flag 0x80)
        expected += [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]  // -2
        expected += [2, 0x61, 0x62]  // "ab"
        expected += [5, 0, 0, 0, 0, 0, 0, 0]
        #expect(Array(buffer.readableBytesView) == expected)
    }
}
