import MigrationConfig
import MySQLClient
import MySQLProtocol
import NIOSSL

/// Opens connections to a server described by a task's `target-database` or a source's `from`,
/// with its TLS settings and session variables applied.
public struct ServerConnector: Sendable {
    public let config: DatabaseConfig
    /// Names the server in errors ("source mysql-replica-01", "target").
    public let role: String

    public init(_ config: DatabaseConfig, role: String) {
        self.config = config
        self.role = role
    }

    /// `multiStatements` lets one COM_QUERY carry several statements (appliers send batches so).
    public func connect(database: String? = nil, multiStatements: Bool = false) async throws -> MySQLConnection {
        var configuration = MySQLConnection.Configuration(
            host: self.config.host, port: self.config.port, username: self.config.user,
            password: self.config.password.plaintext, database: database, tls: try self.tls())
        configuration.localInfile = true
        configuration.multiStatements = multiStatements
        let connection: MySQLConnection
        do {
            connection = try await MySQLConnection.connect(configuration: configuration)
        } catch {
            throw MigrationError("cannot connect to the \(self.role) at \(self.config.host):\(self.config.port): \(error)", underlying: error)
        }
        do {
            for (name, value) in self.config.session.sorted(by: { $0.key < $1.key }) {
                _ = try await connection.query("SET SESSION \(MySQLLiteral.quoteIdentifier(name)) = \(Self.sessionValue(value))")
            }
        } catch {
            try? await connection.close()
            throw MigrationError("\(self.role): cannot apply the session variables of the config: \(error)")
        }
        return connection
    }

    /// Numbers and keywords as written; anything else as a string.
    static func sessionValue(_ value: String) -> String {
        if Int64(value) != nil || Double(value) != nil { return value }
        if ["ON", "OFF", "DEFAULT", "TRUE", "FALSE"].contains(value.uppercased()) { return value }
        return MySQLLiteral.quoteString(value, noBackslashEscapes: false)
    }

    private func tls() throws -> MySQLConnection.TLS {
        guard let security = self.config.security else { return .disabled }
        var tls: MySQLConnection.TLS =
            security.sslCA.isEmpty ? .required : .verifyCA(trustRoots: .file(security.sslCA))
        if !security.sslCert.isEmpty {
            do {
                let chain = try NIOSSLCertificate.fromPEMFile(security.sslCert).map { NIOSSLCertificateSource.certificate($0) }
                let key = try NIOSSLPrivateKey(file: security.sslKey, format: .pem)
                tls = tls.withClientCertificate(chain, privateKey: .privateKey(key))
            } catch {
                throw MigrationError("\(self.role): cannot read ssl-cert \(security.sslCert) or ssl-key \(security.sslKey): \(error)")
            }
        }
        return tls
    }
}
