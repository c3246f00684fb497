import Foundation
import MariaDBHarness
import MySQLClient
import NIOSSL

/// One MariaDB server shared by the integration tests (each test uses its own scratch schema),
/// started with TLS certificates and the ed25519 and PAM plugins so every login path is reachable.
actor TestServer {
    static let shared = TestServer()

    /// One start for all callers: the actor is reentrant across the await, so the task is cached,
    /// not its result.
    private var starting: Task<(MariaDBServer, TLSFixture), any Error>?

    func get() async throws -> (server: MariaDBServer, tls: TLSFixture) {
        if self.starting == nil {
            self.starting = Task {
                let tls = try TLSFixture.shared()
                let server = try await MariaDBHarness.startServer(
                    options: MariaDBServerOptions(
                        extraArguments: tls.serverArguments + [
                            "--plugin-load-add=auth_ed25519", "--plugin-load-add=auth_pam", "--local-infile=1", "--max-allowed-packet=64M",
                        ]))
                return (server, tls)
            }
        }
        let (server, tls) = try await self.starting!.value
        return (server, tls)
    }

    static func server() async throws -> MariaDBServer { try await shared.get().server }

    static func configuration(
        _ server: MariaDBServer, user: String? = nil, password: String? = nil, database: String? = nil,
        tls: MySQLConnection.TLS = .disabled
    ) -> MySQLConnection.Configuration {
        MySQLConnection.Configuration(
            host: server.host, port: server.port, username: user ?? server.user, password: password ?? server.password,
            database: database, tls: tls)
    }

    /// Connects as root to the shared server, in a fresh scratch schema when `scratch` is set.
    static func connect(scratch: Bool = true, _ adjust: (inout MySQLConnection.Configuration) -> Void = { _ in }) async throws -> (MySQLConnection, String?) {
        let server = try await server()
        let schema = scratch ? try server.createScratchDatabase() : nil
        var configuration = configuration(server, database: schema)
        adjust(&configuration)
        return (try await MySQLConnection.connect(configuration: configuration), schema)
    }

    /// Runs `body` with a connection that is closed afterwards, also when `body` throws.
    static func withConnection<T>(scratch: Bool = true, _ adjust: (inout MySQLConnection.Configuration) -> Void = { _ in }, _ body: (MySQLConnection) async throws -> T) async throws -> T {
        let (connection, _) = try await connect(scratch: scratch, adjust)
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    static func caTrustRoots() throws -> NIOSSLTrustRoots {
        .certificates(try NIOSSLCertificate.fromPEMFile(try TLSFixture.shared().caCertificatePath))
    }
}
