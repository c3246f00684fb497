import ArgumentParser
import Foundation
import MySQLClient
import NIOSSL

extension DM {
    /// Runs SQL against a server and prints the result sets.
    struct Query: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run SQL on a MySQL or MariaDB server and print the results.")

        @Option(name: .shortAndLong) var host = "127.0.0.1"
        @Option(name: .shortAndLong) var port = 3306
        @Option(name: .shortAndLong) var user = "root"
        @Option(name: [.customShort("P"), .long], help: "Password (or set MYSQL_PWD).") var password: String?
        @Option(name: .shortAndLong) var database: String?
        @Option(help: "TLS mode: disabled, preferred, required, verify-ca, verify-identity.") var tls = "preferred"
        @Option(help: "CA certificate (PEM) for verify-ca and verify-identity.") var tlsCA: String?
        @Argument(help: "Statements to run (several separated by ';').") var sql: String

        func run() async throws {
            var configuration = MySQLConnection.Configuration(
                host: self.host, port: self.port, username: self.user,
                password: self.password ?? ProcessInfo.processInfo.environment["MYSQL_PWD"] ?? "", database: self.database,
                tls: try self.tlsMode())
            configuration.multiStatements = true
            let connection = try await MySQLConnection.connect(configuration: configuration)
            defer { Task { try? await connection.close() } }
            print(try ResultTable.render(try await connection.query(self.sql)))
        }

        func tlsMode() throws -> MySQLConnection.TLS {
            let roots: NIOSSLTrustRoots = try self.tlsCA.map { .certificates(try NIOSSLCertificate.fromPEMFile($0)) } ?? .default
            switch self.tls {
            case "disabled": return .disabled
            case "preferred": return .preferred
            case "required": return .required
            case "verify-ca": return .verifyCA(trustRoots: roots)
            case "verify-identity": return .verifyIdentity(trustRoots: roots)
            default: throw ValidationError("--tls must be one of disabled, preferred, required, verify-ca, verify-identity (got '\(self.tls)')")
            }
        }
    }
}
