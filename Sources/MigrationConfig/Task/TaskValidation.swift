/// Checks of a task that involve several sections: rule names that must exist, one source per
/// instance, settings that only make sense together.
struct TaskValidation {
    let task: TaskConfig
    let context: DecodeContext

    /// DM's precheck item names (`ignore-checking-items`).
    static let checkingItems = [
        "all", "dump_privilege", "replication_privilege", "version", "server_id", "binlog_enable", "binlog_format", "binlog_row_image",
        "binlog_db", "table_schema", "schema_of_shard_tables", "auto_increment_ID", "online_ddl", "conn_number", "target_privilege",
        "meta_position", "empty_region", "region_distribution", "downstream_version", "free_space", "downstream_mutex_features",
    ]

    func run() {
        let top = ConfigPath()
        if self.task.name.isEmpty && self.context.mark(of: top.appending("name")) != nil {
            self.context.error("name must not be empty", at: top.appending("name"))
        }
        if !self.task.blackWhiteList.isEmpty && !self.task.blockAllowList.isEmpty {
            self.context.error("set only one of 'black-white-list' (deprecated) and 'block-allow-list'", at: top.appending("black-white-list"))
        }
        if self.task.mysqlInstances.isEmpty && self.context.mark(of: top.appending("mysql-instances")) != nil {
            self.context.error("at least one source is needed", at: top.appending("mysql-instances"))
        }
        if self.task.shardMode == .optimistic {
            self.context.notice("shard-mode optimistic is not yet supported; the task will be refused when started", at: top.appending("shard-mode"))
        }
        for (index, item) in self.task.ignoreCheckingItems.enumerated() where !Self.checkingItems.contains(item) {
            var message = "unknown checking item '\(item)'"
            if let nearest = NearestKey.suggestion(for: item, among: Self.checkingItems) { message += "; did you mean '\(nearest)'?" }
            self.context.error(message, at: top.appending("ignore-checking-items").appending(index: index))
        }
        self.checkInstances()
    }

    private func checkInstances() {
        var seen: [String: Int] = [:]
        let instancesPath = ConfigPath().appending("mysql-instances")
        for (index, instance) in self.task.mysqlInstances.enumerated() {
            let path = instancesPath.appending(index: index)
            if let first = seen[instance.sourceID] {
                self.context.error("source-id '\(instance.sourceID)' is already used by mysql-instances[\(first)]", at: path.appending("source-id"))
            } else {
                seen[instance.sourceID] = index
            }
            self.checkNames(instance.routeRules, key: "route-rules", section: "routes", defined: Array(self.task.routes.keys), at: path)
            self.checkNames(instance.filterRules, key: "filter-rules", section: "filters", defined: Array(self.task.filters.keys), at: path)
            self.checkNames(
                instance.columnMappingRules, key: "column-mapping-rules", section: "column-mappings", defined: Array(self.task.columnMappings.keys), at: path)
            self.checkNames(
                instance.expressionFilters, key: "expression-filters", section: "expression-filter", defined: Array(self.task.expressionFilter.keys),
                at: path)
            let listKey = instance.blockAllowList.isEmpty ? "black-white-list" : "block-allow-list"
            let listSection = self.task.blockAllowList.isEmpty && !self.task.blackWhiteList.isEmpty ? "black-white-list" : "block-allow-list"
            self.checkName(instance.blockAllowListName, key: listKey, section: listSection, defined: Array(self.task.blockAllowListRules.keys), at: path)
            self.checkName(instance.mydumperConfigName, key: "mydumper-config-name", section: "mydumpers", defined: Array(self.task.mydumpers.keys), at: path)
            self.checkName(instance.loaderConfigName, key: "loader-config-name", section: "loaders", defined: Array(self.task.loaders.keys), at: path)
            self.checkName(instance.syncerConfigName, key: "syncer-config-name", section: "syncers", defined: Array(self.task.syncers.keys), at: path)
            self.checkName(
                instance.validatorConfigName, key: "validator-config-name", section: "validators", defined: Array(self.task.validators.keys), at: path)
            if self.task.taskMode == .incremental, instance.meta == nil {
                self.context.notice(
                    "no meta: an incremental task with no checkpoint in the target starts from the source's current binlog position",
                    at: path.appending("meta"))
            }
        }
    }

    private func checkNames(_ names: [String], key: String, section: String, defined: [String], at path: ConfigPath) {
        for (index, name) in names.enumerated() {
            self.checkName(name, key: key, section: section, defined: defined, at: path, itemPath: path.appending(key).appending(index: index))
        }
    }

    private func checkName(_ name: String, key: String, section: String, defined: [String], at path: ConfigPath, itemPath: ConfigPath? = nil) {
        guard !name.isEmpty, !defined.contains(name) else { return }
        var message = "\(key) names '\(name)', which is not defined in '\(section)'"
        if let nearest = NearestKey.suggestion(for: name, among: defined) {
            message += "; did you mean '\(nearest)'?"
        } else if defined.isEmpty {
            message += " (the section is empty)"
        } else {
            message += " (defined: \(defined.sorted().joined(separator: ", ")))"
        }
        self.context.error(message, at: itemPath ?? path.appending(key))
    }
}
