import Foundation
import MariaDBHarness

@testable import MySQLClient
import Testing

@Suite struct AuthenticationTests {
    /// Creates a user with a unique name and returns it.
    func createUser(_ clause: String) async throws -> String {
        let server = try await TestServer.server()
        let name = "u" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        try server.cli("CREATE USER '\(name)'@'127.0.0.1' \(clause); GRANT SELECT ON *.* TO '\(name)'@'127.0.0.1'")
        return name
    }

    func connect(_ user: String, _ password: String) async throws -> MySQLConnection {
        let server = try await TestServer.server()
        return try await MySQLConnection.connect(configuration: TestServer.configuration(server, user: user, password: password))
    }

    @Test func nativePassword() async throws {
        let user = try await createUser("IDENTIFIED BY 'n@tive pw'")
        let connection = try await connect(user, "n@tive pw")
        #expect(try await connection.query("SELECT CURRENT_USER()").rows[0][0].string == "\(user)@127.0.0.1")
        try await connection.close()
    }

    @Test func wrongPasswordIsAuthenticationFailed() async throws {
        let user = try await createUser("IDENTIFIED BY 'right'")
        let error = try await #require(throws: MySQLError.self) { try await connect(user, "wrong") }
        #expect(error.code == .authenticationFailed)
        #expect(error.errorNumber == 1045)
        #expect(error.message.contains("Access denied"))
    }

    @Test func ed25519() async throws {
        let user = try await createUser("IDENTIFIED VIA ed25519 USING PASSWORD('édwards pw')")
        let connection = try await connect(user, "édwards pw")
        #expect(try await connection.query("SELECT 1").rows[0][0].int == 1)
        try await connection.close()
        let error = try await #require(throws: MySQLError.self) { try await connect(user, "not it") }
        #expect(error.code == .authenticationFailed)
        #expect(error.errorNumber == 1045)
    }

    @Test func ed25519PublicKeyMatchesTheServers() async throws {
        let server = try await TestServer.server()
        let user = try await createUser("IDENTIFIED VIA ed25519 USING PASSWORD('compare me')")
        let stored = try server.cli("SELECT JSON_VALUE(Priv, '$.authentication_string') FROM mysql.global_priv WHERE User = '\(user)'")
        let mine = Data(MariaDBEd25519.publicKey(password: Array("compare me".utf8))).base64EncodedString().replacingOccurrences(of: "=", with: "")
        #expect(stored == mine)
    }

    @Test func emptyPassword() async throws {
        let user = try await createUser("")
        let connection = try await connect(user, "")
        try await connection.ping()
        try await connection.close()
    }

    /// PAM asks the client for the `dialog` plugin, which this client does not have.
    @Test func unsupportedPluginIsAClearError() async throws {
        let user = try await createUser("IDENTIFIED VIA pam")
        let error = try await #require(throws: MySQLError.self) { try await connect(user, "x") }
        #expect(error.code == .unsupportedAuthPlugin)
        #expect(error.message.contains("dialog"))
    }

    @Test func initialDatabase() async throws {
        let server = try await TestServer.server()
        let schema = try server.createScratchDatabase()
        let connection = try await MySQLConnection.connect(configuration: TestServer.configuration(server, database: schema))
        #expect(try await connection.query("SELECT DATABASE()").rows[0][0].string == schema)
        try await connection.close()
        let error = try await #require(throws: MySQLError.self) {
            try await MySQLConnection.connect(configuration: TestServer.configuration(server, database: "no_such_schema"))
        }
        #expect(error.errorNumber == 1049)
    }
}
