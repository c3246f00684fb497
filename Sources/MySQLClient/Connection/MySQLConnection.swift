import Logging
import MySQLProtocol
import NIOCore
import NIOPosix

/// One connection to a MySQL or MariaDB server. Commands may be issued from any task; they run
/// one after the other on the server, in the order they were issued.
public final class MySQLConnection: Sendable {
    let channel: any Channel
    public let configuration: Configuration
    /// The server's thread id for this connection (what `KILL` takes).
    public let connectionID: UInt32
    public let serverVersion: String
    /// Capabilities both sides agreed on.
    public let capabilities: CapabilityFlags
    public let isTLS: Bool
    let logger: Logger
    let tracker: CommandTracker

    public var isMariaDB: Bool { self.serverVersion.contains("MariaDB") }
    public var isClosed: Bool { !self.channel.isActive }
    public var eventLoop: any EventLoop { self.channel.eventLoop }

    private init(channel: any Channel, configuration: Configuration, session: ConnectionStateMachine.Session, tracker: CommandTracker, logger: Logger) {
        self.channel = channel
        self.tracker = tracker
        self.configuration = configuration
        self.connectionID = session.handshake.connectionID
        // MariaDB 10.x prefixes its version with "5.5.5-" for the sake of old replication clients.
        let version = session.handshake.serverVersion
        self.serverVersion = version.hasPrefix("5.5.5-") && version.contains("MariaDB") ? String(version.dropFirst(6)) : version
        self.capabilities = session.capabilities
        self.isTLS = session.isTLS
        self.logger = logger
    }

    /// Connects and logs in; throws `MySQLError` with `.connectFailed`, `.authenticationFailed`,
    /// `.tlsUnavailable`, `.tlsFailed` or `.unsupportedAuthPlugin` when that fails.
    public static func connect(
        configuration: Configuration,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "mysql", factory: { _ in SwiftLogNoOpLogHandler() })
    ) async throws -> MySQLConnection {
        let eventLoop = eventLoopGroup.next()
        let tls: MySQLChannelHandler.TLSSetup?
        do {
            tls = try configuration.tls.makeSetup(host: configuration.host)
        } catch {
            throw MySQLError(.tlsFailed, "invalid TLS configuration: \(error)", underlying: error)
        }
        let settings = ConnectionStateMachine.Settings(
            credentials: .init(
                username: configuration.username, password: configuration.password, database: configuration.database,
                serverPublicKeyPEM: configuration.serverPublicKeyPEM, allowPublicKeyRetrieval: configuration.allowPublicKeyRetrieval),
            tls: configuration.tls.wish, collation: configuration.collation, connectionAttributes: configuration.connectionAttributes,
            multiStatements: configuration.multiStatements, localInfile: configuration.localInfile)
        let promise = eventLoop.makePromise(of: ConnectionStateMachine.Session.self)
        let tracker = CommandTracker()
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: eventLoop)
                .connectTimeout(configuration.connectTimeout)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let handler = MySQLChannelHandler(
                            settings: settings, tls: tls, maxPacketSize: configuration.maxPacketSize, tracker: tracker, logger: logger,
                            connectPromise: promise)
                        try channel.pipeline.syncOperations.addHandler(handler)
                    }
                }
                .connect(host: configuration.host, port: configuration.port).get()
        } catch {
            promise.fail(error)
            throw MySQLError(.connectFailed, "cannot connect to \(configuration.host):\(configuration.port): \(error)", underlying: error)
        }
        // A server that accepts the socket but never finishes the login must not hang us.
        let loginTimeout = eventLoop.scheduleTask(in: configuration.connectTimeout) {
            promise.fail(MySQLError(.connectFailed, "\(configuration.host):\(configuration.port) did not complete the login within \(configuration.connectTimeout)"))
        }
        defer { loginTimeout.cancel() }
        do {
            let session = try await promise.futureResult.get()
            return MySQLConnection(channel: channel, configuration: configuration, session: session, tracker: tracker, logger: logger)
        } catch {
            try? await channel.close()
            throw error
        }
    }

    /// Hands a command to the channel handler. When the write cannot reach the handler (the
    /// channel is gone), the command fails instead of waiting forever.
    func send(_ command: PendingCommand) {
        self.channel.writeAndFlush(MySQLRequest.command(command)).whenFailure { error in
            command.fail(error is ChannelError ? MySQLError.closed : error)
        }
    }

    /// Sends COM_QUIT and closes the socket.
    public func close() async throws {
        guard self.channel.isActive else { return }
        let promise = self.eventLoop.makePromise(of: Void.self)
        self.send(PendingCommand(payload: .simple(.quit), sink: .noResponse(promise)))
        // COM_QUIT waits behind queued commands; an unread stream must not keep us here.
        let deadline = self.eventLoop.scheduleTask(in: .seconds(2)) { promise.fail(MySQLError.closed) }
        _ = try? await promise.futureResult.get()
        deadline.cancel()
        try? await self.channel.close()
    }

    // MARK: Simple commands

    func okCommand(_ payload: PendingCommand.Payload) async throws -> OKPacket {
        let promise = self.eventLoop.makePromise(of: OKPacket.self)
        self.send(PendingCommand(payload: payload, sink: .ok(promise)))
        return try await promise.futureResult.get()
    }

    /// COM_PING: checks the connection is alive.
    public func ping() async throws {
        _ = try await self.okCommand(.simple(.ping))
    }

    /// COM_INIT_DB: makes `database` the default schema.
    public func selectDatabase(_ database: String) async throws {
        _ = try await self.okCommand(.initDB(database))
    }

    /// COM_RESET_CONNECTION: clears session state (variables, temporary tables, prepared statements).
    public func resetConnection() async throws {
        _ = try await self.okCommand(.simple(.resetConnection))
    }

    /// Starts a command whose response is a stream of events.
    func streamCommand(_ payload: PendingCommand.Payload, serial: UInt64 = 0) -> MySQLEventStream.Producer {
        let isBinlog = if case .replication = payload { true } else { false }
        // Binlog events are larger than rows (a rows event holds up to binlog_row_event_max_size,
        // 8 KiB by default): up to 512 of them are buffered, enough that the reader rarely waits
        // for the event loop to read the socket again.
        let (producer, source, id) = MySQLEventStream.make(channel: self.channel, lowWatermark: isBinlog ? 128 : 256, highWatermark: isBinlog ? 512 : 4096)
        self.send(PendingCommand(payload: payload, sink: .stream(source, id: id), serial: serial))
        return producer
    }
}
