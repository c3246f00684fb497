import Foundation
import Testing

@testable import MySQLBinlog

/// Decodes every binlog in `../shared/fixtures/binlogs` (files written by real MySQL 5.0–9.6,
/// Percona, Aurora and MariaDB servers; its README.md gives each file's origin and content) and
/// checks the values that README lists: what the origin project's own tests assert and what it
/// cross-checked with `mariadb-binlog` / `mysql-replication`. Where the README states a value in
/// the origin's representation, the expectation here is the same value as a `BinlogValue` and a
/// comment says so.
///
/// - Files that should decode must decode completely.
/// - Damaged files must end in a `BinlogDecodeError` naming the event's position (a trap would
///   kill the test process, so "no trap" needs no assertion of its own).
/// - Events the decoder reports as `.unsupported(...)` are asserted as such (`expectUnsupported`),
///   with the expected content in a comment.
@Suite struct FixtureTests {
    /// The package root is three levels up from this file (Tests/MySQLBinlogTests/FixtureTests.swift).
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/MySQLBinlogTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .appendingPathComponent("../shared/fixtures/binlogs")
        .standardizedFileURL

    static let fixtures: [Fixture] =
        FixtureTests.rustMySQLCommon + FixtureTests.connectorJava + FixtureTests.connectorRust + FixtureTests.mysqlCdcRs
        + FixtureTests.ghOst + FixtureTests.goMySQL + FixtureTests.canal + FixtureTests.binlogParser + FixtureTests.perconaBinlogServer
        + FixtureTests.mySqlCdc + FixtureTests.mariadbPoc

    @Test(arguments: FixtureTests.fixtures)
    func decodesAsTheReadmeSays(_ fixture: Fixture) throws {
        let file = Self.directory.appendingPathComponent(fixture.path).path
        var path = file
        if file.hasSuffix(".gz") { path = try Self.gunzip(file) }
        defer { if path != file { try? FileManager.default.removeItem(atPath: path) } }

        let decoded = try Self.decodeUntilError(path)
        switch fixture.outcome {
        case .complete:
            #expect(decoded.error == nil, "decoding stopped early: \(String(describing: decoded.error))")
        case .error(let position):
            let error = try #require(decoded.error, "expected a decode error at position \(position), but the file decoded completely")
            #expect(error.logPosition == position, "\(error)")
            #expect(error.description.contains("position \(position)"), "the message must name the position: \(error)")
        }
        if let counts = fixture.eventCounts {
            #expect(decoded.eventCounts == counts)
        }
        try fixture.check(decoded)
    }

    /// No fixture is skipped silently: the table above lists exactly the files in the directory.
    @Test func everyFixtureFileIsListed() throws {
        let root = Self.directory.path
        let enumerator = try #require(FileManager.default.enumerator(atPath: root), "no fixture directory at \(root)")
        var files: Set<String> = []
        for case let relative as String in enumerator where relative != "README.md" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.insert(relative)
            }
        }
        #expect(files.count == 90, "the README lists 90 binlog files")
        #expect(files.subtracting(Self.fixtures.map(\.path)).sorted() == [], "files without an entry in FixtureTests")
        #expect(Set(Self.fixtures.map(\.path)).subtracting(files).sorted() == [], "entries without a file")
        #expect(Self.fixtures.count == Set(Self.fixtures.map(\.path)).count, "a file is listed twice")
    }
}

// MARK: - Decoding

extension FixtureTests {
    /// One fixture: its path below the fixture directory, how decoding must end, the number of
    /// top-level events of each type (`BinlogEventType.description`; nil: not checked) and the
    /// file's own checks.
    struct Fixture: Sendable, CustomTestStringConvertible {
        enum Outcome: Sendable {
            case complete
            /// A `BinlogDecodeError` for the event at this file position.
            case error(at: UInt64)
        }

        var path: String
        var outcome: Outcome = .complete
        var eventCounts: [String: Int]? = nil
        var check: @Sendable (Decoded) throws -> Void = { _ in }

        var testDescription: String { self.path }
    }

    /// The events of one file, up to the first decode error.
    struct Decoded: Sendable {
        var events: [BinlogEvent] = []
        /// The file offset of each event in `events`.
        var positions: [UInt64] = []
        /// Why decoding stopped before the end of the file.
        var error: BinlogDecodeError?
    }

    /// Every event of the file; throws the first `BinlogDecodeError`.
    static func decodeAll(_ path: String) throws -> [BinlogEvent] {
        let decoded = try self.decodeUntilError(path)
        if let error = decoded.error { throw error }
        return decoded.events
    }

    /// The events up to the first `BinlogDecodeError`, and that error.
    static func decodeUntilError(_ path: String) throws -> Decoded {
        var result = Decoded()
        var reader = try BinlogFileReader(path: path)
        var decoder = BinlogDecoder()
        do {
            while let (position, bytes) = try reader.next() {
                do {
                    result.events.append(try decoder.decode(bytes))
                    result.positions.append(position)
                } catch var error as BinlogDecodeError {
                    // As `dm binlog decode` does: the decoder can only derive the position from the
                    // header's log_pos, which in relay logs is the source's; the reader knows the offset.
                    error.logPosition = position
                    error.file = path
                    throw error
                }
            }
        } catch let error as BinlogDecodeError {
            result.error = error
        }
        return result
    }

