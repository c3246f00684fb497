import Foundation
import Testing

@testable import MigrationConfig

/// DM's own example files (`../shared/fixtures/dm-config/`) load, every key they set is in the
/// parsed value, and export → load gives the same value.
@Suite struct DMFixtureTests {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/MigrationConfigTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .appendingPathComponent("../shared/fixtures/dm-config")
        .standardizedFileURL

    static func path(_ name: String) -> String { Self.directory.appendingPathComponent(name).path }

    @Test func exampleTaskLoadsWithEveryKey() throws {
        let task = try ConfigLoader.loadTask(path: Self.path("dm-example-task.yaml")).value
        #expect(task.name == "test")
        #expect(task.taskMode == .all)
        #expect(task.isSharding)
        #expect(task.metaSchema == "dm_meta")
        #expect(!task.enableHeartbeat)
        #expect(task.targetDatabase.host == "192.168.0.1")
        #expect(task.targetDatabase.port == 4000)
        #expect(task.targetDatabase.user == "root")
        #expect(task.targetDatabase.password.plaintext == "")
        #expect(task.mysqlInstances.count == 2)
        let first = task.mysqlInstances[0]
        #expect(first.sourceID == "instance118-4306")
        #expect(first.meta?.binlogName == "mysql-bin.000001")
        #expect(first.meta?.binlogPos == 4)
        #expect(first.routeRules == ["user-route-rules-schema", "user-route-rules"])
        #expect(first.filterRules == ["user-filter-1", "user-filter-2"])
        #expect(first.blockAllowList == "instance")
        #expect(first.mydumperConfigName == "global")
        #expect(first.loaderConfigName == "global")
        #expect(first.syncerConfigName == "global")
        let second = task.mysqlInstances[1]
        #expect(second.meta?.binlogPos == 320)
        #expect(second.filterRules == ["user-filter-2"])
        #expect(second.mydumper?.threads == 4)
        #expect(second.mydumper?.chunkFilesize == "64")
        #expect(second.mydumper?.skipTZUTC == true)
        #expect(second.loader?.poolSize == 16)
        #expect(second.loader?.dir == "./dumped_data")
        #expect(second.syncer?.workerCount == 16)
        #expect(second.syncer?.batch == 100)

        #expect(task.routes["user-route-rules-schema"] == RouteRuleConfig(schemaPattern: "test_*", targetSchema: "test"))
        #expect(task.routes["user-route-rules"] == RouteRuleConfig(schemaPattern: "test_*", tablePattern: "t_*", targetSchema: "test", targetTable: "t"))
        let filter1 = try #require(task.filters["user-filter-1"])
        #expect(filter1.schemaPattern == "test_*")
        #expect(filter1.tablePattern == "t_*")
        #expect(filter1.events == [.truncateTable, .dropTable])
        #expect(filter1.sqlPattern == ["^DROP\\s+PROCEDURE", "^CREATE\\s+PROCEDURE"])
        #expect(filter1.action == .ignore)
        #expect(task.filters["user-filter-2"] == EventFilterRuleConfig(schemaPattern: "test_*", events: [.allDML], action: .do))
        let list = try #require(task.blockAllowList["instance"])
        #expect(list.doDBs == ["~^test.*", "do"])
        #expect(list.ignoreDBs == ["mysql", "ignored"])
        #expect(list.doTables == [TableNamePattern(dbName: "~^test.*", tableName: "~^t.*"), TableNamePattern(dbName: "do", tableName: "do")])
        #expect(list.ignoreTables == [TableNamePattern(dbName: "test", tableName: "log")])
        #expect(task.mydumpers["global"]?.extraArgs == "-B test -T t1,t2 --consistency none")
        #expect(task.loaders["global"]?.poolSize == 16)
        #expect(task.syncers["global"]?.workerCount == 16)
        // Defaults for what the file leaves out.
        #expect(task.cleanDumpFile)
        #expect(task.shardMode == .none)
        #expect(task.heartbeatUpdateInterval == 1)
        #expect(task.syncers["global"]?.checkpointFlushInterval == 30)
    }

    @Test func allKeysTaskLoadsWithEveryKey() throws {
        let loaded = try ConfigLoader.loadTask(path: Self.path("dm-example-task-all-keys.yaml"))
        let task = loaded.value
        #expect(task.name == "test")
        #expect(task.shardMode == .pessimistic)
        #expect(!task.strictOptimisticShardMode)
        #expect(task.ignoreCheckingItems.isEmpty)
        #expect(task.heartbeatReportInterval == 10)
        #expect(task.timezone == "")
        #expect(task.collationCompatible == .loose)
        #expect(task.targetDatabase.port == 4000)
        #expect(task.targetDatabase.password.written == "******")
        #expect(task.targetDatabase.maxAllowedPacket == nil)
        #expect(task.targetDatabase.session == ["tidb_txn_mode": "optimistic"])
        #expect(task.targetDatabase.security == nil)
        #expect(task.mysqlInstances.map(\.sourceID) == ["mysql-replica-01", "mysql-replica-02"])
        let instance = task.mysqlInstances[1]
        #expect(instance.meta == nil)
        #expect(instance.filterRules == ["filter-02"])
        #expect(instance.routeRules == ["route-01", "route-02"])
        #expect(instance.blackWhiteList == "")
        #expect(instance.blockAllowList == "balist-01")
        #expect(instance.validatorConfigName == "validator-01")
        #expect(instance.mydumperThread == 0)
        #expect(task.onlineDDL)
        #expect(task.routes["route-01"]?.targetTable == "t_target")
        #expect(task.routes["route-02"]?.tablePattern == "")
        #expect(task.filters["filter-02"]?.sqlPattern == ["alter table .* add column aaa int"])
        #expect(task.filters["filter-01"]?.events == [.all])
        #expect(task.columnMappings.isEmpty)
        #expect(task.blockAllowList["balist-01"]?.doTables.first == TableNamePattern(dbName: "dmctl", tableName: "~^t_[\\d]+"))
        let dump = try #require(task.mydumpers["dump-01"])
        #expect(dump.mydumperPath == "./bin/mydumper")
        #expect(dump.statementSize == 0)
        let load = try #require(task.loaders["load-01"])
        #expect(load.sortingDirPhysical == "./dumped_data.test.sorting")
        #expect(load.importMode == .logical)
        #expect(load.onDuplicateLogical == .replace)
        #expect(load.checksumPhysical == "required")
        let sync = try #require(task.syncers["sync-01"])
        #expect(sync.checkpointFlushInterval == 1)
        #expect(sync.compact && sync.multipleRows)
        #expect(sync.safeModeDuration == "60s")
        let validator = try #require(task.validators["validator-01"])
        #expect(validator.rowErrorDelay == .minutes(30))
        #expect(validator.maxPendingRowSize == "500m")
        #expect(validator.maxPendingRowCount == 2_147_483_647)
        #expect(task.experimental.asyncCheckpointFlush == false)
        #expect(!task.ansiQuotes && !task.removeMeta && task.cleanDumpFile)
        // Keys set to values this project does not act on are reported, not dropped.
        #expect(loaded.notices.contains { $0.path.description == "online-ddl" && $0.message.contains("not yet supported") })
        #expect(loaded.notices.contains { $0.path.description == "is-sharding" && $0.message.contains("deprecated") })
    }

