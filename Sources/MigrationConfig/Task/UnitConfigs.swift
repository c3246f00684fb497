/// `mydumpers` entry: the dump unit's settings.
public struct MydumperConfig: Sendable, Hashable {
    public var mydumperPath: String = ""
    public var threads: Int = 4
    /// Size of a chunk file in MB (DM writes it as a string).
    public var chunkFilesize: String = "64"
    public var statementSize: Int = 1_000_000
    /// Rows per chunk; when non-zero it overrides `chunk-filesize`.
    public var rows: Int = 0
    public var `where`: String = ""
    public var skipTZUTC: Bool = true
    public var extraArgs: String = ""

    public init() {}
}

extension MydumperConfig: ConfigSection {
    static let fields: [ConfigField<MydumperConfig>] = [
        ConfigField("mydumper-path", \.mydumperPath, default: "", support: .deprecated("the dump unit is built in; no external mydumper is run")),
        ConfigField("threads", \.threads, default: 4),
        ConfigField("chunk-filesize", \.chunkFilesize, default: "64"),
        ConfigField("statement-size", \.statementSize, default: 1_000_000),
        ConfigField("rows", \.rows, default: 0),
        ConfigField("where", \.where, default: ""),
        ConfigField("skip-tz-utc", \.skipTZUTC, default: true),
        ConfigField("extra-args", \.extraArgs, default: "", support: .notYetSupported),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        if self.threads < 1 { context.error("threads must be at least 1, got \(self.threads)", at: path.appending("threads")) }
        if self.rows < 0 { context.error("rows must not be negative", at: path.appending("rows")) }
        if Double(self.chunkFilesize) == nil {
            context.error("chunk-filesize must be a number of MB, got '\(self.chunkFilesize)'", at: path.appending("chunk-filesize"))
        }
    }
}

/// `loaders` entry: the load unit's settings.
public struct LoaderConfig: Sendable, Hashable {
    public var poolSize: Int = 16
    public var dir: String = "./dumped_data"
    public var sortingDirPhysical: String = ""
    public var importMode: ImportMode = .logical
    public var onDuplicate: String = ""
    public var onDuplicateLogical: OnDuplicate = .replace
    public var onDuplicatePhysical: String = "none"
    public var diskQuotaPhysical: String = "0"
    public var checksumPhysical: String = "required"
    public var analyze: String = "optional"
    public var rangeConcurrency: Int = 0
    public var compressKVPairs: String = ""
    public var pdAddr: String = ""

    public init() {}

    public enum ImportMode: String, Sendable, Hashable, CaseIterable, ConfigEnum {
        case logical
        /// Old names of the logical mode.
        case sql, loader
        case physical
    }

    public enum OnDuplicate: String, Sendable, Hashable, CaseIterable, ConfigEnum {
        case replace, ignore, error
    }
}

extension LoaderConfig: ConfigSection {
    static let fields: [ConfigField<LoaderConfig>] = [
        ConfigField("pool-size", \.poolSize, default: 16),
        ConfigField("dir", \.dir, default: "./dumped_data"),
        ConfigField("sorting-dir-physical", \.sortingDirPhysical, default: "", support: .notYetSupported),
        ConfigField("import-mode", \.importMode, default: .logical),
        ConfigField("on-duplicate", \.onDuplicate, default: "", support: .deprecated("use on-duplicate-logical")),
        ConfigField("on-duplicate-logical", \.onDuplicateLogical, default: .replace),
        ConfigField("on-duplicate-physical", \.onDuplicatePhysical, default: "none", support: .notYetSupported),
        ConfigField("disk-quota-physical", \.diskQuotaPhysical, default: "0", support: .notYetSupported),
        ConfigField("checksum-physical", \.checksumPhysical, default: "required", support: .notYetSupported),
        ConfigField("analyze", \.analyze, default: "optional", support: .notYetSupported),
        ConfigField("range-concurrency", \.rangeConcurrency, default: 0, support: .notYetSupported),
        ConfigField("compress-kv-pairs", \.compressKVPairs, default: "", support: .notYetSupported),
        ConfigField("pd-addr", \.pdAddr, default: "", support: .notYetSupported),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        if self.poolSize < 1 { context.error("pool-size must be at least 1, got \(self.poolSize)", at: path.appending("pool-size")) }
        if self.importMode == .physical {
            context.notice("import-mode physical (TiDB Lightning) is not supported; the logical mode is used", at: path.appending("import-mode"))
        }
    }
}

/// `syncers` entry: the sync unit's settings.
public struct SyncerConfig: Sendable, Hashable {
    public var metaFile: String = ""
    public var workerCount: Int = 16
    public var batch: Int = 100
    public var queueSize: Int = 1024
    /// Seconds between checkpoint flushes.
    public var checkpointFlushInterval: Int = 30
    public var compact: Bool = false
    public var multipleRows: Bool = false
    public var maxRetry: Int = 0
    public var autoFixGTID: Bool = false
    public var enableGTID: Bool = false
    public var disableDetect: Bool = false
    public var safeMode: Bool = false
    /// Empty means twice `checkpoint-flush-interval`, as in DM.
    public var safeModeDuration: String = ""
    public var enableANSIQuotes: Bool = false