    /// `gzip -dc` into a temporary file (for `mysql-bin.sakila.gz`); the caller removes it.
    static func gunzip(_ path: String) throws -> String {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("FixtureTests-\(UUID().uuidString)-" + URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { throw FixtureError("cannot create \(output.path)") }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError("gzip -dc \(path) exited with status \(process.terminationStatus)") }
        return output.path
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension FixtureTests.Decoded {
    var eventCounts: [String: Int] { self.events.reduce(into: [:]) { $0[$1.header.type.description, default: 0] += 1 } }

    func event(at position: UInt64) -> BinlogEvent? {
        self.positions.firstIndex(of: position).map { self.events[$0] }
    }

    func body(at position: UInt64) -> BinlogEvent.Body? { self.event(at: position)?.body }

    /// The inner events of each TRANSACTION_PAYLOAD.
    var payloads: [[BinlogEvent]] {
        self.events.compactMap { event -> [BinlogEvent]? in
            if case .transactionPayload(let inner) = event.body { return inner }
            return nil
        }
    }

    /// Bodies of the events of one type, by its name (`"TRANSACTION_PAYLOAD"`).
    func bodies(ofType name: String) -> [BinlogEvent.Body] {
        self.events.filter { $0.header.type.description == name }.map(\.body)
    }

    func rows(_ table: String? = nil) -> [RowsEvent] {
        self.events.compactMap { event -> RowsEvent? in
            if case .rows(let rows) = event.body, table == nil || rows.table == table { return rows }
            return nil
        }
    }

    func tableMaps(_ table: String? = nil) -> [TableMapEvent] {
        self.events.compactMap { event -> TableMapEvent? in
            if case .tableMap(let map) = event.body, table == nil || map.table == table { return map }
            return nil
        }
    }

    var formats: [FormatDescriptionEvent] {
        self.events.compactMap { event -> FormatDescriptionEvent? in
            if case .formatDescription(let format) = event.body { return format }
            return nil
        }
    }

    var queries: [String] {
        self.events.compactMap { event -> String? in
            if case .query(let query) = event.body { return query.queryText }
            return nil
        }
    }

    var queryEvents: [QueryEvent] {
        self.events.compactMap { event -> QueryEvent? in
            if case .query(let query) = event.body { return query }
            return nil
        }
    }

    /// GTID events (not anonymous ones).
    var mysqlGTIDs: [MySQLGTIDEvent] {
        self.events.compactMap { event -> MySQLGTIDEvent? in
            if case .mysqlGTID(let gtid, let anonymous) = event.body, !anonymous { return gtid }
            return nil
        }
    }

    var anonymousGTIDs: [MySQLGTIDEvent] {
        self.events.compactMap { event -> MySQLGTIDEvent? in
            if case .mysqlGTID(let gtid, let anonymous) = event.body, anonymous { return gtid }
            return nil
        }
    }

    var previousGTIDs: [MySQLGTIDSet] {
        self.events.compactMap { event -> MySQLGTIDSet? in
            if case .previousGTIDs(let set) = event.body { return set }
            return nil
        }
    }

    var mariadbGTIDs: [MariaDBGTIDEvent] {
        self.events.compactMap { event -> MariaDBGTIDEvent? in
            if case .mariadbGTID(let gtid) = event.body { return gtid }
            return nil
        }
    }

    var mariadbGTIDLists: [[MariaDBGTID]] {
        self.events.compactMap { event -> [MariaDBGTID]? in
            if case .mariadbGTIDList(let list) = event.body { return list }
            return nil
        }
    }

    var xids: [UInt64] {
        self.events.compactMap { event -> UInt64? in
            if case .xid(let xid) = event.body { return xid }
            return nil
        }
    }

    var rotates: [RotateEvent] {
        self.events.compactMap { event -> RotateEvent? in
            if case .rotate(let rotate) = event.body { return rotate }
            return nil
        }
    }

    var intvars: [IntVarEvent] {
        self.events.compactMap { event -> IntVarEvent? in
            if case .intvar(let intvar) = event.body { return intvar }
            return nil
        }
    }

    var rands: [RandEvent] {
        self.events.compactMap { event -> RandEvent? in
            if case .rand(let rand) = event.body { return rand }
            return nil
        }
    }

    var userVars: [UserVarEvent] {
        self.events.compactMap { event -> UserVarEvent? in
            if case .userVar(let userVar) = event.body { return userVar }
            return nil
        }
    }

    var rowsQueries: [String] {
        self.events.compactMap { event -> String? in
            if case .rowsQuery(let text) = event.body { return text }
            return nil
        }
    }
}

// MARK: - Value helpers

/// CHAR/VARCHAR/TEXT values are their bytes.
private func str(_ text: String) -> BinlogValue { .bytes(Array(text.utf8)) }

private func hexBytes(_ hex: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
        bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
        index = next
    }
    return bytes
}

private func sqlDate(_ year: Int, _ month: Int, _ day: Int) -> BinlogValue {
    .temporal(BinlogTime(kind: .date, year: year, month: month, day: day))
}

private func sqlDatetime(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, microsecond: Int = 0, precision: Int = 0
) -> BinlogValue {
    .temporal(
        BinlogTime(
            kind: .datetime, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
            precision: precision))
}

private func sqlTime(negative: Bool = false, _ hour: Int, _ minute: Int, _ second: Int, microsecond: Int = 0, precision: Int = 0) -> BinlogValue {
    .temporal(
        BinlogTime(kind: .time, isNegative: negative, hour: hour, minute: minute, second: second, microsecond: microsecond, precision: precision))
}

private func written(_ values: BinlogValue?...) -> RowChange { RowChange(before: nil, after: values) }
private func deleted(_ values: BinlogValue?...) -> RowChange { RowChange(before: values, after: nil) }
private func updated(_ before: [BinlogValue?], _ after: [BinlogValue?]) -> RowChange { RowChange(before: before, after: after) }

/// Column `index` of a row image; nil when the image or the column is absent (never traps).
private func column(_ image: [BinlogValue?]?, _ index: Int) -> BinlogValue? {
    guard let image, image.indices.contains(index) else { return nil }
    return image[index]
}

private func gtidSet(_ text: String) throws -> MySQLGTIDSet { try MySQLGTIDSet(parsing: text) }

private func isUnsupported(_ body: BinlogEvent.Body) -> Bool {
    if case .unsupported = body { return true }
    return false
}

/// The file's GTID events are `uuid:numbers`, in order.
private func expectGTIDs(
    _ d: FixtureTests.Decoded, uuid: String, _ numbers: ClosedRange<UInt64>, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(d.mysqlGTIDs.map(\.uuid) == Array(repeating: uuid, count: numbers.count), sourceLocation: sourceLocation)
    #expect(d.mysqlGTIDs.map(\.gno) == Array(numbers), sourceLocation: sourceLocation)
}

/// The known gap: every event of this type is returned as `.unsupported(...)` for now.
private func expectUnsupported(_ d: FixtureTests.Decoded, _ type: String, count: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    let bodies = d.bodies(ofType: type)
    #expect(bodies.count == count, sourceLocation: sourceLocation)
    #expect(bodies.allSatisfy { isUnsupported($0) }, "\(type) is expected as .unsupported until it is implemented", sourceLocation: sourceLocation)
}

// MARK: - rust_mysql_common (blackbeam/rust_mysql_common test-data/binlogs)

extension FixtureTests {
    /// The origin test decodes and re-encodes every event of these files; its exceptions are the
    /// damaged ones below.
    static let rustMySQLCommon: [Fixture] = [
        Fixture(
            path: "rust_mysql_common/transaction_compression.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 1, "TRANSACTION_PAYLOAD": 1, "ROTATE": 1],
            check: { d in
                // The README calls this PREVIOUS_GTIDS empty, but its body holds one source with the
                // interval [1, 2) (n_sids 1, 357df524-…, n_intervals 1, 1, 2: checked byte by byte).
                let previous = try gtidSet("357df524-4139-11ee-9979-b033ee13919e:1")
                #expect(d.previousGTIDs == [previous])
                // The payload (zstd, 124 → 179 bytes) holds exactly QUERY `BEGIN`, TABLE_MAP `test.tb1`
                // [LONG], WRITE_ROWS_V2 with the row (1) (cross-checked) and XID 462 (origin test).
                let inner = try #require(d.payloads.first)
                #expect(inner.map(\.header.type) == [.query, .tableMap, .writeRowsV2, .xid])
                guard case .query(let begin) = inner[0].body, case .rows(let rows) = inner[2].body, case .xid(let xid) = inner[3].body else {
                    Issue.record("unexpected inner events: \(inner)")
                    return
                }
                #expect(begin.queryText == "BEGIN")
                #expect(rows.table == "tb1")
                #expect(rows.rows == [RowChange(before: nil, after: [.int(1)])])
                #expect(xid == 462)
                #expect(d.rotates.map(\.nextFile) == ["binlog.000043"])
            }),
        Fixture(
            path: "rust_mysql_common/json.binlog.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 8, "QUERY": 8, "TABLE_MAP": 6, "WRITE_ROWS_V2": 4,
                "UPDATE_ROWS_V2": 1, "PARTIAL_UPDATE_ROWS": 1, "XID": 6,
            ],
            check: { d in
                #expect(d.events.first.map { $0.header.flags & 0x01 != 0 } == true, "the FDE has LOG_EVENT_BINLOG_IN_USE_F set")
                let map = try #require(d.tableMaps("t").first)
                #expect(map.schema == "mysql")
                #expect(map.columnTypes == [3, 245, 15, 3])
                // (id, json_col, name = json_col->>'$.name', age = json_col->'$.age'): the virtual
                // generated columns are in the row images. JSON is MySQL's text of the document.
                let people: [(name: String, age: Int64, data: String)] = [
                    ("Joe", 24, "xxxxxxxxxx"), ("Sue", 32, "yyyyyyyyyy"), ("Pete", 40, "zzzzzzzzzz"),
                ]
                func image(_ id: Int64, ageOffset: Int64) -> [BinlogValue?] {
                    let person = people[Int(id - 1) % 3]
                    let age = person.age + ageOffset
                    return [
                        .int(id), .json(#"{"age": \#(age), "data": "\#(person.data)", "name": "\#(person.name)"}"#), str(person.name), .int(age),
                    ]
                }
                let writes = d.rows("t").filter { $0.kind == .write }
                #expect(writes.map(\.rows.count) == [1, 1, 1, 3], "ids 4-6 are one statement")
                let expectedWrites = (Int64(1)...6).map { RowChange(before: nil, after: image($0, ageOffset: 0)) }
                #expect(writes.flatMap(\.rows) == expectedWrites)
                let updates = d.rows("t").filter { $0.kind == .update && !$0.isPartialJSON }
                let expectedUpdates = (Int64(1)...6).map { RowChange(before: image($0, ageOffset: 0), after: image($0, ageOffset: 1)) }
                #expect(updates.flatMap(\.rows) == expectedUpdates, "full images, every age raised by 1")
                // PARTIAL_UPDATE_ROWS: 6 rows whose before image holds only `id` (MINIMAL) and whose
                // after image holds json_col as the JSON diff `REPLACE $.age` with 26, 34, 42, 26, 34,
                // 42, plus `name` and `age`.
                let partial = d.rows("t").filter(\.isPartialJSON).flatMap(\.rows)
                let ages: [Int64] = [26, 34, 42, 26, 34, 42]
                let names = ["Joe", "Sue", "Pete", "Joe", "Sue", "Pete"]
                #expect(partial.count == 6)
                for (i, change) in partial.enumerated() where i < 6 {
                    #expect(change.before == [.int(Int64(i + 1)), nil, nil, nil])
                    #expect(change.after == [nil, nil, str(names[i]), .int(ages[i])])
                    #expect(change.jsonDiffs == [1: [JSONDiff(operation: .replace, path: "$.age", value: String(ages[i]))]])
                }
            }),
        Fixture(
            path: "rust_mysql_common/json-opaque.binlog",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 3, "QUERY": 3, "TABLE_MAP": 8, "WRITE_ROWS_V2": 8, "XID": 1,
            ],
            check: { d in
                let map = try #require(d.tableMaps("test").first)
                #expect(map.optional.columnNames == ["a"])
                #expect(map.optional.invisibleColumns.isEmpty)
                // The origin prints opaque DECIMALs as strings ("123.456", "9.00"); MySQL's JSON text,
                // which `.json` holds, prints them as numbers.
                let expected: [String] = [
                    #"{"a": "base64:type15:VQ=="}"#, #"{"b": "2012-03-18"}"#, #"{"c": "2012-03-18 11:30:45.000000"}"#,
                    #"{"c": "87:31:46.654321"}"#, #"{"d": 123.456}"#, #"{"e": 9.00}"#, #"{"e": [0, 1, true, false]}"#, #"{"e": null}"#,
                ]
                #expect(d.rows("test").flatMap(\.rows) == expected.map { written(.json($0)) })
            }),
        Fixture(
            path: "rust_mysql_common/vector.binlog",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 10, "QUERY": 10, "TABLE_MAP": 6, "WRITE_ROWS_V2": 5,
                "DELETE_ROWS_V2": 1, "XID": 3, "STOP": 1,
            ],
            check: { d in
                let foo = try #require(d.tableMaps("foo").first)
                #expect(foo.schema == "dtb")
                #expect(foo.columnTypes == [8, 242])
                #expect(foo.optional.vectorDimensions == [3])
                #expect(foo.optional.primaryKey.map { $0.column } == [0])
                let bar = try #require(d.tableMaps("bar").first)
                #expect(bar.columnTypes == [8, 242, 252, 242])
                #expect(bar.optional.vectorDimensions == [2, 4])
                // VECTOR columns count as character columns in DEFAULT_CHARSET (binary, 63); the TEXT
                // column is the exception at character index 1 (utf8mb4_0900_ai_ci, 255).
                #expect(foo.optional.collations == [1: 63])
                #expect(bar.optional.collations == [1: 63, 2: 255, 3: 63])
                // id is SERIAL (BIGINT UNSIGNED); vectors are little-endian float32 bytes.
                let insert = try #require(d.rows("foo").first)
                #expect(
                    insert.rows == [
                        written(.uint(1), .bytes(hexBytes("cdcc8c3fcdcc0c4033335340"))),  // 1.1, 2.2, 3.3
                        written(.uint(2), .bytes(hexBytes("0000803f000080bf00000000"))),  // 1.0, -1.0, 0.0
                    ])
                #expect(d.rows("bar").map(\.kind) == [.write, .write, .delete, .write])
            }),
        Fixture(
            path: "rust_mysql_common/binlog_transaction_with_GTID_TAG.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID_TAGGED": 1, "QUERY": 1, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1,
                "ROTATE": 1,
            ],
            check: { d in
                let uuid = try MySQLUUID(parsing: "55778904-0299-11f1-b1b8-4ef0c4956feb")
                let tag = try MySQLGTIDTag(parsing: "mytag")
                let previous = try #require(d.previousGTIDs.first)
                #expect(previous.sources == [MySQLGTIDSource(uuid: uuid), MySQLGTIDSource(uuid: uuid, tag: tag)])
                #expect(previous.ranges(uuid: uuid) == [1...13])
                #expect(previous.ranges(uuid: uuid, tag: tag) == [1...2])
                let map = try #require(d.tableMaps("orders").first)
                #expect(map.columnTypes == [3, 3, 246])
                // Row values are not in the README; these are what the file holds.
                #expect(d.rows("orders").flatMap(\.rows) == [written(.int(3), .int(100), .decimal("250.00"))])
                let tagged = try #require(d.bodies(ofType: "GTID_TAGGED").first)
                guard case .mysqlGTID(let gtid, let anonymous) = tagged else {
                    Issue.record("GTID_TAGGED is not decoded: \(tagged)")
                    return
                }
                #expect(!anonymous)
                #expect(gtid.uuid == "55778904-0299-11f1-b1b8-4ef0c4956feb")
                #expect(gtid.tag == tag)
                #expect(gtid.gno == 3)
                #expect(gtid.sequenceNumber == 1)
            }),
        Fixture(
            path: "rust_mysql_common/binlog_transaction_previous_GTID_no_tag.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ROTATE": 1],
            check: { d in
                let uuid = try MySQLUUID(parsing: "b9b88c66-0755-11f1-9899-4a9da94c4d71")
                let previous = try #require(d.previousGTIDs.first)
                #expect(previous.sources == [MySQLGTIDSource(uuid: uuid)])
                #expect(previous.ranges(uuid: uuid) == [1...2])
            }),
        Fixture(
            path: "rust_mysql_common/binlog-invisible-columns.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 5, "QUERY": 5, "TABLE_MAP": 3, "WRITE_ROWS_V2": 2, "UPDATE_ROWS_V2": 1,
                "XID": 3, "STOP": 1,
            ],
            check: { d in
                expectGTIDs(d, uuid: "97c7af02-4c50-11ec-acd8-681842034964", 1...5)
                // Every optional-metadata field parses (origin test): SIGNEDNESS, COLUMN_CHARSET,
                // COLUMN_NAME, COLUMN_VISIBILITY.
                for map in d.tableMaps("t1") {
                    #expect(map.columnTypes == [3, 3, 3, 252, 252, 8])
                    #expect(map.optional.columnNames == ["f1", "f2", "f3", "f4", "f5", "f6"])
                    #expect(map.optional.unsignedColumns == [0, 1, 5])
                    #expect(map.optional.invisibleColumns == [0, 1, 5])
                    #expect(map.optional.collations == [3: 255, 4: 63])
                }
                // Cross-checked rows; f1, f2 and f6 are UNSIGNED, f4 TEXT and f5 BLOB are bytes.
                let second: [BinlogValue?] = [.null, .null, .int(-33), str("44"), str("U"), .null]
                #expect(
                    d.rows("t1").flatMap(\.rows) == [
                        written(.uint(1), .uint(2), .int(-3), str("4"), .bytes([0x05]), .uint(6_000_000_000)),
                        RowChange(before: nil, after: second),
                        updated(second, [.uint(111), .uint(222), .int(-333), str("444"), str("U"), .null]),
                    ])
            }),
        Fixture(
            path: "rust_mysql_common/mysql-enum-string-set.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 5, "QUERY": 5, "TABLE_MAP": 3, "WRITE_ROWS_V2": 1, "UPDATE_ROWS_V2": 1,
                "DELETE_ROWS_V2": 1, "XID": 3,
            ],
            check: { d in
                expectGTIDs(d, uuid: "93e95066-a2f4-11ec-9b69-9657f0ae95e2", 1...5)
                let map = try #require(d.tableMaps("t").first)
                #expect(map.columnTypes == [254, 15, 254, 254, 252])
                #expect(map.optional.columnNames == ["f1", "f2", "f3", "f4", "f5"])
                #expect(map.optional.enumValues == [["var1", "variant2", "foo"]])
                #expect(map.optional.setValues == [["one", "two", "three", "four"]])
                #expect(map.optional.collations == [0: 255, 1: 255, 2: 255, 3: 255, 4: 255])
                // ENUM and SET values are the index / bit set; the names come from the table map.
                let digits = String(repeating: "0123456789", count: 12) + "012345678"
                let long = digits + digits + String(repeating: "0123456789", count: 4)  // the 298-character digit string
                let inserted: [BinlogValue?] = [
                    str(String(repeating: "0123456789", count: 10)), str(long), .enumIndex(1), .setBits(0b101), str("0123456789"),
                ]
                let changed: [BinlogValue?] = [str("field1"), str("field_2"), .enumIndex(2), .setBits(0b1010), str(long)]
                #expect(d.rows("t").map(\.kind) == [.write, .update, .delete])
                #expect(
                    d.rows("t").flatMap(\.rows) == [
                        RowChange(before: nil, after: inserted), updated(inserted, changed), RowChange(before: changed, after: nil),
                    ])
            }),
        Fixture(
            path: "rust_mysql_common/mysql_type_bit.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 3, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1],
            check: { d in
                expectGTIDs(d, uuid: "fbda2ad0-7c46-11ec-ae30-4ef7efc81a2a", 1...3)
                let map = try #require(d.tableMaps("foo").first)
                #expect(map.columnTypes == [16, 252, 16])
                #expect(map.optional.columnNames == ["a", "b", "c"])
                // BIT(3) `100` = 0x04 and BIT(8) `00100000` = 0x20.
                #expect(d.rows("foo").flatMap(\.rows) == [written(.bit(0b100), str("foo"), .bit(0b0010_0000))])
            }),
        Fixture(
            path: "rust_mysql_common/minimal_row_metadata.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 1, "QUERY": 1, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1,
                "ROTATE": 1,
            ],
            check: { d in
                let map = try #require(d.tableMaps("t1").first)
                #expect(map.schema == "noria")
                #expect(map.columnTypes == [3, 252, 254, 3, 3])
                #expect(map.optional.collations[2] == 255, "the CHAR column is utf8mb4_0900_ai_ci")
                #expect(map.optional.unsignedColumns == [4])
                // Cross-checked as (1, NULL, 'a', NULL, 3230202323): the insert's image omits the
                // unset columns 2 and 4 (columns-present bitmap 0b10101), which `mysql-replication`
                // shows as NULL and this decoder as absent (nil). 3230202323 read as signed would be
                // -1064764973.
                let insert = try #require(d.rows("t1").first)
                #expect(insert.columnsPresent == [true, false, true, false, true])
                #expect(insert.rows == [written(.int(1), nil, str("a"), nil, .uint(3_230_202_323))])
            }),
        Fixture(
            path: "rust_mysql_common/time_issue.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 1, "QUERY": 1, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1,
                "ROTATE": 1,
            ],
            check: { d in
                #expect(d.tableMaps("t").first?.columnTypes == [19])
                // Negative 21 days 03:48:27 is -507:48:27.
                #expect(d.rows("t").flatMap(\.rows) == [written(sqlTime(negative: true, 507, 48, 27))])
                #expect(d.rotates.map(\.nextFile) == ["binlog.000005"])
            }),
        Fixture(
            path: "rust_mysql_common/rpl_unfiltered_hidden_gcol.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 2, "PREVIOUS_GTIDS": 1, "ROTATE": 2, "ANONYMOUS_GTID": 3, "QUERY": 3, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1,
                "XID": 1, "STOP": 1,
            ],
            check: { d in
                // The middle column is the hidden generated column of the functional index.
                let map = try #require(d.tableMaps("t").first)
                #expect(map.columnTypes == [3, 8, 252])
                // Not in the README: the insert leaves the hidden column out of the image.
                #expect(d.rows("t").flatMap(\.rows) == [written(.int(1), nil, str("1"))])
            }),
        Fixture(
            path: "rust_mysql_common/master-bin.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "STOP": 1],
            check: { d in
                #expect(d.formats.first?.serverVersion.hasPrefix("8.0.2-dmr") == true)
                #expect(d.previousGTIDs.map(\.isEmpty) == [true])
            }),
        Fixture(
            path: "rust_mysql_common/mariadb-bin.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "GTID_LIST": 1, "BINLOG_CHECKPOINT": 1, "MARIADB_GTID": 2, "ANNOTATE_ROWS": 2, "TABLE_MAP": 2,
                "WRITE_ROWS_V1": 2, "XID": 2,
            ],
            check: { d in
                #expect(d.mariadbGTIDLists == [[]])
                #expect(d.mariadbGTIDs.map(\.gtid) == [MariaDBGTID(domain: 0, server: 1, sequence: 1), MariaDBGTID(domain: 0, server: 1, sequence: 2)])
                for map in d.tableMaps() {
                    #expect(map.schema == "toddy_test")
                    #expect(map.table == "outbox")
                    #expect(map.columnTypes == [3, 15, 254, 252, 17])
                    #expect(map.optional.columnNames == ["id", "topic", "event_type", "event", "created"])
                    #expect(map.optional.primaryKey.map { $0.column } == [0], "only id has the primary-key flag")
                    #expect(map.optional.primaryKey.map { $0.prefix } == [0])
                    // utf8mb4_general_ci (45) for topic and event_type, binary (63) for the BLOB,
                    // none for id and created.
                    #expect(map.optional.collations == [1: 45, 2: 45, 3: 63])
                    #expect(map.optional.enumValues == [["BLOB", "JSON", "PROTOBUF"]])
                    #expect(map.optional.unsignedColumns == [])
                }
                // Cross-checked: event_type `JSON` is ENUM index 2 (see enumValues); created
                // 2022-04-20 22:18:04 / 22:19:55 UTC as TIMESTAMP seconds.
                #expect(
                    d.rows("outbox").flatMap(\.rows) == [
                        written(.int(62), str("foo"), .enumIndex(2), str(#"{"foo":1}"#), .timestamp(seconds: 1_650_493_084, microseconds: 0)),
                        written(.int(63), str("foo"), .enumIndex(2), str(#"{"foo":1}"#), .timestamp(seconds: 1_650_493_195, microseconds: 0)),
                    ])
            }),
        Fixture(
            path: "rust_mysql_common/binlog_56_gtid_reserved_word.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 6, "QUERY": 9, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "STOP": 1],
            check: { d in
                expectGTIDs(d, uuid: "11111111-1111-1111-1111-111111111111", 1...6)
                // 5.6 GTID events have no logical-timestamp fields.
                #expect(d.mysqlGTIDs.allSatisfy { $0.lastCommitted == nil && $0.sequenceNumber == nil })
                #expect(d.tableMaps("GENERATED").first?.columnTypes == [3])
                #expect(d.rows("GENERATED").count == 1)
                #expect(d.queries.contains("CREATE TABLE GENERATED LIKE test.t1"))
            }),
        Fixture(
            path: "rust_mysql_common/binlog_transaction_with_GTID.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 5, "STOP": 1],
            check: { d in
                expectGTIDs(d, uuid: "006c2cf2-b1ea-11e4-9057-8c705a3d3e78", 1...3)
                #expect(
                    d.queries == [
                        "CREATE TABLE t1 (c1 INT)", "BEGIN", "INSERT INTO t1 VALUES (1)", "COMMIT", "DROP TABLE `t1` /* generated by server */",
                    ])
            }),
        Fixture(
            path: "rust_mysql_common/binlog_transaction_with_anonymous_GTID.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 2, "QUERY": 3, "XID": 1, "ROTATE": 1]),
        Fixture(
            path: "rust_mysql_common/rpl_atomic_ddl_rollback_full.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 4, "QUERY": 4, "STOP": 1],
            check: { d in expectGTIDs(d, uuid: "a0205340-db2c-11e7-babd-340286faf52d", 1...4) }),
        Fixture(
            path: "rust_mysql_common/rpl_atomic_ddl_rollback_table.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 2, "QUERY": 2, "STOP": 1]),
        Fixture(
            path: "rust_mysql_common/rpl_atomic_ddl_rollback_view.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 2, "QUERY": 2, "STOP": 1]),
        Fixture(
            path: "rust_mysql_common/rpl_cross_version_default_utf8mb4_collation.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 5, "QUERY": 7, "INTVAR": 2, "XID": 2, "STOP": 1]),
        Fixture(
            path: "rust_mysql_common/bug27213339-bin.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 46, "QUERY": 46, "STOP": 1]),
        Fixture(
            path: "rust_mysql_common/slave-relay-bin.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 2, "QUERY": 2]),
        Fixture(
            path: "rust_mysql_common/bug32407.001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 3, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "ROTATE": 1],
            check: { d in
                #expect(d.formats.first?.serverVersion.hasPrefix("5.7.1-m11") == true)
                #expect(d.tableMaps("t1").first?.columnTypes == [3])
                #expect(d.rows("t1").flatMap(\.rows) == [written(.int(1)), written(.int(1))])
            }),
        Fixture(
            path: "rust_mysql_common/bug11747887-bin.000003",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 5, "USER_VAR": 1, "XID": 1, "STOP": 1],
            check: { d in #expect(d.formats.first?.checksumAlgorithm == .off) }),
        Fixture(
            path: "rust_mysql_common/ver_trunk_row_v2.001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "QUERY": 24, "TABLE_MAP": 3, "WRITE_ROWS_V2": 1, "UPDATE_ROWS_V2": 1, "DELETE_ROWS_V2": 1, "XID": 2,
                "USER_VAR": 1, "RAND": 1, "INTVAR": 1, "BEGIN_LOAD_QUERY": 1, "APPEND_BLOCK": 1, "EXECUTE_LOAD_QUERY": 1, "ROTATE": 1,
            ],
            check: { d in
                #expect(d.formats.first?.checksumAlgorithm == .off)
                FixtureTests.expectTheVersionWorkload(d)
            }),
        Fixture(
            path: "rust_mysql_common/ver_5_1_23.001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "QUERY": 9, "TABLE_MAP": 3, "WRITE_ROWS_V1": 1, "UPDATE_ROWS_V1": 1, "DELETE_ROWS_V1": 1, "XID": 1,
                "USER_VAR": 1, "RAND": 1, "INTVAR": 1, "BEGIN_LOAD_QUERY": 1, "APPEND_BLOCK": 1, "EXECUTE_LOAD_QUERY": 1, "STOP": 1,
            ],
            check: { d in FixtureTests.expectTheVersionWorkload(d) }),
        Fixture(
            // A 5.2.2-a_drop6p13 prototype server: its FDE's post-header table has 22 entries and its
            // event type codes are permuted (16 TABLE_MAP, 17-19 PRE_GA rows, 20 XID,
            // 21 BEGIN_LOAD_QUERY, 22 EXECUTE_LOAD_QUERY), which MySQL undoes with
            // `event_type_permutation`. The file is statement-based; the README's "types 20/21/22" are
            // XID, BEGIN_LOAD_QUERY and EXECUTE_LOAD_QUERY. FAILS until Core applies the permutation:
            // today the XID at 411 is read as WRITE_ROWS_V0 ("row event for table id 16 without a
            // preceding TABLE_MAP event").
            path: "rust_mysql_common/ver_5_1-wl2325_s.001",
            check: { d in
                #expect(d.events.count == 15)
                #expect(d.body(at: 411) == .xid(16))
                #expect(d.queries.count == 6)
                #expect(d.rands.count == 1)
                #expect(d.userVars.count == 1)
                #expect(d.intvars.count == 1)
                #expect(d.events.last?.body == .stop)
            }),
        Fixture(
            // The same prototype's relay log (see ver_5_1-wl2325_s.001). The origin test stops at the
            // 38-byte event at 428 (type 16: an XID by today's numbering, whose body would be 8 bytes;
            // a pre-GA TABLE_MAP without the metadata block in the prototype's). Either way no valid
            // event of today's layout starts there, so decoding must stop there with an error. FAILS
            // today: the decoder reads it (and two more) as XIDs holding garbage and a later event as
            // a TABLE_MAP with schema "\u{FF}\u{F9}", and reports no error.
            path: "rust_mysql_common/ver_5_1-wl2325_r.001",
            outcome: .error(at: 428),
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 3]),
        Fixture(
            path: "rust_mysql_common/write-full-row.binlog",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 2, "TABLE_MAP": 2, "WRITE_ROWS_V1": 2, "DELETE_ROWS_V1": 1, "ROTATE": 1],
            check: { d in
                // Every written row has all 3 columns; the NDB delete logs only the key column.
                #expect(
                    d.rows("ba").flatMap(\.rows) == [
                        written(.int(3), .int(3), .int(3)), written(.int(1), .int(1), .int(1)), written(.int(2), .int(2), .int(2)),
                        written(.int(4), .int(4), .int(4)), written(.int(4), .int(4), .int(40)), deleted(.int(2), nil, nil),
                    ])
            }),
        Fixture(
            path: "rust_mysql_common/write-partial-row.binlog",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 2, "TABLE_MAP": 2, "WRITE_ROWS_V1": 3, "DELETE_ROWS_V1": 1, "ROTATE": 1],
            check: { d in
                let rows = d.rows("ba")
                #expect(rows.map(\.kind) == [.write, .write, .delete])
                // The last write carries only columns 1 and 3: a partial after image.
                #expect(rows.dropFirst().first?.columnsPresent == [true, false, true])
                #expect(
                    rows.flatMap(\.rows) == [
                        written(.int(3), .int(3), .int(3)), written(.int(1), .int(1), .int(1)), written(.int(2), .int(2), .int(2)),
                        written(.int(4), .int(4), .int(4)), written(.int(4), nil, .int(40)), deleted(.int(2), nil, nil),
                    ])
            }),
        Fixture(
            path: "rust_mysql_common/update-full-row.binlog",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "QUERY": 2, "TABLE_MAP": 2, "WRITE_ROWS_V1": 2, "UPDATE_ROWS_V1": 1, "DELETE_ROWS_V1": 1, "ROTATE": 1,
            ],
            check: { d in
                let update = try #require(d.rows("ba").first { $0.kind == .update })
                #expect(update.rows == [updated([.int(4), .int(4), .int(4)], [.int(4), .int(4), .int(40)])])
            }),
        Fixture(
            path: "rust_mysql_common/update-partial-row.binlog",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "QUERY": 2, "TABLE_MAP": 2, "WRITE_ROWS_V1": 2, "UPDATE_ROWS_V1": 1, "DELETE_ROWS_V1": 1, "ROTATE": 1,
            ],
            check: { d in
                // Only columns 1 and 3 in both images: (4, ·, 4) → (4, ·, 40).
                let update = try #require(d.rows("ba").first { $0.kind == .update })
                #expect(update.columnsPresent == [true, false, true])
                #expect(update.columnsPresentAfter == [true, false, true])
                #expect(update.rows == [updated([.int(4), nil, .int(4)], [.int(4), nil, .int(40)])])
            }),
        Fixture(
            path: "rust_mysql_common/binlog_savepoint.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 2, "ROTATE": 1, "QUERY": 8, "XID": 1],
            check: { d in
                #expect(d.queries.contains("SavePoint mixed_cases"))
                #expect(d.queries.contains("ROLLBACK TO mixed_cases"))
                #expect(d.xids == [28])
            }),
        Fixture(
            path: "rust_mysql_common/binlog_transaction.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 17, "XID": 1, "ROTATE": 1],
            check: { d in #expect(d.formats.first?.serverVersion.hasPrefix("5.0.86") == true) }),
        Fixture(
            path: "rust_mysql_common/bug16266.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 4, "STOP": 1]),
        Fixture(
            path: "rust_mysql_common/bug33029-slave-relay-bin.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 2, "ROTATE": 1, "QUERY": 28, "INTVAR": 11, "STOP": 1]),
        Fixture(
            path: "rust_mysql_common/bug40482-bin.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "INCIDENT": 1, "ROTATE": 1],
            check: { d in
                // MySQL bug #40482: readers must survive this INCIDENT. Its incident number is 0x42,
                // which is not a valid one (MySQL treats it as INCIDENT_NONE); the message is empty.
                let body = try #require(d.bodies(ofType: "INCIDENT").first)
                guard case .incident(let incident) = body else {
                    Issue.record("INCIDENT not decoded")
                    return
                }
                #expect(incident.type == 0x42)
                #expect(incident.message == "")
            }),
        Fixture(
            // The QUERY event at 91204 (171 bytes) is damaged: its status-variables length runs past
            // the event. The origin test stops reading there too.
            path: "rust_mysql_common/corrupt-relay-bin.000624",
            outcome: .error(at: 91204),
            eventCounts: ["FORMAT_DESCRIPTION": 2, "ROTATE": 1, "QUERY": 453, "INTVAR": 233, "XID": 183],
            check: { d in #expect(d.error?.message.contains("QUERY") == true) }),
        Fixture(
            // Magic plus 10 bytes: not even one whole event header.
            path: "rust_mysql_common/binlog_truncated_event.000001",
            outcome: .error(at: 4),
            eventCounts: [:]),
        Fixture(
            // The FDE, then only the first 9 bytes of a PREVIOUS_GTIDS header.
            path: "rust_mysql_common/binlog_truncated_prev_gtid_event.000001",
            outcome: .error(at: 120),
            eventCounts: ["FORMAT_DESCRIPTION": 1]),
    ]

    /// ver_5_1_23.001 and ver_trunk_row_v2.001: the same rows on `test.t1` [LONG, STRING] as v1
    /// and v2 rows events, plus LOAD DATA, RAND, USER_VAR and INTVAR. (The values are not in the
    /// README; they are what both files hold.)
    fileprivate static func expectTheVersionWorkload(_ d: Decoded, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(d.tableMaps("t1").allSatisfy { $0.columnTypes == [3, 254] }, sourceLocation: sourceLocation)
        #expect(
            d.rows("t1").flatMap(\.rows) == [
                written(.int(0), str("one")), written(.int(1), str("two")),
                updated([.int(0), str("one")], [.int(1), str("one")]), updated([.int(1), str("two")], [.int(2), str("two")]),
                deleted(.int(2), str("two")),
            ], sourceLocation: sourceLocation)
        #expect(d.userVars.map(\.name) == ["x"], sourceLocation: sourceLocation)
        #expect(d.rands.count == 1, sourceLocation: sourceLocation)
        #expect(d.intvars.count == 1, sourceLocation: sourceLocation)
        // LOAD DATA: the file's blocks, then the statement that reads them.
        #expect(d.bodies(ofType: "BEGIN_LOAD_QUERY").allSatisfy { if case .loadDataBlock = $0 { true } else { false } }, sourceLocation: sourceLocation)
        #expect(d.bodies(ofType: "APPEND_BLOCK").allSatisfy { if case .loadDataBlock = $0 { true } else { false } }, sourceLocation: sourceLocation)
        #expect(d.bodies(ofType: "EXECUTE_LOAD_QUERY").count == 1, sourceLocation: sourceLocation)
        if case .executeLoadQuery(let load)? = d.bodies(ofType: "EXECUTE_LOAD_QUERY").first {
            #expect(load.query.queryText.uppercased().contains("LOAD DATA"), sourceLocation: sourceLocation)
        } else {
            Issue.record("EXECUTE_LOAD_QUERY is not decoded", sourceLocation: sourceLocation)
        }
    }
}

// MARK: - mysql-binlog-connector-java (osheroff/mysql-binlog-connector-java src/test/resources)

extension FixtureTests {
    /// The origin test asserts how many events a file reader returns (a TRANSACTION_PAYLOAD
    /// counts as one).
    static let connectorJava: [Fixture] = [
        Fixture(
            path: "mysql-binlog-connector-java/mysql-bin.compressed",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 1, "TRANSACTION_PAYLOAD": 1, "ROTATE": 1],
            check: { d in
                #expect(d.events.count == 5)
                // The payload (zstd, 451 → 960 bytes) holds QUERY `BEGIN`, TABLE_MAP `demo.movies`
                // [LONG, VARCHAR, LONG, VARCHAR × 8], UPDATE_ROWS_V2 (one row; cross-checked: row 1
                // `Once Upon a Time in the West`, 1968, `Italy`, …, column 5 `Western` → `Western|Action`)
                // and XID 31.
                let inner = try #require(d.payloads.first)
                #expect(inner.map(\.header.type) == [.query, .tableMap, .updateRowsV2, .xid])
                guard case .rows(let rows) = inner[2].body, case .xid(let xid) = inner[3].body else {
                    Issue.record("unexpected inner events: \(inner)")
                    return
                }
                #expect(rows.table == "movies")
                #expect(rows.rows.count == 1)
                #expect(rows.rows.first?.before?[1] == .bytes(Array("Once Upon a Time in the West".utf8)))
                #expect(rows.rows.first?.after?[1] == .bytes(Array("Once Upon a Time in the West".utf8)))
                #expect(xid == 31)
                #expect(d.rotates.map(\.nextFile) == ["mysql-bin.000005"])
            }),
        Fixture(
            path: "mysql-binlog-connector-java/mysql-bin.checksum-crc32",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 60, "QUERY": 60, "TABLE_MAP": 60, "WRITE_ROWS_V2": 34,
                "UPDATE_ROWS_V2": 20, "DELETE_ROWS_V2": 6, "XID": 60, "ROTATE": 1,
            ],
            check: { d in
                #expect(d.events.count == 303)
                #expect(d.formats.first?.checksumAlgorithm == .crc32)
                let tables = Set(d.tableMaps().map { "\($0.schema).\($0.table)" })
                #expect(tables.count == 17)
                #expect(Set(d.tableMaps().map(\.schema)).count == 4)
                #expect(d.tableMaps().contains { $0.columnTypes.contains(17) }, "TIMESTAMP2 columns")
            }),
        Fixture(
            path: "mysql-binlog-connector-java/mysql-bin.checksum-none",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 40, "QUERY": 40, "TABLE_MAP": 36, "WRITE_ROWS_V2": 34,
                "UPDATE_ROWS_V2": 2, "XID": 36, "STOP": 1,
            ],
            check: { d in
                #expect(d.events.count == 191)
                #expect(d.formats.first?.checksumAlgorithm == .off)
                #expect(d.tableMaps().contains { $0.columnTypes.contains(18) }, "DATETIME2 columns")
                // Not in the README: the first row's id (CHAR) and DATETIME2 columns.
                let first = try #require(d.rows("account").first?.rows.first?.after)
                #expect(column(first, 0) == str("42b0a771-9345-4b19-b503-d51b5fff30ef"))
                #expect(column(first, 1) == sqlDatetime(2018, 10, 30, 18, 2, 9))
            }),
        Fixture(
            path: "mysql-binlog-connector-java/mysql-bin.aurora-padding",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 1, "TYPE_100": 1, "QUERY": 1],
            check: { d in
                // Aurora's padding: unknown type 100 with LOG_EVENT_IGNORABLE_F, skipped by its length
                // (the origin rejects it as unsupported and continues); reading continues with BEGIN.
                let padding = try #require(d.event(at: 281))
                #expect(padding.header.type.rawValue == 100)
                #expect(padding.header.eventSize == 928)
                #expect(padding.header.flags & 0x80 != 0)
                #expect(padding.body == .unknown)
                #expect(d.queries == ["BEGIN"])
            }),
        Fixture(
            // gunzipped to a temporary file first (1445714 bytes).
            path: "mysql-binlog-connector-java/mysql-bin.sakila.gz",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 54, "TABLE_MAP": 18, "WRITE_ROWS_V1": 1374, "XID": 15],
            check: { d in
                #expect(d.events.count == 1462)
                #expect(Set(d.tableMaps().map(\.table)).count == 16)
                let writes = d.rows()
                // NO_FOREIGN_KEY_CHECKS | RELAXED_UNIQUE_CHECKS on every event, STMT_END_F on some.
                #expect(writes.allSatisfy { $0.flags & 0x6 == 0x6 })
                #expect(writes.filter(\.isStatementEnd).count == 18)
            }),
    ]
}

