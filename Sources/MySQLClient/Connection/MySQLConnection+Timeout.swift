import MySQLProtocol
import NIOConcurrencyHelpers

extension MySQLConnection {
    /// MariaDB and MySQL answer a killed statement with ER_QUERY_INTERRUPTED.
    static let queryInterruptedErrorCode: UInt16 = 1317

    /// Runs `body`; if it takes longer than `timeout`, kills the running statement on the server
    /// from a second connection and throws `.queryTimeout` once the statement has stopped.
    func withTimeout<T: Sendable>(_ timeout: Duration?, query: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let timeout else { return try await body() }
        let killed = NIOLockedValueBox(false)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: timeout)
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
