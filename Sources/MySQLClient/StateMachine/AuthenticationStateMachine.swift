import MySQLProtocol
import NIOCore

/// The login exchange after the greeting: first response, auth switches, caching_sha2's fast and
/// full paths (cleartext over TLS, RSA-encrypted otherwise), until OK or ERR.
struct AuthenticationStateMachine {
    struct Credentials: Sendable, Equatable {
        var username: String
        var password: String
        var database: String?
        /// The server's RSA public key (PEM) for caching_sha2 full auth without TLS; fetched from
        /// the server when nil and `allowPublicKeyRetrieval` is on.
        var serverPublicKeyPEM: String?
        var allowPublicKeyRetrieval: Bool
    }

    enum Action: Equatable {
        /// Send this payload as the next packet of the exchange.
        case send([UInt8])
        case wait
        case succeeded
        case failed(MySQLError.Code, String, ERRPacket?)
    }

    private enum State {
        case waiting(plugin: String, nonce: [UInt8])
        case cachingSHA2AwaitingResult(nonce: [UInt8])
        case cachingSHA2AwaitingPublicKey(nonce: [UInt8])
        case done
    }

    private var state: State
    private let credentials: Credentials
    private let isSecure: Bool

    /// Starts with the server's default plugin; returns the plugin used and the first response.
    init(credentials: Credentials, handshake: HandshakeV10, isSecure: Bool) {
        self.credentials = credentials
        self.isSecure = isSecure
        // An unknown default plugin: answer as mysql_native_password and let the server switch.
        var plugin = handshake.authPluginName ?? AuthPlugin.nativePassword
        if !AuthPlugin.supported.contains(plugin) || (plugin == AuthPlugin.clearPassword && !isSecure) {
            plugin = AuthPlugin.nativePassword
        }
        self.state = .waiting(plugin: plugin, nonce: handshake.authPluginData)
    }

    var initialPlugin: String {
        if case .waiting(let plugin, _) = self.state { return plugin }
        return AuthPlugin.nativePassword
    }

    func initialResponse(nonce: [UInt8]) -> [UInt8] {
        AuthPlugin.response(plugin: self.initialPlugin, password: self.credentials.password, nonce: nonce, isSecure: self.isSecure) ?? []
    }

    mutating func packetReceived(_ packet: ByteBuffer) -> Action {
        var buffer = packet
        switch packet.getInteger(at: packet.readerIndex, as: UInt8.self) {
        case 0x00:
            self.state = .done
            return .succeeded
        case 0xFF:
            self.state = .done
            guard let err = try? ERRPacket.decode(from: &buffer) else { return self.violation("malformed ERR during login", packet) }
            return .failed(.authenticationFailed, err.message, err)
        case 0xFE:
            guard let request = try? AuthSwitchRequest.decode(from: &buffer) else { return self.violation("malformed auth switch request", packet) }
            return self.authSwitch(request)
        case 0x01:
            guard let more = try? AuthMoreData.decode(from: &buffer) else { return self.violation("malformed auth data", packet) }
            return self.moreData(more.data)
        default:
            return self.violation("unexpected packet during login", packet)
        }
    }

    private mutating func authSwitch(_ request: AuthSwitchRequest) -> Action {
        guard AuthPlugin.supported.contains(request.pluginName) else {
            self.state = .done
            return .failed(
                .unsupportedAuthPlugin,
                "the server asks for authentication plugin '\(request.pluginName)', which this client does not support (supported: \(AuthPlugin.supported.sorted().joined(separator: ", ")))",
                nil)
        }
        if request.pluginName == AuthPlugin.clearPassword && !self.isSecure {
            self.state = .done
            return .failed(.authenticationFailed, "the server asks for mysql_clear_password, which would send the password unencrypted; use TLS", nil)
        }
        self.state = .waiting(plugin: request.pluginName, nonce: request.pluginData)
        let response = AuthPlugin.response(plugin: request.pluginName, password: self.credentials.password, nonce: request.pluginData, isSecure: self.isSecure) ?? []
        return .send(response)
    }

    private mutating func moreData(_ data: [UInt8]) -> Action {
        switch self.state {
        case .waiting(AuthPlugin.cachingSHA2, let nonce), .cachingSHA2AwaitingResult(let nonce):
            switch data.first {
            case 0x03:  // fast auth succeeded: an OK packet follows
                self.state = .cachingSHA2AwaitingResult(nonce: nonce)
                return .wait
            case 0x04:  // full authentication required
                if self.isSecure {
                    self.state = .cachingSHA2AwaitingResult(nonce: nonce)
                    return .send(Array(self.credentials.password.utf8) + [0])
                }
                if let pem = self.credentials.serverPublicKeyPEM {
                    return self.sendEncrypted(nonce: nonce, pem: pem)
                }
                guard self.credentials.allowPublicKeyRetrieval else {
                    self.state = .done
                    return .failed(
                        .authenticationFailed,
                        "caching_sha2_password full authentication needs TLS or the server's RSA public key; configure TLS, serverPublicKey, or allowPublicKeyRetrieval",
                        nil)
                }
                self.state = .cachingSHA2AwaitingPublicKey(nonce: nonce)
                return .send([0x02])
            default:
                return self.violation("unexpected caching_sha2_password data", ByteBuffer(bytes: data))
            }
        case .cachingSHA2AwaitingPublicKey(let nonce):
            return self.sendEncrypted(nonce: nonce, pem: String(decoding: data, as: UTF8.self))
        default:
            return self.violation("unexpected auth data", ByteBuffer(bytes: data))
        }
    }

    private mutating func sendEncrypted(nonce: [UInt8], pem: String) -> Action {
        do {
            let encrypted = try AuthPlugin.rsaEncryptedPassword(password: self.credentials.password, nonce: nonce, publicKeyPEM: pem)
            self.state = .cachingSHA2AwaitingResult(nonce: nonce)
            return .send(encrypted)
        } catch {
            self.state = .done
            return .failed(.authenticationFailed, "cannot encrypt the password with the server's RSA public key: \(error)", nil)
        }
    }

    private mutating func violation(_ what: String, _ packet: ByteBuffer) -> Action {
        self.state = .done
        return .failed(.protocolViolation, MySQLProtocolError(what, packet: packet).description, nil)
    }
}