// MARK: - mysql-binlog-connector-rust (apecloud/mysql-binlog-connector-rust tests/parse_file_tests)

extension FixtureTests {
    /// The origin test asserts the event counts a sequential reader gets (a payload counts as one).
    static let connectorRust: [Fixture] = [
        Fixture(
            path: "mysql-binlog-connector-rust/mysql-bin.000057",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 1, "TRANSACTION_PAYLOAD": 2],
            check: { d in
                #expect(d.events.count == 8)
                let previous = try gtidSet("76f3e7be-6720-11ed-9cad-0242ac110002:1-10")
                #expect(d.previousGTIDs == [previous])
                expectGTIDs(d, uuid: "76f3e7be-6720-11ed-9cad-0242ac110002", 11...13)
                #expect(d.queries == ["create table b(id int)"])
                // Known gap: TRANSACTION_PAYLOAD. Once decoded: GTID 12's payload (161 → 214 bytes)
                // holds QUERY, ROWS_QUERY, TABLE_MAP `a.b` [LONG], WRITE_ROWS_V2 (1), XID 10; GTID 13's
                // (516 → 1255 bytes) QUERY, 2 ROWS_QUERY, 2 TABLE_MAP `a.test_table_3` (20 columns incl.
                // JSON), UPDATE_ROWS_V2, WRITE_ROWS_V2, XID 22. Cross-checked: the update's before
                // image starts (55555, `product_item_value_2`, 2022-11-20, 111, `description_1`,
                // 2022-11-20 13:40:30, NULL, NULL, `b3`, `{"c": 1}`, `product_item_2_value`, …); the
                // insert has id 6666 and timestamps 13:53:32.
                let payloads = d.payloads
                #expect(payloads.count == 2)
                let first = try #require(payloads.first)
                #expect(first.map(\.header.type) == [.query, .rowsQuery, .tableMap, .writeRowsV2, .xid])
                if case .rows(let rows) = first[3].body { #expect(rows.rows == [RowChange(before: nil, after: [.int(1)])]) }
                if case .xid(let xid) = first[4].body { #expect(xid == 10) }
                let second = try #require(payloads.last)
                let types = second.map(\.header.type)
                #expect(types.first == .query && types.last == .xid)
                #expect(types.filter { $0 == .rowsQuery }.count == 2)
                #expect(types.filter { $0 == .tableMap }.count == 2)
                let changes = second.compactMap { event -> RowsEvent? in
                    if case .rows(let rows) = event.body { return rows }
                    return nil
                }
                #expect(changes.map(\.kind) == [.update, .write])
                #expect(changes.first?.rows.first?.before?[0] == .int(55555))
                #expect(changes.first?.rows.first?.before?[9] == .json(#"{"c": 1}"#))
                #expect(changes.last?.rows.first?.after?[0] == .int(6666))
                if case .xid(let xid) = second.last?.body { #expect(xid == 22) }
            }),
        Fixture(
            path: "mysql-binlog-connector-rust/mysql-bin.000080",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 10, "QUERY": 10, "TABLE_MAP": 5, "WRITE_ROWS_V2": 3, "DELETE_ROWS_V2": 2,
                "XID": 5,
            ],
            check: { d in
                #expect(d.events.count == 37)
                let previous = try gtidSet("58cf6502-63db-11ed-8079-0242ac110002:1-52")
                #expect(d.previousGTIDs == [previous])
                expectGTIDs(d, uuid: "58cf6502-63db-11ed-8079-0242ac110002", 53...62)
                #expect(d.tableMaps("b").allSatisfy { $0.schema == "a" && $0.columnTypes == [3] })
                #expect(d.tableMaps("emoji").first?.columnTypes == [3, 15])
                #expect(d.rows("emoji").flatMap(\.rows) == [written(.int(2), str(""))])
            }),
    ]
}

// MARK: - mysql-cdc-rs (rust-us/mysql-cdc-rs tests/events)

extension FixtureTests {
    static let mysqlCdcRs: [Fixture] = [
        // 8.0 `int_table` [TINY, SHORT, INT24, LONG, LONGLONG, TINY] (signed).
        Fixture(
            path: "mysql-cdc-rs/8.0/19_30_Table_map_event_Write_rows_log_event/binlog.000018",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 3, "QUERY": 3, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1],
            check: { d in
                let map = try #require(d.tableMaps("int_table").first)
                #expect(map.schema == "test")
                #expect(map.tableID == 90)
                #expect(map.flags == 1)
                #expect(map.columnTypes == [1, 2, 9, 3, 8, 1])
                #expect(map.metadata == [0, 0, 0, 0, 0, 0])
                #expect(d.rows("int_table").flatMap(\.rows) == [written(.int(1), .int(11), .int(111), .int(1111), .int(11111), .int(1))])
            }),
        Fixture(
            path: "mysql-cdc-rs/8.0/31_update_rows_v2/binlog.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 4, "QUERY": 4, "TABLE_MAP": 2, "WRITE_ROWS_V2": 1,
                "UPDATE_ROWS_V2": 1, "XID": 2,
            ],
            check: { d in
                #expect(d.tableMaps("int_table").map(\.tableID) == [91, 91])
                let update = try #require(d.rows("int_table").first { $0.kind == .update })
                #expect(update.columnsPresent == Array(repeating: true, count: 6))
                #expect(update.columnsPresentAfter == Array(repeating: true, count: 6))
                #expect(
                    update.rows == [
                        updated(
                            [.int(1), .int(11), .int(111), .int(1111), .int(11111), .int(1)],
                            [.int(1), .int(22), .int(222), .int(1111), .int(11111), .int(1)])
                    ])
            }),
        Fixture(
            path: "mysql-cdc-rs/8.0/32_delete_rows_v2/binlog.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 5, "QUERY": 5, "TABLE_MAP": 3, "WRITE_ROWS_V2": 1,
                "UPDATE_ROWS_V2": 1, "DELETE_ROWS_V2": 1, "XID": 3,
            ],
            check: { d in
                #expect(d.tableMaps("int_table").allSatisfy { $0.tableID == 91 })
                let delete = try #require(d.rows("int_table").first { $0.kind == .delete })
                #expect(delete.rows == [deleted(.int(1), .int(22), .int(222), .int(1111), .int(11111), .int(1))])
            }),
        Fixture(
            path: "mysql-cdc-rs/8.0/02_query/binlog.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 1, "QUERY": 1]),
        Fixture(
            path: "mysql-cdc-rs/8.0/02_query_bigger/binlog.000733",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 11, "QUERY": 11, "TABLE_MAP": 6, "WRITE_ROWS_V2": 3,
                "UPDATE_ROWS_V2": 1, "DELETE_ROWS_V2": 2, "XID": 6,
            ],
            check: { d in
                for map in d.tableMaps() {
                    #expect(map.columnTypes == [8, 3, 3, 8, 246, 246, 246, 246, 15, 15, 10, 10, 10, 15, 15, 15])
                }
                // Not in the README: the first LINEITEM row (DECIMAL(12,3), (13,2), (10,1), (12,1)).
                let first = try #require(d.rows("LINEITEM").first?.rows.first)
                #expect(
                    first
                        == written(
                            .int(1_234_567_890_111), .int(1_235_111), .int(13711), .int(888_878_711), .decimal("99.911"), .decimal("76.11"),
                            .decimal("888.1"), .decimal("109.1"), str("code"), str("Y"), sqlDate(1990, 8, 1), sqlDate(1990, 6, 1),
                            sqlDate(1990, 1, 1), str("test@test.com"), str("test"), str("com")))
                #expect(d.rows("LINEITEM").map(\.kind) == [.write, .write, .update, .delete, .delete])
                #expect(d.rows("Demo").map(\.kind) == [.write])
            }),
        // 5.7.30, GTIDs, table `default.boxercrab`.
        Fixture(
            path: "mysql-cdc-rs/5.7/02_query/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 2, "QUERY": 2, "ROTATE": 1],
            check: { d in FixtureTests.expectRotateToNextFile(d) }),
        Fixture(
            path: "mysql-cdc-rs/5.7/03_stop/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "STOP": 1]),
        Fixture(
            path: "mysql-cdc-rs/5.7/04_rotate/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ROTATE": 1],
            check: { d in FixtureTests.expectRotateToNextFile(d) }),
        Fixture(
            path: "mysql-cdc-rs/5.7/15_format_desc/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ROTATE": 1],
            check: { d in
                let format = try #require(d.formats.first)
                #expect(format.serverVersion == "5.7.30-log")
                #expect(format.createTimestamp == 1_596_175_634)
                #expect(format.binlogVersion == 4)
                FixtureTests.expectRotateToNextFile(d)
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/05_intvar/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 4, "INTVAR": 1, "XID": 1, "ROTATE": 1],
            check: { d in
                // INTVAR type LAST_INSERT_ID (1), value 0.
                #expect(d.intvars.map { $0.type } == [1])
                #expect(d.intvars.map(\.value) == [0])
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/13_rand/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 4, "RAND": 1, "XID": 1, "ROTATE": 1],
            check: { d in
                #expect(d.rands.map(\.seed1) == [694_882_935])
                #expect(d.rands.map(\.seed2) == [292_094_996])
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/14_user_var/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 4, "INTVAR": 1, "USER_VAR": 3, "XID": 1, "ROTATE": 1],
            check: { d in
                // The origin's "string / int / decimal" are the value types STRING_RESULT (0),
                // INT_RESULT (2) and DECIMAL_RESULT (4).
                #expect(d.userVars.map(\.name) == ["val_s", "val_i", "val_d"])
                #expect(d.userVars.map(\.valueType) == [0, 2, 4])
                #expect(d.userVars.first?.charset == 33)
                #expect(d.userVars.first?.value == Array("test blog".utf8))
                #expect(d.userVars.dropFirst().first?.value == [100, 0, 0, 0, 0, 0, 0, 0])
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/16_xid/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 3, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1, "ROTATE": 1],
            check: { d in #expect(d.xids == [41]) }),
        Fixture(
            path: "mysql-cdc-rs/5.7/17_18_load/log.bin",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 1, "QUERY": 1, "BEGIN_LOAD_QUERY": 1, "EXECUTE_LOAD_QUERY": 1, "XID": 1,
                "ROTATE": 1,
            ],
            check: { d in
                // The origin asserts: BEGIN_LOAD_QUERY file id 1 with the block `1,"abc"\n`;
                // EXECUTE_LOAD_QUERY thread 23, file id 1, start 9, end 37, schema `default`.
                guard case .loadDataBlock(let block)? = d.bodies(ofType: "BEGIN_LOAD_QUERY").first,
                    case .executeLoadQuery(let load)? = d.bodies(ofType: "EXECUTE_LOAD_QUERY").first
                else {
                    Issue.record("LOAD DATA events are not decoded")
                    return
                }
                #expect(block.fileID == 1)
                #expect(block.data == Array("1,\"abc\"\n".utf8))
                #expect(load.query.threadID == 23)
                #expect(load.fileID == 1)
                #expect(load.fileNameStart == 9)
                #expect(load.fileNameEnd == 37)
                #expect(load.query.schema == "default")
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/19_table_map/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 3, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1, "ROTATE": 1],
            check: { d in
                let map = try #require(d.tableMaps().first)
                #expect(map.tableID == 110)
                #expect(map.schema == "default")
                #expect(map.table == "boxercrab")
                #expect(map.columnTypes == [3, 15])
                #expect(map.metadata == [0, 160])
                #expect(map.flags == 1)
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/29_row_query/log.bin",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 3, "ROWS_QUERY": 1, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1,
                "ROTATE": 1,
            ],
            check: { d in
                #expect(d.rowsQueries == ["INSERT INTO `boxercrab` (`title`) VALUES ('hahhhhhhhhh')"])
                #expect(d.rows("boxercrab").flatMap(\.rows) == [written(.int(1), str("hahhhhhhhhh"))])
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/30_write_rows_v2/log.bin",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 3, "ROWS_QUERY": 1, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1,
                "ROTATE": 1,
            ],
            check: { d in #expect(d.rows("boxercrab").flatMap(\.rows) == [written(.int(1), str("abcde"))]) }),
        Fixture(
            path: "mysql-cdc-rs/5.7/31_update_rows_v2/log.bin",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 1, "QUERY": 1, "TABLE_MAP": 1, "UPDATE_ROWS_V2": 1, "XID": 1, "ROTATE": 1],
            check: { d in
                let map = try #require(d.tableMaps("boxercrab").first)
                #expect(map.tableID == 208)
                #expect(map.columnTypes == [3, 15, 15, 252, 252, 252, 4, 5, 246])
                // FLOAT, DOUBLE and DECIMAL(?, 4): the origin's 1.0 / 2.0 / 3.0000.
                let abc = str("abc")
                let xd = str("xd")
                #expect(
                    d.rows("boxercrab").flatMap(\.rows) == [
                        updated(
                            [.int(1), abc, abc, abc, abc, abc, .float(1), .double(2), .decimal("3.0000")],
                            [.int(1), xd, xd, xd, xd, xd, .float(4), .double(4), .decimal("4.0000")])
                    ])
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/32_delete_rows_v2/log.bin",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 4, "QUERY": 4, "ROWS_QUERY": 2, "TABLE_MAP": 2, "WRITE_ROWS_V2": 1,
                "DELETE_ROWS_V2": 1, "XID": 2, "ROTATE": 1,
            ],
            check: { d in
                #expect(d.rowsQueries == ["INSERT INTO `boxercrab` (`title`) VALUES ('abcde')", "DELETE FROM `boxercrab`"])
                #expect(d.rows("boxercrab").flatMap(\.rows) == [written(.int(1), str("abcde")), deleted(.int(1), str("abcde"))])
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/33_35_gtid_prev_gtid/log.bin",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 3, "QUERY": 3, "ROWS_QUERY": 1, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1,
                "ROTATE": 1,
            ],
            check: { d in
                expectGTIDs(d, uuid: "80549ecc-d2f2-11ea-b790-0242ac130002", 1...3)
                // Commit flag 1, logical-timestamp type 2 (so the clocks are present), last_committed 0,
                // sequence_number 1.
                let first = try #require(d.mysqlGTIDs.first)
                #expect(first.flags == 1)
                #expect(first.lastCommitted == 0)
                #expect(first.sequenceNumber == 1)
                #expect(d.previousGTIDs.map(\.isEmpty) == [true])
            }),
        Fixture(
            path: "mysql-cdc-rs/5.7/34_anonymous_gtid/log.bin",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 3, "QUERY": 3, "ROWS_QUERY": 1, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1,
                "XID": 1, "ROTATE": 1,
            ],
            check: { d in
                let first = try #require(d.anonymousGTIDs.first)
                #expect(first.flags == 1)
                #expect(first.lastCommitted == 0)
                #expect(first.sequenceNumber == 1)
            }),
    ]

    /// ROTATE to `mysql_bin.000002`, position 4 (origin test).
    fileprivate static func expectRotateToNextFile(_ d: Decoded, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(d.rotates.map(\.nextFile) == ["mysql_bin.000002"], sourceLocation: sourceLocation)
        #expect(d.rotates.map(\.position) == [4], sourceLocation: sourceLocation)
    }
}

