import Foundation
import MariaDBHarness
import Testing

/// What `dm run` writes for machines: `--log-format json` into `--log-file`, one JSON object
/// per line, with the status document in the progress lines.
@Suite(.serialized, .timeLimit(.minutes(10))) struct RunOutputTests {
    @Test func jsonLogFileCarriesTheStatus() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app; CREATE TABLE app.t (id INT PRIMARY KEY, v VARCHAR(10))")
            try source.cli("INSERT INTO t SELECT seq, 'v' FROM seq_1_to_2000", database: "app")
            let (directory, sourceFile, taskFile) = try MigrationFiles.workDirectory("run-output", source: source, id: "s1")
            defer { try? FileManager.default.removeItem(at: directory) }
            let logFile = directory.appendingPathComponent("dm.jsonl")
            try MigrationFiles.taskYAML(name: "json", target: target, databases: ["app"], sourceID: "s1")
                .write(to: taskFile, atomically: true, encoding: .utf8)
            let run = try DMProcess(
                ["run", "--log-format", "json", "--log-file", logFile.path, "--status-addr", "off", "--source", sourceFile.path, taskFile.path],
                workDirectory: directory
            ).wait()
            #expect(run.status == 0, "\(run.output)")
            // Nothing on standard error: it all went to the file.
            #expect(run.output.isEmpty, "\(run.output)")
            let lines = try String(contentsOf: logFile, encoding: .utf8).split(separator: "\n")
            let objects = try lines.map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
            }
            #expect(!objects.isEmpty && objects.allSatisfy { $0["time"] is String && $0["level"] is String && $0["msg"] is String })
            let last = try #require(objects.last { ($0["msg"] as? String) == "status" })
            let subtasks = try #require((last["status"] as? [String: Any])?["subtasks"] as? [[String: Any]])
            let load = try #require(subtasks.first?["load"] as? [String: Any])
            #expect(subtasks.first?["source"] as? String == "s1")
            #expect(load["finished"] as? Bool == true && load["rows"] as? Int == 2000)
            #expect(try target.cli("SELECT COUNT(*) FROM app.t") == "2000")
        }
    }
}
