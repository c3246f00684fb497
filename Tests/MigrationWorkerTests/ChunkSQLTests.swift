import MySQLProtocol
import NIOCore
import ReplicationCore
import Testing

@testable import MigrationWorker

/// The SQL and bytes the dump and load build, without a server.
@Suite struct ChunkSQLTests {
    @Test func rowComparisonsAreSpeltOut() {
        #expect(ChunkPredicate.compare(["a"], ["1"], last: ">", strict: ">") == "`a` > 1")
        #expect(ChunkPredicate.compare(["a", "b"], ["1", "'x'"], last: "<=", strict: "<") == "(`a` < 1 OR (`a` = 1 AND `b` <= 'x'))")
        #expect(
            ChunkPredicate.compare(["a", "b", "c"], ["1", "2", "3"], last: ">", strict: ">")
                == "(`a` > 1 OR (`a` = 1 AND (`b` > 2 OR (`b` = 2 AND `c` > 3))))")
    }

    @Test func chunkPredicates() throws {
        let key = [SourceColumn(name: "id", dataType: "int", charset: nil, isNullable: false)]
        let table = TableName(schema: "d", table: "t")
        #expect(try Chunk(table: table, index: 0, lower: nil, upper: nil).predicate(key: key, filter: "") == "1")
        #expect(try Chunk(table: table, index: 0, lower: nil, upper: ["10"]).predicate(key: key, filter: "") == "`id` <= 10")
        #expect(
            try Chunk(table: table, index: 1, lower: ["10"], upper: ["20"]).predicate(key: key, filter: "v > 0")
                == "`id` > 10 AND `id` <= 20 AND (v > 0)")
        // Bounds recorded for another key (the table changed between runs) are refused.
        let error = #expect(throws: MigrationError.self) {
            try Chunk(table: table, index: 2, lower: ["20", "x"], upper: nil).predicate(key: key, filter: "")
        }
        #expect(error?.message.hasPrefix("chunk 2 of `d`.`t` has a bound of 2 values but the table's key has 1 columns") == true)
    }

    @Test func keyLiterals() throws {
        func column(_ type: String, _ charset: String? = nil) -> SourceColumn {
            SourceColumn(name: "k", dataType: type, charset: charset, isNullable: false)
        }
        #expect(try KeyLiteral.literal(Array("-42".utf8), column: column("bigint")) == "-42")
        #expect(try KeyLiteral.literal(Array("-0.50".utf8), column: column("decimal")) == "-0.50")
        #expect(try KeyLiteral.literal(Array("2020-01-02 03:04:05.123".utf8), column: column("datetime")) == "'2020-01-02 03:04:05.123'")
        #expect(try KeyLiteral.literal(Array("a'b".utf8), column: column("varchar", "utf8mb4")) == "_utf8mb4 X'612762'")
        #expect(try KeyLiteral.literal([0, 0xFF], column: column("varbinary", "binary")) == "X'00ff'")
        #expect(try KeyLiteral.literal([0, 0xFF], column: column("binary")) == "X'00ff'")
        #expect(throws: MigrationError.self) { try KeyLiteral.literal(Array("1; DROP".utf8), column: column("int")) }
    }

    @Test func loadDataEscapesOnlyWhatItMust() throws {
        var payload = ByteBuffer()
        payload.writeMySQLLengthEncodedBytes(Array("plain".utf8))
        payload.writeInteger(UInt8(0xFB))
        payload.writeMySQLLengthEncodedBytes([0x5C, 0x09, 0x0A, 0x00, 0x0D, 0x1A, 0xFF])
        payload.writeMySQLLengthEncodedBytes([])
        var out = ByteBuffer()
        try LoadDataEncoder().append(row: payload, columnCount: 4, to: &out)
        let expected: [UInt8] = Array("plain\t\\N\t".utf8) + [0x5C, 0x5C, 0x5C, 0x74, 0x5C, 0x6E, 0x5C, 0x30, 0x0D, 0x1A, 0xFF] + Array("\t\n".utf8)
        #expect(Array(out.readableBytesView) == expected)
        // A row packet shorter than its columns is an error, not a crash.
        #expect(throws: MigrationError.self) { try LoadDataEncoder().append(row: payload, columnCount: 5, to: &out) }
    }

    @Test func consistencyFromExtraArgs() throws {
        #expect(try Consistency.fromExtraArgs("--consistency flush") == .flush)
        #expect(try Consistency.fromExtraArgs("-t 4 -consistency=lock") == .lock)
        #expect(try Consistency.fromExtraArgs("--threads 4") == nil)
        let error = #expect(throws: MigrationError.self) { try Consistency.fromExtraArgs("--consistency bogus") }
        #expect(error?.message == "mydumper extra-args: unknown consistency 'bogus' (expected one of auto, flush, snapshot, lock, none)")
    }

    @Test func loadSQLModeKeepsWhatIsPortableAndAllowsZeroDates() {
        let source = "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION,ANSI_QUOTES,NO_ZERO_DATE"
        #expect(
            TargetSession.loadSQLMode(sourceMode: source)
                == "NO_AUTO_VALUE_ON_ZERO,STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION")
        #expect(TargetSession.loadSQLMode(sourceMode: "") == "NO_AUTO_VALUE_ON_ZERO")
    }

    @Test func chunkSizes() {
        var table = SourceTable(
            name: TableName(schema: "d", table: "t"), target: TableName(schema: "d", table: "t"), columns: [], chunkKey: [],
            createSQL: "", estimatedRows: 8_000_000, averageRowLength: 200, engine: "InnoDB")
        #expect(ChunkPlanner.rowsPerChunk(table: table, configuredRows: 5000, chunkFilesizeMB: 64, threads: 4) == 5000)
        // 64 MiB of 200-byte rows.
        #expect(ChunkPlanner.rowsPerChunk(table: table, configuredRows: 0, chunkFilesizeMB: 64, threads: 4) == 335_544)
        // A 1M-row table still gives 4 threads two chunks each.
        table.estimatedRows = 1_000_000
        #expect(ChunkPlanner.rowsPerChunk(table: table, configuredRows: 0, chunkFilesizeMB: 64, threads: 4) == 125_000)
        table.estimatedRows = 100
        #expect(ChunkPlanner.rowsPerChunk(table: table, configuredRows: 0, chunkFilesizeMB: 64, threads: 4) == 10_000)
    }
}

