/// A DM source file: one upstream MySQL/MariaDB server and how to read its binlog.
public struct SourceConfig: Sendable, Hashable {
    public var enable: Bool = true
    public var enableGTID: Bool = false
    public var autoFixGTID: Bool = false
    public var relayDir: String = "relay-dir"
    public var metaDir: String = ""
    public var flavor: Flavor = .auto
    public var charset: String = ""
    public var enableRelay: Bool = false
    public var relayBinlogName: String = ""
    public var relayBinlogGTID: String = ""
    public var sourceID: String = ""
    public var from = DatabaseConfig()
    public var purge = PurgeConfig()
    public var checker = CheckerConfig()
    /// The server id this replica uses when it reads the binlog; 0 picks one at random.
    public var serverID: UInt32 = 0
    public var tracer: [String: String] = [:]
    public var caseSensitive: Bool = false
    public var filters: [EventFilterRuleConfig] = []

    public init() {}

    public enum Flavor: String, Sendable, Hashable, CaseIterable, ConfigEnum {
        /// Detected from the server's version string.
        case auto = ""
        case mysql
        case mariadb
    }
}

extension SourceConfig: ConfigSection {
    static let fields: [ConfigField<SourceConfig>] = [
        ConfigField("enable", \.enable, default: true),
        ConfigField("enable-gtid", \.enableGTID, default: false),
        ConfigField("auto-fix-gtid", \.autoFixGTID, default: false, support: .deprecated("not used since DM v2")),
        ConfigField("relay-dir", \.relayDir, default: "relay-dir"),
        ConfigField("meta-dir", \.metaDir, default: "", support: .deprecated("not used")),
        ConfigField("flavor", \.flavor, default: .auto),
        ConfigField("charset", \.charset, default: ""),
        ConfigField("enable-relay", \.enableRelay, default: false, support: .notYetSupported),
        ConfigField("relay-binlog-name", \.relayBinlogName, default: "", support: .notYetSupported),
        ConfigField("relay-binlog-gtid", \.relayBinlogGTID, default: "", support: .notYetSupported),
        ConfigField("source-id", \.sourceID, default: "", required: true),
        ConfigField("from", \.from, default: DatabaseConfig(), required: true),
        ConfigField("purge", \.purge, default: PurgeConfig()),
        ConfigField("checker", \.checker, default: CheckerConfig()),
        ConfigField("server-id", \.serverID, default: 0),
        ConfigField("tracer", \.tracer, default: [:], support: .deprecated("tracing was removed from DM")),
        ConfigField("case-sensitive", \.caseSensitive, default: false),
        ConfigField("filters", \.filters, default: []),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        if self.sourceID.isEmpty && context.mark(of: path.appending("source-id")) != nil {
            context.error("source-id must not be empty", at: path.appending("source-id"))
        }
        if self.sourceID.utf8.count > 32 {
            context.error("source-id must be at most 32 characters, got \(self.sourceID.utf8.count)", at: path.appending("source-id"))
        }
    }
}

/// `purge`: when old relay log files are removed.
public struct PurgeConfig: Sendable, Hashable, ConfigSection {
    /// Seconds between purge checks.
    public var interval: Int64 = 3600
    /// Hours a relay file is kept; 0 keeps files.
    public var expires: Int64 = 0
    /// GB of free disk below which files are removed.
    public var remainSpace: Int64 = 15

    public init() {}

    static let fields: [ConfigField<PurgeConfig>] = [
        ConfigField("interval", \.interval, default: 3600, support: .notYetSupported),
        ConfigField("expires", \.expires, default: 0, support: .notYetSupported),
        ConfigField("remain-space", \.remainSpace, default: 15, support: .notYetSupported),
    ]
}

/// `checker`: how paused tasks are resumed automatically, with backoff.
public struct CheckerConfig: Sendable, Hashable, ConfigSection {
    public var checkEnable: Bool = true
    public var backoffRollback = GoDuration.minutes(5)
    public var backoffMax = GoDuration.minutes(5)
    public var checkInterval = GoDuration.seconds(5)
    public var backoffMin = GoDuration.seconds(1)
    public var backoffJitter: Bool = true
    public var backoffFactor: Double = 2

    public init() {}

    static let fields: [ConfigField<CheckerConfig>] = [
        ConfigField("check-enable", \.checkEnable, default: true),
        ConfigField("backoff-rollback", \.backoffRollback, default: .minutes(5)),
        ConfigField("backoff-max", \.backoffMax, default: .minutes(5)),
        ConfigField("check-interval", \.checkInterval, default: .seconds(5)),
        ConfigField("backoff-min", \.backoffMin, default: .seconds(1)),
        ConfigField("backoff-jitter", \.backoffJitter, default: true),
        ConfigField("backoff-factor", \.backoffFactor, default: 2),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        if self.backoffMin > self.backoffMax {
            context.error("backoff-min (\(self.backoffMin)) must not exceed backoff-max (\(self.backoffMax))", at: path.appending("backoff-min"))
        }
        if self.backoffFactor < 1 {
            context.error("backoff-factor must be at least 1, got \(self.backoffFactor)", at: path.appending("backoff-factor"))
        }
    }
}
