import MySQLProtocol
import NIOConcurrencyHelpers
import NIOCore

extension MySQLConnection {
    /// MariaDB and MySQL answer a killed statement with ER_QUERY_INTERRUPTED.
    static let queryInterruptedErrorCode: UInt16 = 1317

    /// Runs `body` with a command serial; if that command runs on the server longer than
    /// `timeout` (counted from when it reached the server, not while queued), kills it from a
    /// second connection and throws `.queryTimeout` once the statement has stopped.
    func withTimeout<T: Sendable>(_ timeout: Duration?, query: String, _ body: @escaping @Sendable (UInt64) async throws -> T) async throws -> T {
        let serial = self.tracker.nextSerial()
        guard let timeout else { return try await body(serial) }
        let killed = NIOLockedValueBox(false)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body(serial) }
            group.addTask {
                let limit = TimeAmount.nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)
                while true {
                    guard let since = self.tracker.startTime(of: serial) else {
                        try await Task.sleep(for: .milliseconds(20))  // still queued behind other commands
                        continue
                    }
                    let remaining = since + limit - .now()
                    if remaining <= .zero { break }
                    try await Task.sleep(for: .nanoseconds(remaining.nanoseconds))
                }
                // Only our statement: it is the one running right now.
                guard self.tracker.startTime(of: serial) != nil else { return nil }
                killed.withLockedValue { $0 = true }
                // If the kill itself fails, the statement's own outcome still decides.
                try? await self.killRunningQuery()
                return nil
            }
            // The statement's own outcome decides; the killer only makes it end sooner. The
            // group waits for the killer too, so no KILL can hit a later statement.
            var outcome: Result<T, any Error>?
            while outcome == nil || !group.isEmpty {
                do {
                    guard let next = try await group.next() else { break }
                    if let value = next {
                        outcome = .success(value)
                        group.cancelAll()
                    }
                } catch is CancellationError where outcome != nil {
                    continue
                } catch let error as MySQLError
                    where error.errorNumber == Self.queryInterruptedErrorCode && killed.withLockedValue({ $0 })
                {
                    outcome = .failure(
                        MySQLError(.queryTimeout, "statement exceeded its timeout of \(timeout) and was killed", serverError: error.serverError, query: query))
                } catch {
                    if outcome == nil {
                        outcome = .failure(error)
                        group.cancelAll()
                    }
                }
            }
            return try outcome!.get()
        }
    }

    /// `KILL QUERY <this connection's id>` over a new connection with the same settings.
    public func killRunningQuery() async throws {
        let killer = try await MySQLConnection.connect(configuration: self.configuration, eventLoopGroup: self.eventLoop, logger: self.logger)
        defer { Task { try? await killer.close() } }
        _ = try await killer.query("KILL QUERY \(self.connectionID)")
    }
}
