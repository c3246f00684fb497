@testable import MySQLBinlog
import Testing

private let uuidA = "3e11fa47-71ca-11e1-9e33-c80aa9429562"
private let uuidB = "b5d1a0c2-0000-4000-8000-00000000000b"
private let uuidC = "ffffffff-ffff-ffff-ffff-ffffffffffff"

private func set(_ text: String) throws -> MySQLGTIDSet { try MySQLGTIDSet(parsing: text) }
private func uuid(_ text: String) throws -> MySQLUUID { try MySQLUUID(parsing: text) }
private func tag(_ text: String) throws -> MySQLGTIDTag { try MySQLGTIDTag(parsing: text) }

/// Little-endian int<8>, for hand-built byte vectors.
private func le64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }
private func concat(_ parts: [UInt8]...) -> [UInt8] { parts.flatMap { $0 } }
private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) } }

@Suite struct MySQLGTIDSetTextTests {
    @Test(arguments: [
        ("\(uuidA):1-3:4-5", "\(uuidA):1-5"),
        ("\(uuidA):7-9:1-5", "\(uuidA):1-5:7-9"),
        ("\(uuidA):1-5:3-8:10:9", "\(uuidA):1-10"),
        ("\(uuidA):7-7", "\(uuidA):7"),
        ("\(uuidB):2,\(uuidA):1", "\(uuidA):1,\(uuidB):2"),
        ("\(uuidA.uppercased()):1-2", "\(uuidA):1-2"),
        ("\(uuidA):1,\(uuidA):2-4", "\(uuidA):1-4"),
        ("  \(uuidA) : 1 - 5 : 7 ,\n\t\(uuidB):3 , ", "\(uuidA):1-5:7,\(uuidB):3"),
        (",,\(uuidA):1,,", "\(uuidA):1"),
        ("", ""),
        ("  \n", ""),
        (uuidA, ""),
    ])
    func parsesAndPrintsAsMySQL(text: String, printed: String) throws {
        let parsed = try set(text)
        #expect(parsed.description == printed)
        #expect(try set(parsed.description) == parsed, "printing must round-trip")
        #expect(parsed.isEmpty == printed.isEmpty)
    }

    @Test func multilineDescriptionIsWhatGtidExecutedShows() throws {
        let executed = "\(uuidA):1-5,\n\(uuidB):1-3:5"
        let parsed = try set(executed)
        #expect(parsed.multilineDescription == executed)
        #expect(parsed.description == "\(uuidA):1-5,\(uuidB):1-3:5")
        #expect(try set(parsed.multilineDescription) == parsed)
    }

