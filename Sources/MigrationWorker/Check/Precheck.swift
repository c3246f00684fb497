import MigrationConfig
import MySQLClient

/// DM's precheck before a task starts (`dm check`, and `dm run` before it runs): connections
/// and privileges on the sources and the target, the sources' binlog settings, server ids and
/// versions, table keys and charsets, and for merged shards equal columns and auto-increment
/// values that cannot collide. Items named in `ignore-checking-items` are left out (`all`:
/// every item but the connections).
public struct Precheck: Sendable {
    public let task: TaskConfig
    public let sources: [SourceConfig]

    public init(task: TaskConfig, sources: [SourceConfig]) {
        self.task = task
        self.sources = sources
    }

    public func run() async -> [PrecheckResult] {
        var results: [PrecheckResult] = []
        var tables: [TablePrecheck.SourceTables] = []
        var targetCharsets: Set<String> = []
        let targetConnector = ServerConnector(self.task.targetDatabase, role: "target")
        do {
            let target = try await targetConnector.connect()
            defer { Task { try? await target.close() } }
            results.append(PrecheckResult(item: "connection", subject: "target", state: .success, message: "\(self.task.targetDatabase.host):\(self.task.targetDatabase.port)"))
            let missing = try await ServerPrivileges.load(target).missing(
                ["SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "INDEX"], schemaLevel: true)
            results.append(PrecheckResult(
                item: "target_privilege", subject: "target", state: missing.isEmpty ? .success : .failure,
                message: missing.isEmpty ? "SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX" : "the account lacks \(missing.joined(separator: ", "))",
                instruction: missing.isEmpty ? "" : "GRANT ALL PRIVILEGES ON *.* TO the target user (or on the target schemas and \(self.task.metaSchema))"))
            targetCharsets = Set(try await target.query("SELECT CHARACTER_SET_NAME FROM information_schema.CHARACTER_SETS").rows.map { try $0[0].string?.lowercased() ?? "" })
        } catch {
            results.append(Self.unreachable("target", error, fix: "check target-database in the task file and that the server runs"))
        }
        for instance in self.task.mysqlInstances {
            let subject = "source \(instance.sourceID)"
            guard let source = self.sources.first(where: { $0.sourceID == instance.sourceID }) else {
                results.append(PrecheckResult(item: "connection", subject: subject, state: .failure, message: "no source file defines \(instance.sourceID)",
                                              instruction: "pass its source file with --source"))
                continue
            }
            do {
                let connection = try await ServerConnector(source.from, role: subject).connect()
                defer { Task { try? await connection.close() } }
                results.append(PrecheckResult(item: "connection", subject: subject, state: .success, message: "\(source.from.host):\(source.from.port)"))
                results += try await SourcePrecheck(subject: subject, task: self.task, source: source, connection: connection).run()
                let setup = try SubtaskSetup(task: self.task, source: source)
                let found = try await TableDiscovery(rules: setup.rules, metaSchema: self.task.metaSchema).discover(on: connection)
                var loaded = try await TablePrecheck.load(subject: subject, tables: found, on: connection)
                loaded.columnMapped = !instance.columnMappingRules.isEmpty
                tables.append(loaded)
                results += TablePrecheck.tableSchema(loaded, targetCharsets: targetCharsets)
            } catch {
                results.append(Self.unreachable(subject, error, fix: "check the source file's from: section and that the server runs"))
            }
        }
        results += TablePrecheck.shardChecks(tables)
        let ignored = Set(self.task.ignoreCheckingItems)
        return results.filter { $0.item == "connection" || !(ignored.contains("all") || ignored.contains($0.item)) }
    }

    private static func unreachable(_ subject: String, _ error: any Error, fix: String) -> PrecheckResult {
        PrecheckResult(item: "connection", subject: subject, state: .failure, message: "\(error)", instruction: fix)
    }
}
