@testable import MySQLBinlog
import Testing

// Vectors come from three places, named at each test:
// * fixture: the JSON column bytes of rows in ../shared/fixtures/binlogs (real MySQL servers),
//   cut out of the WRITE/UPDATE_ROWS events; the expected text is what the README lists (origin
//   test asserts, or cross-checked with another decoder).
// * hand: bytes written out from the layout in MySQL's json_binary.cc / "The JSON binary format".
// * built: bytes from `JSONNode.document`, a small serializer below that lays values out the way
//   json_binary::serialize does (keys sorted by length then bytes, literals and 16-bit integers
//   inlined, 32-bit ones too in large containers); the expected text follows json_dom.cc.

private func hex(_ text: String) -> [UInt8] {
    let digits = text.utf8.compactMap { char -> UInt8? in
        switch char {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return char - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return char - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
    return stride(from: 0, to: digits.count - 1, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
}

private func le(_ value: UInt64, _ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
}

/// json_binary.cc's variable-length length: 7 bits per byte, low bits first.
private func varlen(_ length: Int) -> [UInt8] {
    var out: [UInt8] = []
    var rest = length
    repeat {
        let low = UInt8(rest & 0x7F)
        rest >>= 7
        out.append(rest == 0 ? low : low | 0x80)
    } while rest != 0
    return out
}

/// A JSON value to serialize for "built" vectors.
private indirect enum JSONNode {
    case null, bool(Bool), int(Int64), uint(UInt64), double(Double)
    case string([UInt8])
    case opaque(UInt8, [UInt8])
    case array([JSONNode], large: Bool = false)
    case object([(String, JSONNode)], large: Bool = false)

    static func str(_ text: String) -> JSONNode { .string(Array(text.utf8)) }

    /// Type byte + value.
    var document: [UInt8] {
        let (type, body) = self.encoded
        return [type] + body
    }

    /// The type byte and the bytes stored at the value's offset.
    var encoded: (UInt8, [UInt8]) {
        switch self {
        case .null: return (0x04, [0])
        case .bool(let value): return (0x04, [value ? 1 : 2])
        case .int(let value):
            if let small = Int16(exactly: value) { return (0x05, le(UInt64(UInt16(bitPattern: small)), 2)) }
            if let medium = Int32(exactly: value) { return (0x07, le(UInt64(UInt32(bitPattern: medium)), 4)) }
            return (0x09, le(UInt64(bitPattern: value), 8))
        case .uint(let value):
            if value <= UInt16.max { return (0x06, le(value, 2)) }
            if value <= UInt32.max { return (0x08, le(value, 4)) }
            return (0x0A, le(value, 8))
        case .double(let value): return (0x0B, le(value.bitPattern, 8))
        case .string(let bytes): return (0x0C, varlen(bytes.count) + bytes)
        case .opaque(let type, let bytes): return (0x0F, [type] + varlen(bytes.count) + bytes)
        case .array(let elements, let large):
            return (large ? 0x03 : 0x02, Self.container(keys: nil, values: elements, large: large))
        case .object(let members, let large):
            // MySQL keeps object keys sorted by length, then by bytes.
            let sorted = members.map { (Array($0.0.utf8), $0.1) }.sorted { a, b in
                a.0.count != b.0.count ? a.0.count < b.0.count : a.0.lexicographicallyPrecedes(b.0)
            }
            return (large ? 0x01 : 0x00, Self.container(keys: sorted.map(\.0), values: sorted.map(\.1), large: large))
        }
    }

    private static func container(keys: [[UInt8]]?, values: [JSONNode], large: Bool) -> [UInt8] {
        let offsetSize = large ? 4 : 2
        let count = values.count
        let headerSize = 2 * offsetSize + (keys == nil ? 0 : count * (offsetSize + 2)) + count * (1 + offsetSize)
        var keyEntries: [UInt8] = []
        var valueEntries: [UInt8] = []
        var tail: [UInt8] = []
        for key in keys ?? [] {
            keyEntries += le(UInt64(headerSize + tail.count), offsetSize) + le(UInt64(key.count), 2)
            tail += key
        }
        for value in values {
            let (type, body) = value.encoded
            if BinaryJSON.Printer.isInlined(type, isLarge: large) {
                valueEntries += [type] + body + [UInt8](repeating: 0, count: offsetSize - body.count)
            } else {
                valueEntries += [type] + le(UInt64(headerSize + tail.count), offsetSize)
                tail += body
            }
        }
        let size = headerSize + tail.count
        return le(UInt64(count), offsetSize) + le(UInt64(size), offsetSize) + keyEntries + valueEntries + tail
    }
}

private func text(_ node: JSONNode) throws -> String { try BinaryJSON.text(from: node.document) }

/// Packed DATETIME / TIMESTAMP / DATE (`TIME_to_longlong_datetime_packed`).
private func packedDatetime(_ y: Int64, _ mo: Int64, _ d: Int64, _ h: Int64 = 0, _ mi: Int64 = 0, _ s: Int64 = 0, _ us: Int64 = 0) -> [UInt8] {
    let ymd = (y * 13 + mo) << 5 | d
    let hms = h << 12 | mi << 6 | s
    return le(UInt64(bitPattern: (ymd << 17 | hms) << 24 | us), 8)
}

/// Packed TIME (`TIME_to_longlong_time_packed`).
private func packedTime(_ h: Int64, _ mi: Int64, _ s: Int64, _ us: Int64 = 0, negative: Bool = false) -> [UInt8] {
    let value = (h << 12 | mi << 6 | s) << 24 | us
    return le(UInt64(bitPattern: negative ? -value : value), 8)
}

@Suite struct BinaryJSONFixtureTests {
    // fixture: rust_mysql_common/json-opaque.binlog (MySQL 9.0.1), the 8 inserts into `foo.test (a
    // JSON)`; the origin test (blackbeam/rust_mysql_common) asserts these values. It shows the two
    // opaque DECIMALs as strings ("123.456", "9.00") because its JSON model has no decimals;
    // MySQL's json_dom.cc prints a DECIMAL unquoted, as a number, and so do we.
    @Test(arguments: [
        ("0001000f000b0001000f0c00610f0155", #"{"a": "base64:type15:VQ=="}"#),
        ("00010016000b0001000f0c00620a080000000000e48b19", #"{"b": "2012-03-18"}"#),
        ("00010016000b0001000f0c00630c08000000adb7e48b19", #"{"c": "2012-03-18 11:30:45.000000"}"#),
        ("00010016000b0001000f0c00630b08f1fb09ee77050000", #"{"c": "87:31:46.654321"}"#),
        ("00010014000b0001000f0c0064f6060603807b01c8", #"{"d": 123.456}"#),
        ("00010015000b0001000f0c0065f6070b028000000900", #"{"e": 9.00}"#),
        ("0001001c000b000100020c006504001000050000050100040100040200", #"{"e": [0, 1, true, false]}"#),
        ("0001000c000b00010004000065", #"{"e": null}"#),
    ])
    func opaqueScalars(bytes: String, expected: String) throws {
        #expect(try BinaryJSON.text(from: hex(bytes)) == expected)
    }

    // fixture: rust_mysql_common/json.binlog.000001 (MySQL 8.0.22), `json_col` of the inserts (ids 1–3)
    // and of the UPDATE after-images that raise every age by one (README, cross-checked).
    @Test(arguments: [
        (
            "0003003300190003001c000400200004000518000c24000c2f00616765646174616e616d650a78787878787878787878034a6f65",
            #"{"age": 24, "data": "xxxxxxxxxx", "name": "Joe"}"#
        ),
        (
            "0003003300190003001c000400200004000520000c24000c2f00616765646174616e616d650a7979797979797979797903537565",
            #"{"age": 32, "data": "yyyyyyyyyy", "name": "Sue"}"#
        ),
        (
            "0003003400190003001c000400200004000528000c24000c2f00616765646174616e616d650a7a7a7a7a7a7a7a7a7a7a0450657465",
            #"{"age": 40, "data": "zzzzzzzzzz", "name": "Pete"}"#
        ),
        (
            "0003003300190003001c000400200004000519000c24000c2f00616765646174616e616d650a78787878787878787878034a6f65",
            #"{"age": 25, "data": "xxxxxxxxxx", "name": "Joe"}"#
        ),
        (
            "0003003300190003001c000400200004000521000c24000c2f00616765646174616e616d650a7979797979797979797903537565",
            #"{"age": 33, "data": "yyyyyyyyyy", "name": "Sue"}"#
        ),
        (
            "0003003400190003001c000400200004000529000c24000c2f00616765646174616e616d650a7a7a7a7a7a7a7a7a7a7a0450657465",
            #"{"age": 41, "data": "zzzzzzzzzz", "name": "Pete"}"#
        ),
    ])
    func rowDocuments(bytes: String, expected: String) throws {
        #expect(try BinaryJSON.text(from: hex(bytes)) == expected)
    }

    // fixture: MySqlCdc/mysql-bin.000001 (MySQL 5.7.23), JsonColumn of row id 11 (cross-checked).
    @Test func mySqlCdcRow() throws {
        let bytes = hex("0002001d0012000200140004000501000c180069646e616d65044a6f686e")
        #expect(try BinaryJSON.text(from: bytes) == #"{"id": 1, "name": "John"}"#)
    }

    // fixture: mysql-binlog-connector-rust/mysql-bin.000057 (MySQL 8.0.31), the JSON column of the
    // update before-image inside the second zstd TRANSACTION_PAYLOAD (cross-checked).
    @Test func compressedPayloadRow() throws {
        #expect(try BinaryJSON.text(from: hex("0001000c000b00010005010063")) == #"{"c": 1}"#)
    }
}

@Suite struct BinaryJSONScalarTests {
    // hand: parse_binary reads an empty value as the null literal; mysqlbinlog -v prints null.
    @Test func emptyValueIsNull() throws {
        #expect(try BinaryJSON.text(from: []) == "null")
    }

    // hand: top-level scalars are a type byte and the value.
    @Test(arguments: [
        ("0400", "null"), ("0401", "true"), ("0402", "false"),
        ("050080", "-32768"), ("05ff7f", "32767"), ("06ffff", "65535"),
        ("0700000080", "-2147483648"), ("08ffffffff", "4294967295"),
        ("090000000000000080", "-9223372036854775808"), ("0affffffffffffffff", "18446744073709551615"),
        ("0b000000000000f03f", "1.0"), ("0c00", #""""#), ("0c03616263", #""abc""#),
    ])
    func topLevelScalars(bytes: String, expected: String) throws {
        #expect(try BinaryJSON.text(from: hex(bytes)) == expected)
    }

    // built: integers at each width boundary, inside an array so the inlining rules apply too.
    @Test func integerWidths() throws {
        let values: [Int64] = [0, -1, 32767, 32768, -32768, -32769, 2_147_483_647, 2_147_483_648, -2_147_483_648, -2_147_483_649, .max, .min]
        let unsigned: [UInt64] = [65535, 65536, 4_294_967_295, 4_294_967_296, .max]
        let expected = "[" + (values.map(String.init) + unsigned.map(String.init)).joined(separator: ", ") + "]"
        let nodes = values.map(JSONNode.int) + unsigned.map(JSONNode.uint)
        #expect(try text(.array(nodes)) == expected)
        #expect(try text(.array(nodes, large: true)) == expected)
    }

    // built: strings are escaped like json_dom.cc's double_quote: \" \\ \b \t \n \f \r named, other
    // bytes below 0x20 (0x1f included) as \u00xx in lower case; DEL and UTF-8 are copied.
    @Test func stringEscapes() throws {
        let raw: [UInt8] = [0x22, 0x5C, 0x2F, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x00, 0x01, 0x1B, 0x1F, 0x20, 0x7F]
        #expect(try text(.string(raw)) == #""\"\\/\b\t\n\f\r\u0000\u0001\u001b\u001f \#u{7F}""#)
        #expect(try text(.str("éééàààà 中文 😀")) == "\"éééàààà 中文 😀\"")
        // Keys are quoted the same way.
        #expect(try text(.object([("a\"b\n", .null)])) == #"{"a\"b\n": null}"#)
    }

    // built: bytes that are not UTF-8 are copied by MySQL; a Swift String shows them as U+FFFD.
    @Test func invalidUTF8BecomesReplacementCharacter() throws {
        #expect(try text(.string([0x61, 0xFF, 0x62])) == "\"a\u{FFFD}b\"")
    }

    // built: doubles as my_gcvt(MY_GCVT_MAX_FIELD_WIDTH) + ".0" prints them (json_dom.cc,
    // strings/dtoa.cc): shortest round-trip digits, fixed notation while 0.DIGITS × 10^decpt has
    // decpt in -14...15 (or more digits than decpt), else "e" with a bare exponent.
    @Test(arguments: [
        (3.14, "3.14"), (1.0, "1.0"), (-2.5, "-2.5"), (0.0, "0.0"), (-0.0, "-0.0"), (100.0, "100.0"),
        (0.1, "0.1"), (0.30000000000000004, "0.30000000000000004"), (1.0001, "1.0001"),
        (1e14, "100000000000000.0"), (123456789012345.6, "123456789012345.6"), (1e15, "1e15"), (1.5e15, "1.5e15"),
        (1234567890123456.7, "1234567890123456.8"), (12345678901234567.0, "1.2345678901234568e16"),
        (1.2345678901234568e20, "1.2345678901234568e20"), (-1e100, "-1e100"), (1e300, "1e300"),
        (1e-5, "0.00001"), (1e-14, "0.00000000000001"), (1e-15, "0.000000000000001"), (-1.5e-15, "-0.0000000000000015"),
        (1e-16, "1e-16"), (1.2345e-20, "1.2345e-20"), (1.5e-100, "1.5e-100"),
        (1.7976931348623157e308, "1.7976931348623157e308"), (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (Double.leastNonzeroMagnitude, "5e-324"), (-Double.leastNonzeroMagnitude, "-5e-324"),
    ])
    func doubles(value: Double, expected: String) throws {
        #expect(BinaryJSON.doubleText(value) == expected)
        #expect(try text(.array([.double(value)])) == "[\(expected)]")
    }

    // built: opaque DATE, TIME, DATETIME and TIMESTAMP (field types 10, 11, 12, 7) are packed
    // longlongs printed by my_TIME_to_str with 6 fraction digits; TIMESTAMP prints as DATETIME.
    @Test func temporalOpaques() throws {
        #expect(try text(.opaque(10, packedDatetime(2015, 1, 15))) == #""2015-01-15""#)
        #expect(try text(.opaque(12, packedDatetime(2015, 1, 15, 23, 24, 25, 500_000))) == #""2015-01-15 23:24:25.500000""#)
        #expect(try text(.opaque(7, packedDatetime(1970, 1, 1, 0, 0, 1))) == #""1970-01-01 00:00:01.000000""#)
        #expect(try text(.opaque(12, packedDatetime(0, 0, 0))) == #""0000-00-00 00:00:00.000000""#)
        #expect(try text(.opaque(11, packedTime(23, 24, 25))) == #""23:24:25.000000""#)
        #expect(try text(.opaque(11, packedTime(838, 59, 59, negative: true))) == #""-838:59:59.000000""#)
        #expect(try text(.opaque(11, packedTime(0, 0, 1, 1))) == #""00:00:01.000001""#)
        // hand: the packed bytes of the two above, written out.
        #expect(try BinaryJSON.text(from: hex("0f0b080000000591cbffff")) == #""-838:59:59.000000""#)
        #expect(try BinaryJSON.text(from: hex("0f0c0820a10719761f9519")) == #""2015-01-15 23:24:25.500000""#)
    }

    // built: opaque DECIMAL (246) is precision, scale, binary decimal, printed as a number.
    @Test func decimalOpaques() throws {
        // DECIMAL(14,4) ±1234567890.1234: the example bytes in MySQL's strings/decimal.cc.
        #expect(try text(.opaque(246, [14, 4] + hex("810dfb38d204d2"))) == "1234567890.1234")
        #expect(try text(.opaque(246, [14, 4] + hex("7ef204c72dfb2d"))) == "-1234567890.1234")
        #expect(try text(.opaque(246, [1, 1] + hex("85"))) == "0.5")
        #expect(try text(.opaque(246, [0, 0])) == "0")
        #expect(try text(.array([.opaque(246, [3, 2] + hex("8001")), .int(1)])) == "[0.01, 1]")
    }

    // built: other opaque values print as "base64:type<N>:<MySQL base64>", whose lines break after
    // 76 characters (the newline shows as \n); VAR_STRING (253) prints as a plain string.
    @Test func otherOpaques() throws {
        #expect(try text(.opaque(15, [0x55])) == #""base64:type15:VQ==""#)
        #expect(try text(.opaque(252, [])) == #""base64:type252:""#)
        #expect(try text(.opaque(254, [0xFF, 0xEE])) == #""base64:type254:/+4=""#)
        let sixty = (0..<60).map { UInt8($0) }
        #expect(
            try text(.opaque(252, sixty))
                == #""base64:type252:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4\nOTo7""#)
        #expect(try text(.opaque(253, Array("a\"b".utf8))) == #""a\"b""#)
        #expect(BinaryJSON.base64((0..<57).map { UInt8($0) }[...]).count == 76)  // exactly one line: no newline
    }
}

@Suite struct BinaryJSONContainerTests {
    // hand: {"a": 1} and [true, "x"] in the small format, offsets counted after the type byte.
    @Test func handLaidOut() throws {
        #expect(try BinaryJSON.text(from: hex("00 0100 0c00 0b000100 050100 61")) == #"{"a": 1}"#)
        #expect(try BinaryJSON.text(from: hex("02 0200 0c00 040100 0c0a00 0178")) == #"[true, "x"]"#)
        // The same array in the large format: 4-byte counts, sizes and offsets.
        #expect(try BinaryJSON.text(from: hex("03 02000000 14000000 0401000000 0c12000000 0178")) == #"[true, "x"]"#)
        // Stored key order is printed as is (MySQL stores them sorted by length, then bytes).
        #expect(try BinaryJSON.text(from: hex("00 0200 1400 12000100 13000100 040000 040100 62 61")) == #"{"b": null, "a": true}"#)
    }

    @Test func emptyContainers() throws {
        #expect(try text(.array([])) == "[]")
        #expect(try text(.object([])) == "{}")
        #expect(try text(.array([], large: true)) == "[]")
        #expect(try text(.object([], large: true)) == "{}")
        #expect(try text(.array([.array([]), .object([])])) == "[[], {}]")
    }

    // built: nesting of every node type in both formats; keys come out sorted by length then bytes.
    @Test(arguments: [false, true])
    func nesting(large: Bool) throws {
        let node = JSONNode.object(
            [
                ("string", .str("abc")), ("i16", .int(4)), ("i32", .int(2_147_483_647)), ("int64", .int(4_294_967_295)),
                ("double", .double(1.0001)), ("literal1", .bool(true)), ("null", .null),
                ("array", .array([.int(1), .int(2), .object([("i16", .int(4)), ("array", .array([.bool(false), .bool(true), .str("abcd")]))])], large: large)),
                ("time", .opaque(12, packedDatetime(2022, 1, 1, 12, 34, 56))),
                ("dec", .opaque(246, [3, 1] + hex("8c09"))),
            ], large: large)
        #expect(
            try text(node)
                == #"{"dec": 12.9, "i16": 4, "i32": 2147483647, "null": null, "time": "2022-01-01 12:34:56.000000", "array": [1, 2, {"i16": 4, "array": [false, true, "abcd"]}], "int64": 4294967295, "double": 1.0001, "string": "abc", "literal1": true}"#
        )
    }

    // built: int32/uint32 sit at an offset in small containers but inside the entry in large ones.
    @Test func thirtyTwoBitInlining() throws {
        let small = JSONNode.array([.int(-70000), .uint(70000)]).document
        let large = JSONNode.array([.int(-70000), .uint(70000)], large: true).document
        #expect(small.count == 1 + 4 + 2 * 3 + 2 * 4)
        #expect(large.count == 1 + 8 + 2 * 5)
        #expect(try BinaryJSON.text(from: small) == "[-70000, 70000]")
        #expect(try BinaryJSON.text(from: large) == "[-70000, 70000]")
    }

    // built: documents over 64 KiB need the large format (as MySQL switches to it).
    @Test func largerThan64KiB() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 70_000)
        let doc = JSONNode.array([.string(long), .int(7)], large: true).document
        #expect(doc.count > 65_536)
        #expect(try BinaryJSON.text(from: doc) == "[\"" + String(repeating: "x", count: 70_000) + "\", 7]")

        // 70,000 members (the shape of mysql-binlog-connector-java's testJsonObjectLargerThan64k).
        let members = (0..<70_000).map { ("g.\($0)", JSONNode.int(Int64($0))) }
        let object = JSONNode.object(members, large: true)
        let sorted = members.map(\.0).sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
        let expected = "{" + sorted.map { "\"\($0)\": \($0.dropFirst(2))" }.joined(separator: ", ") + "}"
        #expect(try text(object) == expected)
    }

    // built: MySQL's limit is 100 nested arrays/objects (JSON_DOCUMENT_MAX_DEPTH).
    @Test func hundredLevelsAreAllowed() throws {
        var node = JSONNode.array([])
        for _ in 1..<100 { node = .array([node]) }
        #expect(try text(node) == String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        var object = JSONNode.int(1)
        for _ in 0..<100 { object = .object([("k", object)]) }
        #expect(try text(object) == String(repeating: #"{"k": "#, count: 100) + "1" + String(repeating: "}", count: 100))
    }
}

@Suite struct BinaryJSONMalformedTests {
    private static let samples: [[UInt8]] = [
        hex("0003003300190003001c000400200004000518000c24000c2f00616765646174616e616d650a78787878787878787878034a6f65"),
        hex("0001001c000b000100020c006504001000050000050100040100040200"),
        hex("00010015000b0001000f0c0065f6070b028000000900"),
        hex("00010016000b0001000f0c00630c08000000adb7e48b19"),
        JSONNode.array([.double(1.5), .int(-70000), .str("abc"), .object([("k", .uint(1 << 40))])], large: true).document,
        hex("0b000000000000f03f"), hex("0c03616263"), hex("0f0f0155"), hex("0401"), hex("090000000000000080"),
    ]

    // built/fixture: every strict prefix of a valid value is truncated somewhere MySQL would
    // notice (a container's size covers all of its bytes, a scalar needs all of its own).
    @Test(arguments: Self.samples)
    func everyTruncationThrows(bytes: [UInt8]) throws {
        _ = try BinaryJSON.text(from: bytes)
        for length in 1..<bytes.count {
            #expect(throws: BinlogDecodeError.self, "prefix of \(length) bytes") { try BinaryJSON.text(from: Array(bytes[..<length])) }
        }
    }

    // hand: MySQL ignores bytes after the top-level value, and so do we.
    @Test func trailingBytesAreIgnored() throws {
        #expect(try BinaryJSON.text(from: hex("0401 ffff")) == "true")
    }

    // hand: type bytes 0x0d, 0x0e and above 0x0f are not part of the format; literals are 0...2.
    @Test(arguments: ["0d00", "0e00", "1000", "ff00", "0403", "02 0100 0800 0d0700 00", "02 0100 0700 040300"])
    func badTypesAndLiterals(bytes: String) {
        #expect(throws: BinlogDecodeError.self) { try BinaryJSON.text(from: hex(bytes)) }
    }

    @Test func unknownTypeErrorPointsAtTheTypeByte() {
        #expect(throws: BinlogDecodeError("unknown JSON value type 0xd", offset: 5)) {
            try BinaryJSON.text(from: hex("02 0100 0800 0d0700 00"))
        }
    }

    // hand: offsets and sizes that leave their container.
    @Test(arguments: [
        "02 0100 0900 0c0a00 0178",  // value offset 10 is past the 9-byte array
        "02 0100 0900 0c0400 0178",  // value offset 4 points into the header
        "02 0100 0800 0c0700 0178",  // string runs past the array's end
        "02 0100 ff00 040100",  // array claims 255 bytes
        "02 0500 0700 040100",  // 5 elements cannot fit a 7-byte array
        "00 0100 0c00 0c000100 040000 61",  // key offset 12 is past the 12-byte object
        "00 0100 0c00 0a000100 040000 61",  // key offset 10 points into the header
        "00 0100 0c00 0b000200 040000 61",  // key of 2 bytes runs past the end
        "03 01000000 0d000000 0c0d000000",  // large: value offset at the end
        "01 01000000 ffffffff 0f00000001000400000000",  // large object claims 4 GiB
    ])
    func offsetsOutOfRange(bytes: String) {
        #expect(throws: BinlogDecodeError.self) { try BinaryJSON.text(from: hex(bytes)) }
    }

    // hand: a string length takes at most 5 bytes and must fit in 32 bits.
    @Test(arguments: ["0c ffffffffff01", "0c ffffffff7f", "0c 80", "0f 0f ffffffffff01"])
    func badVariableLengths(bytes: String) {
        #expect(throws: BinlogDecodeError.self) { try BinaryJSON.text(from: hex(bytes)) }
    }

    // built: bad opaque payloads MySQL refuses to print.
    @Test(arguments: [
        JSONNode.opaque(246, []),  // no precision / scale
        .opaque(246, [2, 3]),  // scale above precision
        .opaque(246, [14, 4] + hex("810dfb38d204")),  // one byte short
        .opaque(246, [14, 4] + hex("810dfb38d204d200")),  // one byte long
        .opaque(246, [1, 0, 0x8A]),  // digit group 10 in a 1-digit group
        .opaque(246, [9, 0, 0xBB, 0x9A, 0xCA, 0x00]),  // 1,000,000,000 in a 9-digit group
        .opaque(246, [82, 0] + [UInt8](repeating: 0x80, count: 37)),  // 82 digits: more than 9 words
        .opaque(10, [0, 0, 0, 0, 0, 0, 0]),  // DATE of 7 bytes
        .opaque(11, []),
        .double(.nan), .double(.infinity), .double(-.infinity),
    ])
    fileprivate func badScalars(node: JSONNode) {
        #expect(throws: BinlogDecodeError.self) { try text(node) }
        #expect(throws: BinlogDecodeError.self) { try text(.array([.int(1), node])) }
    }

    // built: 101 nested arrays or objects exceed MySQL's depth limit.
    @Test func hundredAndOneLevelsThrow() {
        var node = JSONNode.array([])
        for _ in 1..<101 { node = .array([node]) }
        #expect(throws: BinlogDecodeError.self) { try text(node) }
        var object = JSONNode.null
        for _ in 0..<101 { object = .object([("k", object)]) }
        #expect(throws: BinlogDecodeError.self) { try text(object) }
    }

    // hand: 200,000 nested large arrays (2.6 MB) stop at level 101 instead of overflowing the stack.
    @Test func hostileDepthThrowsWithoutRecursingFurther() {
        let levels = 200_000
        var bytes: [UInt8] = [0x03]
        for level in 0..<levels {
            let size = UInt64((levels - level) * 13 + 8)
            bytes += le(1, 4) + le(size, 4) + [0x03] + le(13, 4)
        }
        bytes += le(0, 4) + le(8, 4)
        let error = #expect(throws: BinlogDecodeError.self) { try BinaryJSON.text(from: bytes) }
        #expect(error?.message.contains("deeper than 100") == true)
    }

    // hand: every entry of 60 nested arrays points at the same child, so the text would double
    // 60 times; the output limit stops it.
    @Test func sharedSubtreesCannotExplode() {
        var bytes: [UInt8] = [0x02]
        let levels = 60
        for level in 0..<levels {
            // [count 2, size, entry 0x02 → 10, entry 0x02 → 10]: the child starts after 10 bytes.
            let size = UInt64((levels - level) * 10 + 4)
            bytes += le(2, 2) + le(size, 2) + [0x02] + le(10, 2) + [0x02] + le(10, 2)
        }
        bytes += le(0, 2) + le(4, 2)
        let error = #expect(throws: BinlogDecodeError.self) { try BinaryJSON.text(from: bytes) }
        #expect(error?.message.contains("exceeds") == true)
    }

    // built: random byte flips, cuts and insertions of valid values either decode or throw; never
    // trap (a fixed SplitMix64 stream, so a failure reproduces).
    @Test func mutationsNeverTrap() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var decoded = 0
        for round in 0..<20_000 {
            var bytes = Self.samples[round % Self.samples.count]
            for _ in 0...(next() % 3) {
                let position = Int(next() % UInt64(bytes.count))
                switch next() % 4 {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: next())
                case 1: bytes[position] ^= 1 << UInt8(next() % 8)
                case 2: bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
                default: if bytes.count > 1 { bytes.remove(at: position) }
                }
            }
            if (try? BinaryJSON.text(from: bytes)) != nil { decoded += 1 }
        }
        #expect(decoded > 0)
    }
}
