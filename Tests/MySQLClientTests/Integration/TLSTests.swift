import MariaDBHarness
import MySQLClient
import NIOSSL
import Testing

@Suite struct TLSTests {
    func cipher(_ tls: MySQLConnection.TLS, host: String? = nil) async throws -> String {
        let server = try await TestServer.server()
        var configuration = TestServer.configuration(server, tls: tls)
        if let host { configuration.host = host }
        let connection = try await MySQLConnection.connect(configuration: configuration)
        defer { Task { try? await connection.close() } }
        let rows = try await connection.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'").rows
        return try rows[0][1].string ?? ""
    }

    @Test func disabledIsPlain() async throws {
        #expect(try await cipher(.disabled) == "")
    }

    @Test func preferredAndRequiredUseTLS() async throws {
        #expect(try await cipher(.preferred) != "")
        #expect(try await cipher(.required) != "")
    }

    @Test func verifyCAWithTheRightCA() async throws {
        #expect(try await cipher(.verifyCA(trustRoots: TestServer.caTrustRoots())) != "")
    }

    @Test func verifyCAWithAnotherCAFails() async throws {
        let other = try TLSFixture.generate()
        let roots = NIOSSLTrustRoots.certificates(try NIOSSLCertificate.fromPEMFile(other.caCertificatePath))
        let error = try await #require(throws: MySQLError.self) { try await cipher(.verifyCA(trustRoots: roots)) }
        #expect(error.code == .tlsFailed)
    }

    @Test func verifyIdentityByNameAndByIP() async throws {
        let roots = try TestServer.caTrustRoots()
        #expect(try await cipher(.verifyIdentity(trustRoots: roots), host: "localhost") != "")
        #expect(try await cipher(.verifyIdentity(trustRoots: roots)) != "", "127.0.0.1 is in the certificate's IP entries")
    }

    @Test func verifyIdentityWithAnotherNameFails() async throws {
        let roots = try TestServer.caTrustRoots()
        let error = try await #require(throws: MySQLError.self) {
            try await cipher(.verifyIdentity(trustRoots: roots, serverName: "db.example.org"))
        }
        #expect(error.code == .tlsFailed)
    }

    @Test func clientCertificate() async throws {
        let server = try await TestServer.server()
        let tls = try TLSFixture.shared()
        let user = "x" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        try server.cli("CREATE USER '\(user)'@'127.0.0.1' REQUIRE X509")
        let withCert = MySQLConnection.TLS.verifyCA(trustRoots: try TestServer.caTrustRoots()).withClientCertificate(
            [.certificate(try NIOSSLCertificate.fromPEMFile(tls.clientCertificatePath)[0])],
            privateKey: .privateKey(try NIOSSLPrivateKey(file: tls.clientKeyPath, format: .pem)))
        let connection = try await MySQLConnection.connect(configuration: TestServer.configuration(server, user: user, password: "", tls: withCert))
        try await connection.ping()
        try await connection.close()
        let error = try await #require(throws: MySQLError.self) {
            try await MySQLConnection.connect(configuration: TestServer.configuration(server, user: user, password: "", tls: .required))
        }
        #expect(error.code == .authenticationFailed)
    }

    @Test func requiredAgainstAServerWithoutTLS() async throws {
        try await withMariaDB { plain in
            let error = try await #require(throws: MySQLError.self) {
                try await MySQLConnection.connect(configuration: TestServer.configuration(plain, tls: .required))
            }
            #expect(error.code == .tlsUnavailable)
            // Preferred falls back to a plain connection.
            let connection = try await MySQLConnection.connect(configuration: TestServer.configuration(plain, tls: .preferred))
            #expect(!connection.isTLS)
            try await connection.close()
        }
    }
}
