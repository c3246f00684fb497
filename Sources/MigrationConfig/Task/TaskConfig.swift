/// A DM task file: what to migrate from which sources into which target, with which rules.
/// Every key of DM's format is here with DM's default, so a DM task file loads unchanged.
public struct TaskConfig: Sendable, Hashable {
    public var name: String = ""
    public var taskMode: TaskMode = .all
    public var isSharding: Bool = false
    public var shardMode: ShardMode = .none
    public var strictOptimisticShardMode: Bool = false
    public var ignoreCheckingItems: [String] = []
    public var metaSchema: String = "dm_meta"
    public var enableHeartbeat: Bool = false
    /// Seconds.
    public var heartbeatUpdateInterval: Int = 1
    /// Seconds.
    public var heartbeatReportInterval: Int = 10
    public var timezone: String = ""
    public var caseSensitive: Bool = false
    public var collationCompatible: CollationCompatible = .loose
    public var targetDatabase = DatabaseConfig()
    public var mysqlInstances: [MySQLInstanceConfig] = []
    public var onlineDDL: Bool = false
    public var shadowTableRules: [String] = []
    public var trashTableRules: [String] = []
    public var onlineDDLScheme: String = ""
    public var routes: [String: RouteRuleConfig] = [:]
    public var filters: [String: EventFilterRuleConfig] = [:]
    public var columnMappings: [String: ColumnMappingRuleConfig] = [:]
    public var expressionFilter: [String: ExpressionFilterConfig] = [:]
    /// Legacy name of `blockAllowList`.
    public var blackWhiteList: [String: BlockAllowListConfig] = [:]
    public var blockAllowList: [String: BlockAllowListConfig] = [:]
    public var mydumpers: [String: MydumperConfig] = [:]
    public var loaders: [String: LoaderConfig] = [:]
    public var syncers: [String: SyncerConfig] = [:]
    public var validators: [String: ValidatorConfig] = [:]
    public var cleanDumpFile: Bool = true
    public var ansiQuotes: Bool = false
    public var removeMeta: Bool = false
    public var experimental = Experimental()

    public init() {}

    public enum TaskMode: String, Sendable, Hashable, CaseIterable, ConfigEnum {
        case full, incremental, all
    }

    public enum ShardMode: String, Sendable, Hashable, CaseIterable, ConfigEnum {
        case none = ""
        case pessimistic, optimistic
    }

    public enum CollationCompatible: String, Sendable, Hashable, CaseIterable, ConfigEnum {
        case loose, strict
    }

    public struct Experimental: Sendable, Hashable, ConfigSection {
        public var asyncCheckpointFlush: Bool = false
        public init() {}

        static let fields: [ConfigField<Experimental>] = [
            ConfigField("async-checkpoint-flush", \.asyncCheckpointFlush, default: false, support: .notYetSupported)
        ]
    }
}

extension TaskConfig: ConfigSection {
    static let fields: [ConfigField<TaskConfig>] = [
        ConfigField("name", \.name, default: "", required: true),
        ConfigField("task-mode", \.taskMode, default: .all, required: true),
        ConfigField("is-sharding", \.isSharding, default: false, support: .deprecated("use shard-mode")),
        ConfigField("shard-mode", \.shardMode, default: .none),
        ConfigField("strict-optimistic-shard-mode", \.strictOptimisticShardMode, default: false, support: .notYetSupported),
        ConfigField("ignore-checking-items", \.ignoreCheckingItems, default: []),
        ConfigField("meta-schema", \.metaSchema, default: "dm_meta"),
        ConfigField("enable-heartbeat", \.enableHeartbeat, default: false),
        ConfigField("heartbeat-update-interval", \.heartbeatUpdateInterval, default: 1),
        ConfigField("heartbeat-report-interval", \.heartbeatReportInterval, default: 10),
        ConfigField("timezone", \.timezone, default: ""),
        ConfigField("case-sensitive", \.caseSensitive, default: false),
        ConfigField("collation_compatible", \.collationCompatible, default: .loose),
        ConfigField("target-database", \.targetDatabase, default: DatabaseConfig(), required: true),
        ConfigField("mysql-instances", \.mysqlInstances, default: [], required: true),
        ConfigField("online-ddl", \.onlineDDL, default: false, support: .notYetSupported),
        ConfigField("shadow-table-rules", \.shadowTableRules, default: [], support: .notYetSupported),
        ConfigField("trash-table-rules", \.trashTableRules, default: [], support: .notYetSupported),
        ConfigField("online-ddl-scheme", \.onlineDDLScheme, default: "", support: .notYetSupported),
        ConfigField("routes", \.routes, default: [:]),
        ConfigField("filters", \.filters, default: [:]),
        ConfigField("column-mappings", \.columnMappings, default: [:]),
        ConfigField("expression-filter", \.expressionFilter, default: [:]),
        ConfigField("black-white-list", \.blackWhiteList, default: [:], support: .deprecated("use block-allow-list")),
        ConfigField("block-allow-list", \.blockAllowList, default: [:]),
        ConfigField("mydumpers", \.mydumpers, default: [:]),
        ConfigField("loaders", \.loaders, default: [:]),
        ConfigField("syncers", \.syncers, default: [:]),
        ConfigField("validators", \.validators, default: [:]),
        ConfigField("clean-dump-file", \.cleanDumpFile, default: true),
        ConfigField("ansi-quotes", \.ansiQuotes, default: false),
        ConfigField("remove-meta", \.removeMeta, default: false),
        ConfigField("experimental", \.experimental, default: Experimental()),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        TaskValidation(task: self, context: context).run()
    }

    /// The block-allow list rules in force (the legacy section is used when the new one is empty).
    public var blockAllowListRules: [String: BlockAllowListConfig] {
        self.blockAllowList.isEmpty ? self.blackWhiteList : self.blockAllowList
    }
}
