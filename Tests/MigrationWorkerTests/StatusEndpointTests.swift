import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The status endpoint of `dm run`: the sync's state as JSON, Prometheus metrics, and a page.
@Suite(.serialized, .timeLimit(.minutes(10))) struct StatusEndpointTests {
    static func get(_ port: Int, _ path: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func statusMetricsAndPageFollowTheSync() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app; CREATE TABLE app.kv (id INT PRIMARY KEY, v INT)")
            let task = try ConfigLoader.loadTask(yaml: MigrationFiles.taskYAML(name: "web", target: target, databases: ["app"], sourceID: "s1")
                .replacingOccurrences(of: "task-mode: full", with: "task-mode: all")).value
            let run = try TaskRun(task: task, sources: [try MigrationFiles.source(source, id: "s1")])
            let server = try await StatusServer.start(host: "127.0.0.1", port: 0, respond: StatusServer.routes(run))
            let running = Task { try await run.run() }
            defer { running.cancel() }
            #expect(try await SyncRestartTests.waitForCatchUp(run.subtasks[0].sync!, source: source, seconds: 60))
            try source.cli("INSERT INTO kv SELECT seq, seq FROM seq_1_to_500", database: "app")
            #expect(try await SyncRestartTests.waitForCatchUp(run.subtasks[0].sync!, source: source, seconds: 60))

            let (code, body) = try await Self.get(server.port, "/status")
            #expect(code == 200)
            let report = try JSONDecoder.snakeCase.decode(TaskStatusReport.self, from: Data(body.utf8))
            #expect(report.task == "web" && report.taskMode == "all")
            let sync = try #require(report.subtasks.first?.sync)
            #expect(report.subtasks.first?.stage == "sync" && report.subtasks.first?.source == "s1")
            #expect(sync.rows == 500 && sync.committedPosition != nil)
            #expect(report.subtasks.first?.load?.finished == true)

            let (_, metrics) = try await Self.get(server.port, "/metrics")
            #expect(metrics.contains("# TYPE dm_sync_rows_total counter"))
            #expect(metrics.contains("dm_sync_rows_total{task=\"web\",source=\"s1\"} 500"))
            #expect(metrics.contains("dm_load_finished{task=\"web\",source=\"s1\"} 1"))
            #expect(metrics.contains("dm_sync_committed_binlog_position{task=\"web\",source=\"s1\",binlog_file=\""))

            let (_, page) = try await Self.get(server.port, "/")
            #expect(page.contains("<h1>task web (all)</h1>") && page.contains("500 rows"))
            let (missing, _) = try await Self.get(server.port, "/nothing")
            #expect(missing == 404)
            await server.stop()
            running.cancel()
            _ = await running.result
        }
    }
}

extension JSONDecoder {
    static var snakeCase: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
