import Logging
import NIOCore
import NIOPosix

/// A bounded set of connections to one server. `withConnection` lends one out; at the limit,
/// callers wait for a connection to come back. Idle connections are checked with COM_PING before
/// they are lent again; broken ones are dropped and replaced by new ones.
public actor MySQLConnectionPool {
    public struct Options: Sendable {
        /// Most connections open at once (lent out, idle, or being opened).
        public var maxConnections: Int
        /// Idle connections older than this are pinged before being lent.
        public var healthCheckAfterIdle: Duration
        /// Attempts to open a connection when the server cannot be reached (not on login errors).
        public var connectAttempts: Int
        public var retryDelay: Duration

        public init(maxConnections: Int = 8, healthCheckAfterIdle: Duration = .seconds(10), connectAttempts: Int = 3, retryDelay: Duration = .milliseconds(200)) {
            self.maxConnections = max(1, maxConnections)
            self.healthCheckAfterIdle = healthCheckAfterIdle
            self.connectAttempts = max(1, connectAttempts)
            self.retryDelay = retryDelay
        }
    }

    public nonisolated let configuration: MySQLConnection.Configuration
    public nonisolated let options: Options
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger
    private var idle: [(connection: MySQLConnection, since: ContinuousClock.Instant)] = []
    private var openCount = 0
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextWaiterID: UInt64 = 0
    private var isClosed = false
    /// Connections opened over the pool's life (for observing reconnects).
    public private(set) var connectionsOpened = 0

    public init(
        configuration: MySQLConnection.Configuration, options: Options = Options(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "mysql.pool", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.configuration = configuration
        self.options = options
        self.eventLoopGroup = eventLoopGroup
        self.logger = logger
    }

    /// Lends a connection to `body` and takes it back afterwards, also when `body` throws.
    public func withConnection<T: Sendable>(_ body: @Sendable (MySQLConnection) async throws -> T) async throws -> T {
        let connection = try await self.lease()
        do {
            let result = try await body(connection)
            self.release(connection)
            return result
        } catch {
            self.release(connection)
            throw error
        }
    }

    /// Takes a connection out of the pool; give it back with `release`.
    public func lease() async throws -> MySQLConnection {
        while true {
            guard !self.isClosed else { throw MySQLError(.poolClosed, "the connection pool is closed") }
            if let (connection, since) = self.idle.popLast() {
                if connection.isClosed {
                    self.openCount -= 1
                    continue
                }
                if ContinuousClock.now - since >= self.options.healthCheckAfterIdle {
                    do {
                        // A half-open socket never answers: close it after a while, failing the ping.
                        let deadline = connection.eventLoop.scheduleTask(in: .seconds(5)) { connection.channel.close(promise: nil) }
                        defer { deadline.cancel() }
                        try await connection.ping()
                    } catch {
                        self.logger.info("dropping a pooled connection that failed its health check", metadata: ["error": "\(error)"])
                        self.openCount -= 1
                        try? await connection.close()
                        self.signalWaiter()
                        continue
                    }
                }
                return connection
            }
            if self.openCount < self.options.maxConnections {
                self.openCount += 1
                do {
                    let connection = try await self.open()
                    self.connectionsOpened += 1
                    return connection
                } catch {
                    self.openCount -= 1
                    self.signalWaiter()
                    throw error
                }
            }
            try await self.waitForAConnection()
        }
    }

    /// Gives a leased connection back. A closed connection frees its slot.
    public func release(_ connection: MySQLConnection) {
        if connection.isClosed || self.isClosed {
            self.openCount -= 1
            if !connection.isClosed { Task { try? await connection.close() } }
        } else {
            self.idle.append((connection, ContinuousClock.now))
        }
        self.signalWaiter()
    }

    /// Closes idle connections and refuses new leases; lent connections close when returned.
    public func close() async {
        self.isClosed = true
        let idle = self.idle
        self.idle.removeAll()
        self.openCount -= idle.count
        for (connection, _) in idle { try? await connection.close() }
        let waiters = self.waiters
        self.waiters.removeAll()
        for waiter in waiters { waiter.continuation.resume() }
    }

    /// Connections open now, and how many of them are idle.
    public var counts: (open: Int, idle: Int) { (self.openCount, self.idle.count) }

    private func signalWaiter() {
        if !self.waiters.isEmpty { self.waiters.removeFirst().continuation.resume() }
    }

    /// Waits until a connection comes back or a slot frees up; a cancelled caller stops waiting.
    private func waitForAConnection() async throws {
        let id = self.nextWaiterID
        self.nextWaiterID += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    self.waiters.append((id, continuation))
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    private func cancelWaiter(_ id: UInt64) {
        guard let index = self.waiters.firstIndex(where: { $0.id == id }) else { return }
        self.waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }

    private func open() async throws -> MySQLConnection {
        var attempt = 1
        while true {
            do {
                return try await MySQLConnection.connect(configuration: self.configuration, eventLoopGroup: self.eventLoopGroup, logger: self.logger)
            } catch let error as MySQLError where error.code == .connectFailed && attempt < self.options.connectAttempts {
                attempt += 1
                try await Task.sleep(for: self.options.retryDelay)
            }
        }
    }
}
