import NIOCore
import NIOSSL

extension MySQLConnection {
    /// How to reach and log in to a server.
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        public var username: String
        public var password: String
        public var database: String?
        public var tls: TLS
        /// Collation id for the session (45 = utf8mb4_general_ci, understood by MySQL and MariaDB).
        public var collation: UInt8 = 45
        /// Allow several statements separated by `;` in one query (CLIENT_MULTI_STATEMENTS).
        public var multiStatements = false
        /// Offer LOAD DATA LOCAL INFILE (CLIENT_LOCAL_FILES); files are only sent when given to `query`.
        public var localInfile = true
        /// For caching_sha2_password full authentication without TLS: the server's RSA public
        /// key (PEM). When nil, the key is asked from the server if `allowPublicKeyRetrieval`.
        public var serverPublicKeyPEM: String?
        public var allowPublicKeyRetrieval = true
        public var connectTimeout: TimeAmount = .seconds(10)
        /// Largest packet accepted from the server.
        public var maxPacketSize = 1 << 30
        public var connectionAttributes: [(String, String)] = [("_client_name", "swift-dm"), ("_client_version", "0.1")]

        public init(host: String = "127.0.0.1", port: Int = 3306, username: String, password: String = "", database: String? = nil, tls: TLS = .disabled) {
            self.host = host
            self.port = port
            self.username = username
            self.password = password
            self.database = database
            self.tls = tls
        }
    }

    /// TLS modes, as MySQL's `--ssl-mode` names them.
    public struct TLS: Sendable {
        enum Mode: Sendable {
            case disabled, preferred, required, verifyCA, verifyIdentity
        }
        let mode: Mode
        let trustRoots: NIOSSLTrustRoots?
        let serverName: String?
        let certificateChain: [NIOSSLCertificateSource]
        let privateKey: NIOSSLPrivateKeySource?

        /// Never use TLS.
        public static let disabled = TLS(mode: .disabled, trustRoots: nil, serverName: nil, certificateChain: [], privateKey: nil)
        /// Use TLS when the server offers it, without verifying the certificate.
        public static let preferred = TLS(mode: .preferred, trustRoots: nil, serverName: nil, certificateChain: [], privateKey: nil)
        /// Require TLS, without verifying the certificate.
        public static let required = TLS(mode: .required, trustRoots: nil, serverName: nil, certificateChain: [], privateKey: nil)

        /// Require TLS and a certificate signed by `trustRoots` (the host name is not checked).
        public static func verifyCA(trustRoots: NIOSSLTrustRoots = .default) -> TLS {
            TLS(mode: .verifyCA, trustRoots: trustRoots, serverName: nil, certificateChain: [], privateKey: nil)
        }

        /// Require TLS, a certificate signed by `trustRoots`, and issued for the host connected to
        /// (or `serverName`, when given).
        public static func verifyIdentity(trustRoots: NIOSSLTrustRoots = .default, serverName: String? = nil) -> TLS {
            TLS(mode: .verifyIdentity, trustRoots: trustRoots, serverName: serverName, certificateChain: [], privateKey: nil)
        }

        /// Adds a client certificate (for accounts created `REQUIRE X509`).
        public func withClientCertificate(_ chain: [NIOSSLCertificateSource], privateKey: NIOSSLPrivateKeySource) -> TLS {
            TLS(mode: self.mode, trustRoots: self.trustRoots, serverName: self.serverName, certificateChain: chain, privateKey: privateKey)
        }

        var wish: ConnectionStateMachine.TLSWish {
            switch self.mode {
            case .disabled: .disabled
            case .preferred: .preferred
            case .required, .verifyCA, .verifyIdentity: .required
            }
        }

        func makeSetup(host: String) throws -> MySQLChannelHandler.TLSSetup? {
            guard self.mode != .disabled else { return nil }
            var configuration = TLSConfiguration.makeClientConfiguration()
            switch self.mode {
            // The chain is verified by NIOSSL; the name by `TLSIdentity`, after the handshake.
            case .verifyIdentity, .verifyCA: configuration.certificateVerification = .noHostnameVerification
            default: configuration.certificateVerification = .none
            }
            if let trustRoots = self.trustRoots { configuration.trustRoots = trustRoots }
            configuration.certificateChain = self.certificateChain
            configuration.privateKey = self.privateKey
            let context = try NIOSSLContext(configuration: configuration)
            // SNI and identity checks take a name; an IP address is checked against the
            // certificate's IP entries by NIOSSL when no name is given.
            let name = self.serverName ?? (Self.isIPAddress(host) ? nil : host)
            return MySQLChannelHandler.TLSSetup(
                context: context, serverHostname: name, expectedIdentity: self.mode == .verifyIdentity ? (self.serverName ?? host) : nil)
        }

        static func isIPAddress(_ host: String) -> Bool {
            (try? SocketAddress(ipAddress: host, port: 0)) != nil
        }
    }
}