@Suite struct DeferredIndexTests {
    @Test func plainKeysAreSplitOff() throws {
        let create = """
            CREATE TABLE IF NOT EXISTS `d`.`t` (
              `id` int(11) NOT NULL,
              `k` int(11) NOT NULL DEFAULT 0,
              `c` char(120) NOT NULL DEFAULT '',
              PRIMARY KEY (`id`),
              UNIQUE KEY `u` (`c`),
              KEY `k_1` (`k`),
              KEY `we``ird` (`c`(10),`k`) COMMENT 'x, y',
              FULLTEXT KEY `f` (`c`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
            """
        let split = try #require(DeferredIndexes.split(create))
        #expect(split.create == """
            CREATE TABLE IF NOT EXISTS `d`.`t` (
              `id` int(11) NOT NULL,
              `k` int(11) NOT NULL DEFAULT 0,
              `c` char(120) NOT NULL DEFAULT '',
              PRIMARY KEY (`id`),
              UNIQUE KEY `u` (`c`),
              FULLTEXT KEY `f` (`c`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
            """)
        #expect(split.keys.map(\.name) == ["k_1", "we`ird"])
        #expect(split.keys.map(\.definition) == ["KEY `k_1` (`k`)", "KEY `we``ird` (`c`(10),`k`) COMMENT 'x, y'"])
    }

    @Test func tablesWithForeignKeysOrNoPlainKeysKeepTheirIndexes() {
        #expect(DeferredIndexes.split("CREATE TABLE `t` (\n  `id` int,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB") == nil)
        #expect(DeferredIndexes.split("""
            CREATE TABLE `t` (
              `id` int,
              `p` int,
              KEY `p` (`p`),
              CONSTRAINT `fk` FOREIGN KEY (`p`) REFERENCES `parent` (`id`)
            ) ENGINE=InnoDB
            """) == nil)
    }
}