// MARK: - gh-ost (github/gh-ost go/binlog/testdata)

extension FixtureTests {
    /// Both files record the same statements on `test.samplet (id, license, name, b TINYBLOB)`;
    /// 000066 with binlog_row_image=MINIMAL, 000070 with FULL. No origin test reads them; the
    /// values are cross-checked with `mariadb-binlog`.
    static let ghOst: [Fixture] = [
        Fixture(
            path: "gh-ost/mysql-bin.000066",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "QUERY": 13, "TABLE_MAP": 16, "WRITE_ROWS_V2": 9, "UPDATE_ROWS_V2": 5, "DELETE_ROWS_V2": 3, "XID": 11,
                "ROTATE": 1,
            ],
            check: { d in
                // MINIMAL: inserts omit the unset `b`; update and delete before images hold only `id`;
                // update after images only the changed columns.
                let rows = try FixtureTests.expectSamplesStatements(d)
                #expect(rows[0].rows == [written(.int(1), .int(1), str("a"), nil)])
                #expect(rows[5].rows == [updated([.int(5), nil, nil, nil], [nil, nil, str("update"), nil])])
                #expect(rows[6].rows == [deleted(.int(2), nil, nil, nil)])
                #expect(rows[7].rows == [updated([.int(4), nil, nil, nil], [.int(2), .int(4), str("replaced 2,4"), .null])])
            }),
        Fixture(
            path: "gh-ost/mysql-bin.000070",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "QUERY": 13, "TABLE_MAP": 16, "WRITE_ROWS_V2": 9, "UPDATE_ROWS_V2": 5, "DELETE_ROWS_V2": 3, "XID": 11,
                "ROTATE": 1,
            ],
            check: { d in
                // FULL: all four columns in every image.
                let rows = try FixtureTests.expectSamplesStatements(d)
                #expect(rows[0].rows == [written(.int(1), .int(1), str("a"), .null)])
                #expect(
                    rows[5].rows == [updated([.int(5), .int(5), str("transaction"), .null], [.int(5), .int(5), str("update"), .null])])
                #expect(rows[6].rows == [deleted(.int(2), .int(2), str("extended"), .null)])
                #expect(
                    rows[7].rows == [updated([.int(4), .int(4), str("transaction"), .null], [.int(2), .int(4), str("replaced 2,4"), .null])])
            }),
    ]

    /// What both gh-ost files share; returns the 17 rows events (checked to be there).
    fileprivate static func expectSamplesStatements(_ d: Decoded, sourceLocation: SourceLocation = #_sourceLocation) throws -> [RowsEvent] {
        let rows = d.rows("samplet")
        let w = RowsEvent.Kind.write
        let u = RowsEvent.Kind.update
        let x = RowsEvent.Kind.delete
        #expect(rows.map(\.kind) == [w, w, w, w, w, u, x, u, w, w, x, w, u, u, x, w, u], sourceLocation: sourceLocation)
        try #require(rows.count == 17, sourceLocation: sourceLocation)
        #expect(d.tableMaps("samplet").allSatisfy { $0.columnTypes == [3, 3, 15, 252] }, sourceLocation: sourceLocation)
        // REPLACE is logged as a DELETE_ROWS event without STMT_END_F followed by an UPDATE_ROWS event.
        #expect(!rows[6].isStatementEnd, sourceLocation: sourceLocation)
        #expect(rows[7].isStatementEnd, sourceLocation: sourceLocation)
        // Row 7 has a 16×16 PNG in `b`.
        let png = column(rows[8].rows.first?.after, 3)
        if case .bytes(let bytes) = png {
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), sourceLocation: sourceLocation)
        } else {
            Issue.record("expected the PNG bytes, found \(String(describing: png))", sourceLocation: sourceLocation)
        }
        return rows
    }
}

