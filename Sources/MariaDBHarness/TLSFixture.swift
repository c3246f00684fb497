import Foundation

/// Throwaway TLS material made with the `openssl` command: a CA, a server certificate signed
/// by it (SAN `IP:127.0.0.1`, `DNS:localhost`) and a client certificate, all RSA-2048 with
/// PEM-encoded PKCS#8 keys, valid for 10 years.
///
///     let tls = try TLSFixture.shared()
///     try await withMariaDB(options: .init(extraArguments: tls.serverArguments)) { server in
///         try server.cli("SHOW STATUS LIKE 'Ssl_cipher'", arguments: tls.clientArguments)
///     }
public struct TLSFixture: Sendable {
    public let directory: URL
    public let caCertificatePath: String
    public let caKeyPath: String
    public let serverCertificatePath: String
    public let serverKeyPath: String
    /// Client certificate (CN `mariadb-harness-client`, extendedKeyUsage clientAuth), for
    /// `REQUIRE X509` / `REQUIRE SUBJECT` tests.
    public let clientCertificatePath: String
    public let clientKeyPath: String

    /// `mariadbd` arguments enabling TLS with this material: `--ssl-ca`, `--ssl-cert`, `--ssl-key`.
    public var serverArguments: [String] {
        ["--ssl-ca=\(caCertificatePath)", "--ssl-cert=\(serverCertificatePath)", "--ssl-key=\(serverKeyPath)"]
    }

    /// `mariadb` client arguments: TLS on, server certificate verified against the CA
    /// (including the 127.0.0.1 SAN). Add `clientCertificateArguments` to present a client cert.
    /// Note: Debian 12's `mariadb` client (Connector/C) also uses TLS *without* `--ssl` whenever
    /// the server offers it; pass `--skip-ssl` to force a plaintext connection.
    public var clientArguments: [String] {
        ["--ssl", "--ssl-ca=\(caCertificatePath)", "--ssl-verify-server-cert"]
    }

    /// `mariadb` client arguments presenting the client certificate.
    public var clientCertificateArguments: [String] {
        ["--ssl-cert=\(clientCertificatePath)", "--ssl-key=\(clientKeyPath)"]
    }

    /// Generates a new fixture in `directory` (created if needed), or in a fresh directory under
    /// the harness's per-process temp dir (deleted at exit) when nil. Blocking, ~0.2-1 s.
    /// Throws `executableNotFound` (hint: `apt-get install -y openssl`) without `openssl`.
    public static func generate(in directory: URL? = nil) throws -> TLSFixture {
        let openssl = try MariaDBExecutables.find(["openssl"], hint: "Install it with: apt-get install -y openssl")
        let directory = try directory ?? HarnessWorkspace.shared().makeDirectory(prefix: "tls")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

        // Our own config, so the system openssl.cnf can't add or duplicate extensions.
        let config = """
            [req]
            distinguished_name = dn
            prompt = no
            [dn]
            CN = unused
            [ca]
            basicConstraints = critical, CA:TRUE
            keyUsage = critical, keyCertSign, cRLSign
            subjectKeyIdentifier = hash
            [server]
            basicConstraints = critical, CA:FALSE
            keyUsage = critical, digitalSignature, keyEncipherment
            extendedKeyUsage = serverAuth
            subjectAltName = IP:127.0.0.1, DNS:localhost
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid
            [client]
            basicConstraints = critical, CA:FALSE
            keyUsage = critical, digitalSignature, keyEncipherment
            extendedKeyUsage = clientAuth
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid

            """
        try config.write(toFile: path("openssl.cnf"), atomically: true, encoding: .utf8)

        try CommandRunner.check(openssl, [
            "req", "-x509", "-config", path("openssl.cnf"), "-extensions", "ca",
            "-newkey", "rsa:2048", "-nodes", "-keyout", path("ca-key.pem"), "-out", path("ca.pem"),
            "-days", "3650", "-subj", "/CN=MariaDBHarness Test CA", "-set_serial", randomSerial(),
        ])
        for (name, commonName) in [("server", "localhost"), ("client", "mariadb-harness-client")] {
            try CommandRunner.check(openssl, [
                "req", "-new", "-config", path("openssl.cnf"),
                "-newkey", "rsa:2048", "-nodes", "-keyout", path("\(name)-key.pem"), "-out", path("\(name).csr"),
                "-subj", "/CN=\(commonName)",
            ])
            try CommandRunner.check(openssl, [
                "x509", "-req", "-in", path("\(name).csr"), "-CA", path("ca.pem"), "-CAkey", path("ca-key.pem"),
                "-set_serial", randomSerial(), "-days", "3650", "-sha256",
                "-extfile", path("openssl.cnf"), "-extensions", name, "-out", path("\(name)-cert.pem"),
            ])
        }
        return TLSFixture(
            directory: directory,
            caCertificatePath: path("ca.pem"),
            caKeyPath: path("ca-key.pem"),
            serverCertificatePath: path("server-cert.pem"),
            serverKeyPath: path("server-key.pem"),
            clientCertificatePath: path("client-cert.pem"),
            clientKeyPath: path("client-key.pem"))
    }

    /// One fixture per process, generated on first use (concurrent callers share it).
    public static func shared() throws -> TLSFixture {
        try sharedFixture.withLock { cached in
            if let cached { return try cached.get() }
            let result = Result { try generate() }
            cached = result
            return try result.get()
        }
    }

    private static let sharedFixture = Locked<Result<TLSFixture, any Error>?>(nil)

    private static func randomSerial() -> String {
        "0x" + (0..<8).map { _ in String(format: "%02x", UInt8.random(in: 1...255)) }.joined()
    }
}