    @Test func tagsAreLowercasedAndPrintedAfterUntaggedRanges() throws {
        let parsed = try set("\(uuidA):TagB:1-2:tagA:5:3,\(uuidA):10-11:1")
        #expect(parsed.description == "\(uuidA):1:10-11:taga:3:5:tagb:1-2")
        #expect(parsed.sources == [
            MySQLGTIDSource(uuid: try uuid(uuidA)),
            MySQLGTIDSource(uuid: try uuid(uuidA), tag: try tag("taga")),
            MySQLGTIDSource(uuid: try uuid(uuidA), tag: try tag("tagb")),
        ])
        #expect(try set("\(uuidA):1-5:tag1:1-3").description == "\(uuidA):1-5:tag1:1-3")
        #expect(try set("\(uuidA): _x9 :4,\(uuidB):t:1").description == "\(uuidA):_x9:4,\(uuidB):t:1")
        #expect(try set("\(uuidA):onlytag").isEmpty)
        let longest = String(repeating: "a", count: 32)
        #expect(try set("\(uuidA):\(longest):1").description == "\(uuidA):\(longest):1")
    }

    @Test func uuidsAndTagsStandAlone() throws {
        let parsed = try uuid(uuidA.uppercased())
        #expect(parsed.description == uuidA)
        #expect(parsed.bytes == [0x3E, 0x11, 0xFA, 0x47, 0x71, 0xCA, 0x11, 0xE1, 0x9E, 0x33, 0xC8, 0x0A, 0xA9, 0x42, 0x95, 0x62])
        #expect(MySQLUUID(bytes: parsed.bytes) == parsed)
        #expect(MySQLUUID(bytes: [1, 2, 3]) == nil)
        #expect(try uuid(uuidA) < uuid(uuidB))
        #expect(try tag("Hello_World1").name == "hello_world1")
        #expect(throws: GTIDParseError.self) { try tag("1abc") }
        #expect(throws: GTIDParseError.self) { try tag("a-b") }
        #expect(throws: GTIDParseError.self) { try tag("") }
    }

    @Test(arguments: [
        // (text, position of the bad character)
        ("3e11fa47-71ca-11e1-9e33-c80aa942956:1", 35),  // UUID one digit short
        ("3e11fa47x71ca-11e1-9e33-c80aa9429562:1", 8),  // missing dash
        ("3g11fa47-71ca-11e1-9e33-c80aa9429562:1", 1),  // not hex
        ("\(uuidA):0", 37),  // numbers start at 1
        ("\(uuidA):1-", 39),  // range without an end
        ("\(uuidA):5-3", 39),  // descending range
        ("\(uuidA):1:", 39),  // nothing after ':'
        ("\(uuidA):1x", 38),  // garbage after a number
        ("\(uuidA):1 2", 39),  // two numbers without ':'
        ("\(uuidA):-1", 37),  // a sign
        ("\(uuidA) 1", 37),  // number without ':'
        ("\(uuidA):99999999999999999999", 37),  // overflows UInt64
        ("\(uuidA):9223372036854775807", 37),  // GNO_END itself is not a valid number
        ("\(uuidA):\(String(repeating: "t", count: 33)):1", 37),  // tag too long
        ("\(uuidA):1,garbage", 39),  // second UUID is not one
        ("\(uuidA):1;\(uuidB):1", 38),  // wrong separator
    ])
    func malformedTextNamesThePosition(text: String, position: Int) {
        #expect {
            try MySQLGTIDSet(parsing: text)
        } throws: { error in
            guard let error = error as? GTIDParseError else { return false }
            return error.position == position && error.text == text
                && error.description.contains("at position \(position)") && error.description.contains(text)
        }
    }

    @Test func largestNumberIsAccepted() throws {
        let parsed = try set("\(uuidA):9223372036854775806")
        #expect(parsed.contains(uuid: try uuid(uuidA), number: MySQLGTIDSet.maxNumber))
        #expect(parsed.description == "\(uuidA):9223372036854775806")
    }
}

@Suite struct MySQLGTIDSetAlgebraTests {
    @Test func unionMergesOverlappingAndAdjacentRanges() throws {
        let a = try set("\(uuidA):1-10:20-30")
        let b = try set("\(uuidA):5-25:31,\(uuidB):1")
        #expect(a.union(b).description == "\(uuidA):1-31,\(uuidB):1")
        #expect(a.union(b) == b.union(a))
        #expect(a.union(MySQLGTIDSet()) == a)
        var c = try set("\(uuidB):3")
        c.formUnion(try set("\(uuidA):tag:1,\(uuidB):1-2"))
        #expect(c.description == "\(uuidA):tag:1,\(uuidB):1-3")
    }

    @Test func subtractingCutsRangesApart() throws {
        let a = try set("\(uuidA):1-10:20-30,\(uuidC):1")
        let b = try set("\(uuidA):5-25:28,\(uuidB):1")
        #expect(a.subtracting(b).description == "\(uuidA):1-4:26-27:29-30,\(uuidC):1")
        #expect(b.subtracting(a).description == "\(uuidA):11-19,\(uuidB):1")
        #expect(a.subtracting(a).isEmpty)
        #expect(a.subtracting(MySQLGTIDSet()) == a)
        #expect(try set("\(uuidA):1-100").subtracting(try set("\(uuidA):2:4:6-99")).description == "\(uuidA):1:3:5:100")
        var tagged = try set("\(uuidA):1-5:t:1-5")
        tagged.subtract(try set("\(uuidA):t:2-3"))
        #expect(tagged.description == "\(uuidA):1-5:t:1:4-5", "tagged and untagged numbers are different GTIDs")
    }