// MARK: - go-mysql (go-mysql-org/go-mysql replication/t)

extension FixtureTests {
    static let goMySQL: [Fixture] = [
        Fixture(
            path: "go-mysql/tcb-eval002c-bin.003320",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 1, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1, "ROTATE": 1],
            check: { d in
                // (id, v4_2, v5_0, v7_3, v10_2, v10_3, v13_2, v15_14, v20_10, v30_5, v30_20, v30_25,
                // prec, scale); each row writes one literal into all 11 DECIMAL columns. Cross-checked.
                let map = try #require(d.tableMaps("decodedecimal").first)
                let types: [UInt8] = [3] + Array(repeating: 246, count: 11) + [3, 3]
                #expect(map.columnTypes == types)
                let rows = d.rows("decodedecimal").flatMap(\.rows)
                try #require(rows.count == 17)
                let decimals = [
                    "-10.55", "-11", "-10.550", "-10.55", "-10.550", "-10.55", "-9.99999999999999", "-10.5500000000", "-10.55000",
                    "-10.55000000000000000000", "-10.5500000000000000000000000",
                ]
                var first: [BinlogValue?] = [.int(1)]
                for text in decimals { first.append(.decimal(text)) }
                first.append(.int(4))
                first.append(.int(2))
                #expect(rows[0] == RowChange(before: nil, after: first))
                #expect(column(rows[1].after, 11) == .decimal("0.0123456789012345678912345"))
                #expect(column(rows[9].after, 8) == .decimal("-0.0000000123"))
                #expect(column(rows[9].after, 11) == .decimal("-0.0000000123450000987650000"))
                #expect(column(rows[10].after, 8) == .decimal("9999999999.9999999999"))
                #expect(column(rows[10].after, 9) == .decimal("1234500009876.50000"))
                #expect(d.rotates.map(\.nextFile) == ["tcb-eval002c-bin.003321"])
            }),
    ]
}

