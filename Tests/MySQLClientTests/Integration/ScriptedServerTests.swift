import MySQLClient
import MySQLProtocol
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing
import _CryptoExtras

/// Exchanges MariaDB cannot produce, played over a real socket by a scripted server that speaks
/// the documented packets: caching_sha2_password full authentication with RSA, then a query.
@Suite(.timeLimit(.minutes(3))) struct ScriptedServerTests {
    /// Answers each client packet with what `script` returns (payloads; sequence ids follow on).
    final class ScriptedServer: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        let greeting: ByteBuffer
        let script: @Sendable (Int, MySQLPacket) -> [ByteBuffer]
        private var decoder = NIOSingleStepByteToMessageProcessor(MySQLPacketDecoder())
        private var count = 0

        init(greeting: ByteBuffer, script: @escaping @Sendable (Int, MySQLPacket) -> [ByteBuffer]) {
            self.greeting = greeting
            self.script = script
        }

        func channelActive(context: ChannelHandlerContext) {
            var out = ByteBuffer()
            out.writeMySQLPacket(self.greeting, sequenceID: 0)
            context.writeAndFlush(NIOAny(out), promise: nil)
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            try? self.decoder.process(buffer: self.unwrapInboundIn(data)) { packet in
                var sequenceID = packet.sequenceID &+ 1
                var out = ByteBuffer()
                for payload in self.script(self.count, packet) { sequenceID = out.writeMySQLPacket(payload, sequenceID: sequenceID) }
                self.count += 1
                if out.readableBytes > 0 { context.writeAndFlush(NIOAny(out), promise: nil) }
            }
        }
    }

    static let nonce = Array(UInt8(40)...UInt8(59))

    static func greeting() -> ByteBuffer {
        var b = ByteBuffer()
        HandshakeV10(
            serverVersion: "8.0.36", connectionID: 77, authPluginData: nonce,
            capabilities: [.longPassword, .protocol41, .secureConnection, .pluginAuth, .pluginAuthLenencClientData, .deprecateEOF, .transactions, .multiResults],
            characterSet: 255, statusFlags: .autocommit, authPluginName: "caching_sha2_password"
        ).encode(into: &b)
        return b
    }

    static func ok(header: UInt8 = 0) -> ByteBuffer {
        var b = ByteBuffer()
        OKPacket(statusFlags: .autocommit).encode(into: &b, header: header)
        return b
    }

    @Test func cachingSHA2FullAuthenticationWithRSAThenQuery() async throws {
        // Only read by the server's event loop after this point.
        nonisolated(unsafe) let key = try _RSA.Encryption.PrivateKey(keySize: .bits2048)
        let received = NIOLockedValueBox<[String]>([])
        let script: @Sendable (Int, MySQLPacket) -> [ByteBuffer] = { step, packet in
            var payload = packet.payload
            switch step {
            case 0:  // HandshakeResponse41 (sequence 1): ask for full authentication
                let response = try? HandshakeResponse41.decode(from: &payload)
                received.withLockedValue { $0.append("login \(response?.username ?? "?") \(response?.authPluginName ?? "?") seq \(packet.sequenceID)") }
                return [ByteBuffer(bytes: [0x01, 0x04])]
            case 1:  // the client asks for the public key
                received.withLockedValue { $0.append("request \(Array(payload.readableBytesView)) seq \(packet.sequenceID)") }
                return [ByteBuffer(bytes: [0x01] + Array(key.publicKey.pemRepresentation.utf8))]
            case 2:  // encrypted password
                let plain = (try? key.decrypt(Array(payload.readableBytesView), padding: .PKCS1_OAEP)).map(Array.init) ?? []
                let password = plain.enumerated().map { $0.element ^ Self.nonce[$0.offset % Self.nonce.count] }
                received.withLockedValue { $0.append("password \(String(decoding: password.dropLast(), as: UTF8.self)) seq \(packet.sequenceID)") }
                return [Self.ok()]
            default:  // COM_QUERY (sequence 0): one column, one row; COM_QUIT: nothing
                if packet.header == MySQLCommand.quit.rawValue { return [] }
                payload.moveReaderIndex(forwardBy: 1)
                received.withLockedValue { $0.append("query \(payload.readString(length: payload.readableBytes) ?? "") seq \(packet.sequenceID)") }
                var column = ByteBuffer()
                ColumnDefinition41(name: "v", characterSet: 45, type: .varString).encode(into: &column)
                var row = ByteBuffer()
                row.writeMySQLLengthEncodedString("hello")
                return [ByteBuffer(bytes: [1]), column, row, Self.ok(header: 0xFE)]
            }
        }
        try await withLoopbackServer({ ScriptedServer(greeting: Self.greeting(), script: script) }) { port in
            let connection = try await MySQLConnection.connect(
                configuration: .init(host: "127.0.0.1", port: port, username: "app", password: "s3cret pässword"))
            #expect(connection.connectionID == 77)
            let result = try await connection.query("SELECT 'hello'")
            #expect(try result.rows[0]["v"].string == "hello")
            try await connection.close()
        }
        #expect(
            received.withLockedValue { $0 } == [
                "login app caching_sha2_password seq 1", "request [2] seq 3", "password s3cret pässword seq 5", "query SELECT 'hello' seq 0",
            ])
    }
}