    @Test func containsComparesWholeRanges() throws {
        let a = try set("\(uuidA):1-10:20-30,\(uuidB):1-3")
        #expect(a.contains(try set("\(uuidA):2-3:21:30,\(uuidB):3")))
        #expect(a.contains(MySQLGTIDSet()))
        #expect(a.contains(a))
        #expect(!a.contains(try set("\(uuidA):10-11")))
        #expect(!a.contains(try set("\(uuidA):15")))
        #expect(!a.contains(try set("\(uuidC):1")))
        #expect(!a.contains(try set("\(uuidA):t:1")))
        #expect(!MySQLGTIDSet().contains(a))
        let ua = try uuid(uuidA)
        #expect(a.contains(uuid: ua, number: 1) && a.contains(uuid: ua, number: 10) && a.contains(uuid: ua, number: 25))
        #expect(!a.contains(uuid: ua, number: 11) && !a.contains(uuid: ua, number: 31) && !a.contains(uuid: ua, number: 0))
        #expect(!a.contains(uuid: ua, tag: try tag("t"), number: 1))
        #expect(try set("\(uuidA):x:4").contains(uuid: ua, tag: try tag("X"), number: 4))
    }

    @Test func insertExtendsMergesAndCreatesRanges() throws {
        let ua = try uuid(uuidA)
        var gtids = try set("\(uuidA):3-5")
        // #expect cannot call a mutating method itself.
        func insert(_ number: UInt64, uuid: MySQLUUID? = nil, tag: MySQLGTIDTag? = nil) -> Bool {
            gtids.insert(uuid: uuid ?? ua, tag: tag, number: number)
        }
        #expect(insert(6))  // extends the last range
        #expect(gtids.description == "\(uuidA):3-6")
        #expect(insert(8))  // new range after a gap
        #expect(gtids.description == "\(uuidA):3-6:8")
        #expect(insert(7))  // fills the gap, merging two ranges
        #expect(gtids.description == "\(uuidA):3-8")
        #expect(insert(1))  // new range before the first
        #expect(gtids.description == "\(uuidA):1:3-8")
        #expect(insert(2))  // joins it to the next
        #expect(gtids.description == "\(uuidA):1-8")
        #expect(!insert(4), "already present")
        #expect(!insert(8), "already present at the end")
        #expect(insert(1, uuid: try uuid(uuidC)))
        #expect(insert(9, uuid: try uuid(uuidB)))
        #expect(insert(2, tag: try tag("T")))
        #expect(gtids.description == "\(uuidA):1-8:t:2,\(uuidB):9,\(uuidC):1")
        #expect(gtids == (try set("\(uuidC):1,\(uuidB):9,\(uuidA):t:2,\(uuidA):1-8")), "equal sets compare equal")
        #expect(gtids.ranges(uuid: ua) == [1...8])
        #expect(gtids.ranges(uuid: ua, tag: try tag("t")) == [2...2])
    }

    @Test func insertingInOrderKeepsOneRange() throws {
        let ua = try uuid(uuidA)
        var gtids = MySQLGTIDSet()
        for number in UInt64(1)...200_000 { gtids.insert(uuid: ua, number: number) }
        #expect(gtids.description == "\(uuidA):1-200000")
        #expect(gtids.entries[0].intervals.ranges.count == 1)
    }
}

@Suite struct MySQLGTIDSetBinaryTests {
    /// UUID A, intervals [1, 6) and [7, 10): the documented untagged layout.
    static let untaggedBytes = concat(
        le64(1), [0x3E, 0x11, 0xFA, 0x47, 0x71, 0xCA, 0x11, 0xE1, 0x9E, 0x33, 0xC8, 0x0A, 0xA9, 0x42, 0x95, 0x62],
        le64(2), le64(1), le64(6), le64(7), le64(10))

    @Test func decodesAndEncodesTheDocumentedFormat() throws {
        var cursor = BinlogCursor(Self.untaggedBytes + [0xAA, 0xBB])  // trailing bytes (e.g. a checksum) stay unread
        let decoded = try MySQLGTIDSet(decoding: &cursor)
        #expect(decoded.description == "\(uuidA):1-5:7-9")
        #expect(cursor.offset == Self.untaggedBytes.count)
        #expect(decoded.encoded() == Self.untaggedBytes)
        #expect(MySQLGTIDSet().encoded() == le64(0))
    }

