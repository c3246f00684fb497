import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

@Suite(.serialized, .timeLimit(.minutes(10))) struct FullMigrationTests {
    @Test(arguments: ["snapshot", "flush", "lock", "none"])
    func chunkedTablesArriveWhole(consistency: String) async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            try source.cli("CREATE DATABASE app")
            try source.cli("""
                CREATE TABLE app.numbers (id INT PRIMARY KEY, v VARCHAR(20), b BLOB);
                INSERT INTO app.numbers SELECT seq, CONCAT('v', seq), IF(seq % 7 = 0, NULL, UNHEX(MD5(seq))) FROM seq_1_to_25000;
                CREATE TABLE app.keyless (a INT, b VARCHAR(10));
                INSERT INTO app.keyless VALUES (1, 'x'), (1, 'x'), (NULL, NULL), (2, 'tab\\there');
                """, database: "app")
            let task = try MigrationFiles.task(name: "t_\(consistency)", target: target, databases: ["app"], rows: 3000, consistency: consistency)
            let migration = try FullMigration(task: task, source: try MigrationFiles.source(source))
            let position = try await migration.run()
            #expect(position != nil)
            let report = migration.progress.report()
            #expect(report.rows == 25_004)
            #expect(report.chunksDone == 10)
            for table in ["numbers", "keyless"] {
                let sql = "CHECKSUM TABLE app.\(table) EXTENDED"
                #expect(try source.cli(sql) == target.cli(sql))
            }
        }
    }
}
