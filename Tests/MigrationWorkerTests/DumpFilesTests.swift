import Foundation
import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

/// The dump unit writing mydumper's layout, read back by the load unit and by myloader, and
/// the load unit reading mydumper's own output.
@Suite(.serialized, .timeLimit(.minutes(10))) struct DumpFilesTests {
    static func fill(_ source: MariaDBServer) throws {
        try source.cli("CREATE DATABASE files CHARACTER SET latin1")
        try source.cli("""
            CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(30) CHARACTER SET latin1, blob_v BLOB, utf VARCHAR(20) CHARACTER SET utf8mb4,
              d DATETIME(6), n DECIMAL(20,6), total INT AS (id * 2) STORED);
            INSERT INTO t (id, name, blob_v, utf, d, n) SELECT seq, CONCAT('caf', CHAR(0xE9), ' ', seq, IF(seq % 5 = 0, '\\'q\\\\\\n', '')),
              IF(seq % 3 = 0, NULL, UNHEX(SHA2(seq, 256))), CONCAT('😀 ', seq), '2024-02-29 12:34:56.123456' + INTERVAL seq SECOND,
              seq / 7 FROM seq_1_to_20000;
            CREATE TABLE bare (a INT, b TEXT);
            INSERT INTO bare VALUES (1, 'one'), (1, 'one'), (NULL, '');
            """, database: "files")
    }

    static func checksums(_ server: MariaDBServer, database: String = "files") throws -> String {
        try server.cli("CHECKSUM TABLE \(database).t, \(database).bare EXTENDED").replacingOccurrences(of: database + ".", with: "")
    }

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dump-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test(arguments: [false, true])
    func dumpThenLoad(compress: Bool) async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try Self.fill(source)
            let directory = try Self.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let task = try MigrationFiles.task(name: "files", target: target, databases: ["files"], rows: 3000)
            let sourceConfig = try MigrationFiles.source(source)
            let position = try await FileDump(task: task, source: sourceConfig, directory: directory.path, compress: compress).run()
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            let suffix = compress ? ".sql.gz" : ".sql"
            #expect(names.contains("files-schema-create.sql"))
            #expect(names.contains("files.t-schema.sql"))
            #expect(names.contains("files.t.00000\(suffix)") && names.contains("files.t.00006\(suffix)") && !names.contains("files.t.00007\(suffix)"))
            #expect(names.contains("files.bare.00000\(suffix)"))
            let metadata = try String(contentsOf: directory.appendingPathComponent("metadata"), encoding: .utf8)
            #expect(metadata.contains("\tLog: \(position?.file ?? "?")\n\tPos: \(position?.position ?? 0)\n"))

            let loaded = try await FileLoad(task: task, source: sourceConfig, directory: directory.path).run()
            #expect(loaded == position)
            #expect(try Self.checksums(target) == Self.checksums(source))
            // clean-dump-file is on by default: the directory is gone after the load.
            #expect(!FileManager.default.fileExists(atPath: directory.path))
        }
    }

    @Test func myloaderReadsOurDumpAndWeReadMydumpers() async throws {
        try await withMariaDB(count: 3) { servers in
            let (source, target, other) = (servers[0], servers[1], servers[2])
            try Self.fill(source)
            let ours = try Self.temporaryDirectory()
            let theirs = try Self.temporaryDirectory()
            defer {
                try? FileManager.default.removeItem(at: ours)
                try? FileManager.default.removeItem(at: theirs)
            }
            let sourceConfig = try MigrationFiles.source(source)
            let task = try MigrationFiles.task(name: "files", target: target, databases: ["files"], rows: 3000)
            _ = try await FileDump(task: task, source: sourceConfig, directory: ours.path, compress: true).run()

            let myloader = try MariaDBExecutables.find(["myloader"], hint: "apt-get install mydumper")
            let mydumper = try MariaDBExecutables.find(["mydumper"], hint: "apt-get install mydumper")
            try Self.run(myloader, ["--host", target.host, "--port", "\(target.port)", "--user", target.user, "--directory", ours.path, "--threads", "1"])
            #expect(try Self.checksums(target) == Self.checksums(source))

            try FileManager.default.removeItem(at: theirs)
            try Self.run(mydumper, [
                "--host", source.host, "--port", "\(source.port)", "--user", source.user, "--database", "files", "--outputdir", theirs.path,
                "--rows", "5000", "--threads", "2",
            ])
            let otherTask = try MigrationFiles.task(name: "theirs", target: other, databases: ["files"])
            _ = try await FileLoad(task: otherTask, source: sourceConfig, directory: theirs.path).run()
            #expect(try Self.checksums(other) == Self.checksums(source))
        }
    }

    /// Output goes to a file, not a pipe: a server another test starts meanwhile would inherit
    /// the pipe's write end and keep it open, so reading to its end would never return.
    static func run(_ executable: String, _ arguments: [String]) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString.prefix(8)).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw DMProcessError("\(executable) failed (\(process.terminationStatus)): \(output)")
        }
    }
}