    @Test func exampleSourceLoads() throws {
        let source = try ConfigLoader.loadSource(path: Self.path("dm-example-source.yaml")).value
        #expect(source.serverID == 101)
        #expect(source.sourceID == "mysql-replica-01")
        #expect(source.flavor == .mysql)
        #expect(!source.enableRelay && !source.enableGTID && source.enable)
        #expect(source.from.host == "127.0.0.1")
        #expect(source.from.user == "root")
        #expect(source.from.password.plaintext == "123456")
        #expect(source.from.port == 3306)
        #expect(source.purge == PurgeConfig())
        #expect(source.checker.backoffMax == .minutes(5))
    }

    @Test func allKeysSourceLoads() throws {
        let source = try ConfigLoader.loadSource(path: Self.path("dm-example-source-all-keys.yaml")).value
        #expect(source.relayDir == "/tmp/dm_test/dmctl_basic/worker1/relay_log")
        #expect(source.serverID == 111_111_111)
        #expect(source.purge.remainSpace == 15)
        #expect(source.checker.checkInterval == .seconds(5))
        #expect(source.checker.backoffFactor == 2)
        #expect(source.checker.backoffJitter)
        #expect(source.filters.count == 2)
        #expect(source.filters[1].tablePattern == "t_2")
        #expect(source.filters[1].action == .ignore)
        #expect(source.tracer.isEmpty)
    }

    static let taskFiles = ["dm-example-task.yaml", "dm-example-task-all-keys.yaml"]
    static let sourceFiles = ["dm-example-source.yaml", "dm-example-source-all-keys.yaml"]

    @Test(arguments: taskFiles) func taskExportRoundTrips(_ name: String) throws {
        let task = try ConfigLoader.loadTask(path: Self.path(name)).value
        let yaml = try task.exportYAML(ExportOptions(maskSecrets: false))
        let again = try ConfigLoader.loadTask(yaml: yaml, file: "export of \(name)").value
        #expect(again == task)
        // And the export of the export is the same text: the normal form is stable.
        #expect(try again.exportYAML(ExportOptions(maskSecrets: false)) == yaml)
    }

    @Test(arguments: sourceFiles) func sourceExportRoundTrips(_ name: String) throws {
        let source = try ConfigLoader.loadSource(path: Self.path(name)).value
        let yaml = try source.exportYAML(ExportOptions(maskSecrets: false))
        let again = try ConfigLoader.loadSource(yaml: yaml, file: "export of \(name)").value
        #expect(again == source)
    }

    @Test func maskedExportHidesPasswords() throws {
        let source = try ConfigLoader.loadSource(path: Self.path("dm-example-source.yaml")).value
        let yaml = try source.exportYAML()
        #expect(!yaml.contains("123456"))
        #expect(yaml.contains("password: '******'"))
        #expect(!"\(source)".contains("123456"))
        #expect(!String(reflecting: source.from.password).contains("123456"))
    }
}

@Suite struct SubtaskSettingsTests {
    @Test func namedInlineAndThreadAliasesResolve() throws {
        let yaml = """
            name: t
            task-mode: all
            target-database: {host: h, user: u}
            mysql-instances:
              - source-id: named
                mydumper-config-name: global
                syncer-config-name: global
                syncer-thread: 32
              - source-id: inline
                loader: {pool-size: 3, dir: ./x}
                mydumper-thread: 9
              - source-id: defaults
            mydumpers:
              global: {threads: 2, rows: 1000}
            syncers:
              global: {worker-count: 4, batch: 7}

            """
        let task = try ConfigLoader.loadTask(yaml: yaml).value
        let named = task.subtaskSettings(0)
        #expect(named.mydumper.threads == 2 && named.mydumper.rows == 1000)
        #expect(named.syncer.workerCount == 32 && named.syncer.batch == 7)
        let inline = task.subtaskSettings(1)
        #expect(inline.loader.poolSize == 3 && inline.loader.dir == "./x")
        #expect(inline.mydumper.threads == 9)
        let defaults = task.subtaskSettings(2)
        #expect(defaults.mydumper == MydumperConfig() && defaults.loader == LoaderConfig() && defaults.syncer == SyncerConfig())
    }
}
