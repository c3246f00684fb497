import Foundation
import MariaDBHarness

/// What a contender must reproduce on the target, per table: `CHECKSUM TABLE` and `COUNT(*)`.
struct TableDigest: Equatable, Sendable {
    let checksum: String
    let rows: String
}

enum Verification {
    /// sysbench's table names: sbtest1 ... sbtestN.
    static func tableNames(count: Int) -> [String] { (1...count).map { "sbtest\($0)" } }

    /// The source's digests, taken once after the fill (the source does not change afterwards).
    static func reference(source: MariaDBServer, tables: [String]) throws -> [String: TableDigest] {
        var result: [String: TableDigest] = [:]
        for table in tables {
            let digest = try digest(of: source, table: table)
            guard digest.checksum != "NULL" else { throw BenchmarkFailure("source table sbtest.\(table) has no checksum") }
            result[table] = digest
        }
        return result
    }

    /// Fails, naming the table, unless every table on the target matches the source.
    static func verify(
        target: MariaDBServer, against reference: [String: TableDigest], tables: [String], after contender: String
    ) throws {
        for table in tables {
            guard let expected = reference[table] else { throw BenchmarkFailure("no source digest for sbtest.\(table)") }
            let actual: TableDigest
            do {
                actual = try digest(of: target, table: table)
            } catch {
                throw BenchmarkFailure("after \(contender): table sbtest.\(table) cannot be read on the target: \(error)")
            }
            guard actual == expected else {
                throw BenchmarkFailure(
                    "after \(contender): table sbtest.\(table) differs: source has checksum \(expected.checksum) and "
                        + "\(expected.rows) rows, target has checksum \(actual.checksum) and \(actual.rows) rows")
            }
        }
        // Nothing extra either (a stray table would mean a wrong block-allow list or routing).
        let count = try target.cli("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'sbtest'")
        guard count == "\(tables.count)" else {
            throw BenchmarkFailure("after \(contender): the target's sbtest has \(count) tables, the source's \(tables.count)")
        }
        say("  \(contender): checksums agree (\(tables.count) tables, row counts equal)")
    }

    private static func digest(of server: MariaDBServer, table: String) throws -> TableDigest {
        // CHECKSUM TABLE prints "sbtest.sbtest1<TAB>checksum" (NULL, with a warning, for a missing
        // table); COUNT(*) then fails loudly on a missing table.
        let output = try server.cli("CHECKSUM TABLE sbtest.\(table); SELECT COUNT(*) FROM sbtest.\(table);")
        let lines = output.split(separator: "\n")
        guard lines.count == 2, let checksum = lines[0].split(separator: "\t").last else {
            throw BenchmarkFailure("unexpected output for sbtest.\(table): \(output)")
        }
        return TableDigest(checksum: String(checksum), rows: String(lines[1]))
    }
}