// MARK: - canal (alibaba/canal parse/src/test/resources/binlog)

extension FixtureTests {
    static let canal: [Fixture] = [
        Fixture(
            path: "canal/mysql-bin.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "QUERY": 111, "TABLE_MAP": 89, "WRITE_ROWS_V1": 10, "UPDATE_ROWS_V1": 78, "DELETE_ROWS_V1": 1, "XID": 89,
                "ROTATE": 1,
            ],
            check: { d in
                #expect(d.formats.first?.checksumAlgorithm == .off)
                #expect(Set(d.tableMaps().map { "\($0.schema).\($0.table)" }).count == 5)
                let types = Set(d.tableMaps().flatMap(\.columnTypes))
                #expect(types == [3, 15, 12, 7], "LONG, VARCHAR, DATETIME, TIMESTAMP")
            }),
        Fixture(
            path: "canal/mysql-bin.000002",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 1, "TABLE_MAP": 1, "UPDATE_ROWS_V1": 1, "XID": 1],
            check: { d in
                let map = try #require(d.tableMaps().first)
                #expect(map.schema == "retl")
                #expect(map.table == "xdual")
                #expect(map.columnTypes == [3, 7])
                // Not in the README: the old-style TIMESTAMP values.
                #expect(
                    d.rows("xdual").flatMap(\.rows) == [
                        updated(
                            [.int(1), .timestamp(seconds: 1_341_818_483, microseconds: 0)], [.int(1), .timestamp(seconds: 1_341_820_524, microseconds: 0)])
                    ])
            }),
        Fixture(
            path: "canal/tsdb/mysql-bin.000002",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 16, "QUERY": 16, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1,
                "STOP": 1,
            ],
            check: { d in
                #expect(d.rows().flatMap(\.rows) == [written(.int(34), str("kami"), .int(18))])
                // DDL with Chinese column comments decodes as UTF-8.
                #expect(d.queries.contains { query in query.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
            }),
        Fixture(
            path: "canal/tsdb/mysql-bin.000003",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 33, "QUERY": 33, "TABLE_MAP": 21, "WRITE_ROWS_V2": 21, "XID": 21,
            ],
            check: { d in
                // `wanshao.wanshao_test` is altered between inserts: its table map grows 4 → 5 → 6 columns.
                #expect(Array(d.tableMaps("wanshao_test").map(\.columnCount).prefix(3)) == [4, 5, 6])
                #expect(d.tableMaps().contains { $0.schema == "tsdb" && $0.table.hasPrefix("canal_table_meta_") })
                // The origin test starts reading at position 219, timestamp 1505467103000 (ms).
                let start = try #require(d.event(at: 219))
                #expect(start.header.timestamp == 1_505_467_103)
            }),
    ]
}

