import MySQLProtocol

/// The one error type of the client. `code` says what kind of failure it is; `serverError` holds
/// the server's ERR packet (error number, SQLSTATE, message) when the server refused something.
public struct MySQLError: Error, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Base: String, Sendable {
            case server
            case connectionClosed
            case connectFailed
            case protocolViolation
            case authenticationFailed
            case unsupportedAuthPlugin
            case tlsUnavailable
            case tlsFailed
            case queryTimeout
            case localInfileRefused
            case invalidArgument
            case poolClosed
        }
        let base: Base

        /// The server answered with an ERR packet (see `serverError`).
        public static let server = Code(base: .server)
        public static let connectionClosed = Code(base: .connectionClosed)
        public static let connectFailed = Code(base: .connectFailed)
        public static let protocolViolation = Code(base: .protocolViolation)
        /// Wrong user or password, or the server refused the login.
        public static let authenticationFailed = Code(base: .authenticationFailed)
        public static let unsupportedAuthPlugin = Code(base: .unsupportedAuthPlugin)
        /// TLS was required but the server does not offer it.
        public static let tlsUnavailable = Code(base: .tlsUnavailable)
        /// The TLS handshake or certificate verification failed.
        public static let tlsFailed = Code(base: .tlsFailed)
        /// The statement ran longer than its timeout and was killed on the server.
        public static let queryTimeout = Code(base: .queryTimeout)
        /// The server asked for a local file the caller did not provide.
        public static let localInfileRefused = Code(base: .localInfileRefused)
        public static let invalidArgument = Code(base: .invalidArgument)
        public static let poolClosed = Code(base: .poolClosed)

        public var description: String { self.base.rawValue }
    }

    public var code: Code
    public var message: String
    public var serverError: ERRPacket?
    public var underlying: (any Error)?
    /// The statement that failed, when there was one.
    public var query: String?

    public init(_ code: Code, _ message: String, serverError: ERRPacket? = nil, underlying: (any Error)? = nil, query: String? = nil) {
        self.code = code
        self.message = message
        self.serverError = serverError
        self.underlying = underlying
        self.query = query
    }

    static func server(_ packet: ERRPacket, query: String? = nil) -> Self {
        Self(.server, packet.message, serverError: packet, query: query)
    }

    static func protocolViolation(_ error: any Error) -> Self {
        Self(.protocolViolation, "protocol violation: \(error)", underlying: error)
    }

    static let closed = Self(.connectionClosed, "the connection is closed")

    /// The server's error number (e.g. 1062 for a duplicate key), if the server refused.
    public var errorNumber: UInt16? { self.serverError?.errorCode }
    public var sqlState: String? { self.serverError?.sqlState }

    public var description: String {
        var text = "MySQLError(\(self.code)): "
        if let server = self.serverError {
            text += "ERROR \(server.errorCode) (\(server.sqlState)): \(server.message)"
            if server.message != self.message { text += " — \(self.message)" }
        } else {
            text += self.message
        }
        if let underlying, !self.message.contains("\(underlying)") { text += " (\(underlying))" }
        if let query { text += " [query: \(query.count > 200 ? String(query.prefix(200)) + "…" : query)]" }
        return text
    }
}