    public init() {}
}

extension SyncerConfig: ConfigSection {
    static let fields: [ConfigField<SyncerConfig>] = [
        ConfigField("meta-file", \.metaFile, default: "", support: .deprecated("use the task's meta section")),
        ConfigField("worker-count", \.workerCount, default: 16),
        ConfigField("batch", \.batch, default: 100),
        ConfigField("queue-size", \.queueSize, default: 1024),
        ConfigField("checkpoint-flush-interval", \.checkpointFlushInterval, default: 30),
        ConfigField("compact", \.compact, default: false),
        ConfigField("multiple-rows", \.multipleRows, default: false),
        ConfigField("max-retry", \.maxRetry, default: 0, support: .deprecated("retries are automatic")),
        ConfigField("auto-fix-gtid", \.autoFixGTID, default: false, support: .deprecated("set it in the source file")),
        ConfigField("enable-gtid", \.enableGTID, default: false, support: .deprecated("set enable-gtid in the source file")),
        ConfigField("disable-detect", \.disableDetect, default: false, support: .deprecated("causality detection is always on")),
        ConfigField("safe-mode", \.safeMode, default: false),
        ConfigField("safe-mode-duration", \.safeModeDuration, default: ""),
        ConfigField("enable-ansi-quotes", \.enableANSIQuotes, default: false),
    ]

    func validate(at path: ConfigPath, context: DecodeContext) {
        for (key, value) in [("worker-count", self.workerCount), ("batch", self.batch), ("queue-size", self.queueSize)] where value < 1 {
            context.error("\(key) must be at least 1, got \(value)", at: path.appending(key))
        }
        if self.checkpointFlushInterval < 1 {
            context.error("checkpoint-flush-interval must be at least 1 (seconds)", at: path.appending("checkpoint-flush-interval"))
        }
        if !self.safeModeDuration.isEmpty && GoDuration(parsing: self.safeModeDuration) == nil {
            context.error("expected a duration such as 60s or 1m30s, got '\(self.safeModeDuration)'", at: path.appending("safe-mode-duration"))
        }
    }

    /// The automatic safe-mode window after an unclean restart.
    public var effectiveSafeModeDuration: GoDuration {
        GoDuration(parsing: self.safeModeDuration) ?? .seconds(Int64(2 * self.checkpointFlushInterval))
    }

    /// `safe-mode-duration: "0s"`: the user vouches that the target holds exactly what the
    /// start position implies, so no automatic safe mode is needed after a start from `meta`.
    public var noAutomaticSafeMode: Bool {
        !self.safeModeDuration.isEmpty && self.effectiveSafeModeDuration.timeInterval == 0
    }
}

/// `validators` entry: continuous data validation settings.
public struct ValidatorConfig: Sendable, Hashable {
    public var mode: Mode = .none
    public var workerCount: Int = 4
    public var validateInterval = GoDuration.seconds(10)
    public var checkInterval = GoDuration.seconds(5)
    public var rowErrorDelay = GoDuration.minutes(30)
    public var metaFlushInterval = GoDuration.minutes(5)
    public var batchQuerySize: Int = 100
    public var maxPendingRowSize: String = "500m"
    public var maxPendingRowCount: Int = 0x7FFF_FFFF
    public var startTime: String = ""

    public init() {}

    public enum Mode: String, Sendable, Hashable, CaseIterable, ConfigEnum {
        case none, fast, full
    }
}

extension ValidatorConfig: ConfigSection {
    static let fields: [ConfigField<ValidatorConfig>] = [
        ConfigField("mode", \.mode, default: .none, support: .notYetSupported),
        ConfigField("worker-count", \.workerCount, default: 4, support: .notYetSupported),
        ConfigField("validate-interval", \.validateInterval, default: .seconds(10), support: .notYetSupported),
        ConfigField("check-interval", \.checkInterval, default: .seconds(5), support: .notYetSupported),
        ConfigField("row-error-delay", \.rowErrorDelay, default: .minutes(30), support: .notYetSupported),
        ConfigField("meta-flush-interval", \.metaFlushInterval, default: .minutes(5), support: .notYetSupported),
        ConfigField("batch-query-size", \.batchQuerySize, default: 100, support: .notYetSupported),
        ConfigField("max-pending-row-size", \.maxPendingRowSize, default: "500m", support: .notYetSupported),
        ConfigField("max-pending-row-count", \.maxPendingRowCount, default: 0x7FFF_FFFF, support: .notYetSupported),
        ConfigField("start-time", \.startTime, default: "", support: .notYetSupported),
    ]
}