    @Test func decodesAndEncodesTheTaggedFormat() throws {
        // Header: format 1 in the top byte, 2 sources in bits 8-55, format again in the low byte.
        let a = try uuid(uuidA).bytes
        let bytes = concat(
            [0x01, 0x02, 0, 0, 0, 0, 0, 0x01],
            a, [0x00], le64(1), le64(1), le64(4),  // untagged source: tag length 0
            a, [5 << 1], Array("abc_1".utf8), le64(1), le64(2), le64(3))
        var cursor = BinlogCursor(bytes)
        let decoded = try MySQLGTIDSet(decoding: &cursor)
        #expect(decoded.description == "\(uuidA):1-3:abc_1:2")
        #expect(cursor.isAtEnd)
        #expect(decoded.encoded() == bytes)
    }

    @Test(arguments: [
        "\(uuidA):1-5:7-9,\(uuidB):1,\(uuidC):3-4:100-200:1000",
        "\(uuidA):1-5:tag1:1-3:tag2:9,\(uuidC):z:1",
        "\(uuidB):9223372036854775806",
        "",
    ])
    func roundTrips(text: String) throws {
        let original = try set(text)
        var cursor = BinlogCursor(original.encoded())
        #expect(try MySQLGTIDSet(decoding: &cursor) == original)
        #expect(cursor.isAtEnd)
    }

    @Test func mysqlVariableLengthIntegers() throws {
        func decode(_ bytes: [UInt8]) throws -> UInt64 {
            var cursor = BinlogCursor(bytes)
            return try MySQLGTIDSet.decodeVariableLengthInteger(&cursor)
        }
        #expect(try decode([0x0A]) == 5)
        #expect(try decode([0x15, 0x00]) == 5, "a two-byte encoding of 5 is valid too")
        #expect(try decode([0xFD, 0xFF]) == 0x3FFF)
        #expect(try decode([0xFF] + le64(.max)) == .max)
        #expect(throws: BinlogDecodeError.self) { try decode([0x01]) }
    }

    static let corruptSets: [(String, [UInt8])] = {
        let zeroUUID = [UInt8](repeating: 0, count: 16)
        let oneTaggedSource: [UInt8] = [0x01, 0x01, 0, 0, 0, 0, 0, 0x01]
        return [
            ("truncated", Array(untaggedBytes.dropLast(3))),
            ("unknown format", [0x00, 0, 0, 0, 0, 0, 0, 0x02]),
            ("huge source count", le64(1 << 40)),
            ("huge interval count", concat(le64(1), zeroUUID, le64(1 << 40))),
            ("zero start", concat(le64(1), zeroUUID, le64(1), le64(0), le64(2))),
            ("empty interval", concat(le64(1), zeroUUID, le64(1), le64(3), le64(3))),
            ("touching intervals", concat(le64(1), zeroUUID, le64(2), le64(1), le64(3), le64(3), le64(5))),
            ("negative end", concat(le64(1), zeroUUID, le64(1), le64(1), le64(1 << 63))),
            ("bad tag", concat(oneTaggedSource, zeroUUID, [2 << 1], Array("1a".utf8), le64(0))),
            ("long tag", concat(oneTaggedSource, zeroUUID, [33 << 1], [UInt8](repeating: 0x61, count: 33), le64(0))),
        ]
    }()

    @Test(arguments: corruptSets)
    func rejectsCorruptSets(name: String, bytes: [UInt8]) {
        var cursor = BinlogCursor(bytes)
        #expect(throws: BinlogDecodeError.self, "\(name)") { try MySQLGTIDSet(decoding: &cursor) }
    }
}

@Suite struct MariaDBGTIDTests {
    @Test func gtidText() throws {
        let gtid = try MariaDBGTID(parsing: " 0-1-100 ")
        #expect(gtid == MariaDBGTID(domain: 0, server: 1, sequence: 100))
        #expect(gtid.description == "0-1-100")
        #expect(try MariaDBGTID(parsing: "4294967295-4294967295-18446744073709551615").sequence == .max)
    }

