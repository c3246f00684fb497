import Foundation
import MariaDBHarness
import MigrationWorker
import Testing

/// Every column type and edge value, a keyless table, a composite non-integer key, an empty
/// table and a 1M-row table: after the migration, CHECKSUM TABLE and a row-by-row comparison
/// agree on every table.
@Suite(.serialized, .timeLimit(.minutes(15))) struct EdgeValueMigrationTests {
    @Test func streamedLoadKeepsEveryValue() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE edge")
            try EdgeValueFixture.install(on: source, database: "edge")
            try EdgeValueFixture.installLarge(on: source, database: "edge", rows: 1_000_000)
            let task = try MigrationFiles.task(name: "edge", target: target, databases: ["edge"], rows: 100_000)
            let migration = try FullMigration(task: task, source: try MigrationFiles.source(source))
            _ = try await migration.run()
            let differences = try await compareDatabases(source: source, sourceDatabase: "edge", target: target, targetDatabase: "edge")
            #expect(differences == [])
            #expect(migration.progress.report().rows == 1_000_000 + Int(try source.cli(
                "SELECT (SELECT COUNT(*) FROM edge.all_types) + (SELECT COUNT(*) FROM edge.no_key) + (SELECT COUNT(*) FROM edge.composite_key) + (SELECT COUNT(*) FROM edge.unique_only)"))!)
        }
    }

    @Test func filesKeepEveryValue() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE edge")
            try EdgeValueFixture.install(on: source, database: "edge")
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("edge-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: directory) }
            let task = try MigrationFiles.task(name: "edge", target: target, databases: ["edge"], rows: 700)
            let sourceConfig = try MigrationFiles.source(source)
            _ = try await FileDump(task: task, source: sourceConfig, directory: directory.path, compress: true).run()
            _ = try await FileLoad(task: task, source: sourceConfig, directory: directory.path).run()
            let differences = try await compareDatabases(source: source, sourceDatabase: "edge", target: target, targetDatabase: "edge")
            #expect(differences == [])
        }
    }
}

/// A target that refuses LOCAL INFILE gets multi-row INSERTs, with the same exactness.
@Suite(.serialized, .timeLimit(.minutes(10))) struct InsertFallbackTests {
    @Test func targetWithoutLocalInfileGetsInserts() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try target.cli("SET GLOBAL local_infile = 0; SET GLOBAL max_allowed_packet = 4194304")
            try source.cli("CREATE DATABASE edge")
            try EdgeValueFixture.install(on: source, database: "edge")
            try EdgeValueFixture.installLarge(on: source, database: "edge", rows: 50_000)
            let task = try MigrationFiles.task(name: "edge", target: target, databases: ["edge"], rows: 20_000)
            _ = try await FullMigration(task: task, source: try MigrationFiles.source(source)).run()
            let differences = try await compareDatabases(source: source, sourceDatabase: "edge", target: target, targetDatabase: "edge")
            #expect(differences == [])
        }
    }
}
