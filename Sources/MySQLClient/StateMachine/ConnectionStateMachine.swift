import MySQLProtocol
import NIOCore

/// The connection's protocol logic, free of I/O: greeting → (TLS) → login → ready ⇄ command.
/// The channel handler feeds it packets and carries out the actions it returns.
struct ConnectionStateMachine {
    enum TLSWish: Equatable {
        case disabled
        /// Use TLS when the server offers it.
        case preferred
        /// Fail when the server does not offer TLS.
        case required
    }

    struct Settings {
        var credentials: AuthenticationStateMachine.Credentials
        var tls: TLSWish
        var collation: UInt8
        var connectionAttributes: [(String, String)]
        var multiStatements: Bool
        var localInfile: Bool
    }

    /// What the login established.
    struct Session: Sendable, Equatable {
        var handshake: HandshakeV10
        var capabilities: CapabilityFlags
        var isTLS: Bool
    }

    enum Action {
        case wait
        /// Send the SSLRequest, put TLS on the channel, then call `tlsStarted()`.
        case sendSSLRequestAndStartTLS(SSLRequest)
        case sendHandshakeResponse(HandshakeResponse41)
        /// Send the next packet of the login exchange.
        case sendAuthData([UInt8])
        case authenticated(Session)
        case command(CommandStateMachine.Action)
        case closeWithError(MySQLError)
    }

    private enum State {
        case awaitingGreeting
        case awaitingTLS(HandshakeV10, CapabilityFlags)
        case authenticating(AuthenticationStateMachine, Session)
        case ready(Session)
        case command(CommandStateMachine, Session)
        case closed
    }

    private var state: State = .awaitingGreeting
    private let settings: Settings

    init(settings: Settings) {
        self.settings = settings
    }

    /// Capabilities this client asks for; the login uses their intersection with the server's.
    var clientCapabilities: CapabilityFlags {
        var flags: CapabilityFlags = [
            .longPassword, .longFlag, .protocol41, .transactions, .secureConnection, .multiResults, .psMultiResults,
            .pluginAuth, .pluginAuthLenencClientData, .connectAttrs, .deprecateEOF, .sessionTrack, .foundRows,
        ]
        if self.settings.credentials.database != nil { flags.insert(.connectWithDB) }
        if self.settings.multiStatements { flags.insert(.multiStatements) }
        if self.settings.localInfile { flags.insert(.localFiles) }
        if self.settings.tls != .disabled { flags.insert(.ssl) }
        return flags
    }

    var session: Session? {
        switch self.state {
        case .ready(let s), .command(_, let s), .authenticating(_, let s): s
        default: nil
        }
    }

    var isReady: Bool { if case .ready = self.state { true } else { false } }

    mutating func packetReceived(_ packet: MySQLPacket) -> Action {
        switch self.state {
        case .awaitingGreeting:
            return self.greetingReceived(packet.payload)
        case .awaitingTLS:
            return self.close(MySQLError(.protocolViolation, "server sent data before the TLS handshake"))
        case .authenticating(var auth, let session):
            self.state = .closed  // avoid a copy of `auth` while it is mutated
            switch auth.packetReceived(packet.payload) {
            case .send(let bytes):
                self.state = .authenticating(auth, session)
                return .sendAuthData(bytes)
            case .wait:
                self.state = .authenticating(auth, session)
                return .wait
            case .succeeded:
                self.state = .ready(session)
                return .authenticated(session)
            case .failed(let code, let message, let err):
                return self.close(MySQLError(code, message, serverError: err))
            }
        case .ready:
            // MySQL 8 sends ERR 4031 before dropping an idle connection.
            var buffer = packet.payload
            if packet.header == 0xFF, let err = try? ERRPacket.decode(from: &buffer) {
                return self.close(MySQLError(.connectionClosed, "the server closed the connection: \(err.message)", serverError: err))
            }
            return self.close(MySQLError(.protocolViolation, MySQLProtocolError("unexpected packet while idle", packet: packet.payload).description))
        case .command(var command, let session):
            self.state = .closed
            let action = command.packetReceived(packet.payload)
            switch action {
            case .violation(let error):
                return self.close(.protocolViolation(error))
            case .failed, .prepared, .resultDone(_, final: true):
                self.state = .ready(session)
            default:
                self.state = .command(command, session)
            }
            return .command(action)
        case .closed:
            return .wait
        }
    }

