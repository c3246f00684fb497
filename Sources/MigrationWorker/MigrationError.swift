import MySQLClient

/// A migration that cannot go on: the message names the server, table, chunk or file involved
/// and what to do about it.
public struct MigrationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// The error that caused it, when there is one (decides whether a retry can help).
    public var underlying: (any Error)?

    public init(_ message: String, underlying: (any Error)? = nil) {
        self.message = message
        self.underlying = underlying
    }

    public var description: String { self.message }

    /// Whether waiting and reconnecting can cure it: a lost or refused connection, a server
    /// shutting down, a deadlock or lock wait timeout. Refused statements and bad input cannot.
    public static func isRetryable(_ error: any Error) -> Bool {
        if let error = error as? MigrationError { return error.underlying.map(isRetryable) ?? false }
        if let error = error as? MySQLError {
            switch error.code {
            case .connectionClosed, .connectFailed, .queryTimeout, .tlsFailed: return true
            case .server:
                // Shutdown in progress, connection killed, query interrupted, lock wait timeout,
                // deadlock, server gone / lost (as some proxies report them), read-only failover.
                return [1053, 1927, 1317, 1205, 1213, 2006, 2013, 1290, 1836].contains(Int(error.errorNumber ?? 0))
            default: return false
            }
        }
        // NIO channel and socket errors: the connection is gone.
        let name = String(describing: type(of: error))
        return name.contains("ChannelError") || name.contains("IOError") || name.contains("NIOConnectionError")
    }
}
