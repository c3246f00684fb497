/// The unit settings one subtask runs with, after resolving what DM lets a task say in several
/// ways: a named config (`mydumper-config-name`) or an inline one (`mydumper`), and the
/// `*-thread` aliases that override the thread counts.
public struct SubtaskSettings: Sendable, Hashable {
    public var sourceID: String
    public var mydumper: MydumperConfig
    public var loader: LoaderConfig
    public var syncer: SyncerConfig
    public var validator: ValidatorConfig
    public var meta: BinlogMeta?
}

extension TaskConfig {
    /// The settings of `mysqlInstances[index]`. A loaded task has valid names, so a missing
    /// named config here means the value was built in code; the defaults are used then.
    public func subtaskSettings(_ index: Int) -> SubtaskSettings {
        let instance = self.mysqlInstances[index]
        var mydumper = instance.mydumper ?? self.mydumpers[instance.mydumperConfigName] ?? MydumperConfig()
        var loader = instance.loader ?? self.loaders[instance.loaderConfigName] ?? LoaderConfig()
        var syncer = instance.syncer ?? self.syncers[instance.syncerConfigName] ?? SyncerConfig()
        // DM: "`mydumper-thread` is alias for `threads` ... and its priority is higher".
        if instance.mydumperThread > 0 { mydumper.threads = instance.mydumperThread }
        if instance.loaderThread > 0 { loader.poolSize = instance.loaderThread }
        if instance.syncerThread > 0 { syncer.workerCount = instance.syncerThread }
        return SubtaskSettings(
            sourceID: instance.sourceID, mydumper: mydumper, loader: loader, syncer: syncer,
            validator: self.validators[instance.validatorConfigName] ?? ValidatorConfig(), meta: instance.meta)
    }
}
