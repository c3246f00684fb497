import Foundation
import MariaDBHarness
import MySQLBinlog
import Testing

/// Every recorded fixture that `mariadb-binlog` can read is printed the same by this decoder,
/// row value by row value (JSON columns aside: mariadb-binlog does not decode MySQL's binary JSON).
@Suite struct FixtureOracleTests {
    static func fixtureFiles() -> [String] {
        let root = FixtureTests.directory.path
        let walker = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String {
            if !relative.hasSuffix(".md") && !relative.hasSuffix(".gz") && !(relative as NSString).lastPathComponent.hasPrefix(".") {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files.append(relative)
                }
            }
        }
        return files.sorted()
    }

    @Test(arguments: Self.fixtureFiles())
    func agreesWithMariaDBBinlog(_ relative: String) throws {
        let path = FixtureTests.directory.appendingPathComponent(relative).path
        guard let theirs = try Self.mariadbBinlogLines(path) else { return }  // it cannot read this file
        var ours: [(line: String, isJSON: Bool)] = []
        guard var reader = try? BinlogFileReader(path: path) else { return }
        var decoder = BinlogDecoder()
        decoder.verifyChecksums = false
        // Table maps as the events give them (the decoder forgets them at each statement's end).
        var maps: [UInt64: TableMapEvent] = [:]
        func add(_ event: BinlogEvent) {
            if case .tableMap(let map) = event.body { maps[map.tableID] = map }
            guard case .rows(let rows) = event.body, let map = maps[rows.tableID] else { return }
            ours += MariaDBBinlogText.lines(rows, map: map)
        }
        while let next = try? reader.next() {
            guard let event = try? decoder.decode(next.bytes, position: next.position) else { break }
            add(event)
        }
        guard ours.count == theirs.count else {
            Issue.record("\(relative): \(ours.count) values decoded, mariadb-binlog printed \(theirs.count)")
            return
        }
        let mismatches = zip(ours, theirs).filter { !$0.0.isJSON && $0.0.line != $0.1 }
        #expect(mismatches.isEmpty, "\(relative): \(mismatches.count) differ; first: \(mismatches.prefix(3).map { "ours \($0.0.line) / theirs \($0.1)" })")
    }

    /// The comparison above is only worth something if mariadb-binlog reads most fixtures.
    @Test func mostFixturesAreCompared() throws {
        var readable = 0
        var values = 0
        for relative in Self.fixtureFiles() {
            if let lines = try Self.mariadbBinlogLines(FixtureTests.directory.appendingPathComponent(relative).path) {
                readable += 1
                values += lines.count
            }
        }
        #expect(readable >= 70, "mariadb-binlog read \(readable) fixture files")
        #expect(values >= 3000, "mariadb-binlog printed \(values) row values")
    }

    /// The `###   @N=` lines, or nil when mariadb-binlog fails on the file.
    static func mariadbBinlogLines(_ path: String) throws -> [String]? {
        try MariaDBBinlogText.run([path]).map(MariaDBBinlogText.valueLines)
    }
}
