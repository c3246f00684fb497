import MySQLClient
import NIOCore
import NIOPosix
import Testing

/// Servers that misbehave on the wire: the client must fail with a clear error, never hang or crash.
@Suite(.timeLimit(.minutes(3))) struct FaultTests {
    /// Writes `greeting` to each client, then stays silent.
    final class FakeServerHandler: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        let greeting: [UInt8]
        init(greeting: [UInt8]) { self.greeting = greeting }
        func channelActive(context: ChannelHandlerContext) {
            if !self.greeting.isEmpty {
                context.writeAndFlush(NIOAny(ByteBuffer(bytes: self.greeting)), promise: nil)
            }
        }
    }

    func withFakeServer<T>(greeting: [UInt8], _ body: (Int) async throws -> T) async throws -> T {
        try await withLoopbackServer({ FakeServerHandler(greeting: greeting) }, body)
    }

    func connect(port: Int) async throws -> MySQLConnection {
        var configuration = MySQLConnection.Configuration(host: "127.0.0.1", port: port, username: "root")
        configuration.connectTimeout = .milliseconds(500)
        return try await MySQLConnection.connect(configuration: configuration)
    }

    @Test func silentServerTimesOut() async throws {
        try await withFakeServer(greeting: []) { port in
            let start = ContinuousClock.now
            let error = try await #require(throws: MySQLError.self) { try await connect(port: port) }
            #expect(error.code == .connectFailed)
            #expect(error.message.contains("did not complete the login"))
            // The timeout is 0.5 s; the bound is loose because a loaded 2-core machine running the
            // suite in parallel delays timers by seconds. It still tells a timeout from a hang.
            #expect(ContinuousClock.now - start < .seconds(30))
        }
    }

    @Test func garbageGreetingIsAProtocolViolation() async throws {
        // A well-framed packet whose payload is not a handshake (protocol version 0x47 = 'G').
        let payload = Array("GET / HTTP/1.1\r\n".utf8)
        try await withFakeServer(greeting: [UInt8(payload.count), 0, 0, 0] + payload) { port in
            let error = try await #require(throws: MySQLError.self) { try await connect(port: port) }
            #expect(error.code == .protocolViolation)
            #expect(error.message.contains("handshake protocol version"))
        }
    }

    @Test func truncatedGreetingThenCloseIsAClearError() async throws {
        // Announces 100 bytes, sends 3, then the fake server is silent: the login times out.
        try await withFakeServer(greeting: [100, 0, 0, 0, 10, 0x35, 0x2E]) { port in
            let error = try await #require(throws: MySQLError.self) { try await connect(port: port) }
            #expect(error.code == .connectFailed)
        }
    }
}
