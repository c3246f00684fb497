import MariaDBHarness
import MigrationConfig
import MigrationWorker
import Testing

/// Tables of several shards routed into one target table.
@Suite(.serialized, .timeLimit(.minutes(10))) struct ShardMergeTests {
    static let routes = """
        routes:
          merge:
            schema-pattern: "shard_*"
            table-pattern: "orders_*"
            target-schema: "merged"
            target-table: "orders"
            extract-schema:
              schema-regexp: "shard_(.*)"
              target-column: "c_shard"
        """

    @Test func shardsMergeWithColumnMappingAndExtractedColumns() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            for shard in 1...2 {
                try source.cli("CREATE DATABASE shard_\(shard)")
                for table in 1...2 {
                    try source.cli("""
                        CREATE TABLE orders_\(table) (id BIGINT AUTO_INCREMENT PRIMARY KEY, amount DECIMAL(10,2), note VARCHAR(20));
                        INSERT INTO orders_\(table) (amount, note) SELECT seq / 100, CONCAT('s\(shard)t\(table)-', seq) FROM seq_1_to_3000;
                        """, database: "shard_\(shard)")
                }
            }
            // The extracted column must exist in the target table (as in DM, the user creates it).
            try target.cli("""
                CREATE DATABASE merged;
                CREATE TABLE merged.orders (id BIGINT PRIMARY KEY, amount DECIMAL(10,2), note VARCHAR(20), c_shard VARCHAR(10));
                """)
            let task = try MigrationFiles.task(
                name: "merge", target: target, databases: ["shard_1", "shard_2"], rows: 1000,
                instance: """
                        route-rules: ["merge"]
                        column-mapping-rules: ["ids"]
                    """,
                extra: Self.routes + """

                    column-mappings:
                      ids:
                        schema-pattern: "shard_*"
                        table-pattern: "orders_*"
                        expression: "partition id"
                        source-column: "id"
                        target-column: "id"
                        arguments: ["1", "shard_", "orders_"]
                    """)
            let migration = try FullMigration(task: task, source: try MigrationFiles.source(source))
            _ = try await migration.run()
            #expect(try target.cli("SELECT COUNT(*), COUNT(DISTINCT id) FROM merged.orders") == "12000\t12000")
            #expect(try target.cli("SELECT c_shard, COUNT(*) FROM merged.orders GROUP BY c_shard ORDER BY c_shard") == "1\t6000\n2\t6000")
            // Every source row is there, with its values, under its mapped id.
            #expect(try target.cli("SELECT SUM(amount) FROM merged.orders") == source.cli(
                "SELECT (SELECT SUM(amount) FROM shard_1.orders_1) * 4"))
        }
    }

    @Test func collidingKeysAreAClearError() async throws {
        try await withMariaDB(count: 2) { servers in
            let (source, target) = (servers[0], servers[1])
            for shard in 1...2 {
                try source.cli("""
                    CREATE DATABASE shard_\(shard);
                    CREATE TABLE shard_\(shard).orders_1 (id BIGINT PRIMARY KEY, amount DECIMAL(10,2), note VARCHAR(20));
                    INSERT INTO shard_\(shard).orders_1 VALUES (1, 1.00, 'a'), (2, 2.00, 'b');
                    """)
            }
            try target.cli("""
                CREATE DATABASE merged;
                CREATE TABLE merged.orders (id BIGINT PRIMARY KEY, amount DECIMAL(10,2), note VARCHAR(20), c_shard VARCHAR(10));
                """)
            let task = try MigrationFiles.task(
                name: "collide", target: target, databases: ["shard_1", "shard_2"], threads: 1,
                instance: "    route-rules: [\"merge\"]", extra: Self.routes)
            let migration = try FullMigration(task: task, source: try MigrationFiles.source(source))
            let error = await #expect(throws: MigrationError.self) { _ = try await migration.run() }
            let message = error.map(String.init(describing:)) ?? ""
            #expect(message.contains("into `merged`.`orders`"), "\(message)")
            #expect(message.contains("column mapping"), "\(message)")
            #expect(message.contains("Duplicate entry '1' for key 'PRIMARY'"), "\(message)")
            // The failed chunk left nothing behind: one shard's rows are in, the other's are not.
            #expect(try target.cli("SELECT COUNT(*) FROM merged.orders") == "2")
        }
    }
}