// MARK: - binlog-parser (zalora/binlog-parser data/fixtures)

extension FixtureTests {
    static let binlogParser: [Fixture] = [
        Fixture(
            path: "binlog-parser/mysql-bin.01",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 4, "TABLE_MAP": 4, "WRITE_ROWS_V2": 2, "UPDATE_ROWS_V2": 1, "DELETE_ROWS_V2": 1, "XID": 4],
            check: { d in
                let rows = d.rows()
                #expect(rows.map(\.table) == ["buildings", "rooms", "rooms", "buildings"])
                try #require(rows.count == 4)
                let headquarters: [BinlogValue?] = [.int(1), str("ACME Headquaters"), str("3950 North 1st Street CA 95134")]
                #expect(
                    rows[0].rows == [
                        RowChange(before: nil, after: headquarters), written(.int(2), str("ACME Sales"), str("5000 North 1st Street CA 95134")),
                    ])
                #expect(
                    rows[1].rows == [
                        written(.int(1), str("Amazon"), .int(1)), written(.int(2), str("War Room"), .int(1)),
                        written(.int(3), str("Office of CEO"), .int(1)), written(.int(4), str("Marketing"), .int(2)),
                        written(.int(5), str("Showroom"), .int(2)),
                    ])
                #expect(
                    rows[2].rows == [
                        updated([.int(4), str("Marketing"), .int(2)], [.int(4), str("MARKETING"), .int(2)]),
                        updated([.int(5), str("Showroom"), .int(2)], [.int(5), str("SHOWROOM"), .int(2)]),
                    ])
                #expect(rows[3].rows == [RowChange(before: headquarters, after: nil)])
            }),
        Fixture(
            path: "binlog-parser/mysql-bin.02",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 3, "TABLE_MAP": 1, "WRITE_ROWS_V2": 1, "XID": 1],
            check: { d in
                #expect(d.tableMaps("employees").first?.columnTypes == [3, 10, 15, 15])
                #expect(d.rows("employees").flatMap(\.rows) == [written(.int(1), sqlDate(2017, 4, 13), str("Max"), str("Mustermann"))])
                #expect(d.queries.first?.hasPrefix("CREATE TABLE employees") == true)
                #expect(d.queries.last == "DROP TABLE `employees` /* generated by server */")
            }),
        Fixture(
            path: "binlog-parser/mysql-bin.03",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 4, "TABLE_MAP": 4, "WRITE_ROWS_V2": 1, "UPDATE_ROWS_V2": 3, "XID": 4],
            check: { d in
                #expect(
                    d.rows("buildings").flatMap(\.rows) == [
                        written(.int(3), str("foo"), str("bar")), written(.int(4), str("baz"), str("qoo")),
                        updated([.int(3), str("foo"), str("bar")], [.int(3), str("foo2"), str("bar2")]),
                        updated([.int(4), str("baz"), str("qoo")], [.int(4), str("baz2"), str("qoo2")]),
                        // One statement setting `address` to the empty string on rows 2, 3 and 4.
                        updated(
                            [.int(2), str("ACME Sales"), str("5000 North 1st Street CA 95134")], [.int(2), str("ACME Sales"), str("")]),
                        updated([.int(3), str("foo2"), str("bar2")], [.int(3), str("foo2"), str("")]),
                        updated([.int(4), str("baz2"), str("qoo2")], [.int(4), str("baz2"), str("")]),
                    ])
            }),
        Fixture(
            path: "binlog-parser/mysql-bin.05",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 3, "STOP": 1],
            check: { d in
                #expect(
                    d.queries == [
                        "DELETE FROM `test_db`.`filler`", "DROP TABLE `filler` /* generated by server */",
                        "DROP TABLE `lookup` /* generated by server */",
                    ])
            }),
        Fixture(
            path: "binlog-parser/mysql-bin.06",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "QUERY": 5, "TABLE_MAP": 2, "WRITE_ROWS_V2": 2, "XID": 2],
            check: { d in
                // The schema changes mid-file: the second table map has the added column.
                #expect(d.tableMaps("language").map(\.columnTypes) == [[1, 254, 17], [1, 254, 17, 15]])
                // TIMESTAMP values as UTC epoch seconds: 2017-04-24 05:45:11 and 05:45:41. (5.6 logs no
                // signedness, so the TINYINT UNSIGNED id reads as a signed integer.)
                #expect(
                    d.rows("language").flatMap(\.rows) == [
                        written(.int(70), str("German"), .timestamp(seconds: 1_493_012_711, microseconds: 0)),
                        written(.int(71), str("German"), .timestamp(seconds: 1_493_012_741, microseconds: 0), str("some value")),
                    ])
            }),
        Fixture(
            path: "binlog-parser/mysql-bin.07",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "GTID_LIST": 1, "BINLOG_CHECKPOINT": 1, "MARIADB_GTID": 2, "QUERY": 1, "TABLE_MAP": 2, "WRITE_ROWS_V1": 2,
                "XID": 1,
            ],
            check: { d in
                #expect(d.formats.first?.serverVersion.hasPrefix("10.0.15-MariaDB") == true)
                #expect(d.formats.first?.checksumAlgorithm == .off)
                #expect(d.mariadbGTIDLists == [[MariaDBGTID(domain: 0, server: 3704, sequence: 2814)]])
                #expect(
                    d.mariadbGTIDs.map(\.gtid) == [
                        MariaDBGTID(domain: 0, server: 3704, sequence: 2815), MariaDBGTID(domain: 0, server: 3704, sequence: 2816),
                    ])
                #expect(d.tableMaps("departments").first?.columnTypes == [254, 15])
                #expect(d.rows("departments").flatMap(\.rows) == [written(str("ABC"), str("DEF")), written(str("RST"), str("XYZ"))])
            }),
        Fixture(
            path: "binlog-parser/mysql-bin.empty",
            eventCounts: ["FORMAT_DESCRIPTION": 1]),
    ]
}