    @Test func positionParsesAndPrintsSortedByDomain() throws {
        let position = try MariaDBGTIDPosition(parsing: "2-1-5, 0-1-100,\n1-2-7")
        #expect(position.description == "0-1-100,1-2-7,2-1-5")
        #expect(try MariaDBGTIDPosition(parsing: position.description) == position)
        #expect(position[domain: 1] == MariaDBGTID(domain: 1, server: 2, sequence: 7))
        #expect(try MariaDBGTIDPosition(parsing: "").isEmpty)
        #expect(try MariaDBGTIDPosition(parsing: " ").description == "")
    }

    @Test func advanceContainsAndUnion() throws {
        var position = try MariaDBGTIDPosition(parsing: "0-1-100")
        position.advance(with: MariaDBGTID(domain: 0, server: 2, sequence: 101))
        position.advance(with: MariaDBGTID(domain: 5, server: 1, sequence: 1))
        #expect(position.description == "0-2-101,5-1-1")
        #expect(position.contains(MariaDBGTID(domain: 0, server: 1, sequence: 50)))
        #expect(position.contains(MariaDBGTID(domain: 0, server: 9, sequence: 101)))
        #expect(!position.contains(MariaDBGTID(domain: 0, server: 2, sequence: 102)))
        #expect(!position.contains(MariaDBGTID(domain: 1, server: 1, sequence: 1)))

        let other = try MariaDBGTIDPosition(parsing: "0-3-90,5-1-9,7-1-1")
        #expect(position.union(other).description == "0-2-101,5-1-9,7-1-1")
        #expect(other.union(position) == position.union(other))
        #expect(MariaDBGTIDPosition([MariaDBGTID(domain: 0, server: 1, sequence: 9), MariaDBGTID(domain: 0, server: 1, sequence: 3)])
            .description == "0-1-3", "the last GTID of a domain wins")
    }

    @Test(arguments: [
        ("0-1", 3),
        ("0-1-x", 4),
        ("4294967296-1-1", 0),
        ("0-1-1,", 6),
        ("0-1-1;1-1-1", 5),
        ("0-1-1,0-2-2", 6),  // two GTIDs of domain 0
        ("0-1-18446744073709551616", 4),
        ("a", 0),
    ])
    func malformedPositionsNameThePosition(text: String, position: Int) {
        #expect {
            try MariaDBGTIDPosition(parsing: text)
        } throws: { error in
            (error as? GTIDParseError)?.position == position
        }
    }

    @Test func gtidListEventBody() throws {
        // From the MariaDB GTID_LIST_EVENT documentation: one GTID, 0-10124-3584.
        let documented: [UInt8] = [
            0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8C, 0x27,
            0x00, 0x00, 0x00, 0x0E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        ]
        var cursor = BinlogCursor(documented + [0xA8, 0xF0, 0xD8, 0xB6])  // checksum left unread
        let list = try MariaDBGTIDList.decodeList(&cursor)
        #expect(list.gtids == [MariaDBGTID(domain: 0, server: 10124, sequence: 3584)])
        #expect(list.flags == 0)
        #expect(cursor.offset == documented.count)

        // Flags live in the top 4 bits of the count.
        let flagged = concat(le32(0x1000_0002), le32(1), le32(2), le64(3), le32(4), le32(5), le64(6))
        var flaggedCursor = BinlogCursor(flagged)
        let decoded = try MariaDBGTIDList.decodeList(&flaggedCursor)
        #expect(decoded.flags == 1)
        #expect(decoded.gtids.map(\.description) == ["1-2-3", "4-5-6"])

        var truncated = BinlogCursor(Array(flagged.dropLast(1)))
        #expect(throws: BinlogDecodeError.self) { try MariaDBGTIDList.decodeList(&truncated) }
        var empty = BinlogCursor(le32(0))
        #expect(try MariaDBGTIDList.decodeList(&empty).gtids.isEmpty)
    }
}
