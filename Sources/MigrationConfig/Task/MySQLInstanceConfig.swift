/// One `mysql-instances` entry: which source a subtask reads and which rules it uses.
public struct MySQLInstanceConfig: Sendable, Hashable {
    public var sourceID: String = ""
    public var meta: BinlogMeta?
    public var filterRules: [String] = []
    public var columnMappingRules: [String] = []
    public var routeRules: [String] = []
    public var expressionFilters: [String] = []
    /// Legacy name of `block-allow-list`.
    public var blackWhiteList: String = ""
    public var blockAllowList: String = ""
    public var mydumperConfigName: String = ""
    public var mydumper: MydumperConfig?
    /// Overrides `threads` of the dump config when non-zero.
    public var mydumperThread: Int = 0
    public var loaderConfigName: String = ""
    public var loader: LoaderConfig?
    /// Overrides `pool-size` of the load config when non-zero.
    public var loaderThread: Int = 0
    public var syncerConfigName: String = ""
    public var syncer: SyncerConfig?
    /// Overrides `worker-count` of the sync config when non-zero.
    public var syncerThread: Int = 0
    public var validatorConfigName: String = ""

    public init() {}

    /// The block-allow list rule name in force (the legacy key is used when the new one is empty).
    public var blockAllowListName: String {
        self.blockAllowList.isEmpty ? self.blackWhiteList : self.blockAllowList
    }
}

extension MySQLInstanceConfig: ConfigSection {
    static let fields: [ConfigField<MySQLInstanceConfig>] = [
        ConfigField("source-id", \.sourceID, default: "", required: true),
        ConfigField("meta", optional: \.meta),
        ConfigField("filter-rules", \.filterRules, default: []),
        ConfigField("column-mapping-rules", \.columnMappingRules, default: []),
        ConfigField("route-rules", \.routeRules, default: []),
        ConfigField("expression-filters", \.expressionFilters, default: []),
        ConfigField("black-white-list", \.blackWhiteList, default: "", support: .deprecated("use block-allow-list")),
        ConfigField("block-allow-list", \.blockAllowList, default: ""),
        ConfigField("mydumper-config-name", \.mydumperConfigName, default: ""),
        ConfigField("mydumper", optional: \.mydumper),
        ConfigField("mydumper-thread", \.mydumperThread, default: 0),
        ConfigField("loader-config-name", \.loaderConfigName, default: ""),
        ConfigField("loader", optional: \.loader),
        ConfigField("loader-thread", \.loaderThread, default: 0),
        ConfigField("syncer-config-name", \.syncerConfigName, default: ""),
        ConfigField("syncer", optional: \.syncer),
        ConfigField("syncer-thread", \.syncerThread, default: 0),
        ConfigField("validator-config-name", \.validatorConfigName, default: ""),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        let pairs: [(String, Bool, String, Bool)] = [
            ("mydumper-config-name", !self.mydumperConfigName.isEmpty, "mydumper", self.mydumper != nil),
            ("loader-config-name", !self.loaderConfigName.isEmpty, "loader", self.loader != nil),
            ("syncer-config-name", !self.syncerConfigName.isEmpty, "syncer", self.syncer != nil),
            ("black-white-list", !self.blackWhiteList.isEmpty, "block-allow-list", !self.blockAllowList.isEmpty),
        ]
        for (nameKey, hasName, inlineKey, hasInline) in pairs where hasName && hasInline {
            context.error("set only one of '\(nameKey)' and '\(inlineKey)'", at: path.appending(inlineKey))
        }
        for (key, value) in [("mydumper-thread", self.mydumperThread), ("loader-thread", self.loaderThread), ("syncer-thread", self.syncerThread)]
        where value < 0 {
            context.error("\(key) must not be negative, got \(value)", at: path.appending(key))
        }
    }
}

/// `meta`: where an incremental task starts when the target holds no checkpoint yet.
public struct BinlogMeta: Sendable, Hashable {
    public var binlogName: String = ""
    public var binlogPos: UInt32 = 4
    public var binlogGTID: String = ""

    public init() {}
}

extension BinlogMeta: ConfigSection {
    static let fields: [ConfigField<BinlogMeta>] = [
        ConfigField("binlog-name", \.binlogName, default: ""),
        ConfigField("binlog-pos", \.binlogPos, default: 4),
        ConfigField("binlog-gtid", \.binlogGTID, default: ""),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        if self.binlogName.isEmpty && self.binlogGTID.isEmpty {
            context.error("meta needs binlog-name (with binlog-pos) or binlog-gtid", at: path)
        }
        if self.binlogPos < 4 {
            context.error("binlog-pos must be at least 4 (the first event follows the 4-byte magic), got \(self.binlogPos)", at: path.appending("binlog-pos"))
        }
    }
}
