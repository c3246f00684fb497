/// `target-database` of a task, and `from` of a source: how to reach a server.
public struct DatabaseConfig: Sendable, Hashable {
    public var host: String = ""
    public var port: Int = 3306
    public var user: String = ""
    public var password = Password("")
    /// Deprecated in DM (the value is read from the server); kept for round trips.
    public var maxAllowedPacket: Int?
    /// Session variables set on every connection.
    public var session: [String: String] = [:]
    public var security: SecurityConfig?

    public init() {}
}

extension DatabaseConfig: ConfigSection {
    static let fields: [ConfigField<DatabaseConfig>] = [
        ConfigField("host", \.host, default: "", required: true),
        ConfigField("port", \.port, default: 3306),
        ConfigField("user", \.user, default: "", required: true),
        ConfigField("password", \.password, default: Password("")),
        ConfigField("max-allowed-packet", optional: \.maxAllowedPacket, support: .deprecated("the server's max_allowed_packet is read at connect time")),
        ConfigField("session", \.session, default: [:]),
        ConfigField("security", optional: \.security),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        if !(1...65535).contains(self.port) {
            context.error("port \(self.port) is out of range (1...65535)", at: path.appending("port"))
        }
    }
}

/// TLS settings of a connection (`security`).
public struct SecurityConfig: Sendable, Hashable {
    public var sslCA: String = ""
    public var sslCert: String = ""
    public var sslKey: String = ""
    /// Accepted common names of the server certificate.
    public var certAllowedCN: [String] = []

    public init() {}
}

extension SecurityConfig: ConfigSection {
    static let fields: [ConfigField<SecurityConfig>] = [
        ConfigField("ssl-ca", \.sslCA, default: ""),
        ConfigField("ssl-cert", \.sslCert, default: ""),
        ConfigField("ssl-key", \.sslKey, default: ""),
        ConfigField("cert-allowed-cn", \.certAllowedCN, default: []),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        if self.sslCert.isEmpty != self.sslKey.isEmpty {
            context.error("ssl-cert and ssl-key must be set together", at: path)
        }
    }
}