// MARK: - percona-binlog-server (Percona-Lab/percona-binlog-server mtr/binlog_streaming/std_data)

extension FixtureTests {
    /// The same workload with and without GTID mode on `test.t1 (id SERIAL)` (BIGINT UNSIGNED,
    /// with SIGNEDNESS, so `.uint`).
    static let perconaBinlogServer: [Fixture] = [
        Fixture(
            path: "percona-binlog-server/gtid/binlog.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 4, "QUERY": 4, "TABLE_MAP": 6, "WRITE_ROWS_V2": 6, "XID": 3, "ROTATE": 1],
            check: { d in
                #expect(d.previousGTIDs.map(\.isEmpty) == [true])
                expectGTIDs(d, uuid: "396e294c-1ca4-11f1-9ae7-00155da79c6b", 1...4)
                FixtureTests.expectPerconaFirstFile(d)
            }),
        Fixture(
            path: "percona-binlog-server/gtid/binlog.000002",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "GTID": 2, "QUERY": 2, "TABLE_MAP": 2, "UPDATE_ROWS_V2": 1, "DELETE_ROWS_V2": 1,
                "XID": 2, "STOP": 1,
            ],
            check: { d in
                let previous = try gtidSet("396e294c-1ca4-11f1-9ae7-00155da79c6b:1-4")
                #expect(d.previousGTIDs == [previous])
                expectGTIDs(d, uuid: "396e294c-1ca4-11f1-9ae7-00155da79c6b", 5...6)
                FixtureTests.expectPerconaSecondFile(d)
            }),
        Fixture(
            path: "percona-binlog-server/position/binlog.000001",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 4, "QUERY": 4, "TABLE_MAP": 6, "WRITE_ROWS_V2": 6, "XID": 3,
                "ROTATE": 1,
            ],
            check: { d in
                #expect(d.previousGTIDs.map(\.isEmpty) == [true])
                FixtureTests.expectPerconaFirstFile(d)
            }),
        Fixture(
            path: "percona-binlog-server/position/binlog.000002",
            eventCounts: [
                "FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 2, "QUERY": 2, "TABLE_MAP": 2, "UPDATE_ROWS_V2": 1,
                "DELETE_ROWS_V2": 1, "XID": 2, "STOP": 1,
            ],
            check: { d in
                #expect(d.previousGTIDs.map(\.isEmpty) == [true])
                FixtureTests.expectPerconaSecondFile(d)
            }),
    ]

    /// CREATE TABLE, inserts 1 and 2 (a transaction each), then one transaction of inserts 3-6; ROTATE.
    fileprivate static func expectPerconaFirstFile(_ d: Decoded, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(d.tableMaps("t1").allSatisfy { $0.columnTypes == [8] && $0.optional.unsignedColumns == [0] }, sourceLocation: sourceLocation)
        #expect(d.rows("t1").flatMap(\.rows) == (UInt64(1)...6).map { written(.uint($0)) }, sourceLocation: sourceLocation)
        #expect(d.xids.count == 3, sourceLocation: sourceLocation)
        #expect(d.rotates.map(\.nextFile) == ["binlog.000002"], sourceLocation: sourceLocation)
    }

    /// One UPDATE statement (1→101, 2→102, 3→103) and one DELETE (4, 5, 6); STOP.
    fileprivate static func expectPerconaSecondFile(_ d: Decoded, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = d.rows("t1")
        #expect(rows.map(\.kind) == [.update, .delete], sourceLocation: sourceLocation)
        #expect(
            rows.flatMap(\.rows) == [
                updated([.uint(1)], [.uint(101)]), updated([.uint(2)], [.uint(102)]), updated([.uint(3)], [.uint(103)]),
                deleted(.uint(4)), deleted(.uint(5)), deleted(.uint(6)),
            ], sourceLocation: sourceLocation)
        #expect(d.events.last?.body == .stop, sourceLocation: sourceLocation)
    }
}

// MARK: - MySqlCdc (rusuly/MySqlCdc samples)

extension FixtureTests {
    static let mySqlCdc: [Fixture] = [
        Fixture(
            path: "MySqlCdc/mysql-bin.000001",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "PREVIOUS_GTIDS": 1, "ANONYMOUS_GTID": 5, "QUERY": 5, "TABLE_MAP": 3, "WRITE_ROWS_V2": 3, "XID": 3],
            check: { d in
                let map = try #require(d.tableMaps().first)
                #expect(map.columnTypes == [3, 1, 2, 9, 3, 8, 4, 5, 246, 254, 15, 15, 245, 252, 16, 254, 254, 13, 10, 18, 19, 17])
                let rows = d.rows().flatMap(\.rows)
                #expect(rows.map { column($0.after, 0) } == [.int(11), .int(12), .int(13)])
                // Cross-checked row 11. 5.7 logs no signedness (all integers signed) and no ENUM/SET
                // names: ENUM `Medium` is index 2, SET `Red` bit 2; the float is 12345.6787109375;
                // the TIMESTAMP(3) 1985-10-13 10:22:23.567 UTC is epoch seconds. The VARBINARY and
                // BLOB columns (11, 13) are not in the README.
                let expected: [BinlogValue?] = [
                    .int(11), .int(121), .int(12341), .int(1_234_561), .int(123_456_789), .int(1_234_567_890_987_654_321), .float(12345.6787109375),
                    .double(123456789.09876543), .decimal("1234567890112233445566778899001112223334445556667778889.9900011112"),
                    str("Bsd234234 234234 zdfsfsdfsdf"), str("Hello world!"), nil, .json(#"{"id": 1, "name": "John"}"#), nil,
                    .bit(0b0111_1011_0101_0101_0111_1000_0111), .enumIndex(2), .setBits(0b100), .year(1989), sqlDate(1985, 10, 23),
                    sqlDatetime(1988, 11, 27, 14, 12, 13, microsecond: 345_000, precision: 3), sqlTime(15, 22, 33, microsecond: 670_000, precision: 2),
                    .timestamp(seconds: 498_046_943, microseconds: 567_000),
                ]
                let first = try #require(rows.first?.after)
                #expect(first.count == expected.count)
                for (index, value) in expected.enumerated() {
                    guard let value else { continue }
                    #expect(column(first, index) == value, "column \(index)")
                }
            }),
    ]
}

// MARK: - mariadb-poc (mariadb-operator/mariadb-poc mariadb-binlog/binlogs)

extension FixtureTests {
    static let mariadbPoc: [Fixture] = [
        Fixture(
            path: "mariadb-poc/domain_id_0/mariadb-repl-bin.000010",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "GTID_LIST": 1, "BINLOG_CHECKPOINT": 1, "MARIADB_GTID": 10, "QUERY": 10, "STOP": 1],
            check: { d in
                #expect(d.formats.first?.serverVersion.hasPrefix("11.8.5-MariaDB") == true)
                #expect(d.mariadbGTIDLists == [[MariaDBGTID(domain: 0, server: 10, sequence: 292_196)]])
                #expect(d.mariadbGTIDs.map(\.gtid) == (UInt64(292_197)...292_206).map { MariaDBGTID(domain: 0, server: 10, sequence: $0) })
                #expect(d.mariadbGTIDs.allSatisfy { $0.isDDL })
            }),
        Fixture(
            path: "mariadb-poc/domain_id_1/mariadb-repl-bin.000002",
            eventCounts: ["FORMAT_DESCRIPTION": 1, "GTID_LIST": 1, "BINLOG_CHECKPOINT": 1, "MARIADB_GTID": 12, "QUERY": 12, "ROTATE": 1],
            check: { d in
                #expect(d.mariadbGTIDLists == [[]])
                #expect(d.mariadbGTIDs.map(\.gtid) == (UInt64(1)...12).map { MariaDBGTID(domain: 1, server: 10, sequence: $0) })
                #expect(d.mariadbGTIDs.allSatisfy { $0.isDDL })
                #expect(d.rotates.map(\.nextFile) == ["mariadb-repl-bin.000003"])
            }),
    ]
}