    private mutating func greetingReceived(_ payload: ByteBuffer) -> Action {
        var buffer = payload
        if payload.getInteger(at: payload.readerIndex, as: UInt8.self) == 0xFF {
            let err = try? ERRPacket.decode(from: &buffer)
            return self.close(MySQLError(.connectFailed, err?.message ?? "server refused the connection", serverError: err))
        }
        let handshake: HandshakeV10
        do {
            handshake = try HandshakeV10.decode(from: &buffer)
        } catch {
            return self.close(.protocolViolation(error))
        }
        guard handshake.capabilities.contains(.protocol41) else {
            return self.close(MySQLError(.protocolViolation, "server \(handshake.serverVersion) does not speak protocol 4.1"))
        }
        var capabilities = self.clientCapabilities.intersection(handshake.capabilities)
        // CLIENT_MYSQL cleared by the server means: MariaDB extended capabilities are in use.
        if !handshake.capabilities.contains(.longPassword) { capabilities.remove(.longPassword) }
        if self.settings.tls != .disabled {
            if handshake.capabilities.contains(.ssl) {
                self.state = .awaitingTLS(handshake, capabilities)
                return .sendSSLRequestAndStartTLS(SSLRequest(capabilities: capabilities, characterSet: self.settings.collation))
            }
            if self.settings.tls == .required {
                return self.close(MySQLError(.tlsUnavailable, "TLS is required but server \(handshake.serverVersion) does not offer it"))
            }
        }
        return self.startAuthentication(handshake, capabilities.subtracting(.ssl), isTLS: false)
    }

    /// TLS is on the channel; the login continues through it.
    mutating func tlsStarted() -> Action {
        guard case .awaitingTLS(let handshake, let capabilities) = self.state else {
            return self.close(MySQLError(.protocolViolation, "TLS started in an unexpected state"))
        }
        return self.startAuthentication(handshake, capabilities, isTLS: true)
    }

    private mutating func startAuthentication(_ handshake: HandshakeV10, _ capabilities: CapabilityFlags, isTLS: Bool) -> Action {
        let auth = AuthenticationStateMachine(credentials: self.settings.credentials, handshake: handshake, isSecure: isTLS)
        let session = Session(handshake: handshake, capabilities: capabilities, isTLS: isTLS)
        let response = HandshakeResponse41(
            capabilities: capabilities, characterSet: self.settings.collation, username: self.settings.credentials.username,
            authResponse: auth.initialResponse(nonce: handshake.authPluginData), database: self.settings.credentials.database,
            authPluginName: auth.initialPlugin, connectionAttributes: self.settings.connectionAttributes)
        self.state = .authenticating(auth, session)
        return .sendHandshakeResponse(response)
    }

    /// A command was sent; its response is read with `kind`'s rules.
    mutating func commandSent(_ kind: CommandStateMachine.Kind) {
        guard case .ready(let session) = self.state else {
            preconditionFailure("command sent while the connection is not ready: \(self.state)")
        }
        self.state = .command(CommandStateMachine(kind: kind, capabilities: session.capabilities), session)
    }

    mutating func localInfileSent() {
        guard case .command(var command, let session) = self.state else { return }
        command.localInfileSent()
        self.state = .command(command, session)
    }

    mutating func close(_ error: MySQLError) -> Action {
        self.state = .closed
        return .closeWithError(error)
    }

    mutating func closed() {
        self.state = .closed
    }
}
