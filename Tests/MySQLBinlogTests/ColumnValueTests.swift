// Vectors for ColumnValueDecoder / ColumnMetadata. Where each expected value comes from:
//
// * "server": written by a MariaDB 10.11.19 server (mariadbd --log-bin --binlog-format=ROW) for
//   tables and INSERT/UPDATE/DELETE statements covering each type, then decoded by this decoder
//   and compared with `mariadb-binlog --verbose --base64-output=decode-rows` over the whole files
//   (every value line identical: 26,019 DECIMAL values over 441 (precision, scale) pairs, all
//   temporal types with fsp 0...6, CHAR/VARCHAR/BLOB/ENUM/SET/BIT/FLOAT/DOUBLE, partial and NULL
//   row images, plus the gunzipped Sakila fixture: 292,199 values). The vectors below are a
//   selection of those values with their bytes. FLOAT/DOUBLE expectations are bit patterns (the
//   tool prints them with %g).
// * "fixture": recorded MySQL binlogs in ../shared/fixtures/binlogs (file named per line),
//   values cross-checked with the fixture README and mariadb-binlog.
// * "formula": built in the test from the documented encoding (MySQL's decimal.c and
//   my_time.cc, the table-map packing), noted where used.
import Testing

@testable import MySQLBinlog

// MARK: - Helpers

private struct ValueVector: Sendable, CustomStringConvertible {
    var type: UInt8
    var metadata: UInt16
    var isUnsigned: Bool
    var bytes: [UInt8]
    var expected: BinlogValue

    var description: String { "\(ColumnTypeCode.name(self.type)) meta \(self.metadata) bytes \(self.bytes.map { String($0, radix: 16) })" }
}

private func hex(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var high: UInt8?
    for c in text.utf8 {
        let nibble = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10
        if let h = high {
            bytes.append(h << 4 | nibble)
            high = nil
        } else {
            high = nibble
        }
    }
    return bytes
}

private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

private func integer(_ type: UInt8, _ bytes: String, _ signed: Int64, _ unsigned: UInt64) -> [ValueVector] {
    [
        ValueVector(type: type, metadata: 0, isUnsigned: false, bytes: hex(bytes), expected: .int(signed)),
        ValueVector(type: type, metadata: 0, isUnsigned: true, bytes: hex(bytes), expected: .uint(unsigned)),
    ]
}

private func decimal(_ precision: UInt16, _ scale: UInt16, _ bytes: String, _ text: String) -> ValueVector {
    ValueVector(type: 246, metadata: precision << 8 | scale, isUnsigned: false, bytes: hex(bytes), expected: .decimal(text))
}

private func value(_ type: UInt8, _ metadata: UInt16, _ bytes: String, _ expected: BinlogValue) -> ValueVector {
    ValueVector(type: type, metadata: metadata, isUnsigned: false, bytes: hex(bytes), expected: expected)
}

/// Digits of `text` as an Int (text is all ASCII digits).
private func number(_ text: Substring) -> Int { text.reduce(0) { $0 * 10 + Int($1.asciiValue! - 48) } }

/// `"2024-02-29"` (mariadb-binlog prints DATE with colons; the value is the same).
private func date(_ text: String) -> BinlogValue {
    let p = text.split(separator: "-")
    return .temporal(BinlogTime(kind: .date, year: number(p[0]), month: number(p[1]), day: number(p[2])))
}

/// Splits "hh:mm:ss[.ffffff]" into fields, the fraction scaled to microseconds.
private func clock(_ text: Substring) -> (Int, Int, Int, Int) {
    let halves = text.split(separator: ".")
    let p = halves[0].split(separator: ":")
    var micro = 0
    if halves.count > 1 { micro = number(halves[1]) * [1, 100_000, 10_000, 1000, 100, 10, 1][halves[1].count] }
    return (number(p[0]), number(p[1]), number(p[2]), micro)
}

/// `"2024-02-29 12:34:56.5"` with the column's precision.
private func datetime(_ text: String, _ precision: Int = 0) -> BinlogValue {
    let parts = text.split(separator: " ")
    let d = parts[0].split(separator: "-")
    let (h, m, s, us) = clock(parts[1])
    return .temporal(
        BinlogTime(
            kind: .datetime, year: number(d[0]), month: number(d[1]), day: number(d[2]), hour: h, minute: m, second: s, microsecond: us,
            precision: precision))
}

/// `"-838:59:59.5"` with the column's precision.
private func time(_ text: String, _ precision: Int = 0) -> BinlogValue {
    let negative = text.hasPrefix("-")
    let (h, m, s, us) = clock(negative ? text.dropFirst() : text[...])
    return .temporal(BinlogTime(kind: .time, isNegative: negative, hour: h, minute: m, second: s, microsecond: us, precision: precision))
}

private func decodeAll(_ v: ValueVector) throws -> (BinlogValue, Int) {
    var cursor = BinlogCursor(v.bytes)
    let value = try ColumnValueDecoder.decode(type: v.type, metadata: v.metadata, isUnsigned: v.isUnsigned, from: &cursor)
    return (value, cursor.remaining)
}

private func check(_ vectors: [ValueVector], sourceLocation: SourceLocation = #_sourceLocation) {
    for v in vectors {
        do {
            let (value, remaining) = try decodeAll(v)
            #expect(value == v.expected, "\(v)", sourceLocation: sourceLocation)
            #expect(remaining == 0, "\(v) left \(remaining) bytes", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(v): \(error)", sourceLocation: sourceLocation)
        }
    }
}

private func expectDecodeError(
    _ type: UInt8, _ metadata: UInt16, _ bytes: [UInt8], mentioning: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    var cursor = BinlogCursor(bytes)
    do {
        let value = try ColumnValueDecoder.decode(type: type, metadata: metadata, isUnsigned: false, from: &cursor)
        Issue.record("decoded \(value) instead of throwing", sourceLocation: sourceLocation)
    } catch let error as BinlogDecodeError {
        if let mentioning { #expect(error.message.contains(mentioning), "\(error)", sourceLocation: sourceLocation) }
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

// MARK: - Tests

@Suite struct ColumnValueTests {
    // MARK: Server and fixture vectors

    @Test func integers() { check(Vectors.integers) }
    @Test func decimals() { check(Vectors.decimals) }
    @Test func temporals() { check(Vectors.temporals) }
    @Test func oldTemporals() { check(Vectors.oldTemporals) }
    @Test func stringsEnumsSetsBitsFloatsBlobs() { check(Vectors.others) }

    @Test func vectorsCoverEveryDecodableType() {
        let types = Set(Vectors.all.map(\.type))
        for type: UInt8 in [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 242, 252, 254, 255] {
            #expect(types.contains(type), "no vector for \(ColumnTypeCode.name(type))")
        }
    }

    /// Every vector cut short at every length must throw a BinlogDecodeError (and never trap).
    @Test func truncatedVectorsThrow() {
        for v in Vectors.all {
            for cut in 0..<v.bytes.count {
                var cursor = BinlogCursor(v.bytes, end: cut)
                do {
                    let value = try ColumnValueDecoder.decode(type: v.type, metadata: v.metadata, isUnsigned: v.isUnsigned, from: &cursor)
                    Issue.record("\(v) cut to \(cut) bytes decoded \(value)")
                } catch is BinlogDecodeError {
                } catch {
                    Issue.record("\(v) cut to \(cut) bytes: unexpected \(error)")
                }
            }
        }
    }

    // MARK: DECIMAL (formula)

    /// decimal.c's own example, DECIMAL(14,4) ±1234567890.1234; the fixture MySqlCdc value starts
    /// with the same groups.
    @Test func decimalDocumentedExample() {
        check([
            decimal(14, 4, "810DFB38D204D2", "1234567890.1234"),
            decimal(14, 4, "7EF204C72DFB2D", "-1234567890.1234"),
        ])
    }

    /// formula: inverted zero bytes are a "negative zero" the servers never write (they store -0
    /// as 0, checked with `-0`, `-0.00` literals); mariadb-binlog prints such bytes as "-0.00",
    /// this decoder as "0.00".
    @Test func decimalNegativeZeroIsUnsigned() {
        check([
            decimal(4, 2, "7FFF", "0.00"),
            decimal(10, 0, "7FFFFFFFFF", "0"),
            decimal(30, 30, "7F" + String(repeating: "FF", count: 13), "0." + String(repeating: "0", count: 30)),
        ])
    }

    @Test func decimalCorruptDigitsThrow() {
        expectDecodeError(246, 10 << 8, hex("803B9ACA00"), mentioning: "out of range")  // a 9-digit group holding 10^9
        expectDecodeError(246, 2 << 8, hex("E4"), mentioning: "out of range")  // 2 digits holding 100
        expectDecodeError(246, 4 << 8 | 2, hex("8164"), mentioning: "out of range")  // 2 fraction digits holding 100
        expectDecodeError(246, 2 << 8 | 3, hex("800000"), mentioning: "scale")  // scale above precision
        check([decimal(0, 0, "", "0")])
    }

    /// formula: random values for every precision 1...65 and scale 0...min(p, 38), encoded with
    /// decimal.c's decimal2bin (written out independently below), must decode to their text.
    @Test func decimalEncoderRoundTrip() {
        var random = SplitMix64(seed: 0xDEC1)
        var vectors: [ValueVector] = []
        for precision in 1...65 {
            for scale in 0...min(precision, 38) {
                for _ in 0..<4 {
                    let intDigits = Int(random.next() % UInt64(precision - scale + 1))
                    var int = (0..<intDigits).map { _ in Character(String(random.next() % 10)) }
                    var frac = (0..<scale).map { _ in Character(String(random.next() % 10)) }
                    if random.next() % 5 == 0 { frac = frac.map { _ in "0" } }
                    if random.next() % 7 == 0 { int = [] }
                    let negative = random.next() % 2 == 0
                    let bytes = encodeDecimal(negative: negative, int: String(int), frac: String(frac), precision: precision, scale: scale)
                    var text = String(String(int).drop { $0 == "0" })
                    if text.isEmpty { text = "0" }
                    if scale > 0 { text += "." + String(frac) }
                    if negative, (int + frac).contains(where: { $0 != "0" }) { text = "-" + text }
                    vectors.append(
                        ValueVector(type: 246, metadata: UInt16(precision << 8 | scale), isUnsigned: false, bytes: bytes, expected: .decimal(text)))
                }
            }
        }
        check(vectors)
    }

    // MARK: Temporal (formula)

    /// formula: MySQL's my_time_packed_to_binary (negative values: integer part floored, fraction
    /// stored as its two's complement per width) for random times at every fsp, positive and
    /// negative, including negative values under one second.
    @Test func time2MatchesMySQLEncoding() {
        var random = SplitMix64(seed: 0x7132)
        var vectors: [ValueVector] = []
        for fsp in 0...6 {
            for i in 0..<400 {
                let negative = i % 2 == 0
                let hour = i % 5 == 0 ? 0 : Int(random.next() % 839)
                let minute = i % 5 == 0 ? 0 : Int(random.next() % 60)
                let second = i % 10 == 0 ? 0 : Int(random.next() % 60)
                var micro = Int(random.next() % 1_000_000)
                let unit = [1_000_000, 100_000, 10_000, 1000, 100, 10, 1][fsp]
                micro -= micro % unit
                if hour == 0, minute == 0, second == 0, micro == 0 { continue }
                let bytes = encodeTime2(negative: negative, hour: hour, minute: minute, second: second, microsecond: micro, fsp: fsp)
                let expected = BinlogValue.temporal(
                    BinlogTime(
                        kind: .time, isNegative: negative, hour: hour, minute: minute, second: second, microsecond: micro, precision: fsp))
                vectors.append(ValueVector(type: 19, metadata: UInt16(fsp), isUnsigned: false, bytes: bytes, expected: expected))
            }
        }
        check(vectors)
        // MySQL's own table (my_time.cc) for TIME(2): disk 7FFFFF.FF = -00:00:00.01, 7FFFFF.9D = -00:00:00.99,
        // 7FFFFF.00 = -00:00:01.00, 7FFFFE.FF = -00:00:01.01, 7FFFFE.F6 = -00:00:01.10.
        check([
            value(19, 2, "800000" + "00", time("00:00:00.00", 2)),
            value(19, 2, "7FFFFF" + "FF", time("-00:00:00.01", 2)),
            value(19, 2, "7FFFFF" + "9D", time("-00:00:00.99", 2)),
            value(19, 2, "7FFFFF" + "00", time("-00:00:01.00", 2)),
            value(19, 2, "7FFFFE" + "FF", time("-00:00:01.01", 2)),
            value(19, 2, "7FFFFE" + "F6", time("-00:00:01.10", 2)),
        ])
    }

    /// formula: DATETIME2 = 1 sign bit (set), 17 bits year*13+month, 5 day, 5 hour, 6 minute,
    /// 6 second, then the fraction; TIMESTAMP2 = 4 bytes big-endian seconds then the fraction.
    @Test func datetime2AndTimestamp2MatchTheLayout() {
        var random = SplitMix64(seed: 0xDA7E)
        var vectors: [ValueVector] = []
        for fsp in 0...6 {
            for _ in 0..<300 {
                let year = Int(random.next() % 10000), month = Int(random.next() % 13), day = Int(random.next() % 32)
                let hour = Int(random.next() % 24), minute = Int(random.next() % 60), second = Int(random.next() % 60)
                let unit = [1_000_000, 100_000, 10_000, 1000, 100, 10, 1][fsp]
                var micro = Int(random.next() % 1_000_000)
                micro -= micro % unit
                let packed = UInt64(1) << 39 | UInt64(year * 13 + month) << 22 | UInt64(day) << 17 | UInt64(hour) << 12 | UInt64(minute) << 6
                    | UInt64(second)
                let fraction = fractionBytes(micro, fsp: fsp)
                vectors.append(
                    ValueVector(
                        type: 18, metadata: UInt16(fsp), isUnsigned: false, bytes: bigEndian(packed, 5) + fraction,
                        expected: .temporal(
                            BinlogTime(
                                kind: .datetime, year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                                microsecond: micro, precision: fsp))))
                let seconds = UInt32(truncatingIfNeeded: random.next())
                vectors.append(
                    ValueVector(
                        type: 17, metadata: UInt16(fsp), isUnsigned: false, bytes: bigEndian(UInt64(seconds), 4) + fraction,
                        expected: .timestamp(seconds: seconds, microseconds: UInt32(micro))))
            }
        }
        check(vectors)
    }

    // MARK: Strings (formula)

    /// formula: Field_string::save_field_metadata stores `real_type ^ ((length & 0x300) >> 4)`
    /// and `length & 0xFF`; every CHAR byte length 1...1020 (CHAR(255) in utf8mb4) must come back.
    @Test func charLengthsAbove255SurviveTheMetadataTwiddle() {
        for length in 1...1020 {
            let metadata = UInt16(0xFE ^ ((length & 0x300) >> 4)) << 8 | UInt16(length & 0xFF)
            let layout = ColumnMetadata.stringLayout(metadata: metadata)
            #expect(layout.realType == 254 && layout.length == length, "length \(length)")
            #expect(ColumnMetadata.realType(type: 254, metadata: metadata) == 254)
            // The length prefix is 2 bytes from 256 on.
            let payload = [UInt8](repeating: 0x61, count: min(length, 3))
            let prefix = length < 256 ? [UInt8(payload.count)] : [UInt8(payload.count), 0]
            check([ValueVector(type: 254, metadata: metadata, isUnsigned: false, bytes: prefix + payload, expected: .bytes(payload))])
        }
        for (metadata, realType, length) in [(0xF701, 247, 1), (0xF802, 248, 2), (0xCEFC, 254, 1020), (0x0014, 254, 20)] as [(UInt16, UInt8, Int)] {
            // 0x0014: pre-5.1 metadata below 256 is a plain length.
            let layout = ColumnMetadata.stringLayout(metadata: metadata)
            #expect(layout.realType == realType && layout.length == length, "0x\(String(metadata, radix: 16))")
        }
        #expect(ColumnMetadata.realType(type: 254, metadata: 0xF802) == 248)
        #expect(ColumnMetadata.realType(type: 15, metadata: 0xF802) == 15)
    }

    /// formula: BLOB lengths of 3 and 4 bytes (70,000-byte values), GEOMETRY and VECTOR use the
    /// same prefix; a length past the end throws before anything is copied.
    @Test func longBlobLengths() {
        let payload = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let length3: [UInt8] = [0x70, 0x11, 0x01]  // 70,000 little-endian
        check([
            ValueVector(type: 250, metadata: 3, isUnsigned: false, bytes: length3 + payload, expected: .bytes(payload)),
            ValueVector(type: 251, metadata: 4, isUnsigned: false, bytes: length3 + [0] + payload, expected: .bytes(payload)),
            ValueVector(type: 252, metadata: 4, isUnsigned: false, bytes: length3 + [0] + payload, expected: .bytes(payload)),
            ValueVector(type: 255, metadata: 4, isUnsigned: false, bytes: [3, 0, 0, 0, 1, 2, 3], expected: .geometry([1, 2, 3])),
            ValueVector(type: 242, metadata: 4, isUnsigned: false, bytes: [4, 0, 0, 0, 0, 0, 0x80, 0x3F], expected: .bytes([0, 0, 0x80, 0x3F])),
        ])
        expectDecodeError(251, 4, [0xFF, 0xFF, 0xFF, 0xFF, 1, 2, 3])
    }

    /// The JSON column's length-prefixed bytes go to `BinaryJSON.text(from:)`. fixture: MySqlCdc
    /// (MySQL 5.7.23) row id 11, whose README value is `{"id": 1, "name": "John"}`.
    @Test func jsonUsesBinaryJSON() throws {
        let document = hex("0002001d0012000200140004000501000c180069646e616d65044a6f686e")
        var cursor = BinlogCursor([UInt8(document.count), 0, 0, 0] + document)
        #expect(try ColumnValueDecoder.decode(type: 245, metadata: 4, isUnsigned: false, from: &cursor) == .json(#"{"id": 1, "name": "John"}"#))
        #expect(cursor.isAtEnd)
        expectDecodeError(245, 4, [5, 0, 0, 0, 1])
    }

    // MARK: Invalid metadata and types

    @Test func invalidMetadataThrows() {
        expectDecodeError(19, 7, hex("80000000000000"), mentioning: "precision 7")
        expectDecodeError(18, 9, hex("80000000000000000000"), mentioning: "precision 9")
        expectDecodeError(17, 0xFF, hex("00000000000000"), mentioning: "precision 255")
        expectDecodeError(252, 0, hex("00"), mentioning: "1...4")
        expectDecodeError(252, 5, hex("0000000000"), mentioning: "1...4")
        expectDecodeError(254, 0xF703, hex("010000"), mentioning: "ENUM")
        expectDecodeError(254, 0xF800, hex("01"), mentioning: "SET")
        expectDecodeError(254, 0xF809, hex("010000000000000000"), mentioning: "SET")
        expectDecodeError(247, 0xF700, hex("01"), mentioning: "ENUM")
        expectDecodeError(254, 0xFD05, hex("0100"), mentioning: "real")
        expectDecodeError(16, 0x0900, hex("000000000000000000"), mentioning: "64 bits")
        expectDecodeError(16, 0x0108, hex("0000"), mentioning: "64 bits")
    }

    @Test func unknownTypesThrowNamingTheType() {
        expectDecodeError(20, 0, [1, 2, 3, 4], mentioning: "type 20")
        expectDecodeError(100, 0, [1, 2, 3, 4], mentioning: "type 100")
        expectDecodeError(243, 0, [1, 2, 3, 4], mentioning: "type 243")
        expectDecodeError(0, 0, [1, 2, 3, 4], mentioning: "DECIMAL (0)")
        expectDecodeError(6, 0, [1, 2, 3, 4], mentioning: "NULL (6)")
        // MariaDB COMPRESSED columns (type codes checked against a 10.11 table map): a bad
        // compression header is an error; plain and deflated values are covered live
        // (LiveBinlogTests.mariadbCompressedColumns).
        expectDecodeError(140, 2, [3, 0, 0x42, 104, 105], mentioning: "COMPRESSED column header")
        expectDecodeError(141, 101, [3, 0x85, 0, 1], mentioning: "COMPRESSED column header")
    }

    @Test func mariadbCompressedColumnsStoredPlain() throws {
        var blob = BinlogCursor([5, 0, 0, 104, 105, 33, 33])
        #expect(try ColumnValueDecoder.decode(type: 140, metadata: 2, isUnsigned: false, from: &blob) == .bytes(Array("hi!!".utf8)))
        var varchar = BinlogCursor([6, 0, 104, 105, 33, 33, 33])
        #expect(try ColumnValueDecoder.decode(type: 141, metadata: 101, isUnsigned: false, from: &varchar) == .bytes(Array("hi!!!".utf8)))
    }

    /// ENUM/SET given as the column type itself (not through STRING) use the low metadata byte.
    @Test func enumAndSetAsColumnTypes() {
        check([
            value(247, 0xF701, "03", .enumIndex(3)),
            value(247, 0xF702, "2c01", .enumIndex(300)),
            value(248, 0xF803, "010080", .setBits(0x80_0001)),
            value(248, 0xF808, "ffffffffffffffff", .setBits(.max)),
        ])
    }

    // MARK: Table map metadata

    @Test func metadataBlocksFromServersParse() throws {
        for v in metadataVectors {
            var cursor = BinlogCursor(v.block)
            #expect(try ColumnMetadata.parse(types: v.types, metadata: &cursor) == v.expected, "\(v.source)")
            #expect(cursor.isAtEnd, "\(v.source)")
        }
    }

    /// formula: the widths and packing documented on `ColumnMetadata`.
    @Test func metadataPackingPerType() throws {
        let types: [UInt8] = [1, 2, 3, 8, 9, 10, 11, 12, 13, 7, 4, 5, 17, 18, 19, 249, 250, 251, 252, 255, 245, 242, 15, 253, 16, 246, 254, 247, 248, 140, 141]
        let block = hex(
            "04" + "08" + "00" + "06" + "03" + "01" + "02" + "03" + "04" + "04" + "04" + "04" + "2c01" + "0400" + "0107" + "0a02" + "fe14" + "f702"
                + "f808" + "02" + "6500")
        var cursor = BinlogCursor(block)
        let parsed = try ColumnMetadata.parse(types: types, metadata: &cursor)
        #expect(cursor.isAtEnd)
        #expect(
            parsed == [
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // integers, DATE, TIME, DATETIME, YEAR, TIMESTAMP: nothing
                4, 8,  // FLOAT, DOUBLE: pack length
                0, 6, 3,  // TIMESTAMP2, DATETIME2, TIME2: fsp
                1, 2, 3, 4, 4, 4, 4,  // blobs, GEOMETRY, JSON, VECTOR: length width
                300, 4,  // VARCHAR, VAR_STRING: max length, little-endian
                0x0701,  // BIT(57) = 7 bytes + 1 bit: bytes << 8 | bits
                0x0A02,  // DECIMAL(10,2)
                0xFE14, 0xF702, 0xF808,  // CHAR(20), ENUM (2 bytes), SET (8 bytes): real type << 8 | length
                2, 101,  // BLOB_COMPRESSED, VARCHAR_COMPRESSED
            ])
        // Every cut of the block throws.
        for cut in 0..<block.count {
            var short = BinlogCursor(block, end: cut)
            #expect(throws: BinlogDecodeError.self, "cut \(cut)") { try ColumnMetadata.parse(types: types, metadata: &short) }
        }
        var unknown = BinlogCursor([0, 0])
        #expect(throws: BinlogDecodeError.self) { try ColumnMetadata.parse(types: [3, 20, 3], metadata: &unknown) }
    }

    // MARK: Row images

    @Test func rowImagesFromServer() throws {
        for v in rowVectors {
            var cursor = BinlogCursor(v.bytes)
            let row = try ColumnValueDecoder.decodeRow(types: v.types, metadata: v.metadata, unsigned: [], present: v.present, from: &cursor)
            #expect(row == v.expected, "\(v.table) \(v.bytes.count) bytes")
            #expect(cursor.isAtEnd, "\(v.table)")
        }
    }

    /// The UNSIGNED flags (from the table map's optional metadata or the schema) apply per column.
    @Test func rowImageWithUnsignedColumns() throws {
        let v = rowVectors[0]  // t.tr: i TINYINT UNSIGNED = 200 (mariadb-binlog: -56 (200))
        var cursor = BinlogCursor(v.bytes)
        let unsigned = [Bool](repeating: false, count: 9) + [true]
        let row = try ColumnValueDecoder.decodeRow(types: v.types, metadata: v.metadata, unsigned: unsigned, present: v.present, from: &cursor)
        #expect(row[9] == .uint(200))
        #expect(row[0] == .int(1))
    }

    @Test func truncatedRowsThrowNamingTheColumn() {
        for v in rowVectors {
            for cut in 0..<v.bytes.count {
                var cursor = BinlogCursor(v.bytes, end: cut)
                #expect(throws: BinlogDecodeError.self, "\(v.table) cut \(cut)") {
                    try ColumnValueDecoder.decodeRow(types: v.types, metadata: v.metadata, unsigned: [], present: v.present, from: &cursor)
                }
            }
        }
        var cursor = BinlogCursor(hex("00" + "01"))  // bitmap, then 1 of the 4 bytes of a LONG
        do {
            _ = try ColumnValueDecoder.decodeRow(types: [3], metadata: [0], unsigned: [], present: [true], from: &cursor)
            Issue.record("decoded a truncated row")
        } catch let error as BinlogDecodeError {
            #expect(error.message.hasPrefix("column 1 (LONG (3)):"), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func rowShapeMismatchThrows() {
        var cursor = BinlogCursor([0, 1, 0, 0, 0])
        #expect(throws: BinlogDecodeError.self) {
            try ColumnValueDecoder.decodeRow(types: [3], metadata: [0, 0], unsigned: [], present: [true], from: &cursor)
        }
        #expect(throws: BinlogDecodeError.self) {
            try ColumnValueDecoder.decodeRow(types: [3, 3], metadata: [0, 0], unsigned: [], present: [true], from: &cursor)
        }
    }

    /// formula: the NULL bitmap counts only present columns; absent ones are nil.
    @Test func nullBitmapCoversPresentColumnsOnly() throws {
        // 10 columns, 9 present (column 5 absent): a 2-byte bitmap over the 9, column 10's bit is
        // bit 0 of byte 2. NULLs: present index 0 and 8.
        let types = [UInt8](repeating: 1, count: 10)
        var present = [Bool](repeating: true, count: 10)
        present[4] = false
        let bytes: [UInt8] = [0b0000_0001, 0b0000_0001, 2, 3, 4, 6, 7, 8, 9]
        var cursor = BinlogCursor(bytes)
        let row = try ColumnValueDecoder.decodeRow(
            types: types, metadata: [UInt16](repeating: 0, count: 10), unsigned: [], present: present, from: &cursor)
        #expect(row == [.null, .int(2), .int(3), .int(4), nil, .int(6), .int(7), .int(8), .int(9), .null])
        #expect(cursor.isAtEnd)
    }
}

// MARK: - Reference encoders (written from the servers' C code, independent of the decoder)

/// A small deterministic generator so the random vectors are the same on every run.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { self.state = seed }
    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private func bigEndian(_ value: UInt64, _ count: Int) -> [UInt8] {
    (0..<count).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
}

/// decimal2bin: digits in groups of 9 per 4 bytes, leftovers in dig2bytes bytes (integer
/// leftovers first, fraction leftovers last), sign bit flipped, negatives inverted.
private func encodeDecimal(negative: Bool, int: String, frac: String, precision: Int, scale: Int) -> [UInt8] {
    let dig2bytes = [0, 1, 1, 2, 2, 3, 3, 4, 4, 4]
    let intg = precision - scale
    let intDigits = String(repeating: "0", count: intg - int.count) + int
    var groups: [(digits: Substring, bytes: Int)] = []
    var index = intDigits.startIndex
    let leading = intg % 9
    if leading > 0 {
        let end = intDigits.index(index, offsetBy: leading)
        groups.append((intDigits[index..<end], dig2bytes[leading]))
        index = end
    }
    while index < intDigits.endIndex {
        let end = intDigits.index(index, offsetBy: 9)
        groups.append((intDigits[index..<end], 4))
        index = end
    }
    index = frac.startIndex
    while frac.distance(from: index, to: frac.endIndex) >= 9 {
        let end = frac.index(index, offsetBy: 9)
        groups.append((frac[index..<end], 4))
        index = end
    }
    if index < frac.endIndex { groups.append((frac[index...], dig2bytes[frac.distance(from: index, to: frac.endIndex)])) }
    var bytes: [UInt8] = []
    for group in groups { bytes += bigEndian(UInt64(group.digits)!, group.bytes) }
    if bytes.isEmpty { return bytes }
    bytes[0] ^= 0x80
    return negative ? bytes.map { ~$0 } : bytes
}

/// The stored fraction of a *2 temporal: (fsp + 1) / 2 big-endian bytes of hundredths,
/// ten-thousandths or microseconds.
private func fractionBytes(_ microsecond: Int, fsp: Int) -> [UInt8] {
    switch fsp {
    case 1, 2: return bigEndian(UInt64(microsecond / 10_000), 1)
    case 3, 4: return bigEndian(UInt64(microsecond / 100), 2)
    case 5, 6: return bigEndian(UInt64(microsecond), 3)
    default: return []
    }
}

/// my_time_packed_to_binary from MySQL's my_time.cc.
private func encodeTime2(negative: Bool, hour: Int, minute: Int, second: Int, microsecond: Int, fsp: Int) -> [UInt8] {
    var packed = Int64((hour << 12 | minute << 6 | second)) << 24 + Int64(microsecond)
    if negative { packed = -packed }
    let intPart = packed >> 24  // MY_PACKED_TIME_GET_INT_PART: arithmetic shift (floor)
    let fracPart = packed % (1 << 24)  // MY_PACKED_TIME_GET_FRAC_PART: C remainder (sign of packed)
    let int3 = bigEndian(UInt64(bitPattern: 0x80_0000 + intPart), 3)
    switch fsp {
    case 1, 2: return int3 + [UInt8(truncatingIfNeeded: fracPart / 10_000)]
    case 3, 4: return int3 + bigEndian(UInt64(truncatingIfNeeded: fracPart / 100) & 0xFFFF, 2)
    case 5, 6: return bigEndian(UInt64(bitPattern: packed + 0x8000_0000_0000), 6)
    default: return int3
    }
}

// MARK: - Vectors

private enum Vectors {
    /// server: TINYINT ... BIGINT, signed and UNSIGNED min/max/-1/0/1/sign bit (`t.ti`); each as `.int` and `.uint`.
    static let integers: [ValueVector] = [
        [ValueVector](),
        integer(1, "80", -128, 128),
        integer(1, "7f", 127, 127),
        integer(1, "ff", -1, 255),
        integer(1, "00", 0, 0),
        integer(1, "00", 0, 0),
        integer(1, "ff", -1, 255),
        integer(1, "01", 1, 1),
        integer(1, "80", -128, 128),
        integer(2, "0080", -32768, 32768),
        integer(2, "ff7f", 32767, 32767),
        integer(2, "ffff", -1, 65535),
        integer(2, "0000", 0, 0),
        integer(2, "0000", 0, 0),
        integer(2, "ffff", -1, 65535),
        integer(2, "0100", 1, 1),
        integer(2, "0080", -32768, 32768),
        integer(9, "000080", -8388608, 8388608),
        integer(9, "ffff7f", 8388607, 8388607),
        integer(9, "ffffff", -1, 16777215),
        integer(9, "000000", 0, 0),
        integer(9, "000000", 0, 0),
        integer(9, "ffffff", -1, 16777215),
        integer(9, "010000", 1, 1),
        integer(9, "000080", -8388608, 8388608),
        integer(3, "00000080", -2147483648, 2147483648),
        integer(3, "ffffff7f", 2147483647, 2147483647),
        integer(3, "ffffffff", -1, 4294967295),
        integer(3, "00000000", 0, 0),
        integer(3, "00000000", 0, 0),
        integer(3, "ffffffff", -1, 4294967295),
        integer(3, "01000000", 1, 1),
        integer(3, "00000080", -2147483648, 2147483648),
        integer(8, "0000000000000080", -9223372036854775808, 9223372036854775808),
        integer(8, "ffffffffffffff7f", 9223372036854775807, 9223372036854775807),
        integer(8, "ffffffffffffffff", -1, 18446744073709551615),
        integer(8, "0000000000000000", 0, 0),
        integer(8, "0000000000000000", 0, 0),
        integer(8, "ffffffffffffffff", -1, 18446744073709551615),
        integer(8, "0100000000000000", 1, 1),
        integer(8, "0000000000000080", -9223372036854775808, 9223372036854775808),
        integer(3, "0b000000", 11, 11),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(1, "79", 121, 121),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(2, "3530", 12341, 12341),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(9, "81d612", 1234561, 1234561),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(3, "15cd5b07", 123456789, 123456789),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(8, "b11c6cb1f4102211", 1234567890987654321, 1234567890987654321),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(3, "0c000000", 12, 12),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(1, "7a", 122, 122),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(2, "3630", 12342, 12342),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(9, "82d612", 1234562, 1234562),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(3, "15cd5b07", 123456789, 123456789),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(8, "b11c6cb1f4102211", 1234567890987654321, 1234567890987654321),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(3, "0d000000", 13, 13),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(1, "7b", 123, 123),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(2, "3930", 12345, 12345),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(9, "87d612", 1234567, 1234567),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(3, "15cd5b07", 123456789, 123456789),  // MySqlCdc/mysql-bin.000001 row id 11
        integer(8, "b11c6cb1f4102211", 1234567890987654321, 1234567890987654321),  // MySqlCdc/mysql-bin.000001 row id 11
    ].flatMap { $0 }

    /// server: one negative value for each of 441 DECIMAL(p,s) (p 1...65, s 0...38) plus max/min/zero/±smallest/±1 for 24 shapes; then fixture go-mysql/tcb-eval002c-bin.003320 (Percona 5.6, README: row 1 is -10.55 in every column) and MySqlCdc.
    static let decimals: [ValueVector] = [
        decimal(1, 0, "7b", "-4"),
        decimal(1, 0, "89", "9"),
        decimal(1, 0, "76", "-9"),
        decimal(1, 0, "80", "0"),
        decimal(1, 0, "81", "1"),
        decimal(1, 0, "7e", "-1"),
        decimal(1, 1, "7a", "-0.5"),
        decimal(1, 1, "89", "0.9"),
        decimal(1, 1, "76", "-0.9"),
        decimal(1, 1, "80", "0.0"),
        decimal(1, 1, "81", "0.1"),
        decimal(1, 1, "7e", "-0.1"),
        decimal(2, 0, "7e", "-1"),
        decimal(2, 1, "7ff7", "-0.8"),
        decimal(2, 1, "8909", "9.9"),
        decimal(2, 1, "76f6", "-9.9"),
        decimal(2, 1, "8000", "0.0"),
        decimal(2, 1, "8001", "0.1"),
        decimal(2, 1, "7ffe", "-0.1"),
        decimal(2, 1, "8100", "1.0"),
        decimal(2, 1, "7eff", "-1.0"),
        decimal(2, 2, "24", "-0.91"),
        decimal(3, 0, "7fa0", "-95"),
        decimal(3, 1, "26ff", "-89.0"),
        decimal(3, 2, "7ff7", "-0.08"),
        decimal(3, 3, "7f7d", "-0.130"),
        decimal(4, 0, "7c64", "-923"),
        decimal(4, 2, "1ec3", "-97.60"),
        decimal(4, 2, "e363", "99.99"),
        decimal(4, 2, "1c9c", "-99.99"),
        decimal(4, 2, "8000", "0.00"),
        decimal(4, 2, "8001", "0.01"),
        decimal(4, 2, "7ffe", "-0.01"),
        decimal(4, 2, "8100", "1.00"),
        decimal(4, 2, "7eff", "-1.00"),
        decimal(4, 2, "8059", "0.89"),
        decimal(4, 3, "7ffd35", "-0.714"),
        decimal(4, 4, "7978", "-0.1671"),
        decimal(5, 0, "7fe23b", "-7620"),
        decimal(5, 3, "7ffe60", "-0.415"),
        decimal(5, 4, "7fde8b", "-0.8564"),
        decimal(5, 5, "7ece66", "-0.78233"),
        decimal(6, 0, "7ffc17", "-1000"),
        decimal(6, 4, "75ffff", "-10.0000"),
        decimal(6, 5, "7ffea0ab", "-0.89940"),
        decimal(6, 6, "7aa711", "-0.350446"),
        decimal(7, 0, "7fffe2b7", "-7496"),
        decimal(7, 5, "7dffffff", "-2.00000"),
        decimal(7, 6, "7ef2a533", "-1.875212"),
        decimal(7, 7, "7fff26e4", "-0.0055579"),
        decimal(8, 0, "7f67697f", "-10000000"),
        decimal(8, 6, "7ef2fc9f", "-1.852832"),
        decimal(8, 7, "76ffb567ec", "-9.4888595"),
        decimal(8, 8, "7b4b8e39", "-0.78934470"),
        decimal(9, 0, "7ffff35b", "-3236"),
        decimal(9, 0, "bb9ac9ff", "999999999"),
        decimal(9, 0, "44653600", "-999999999"),
        decimal(9, 0, "80000000", "0"),
        decimal(9, 0, "80000001", "1"),
        decimal(9, 0, "7ffffffe", "-1"),
        decimal(9, 0, "802dbd18", "2997528"),
        decimal(9, 1, "7f82e972fb", "-8197773.4"),
        decimal(9, 7, "7fffff5bef", "-0.0042000"),
        decimal(9, 8, "7aff6212ae", "-5.10349905"),
        decimal(9, 9, "48b5c51d", "-0.927611618"),
        decimal(9, 9, "bb9ac9ff", "0.999999999"),
        decimal(9, 9, "44653600", "-0.999999999"),
        decimal(9, 9, "80000000", "0.000000000"),
        decimal(9, 9, "80000001", "0.000000001"),
        decimal(9, 9, "7ffffffe", "-0.000000001"),
        decimal(9, 9, "8ac39147", "0.180588871"),
        decimal(10, 0, "7ffffffc35", "-970"),
        decimal(10, 0, "893b9ac9ff", "9999999999"),
        decimal(10, 0, "76c4653600", "-9999999999"),
        decimal(10, 0, "8000000000", "0"),
        decimal(10, 0, "8000000001", "1"),
        decimal(10, 0, "7ffffffffe", "-1"),
        decimal(10, 0, "8000989680", "10000000"),
        decimal(10, 1, "7ffb1c20ff", "-320479.0"),
        decimal(10, 2, "7fffffffbc", "-0.67"),
        decimal(10, 2, "85f5e0ff63", "99999999.99"),
        decimal(10, 2, "7a0a1f009c", "-99999999.99"),
        decimal(10, 2, "8000000000", "0.00"),
        decimal(10, 2, "8000000001", "0.01"),
        decimal(10, 2, "7ffffffffe", "-0.01"),
        decimal(10, 2, "8000000100", "1.00"),
        decimal(10, 2, "7ffffffeff", "-1.00"),
        decimal(10, 8, "20ffffffff", "-95.00000000"),
        decimal(10, 9, "7fc9e706f8", "-0.907606279"),
        decimal(10, 9, "893b9ac9ff", "9.999999999"),
        decimal(10, 9, "76c4653600", "-9.999999999"),
        decimal(10, 9, "8000000000", "0.000000000"),
        decimal(10, 9, "8000000001", "0.000000001"),
        decimal(10, 9, "7ffffffffe", "-0.000000001"),
        decimal(10, 9, "8100000000", "1.000000000"),
        decimal(10, 9, "7effffffff", "-1.000000000"),
        decimal(10, 10, "6e303910f9", "-0.2988295516"),
        decimal(11, 0, "7fffff2b1a", "-54501"),
        decimal(11, 1, "7fffd07220f8", "-3116511.7"),
        decimal(11, 2, "7ffffff5c8", "-10.55"),
        decimal(11, 3, "7ffebdf2fe97", "-82445.360"),
        decimal(11, 9, "4ee30eeada", "-49.485561637"),
        decimal(11, 10, "78fe3567d1fd", "-7.0300544462"),
        decimal(11, 11, "6df23bc5b5", "-0.30289209074"),
        decimal(12, 0, "7fcae1901e8a", "-53510648693"),
        decimal(12, 2, "7fcbd90dc4c7", "-874967611.56"),
        decimal(12, 3, "7ff40717ffff", "-784616.000"),
        decimal(12, 4, "7ffffff8ff3c", "-7.0195"),
        decimal(12, 10, "66ffffffffff", "-25.0000000000"),
        decimal(12, 11, "7fd3435226ff", "-0.75056277700"),
        decimal(12, 12, "4bcb272fff66", "-0.875878608153"),
        decimal(13, 0, "7fffffffd8ef", "-10000"),
        decimal(13, 3, "7ffffffcc9fec3", "-822.316"),
        decimal(13, 4, "44adf235ffff", "-995233226.0000"),
        decimal(13, 4, "bb9ac9ff270f", "999999999.9999"),
        decimal(13, 4, "44653600d8f0", "-999999999.9999"),
        decimal(13, 4, "800000000000", "0.0000"),
        decimal(13, 4, "800000000001", "0.0001"),
        decimal(13, 4, "7ffffffffffe", "-0.0001"),
        decimal(13, 4, "800000010000", "1.0000"),
        decimal(13, 4, "7ffffffeffff", "-1.0000"),
        decimal(13, 5, "7ffe795fffffff", "-100000.00000"),
        decimal(13, 11, "7df74bbed5af", "-2.14603089080"),
        decimal(13, 12, "7fe59b8345fdd9", "-0.442793146550"),
        decimal(13, 13, "7d58baacea1f", "-0.0445166915600"),
        decimal(14, 0, "7ff491c6c3aa0f", "-2926960255472"),
        decimal(14, 4, "7fffffd8efe577", "-10000.6792"),
        decimal(14, 5, "7d23acd9feb40e", "-47993638.84977"),
        decimal(14, 6, "7ffbad67fcd1c8", "-283288.208439"),
        decimal(14, 12, "7ffb2565a6fd0f", "-0.081435225752"),
        decimal(14, 13, "7ff88ca6bfffff", "-0.1250000000000"),
        decimal(14, 14, "6808edfdffbe12", "-0.40206797016877"),
        decimal(15, 0, "7fff81ff808675", "-126008354186"),
        decimal(15, 5, "7fffffffffff3983", "-0.50812"),
        decimal(15, 6, "7fe3c000ff4efe", "-1851391.045313"),
        decimal(15, 7, "7f67697fffb3b4bf", "-10000000.5000000"),
        decimal(15, 13, "7effffffffffff", "-1.0000000000000"),
        decimal(15, 14, "7fcdcb48acff6dc7", "-0.84231560337432"),
        decimal(15, 15, "5ebd3e43fc6de2", "-0.558023100234013"),
        decimal(16, 0, "7fff1f51cf184f85", "-57518820490362"),
        decimal(16, 6, "7effffffffffffff", "-1000000000.000000"),
        decimal(16, 7, "7a0a1efffffa8849", "-100000000.0358326"),
        decimal(16, 8, "7f67697ffd1e3e4f", "-10000000.48349616"),
        decimal(16, 14, "7acb8bbe0affedeb", "-5.88003429304628"),
        decimal(16, 15, "7fd3e47effffffff", "-0.740000000000000"),
        decimal(16, 16, "5dffd4b5ffadced9", "-0.5704364265386534"),
        decimal(17, 0, "7fffff1bfe515574", "-228028224139"),
        decimal(17, 7, "7ffffffffeffd76eea", "-1.2658581"),
        decimal(17, 8, "7ffffffffc6c78ff", "-0.60000000"),
        decimal(17, 8, "bb9ac9ff05f5e0ff", "999999999.99999999"),
        decimal(17, 8, "44653600fa0a1f00", "-999999999.99999999"),
        decimal(17, 8, "8000000000000000", "0.00000000"),
        decimal(17, 8, "8000000000000001", "0.00000001"),
        decimal(17, 8, "7ffffffffffffffe", "-0.00000001"),
        decimal(17, 8, "8000000100000000", "1.00000000"),
        decimal(17, 8, "7ffffffeffffffff", "-1.00000000"),
        decimal(17, 8, "80000064029248de", "100.43141342"),
        decimal(17, 9, "7fffffa5dfe308b6", "-90.538769225"),
        decimal(17, 15, "7fcfa1d159fefd2b", "-0.811478694066260"),
        decimal(17, 16, "7ff21ebb58ffabf8ec", "-0.2328669835506835"),
        decimal(17, 17, "672dbc6bfbb3fb51", "-0.41643304472090798"),
        decimal(18, 0, "7ffffffffffe795f", "-100000"),
        decimal(18, 1, "7fffd8effffffffff7", "-10000000000000.8"),
        decimal(18, 8, "7ffff0bdbffd9da5ff", "-1000000.40000000"),
        decimal(18, 9, "7fa7bcc4d476ef06", "-5784379.730403065"),
        decimal(18, 9, "bb9ac9ff3b9ac9ff", "999999999.999999999"),
        decimal(18, 9, "44653600c4653600", "-999999999.999999999"),
        decimal(18, 9, "8000000000000000", "0.000000000"),
        decimal(18, 9, "8000000000000001", "0.000000001"),
        decimal(18, 9, "7ffffffffffffffe", "-0.000000001"),
        decimal(18, 9, "8000000100000000", "1.000000000"),
        decimal(18, 9, "7ffffffeffffffff", "-1.000000000"),
        decimal(18, 9, "8000016d354fc23b", "365.894419515"),
        decimal(18, 10, "7ffc07edc5763409f6", "-260114.9821091749"),
        decimal(18, 16, "7fded573a6ffc1b5e4", "-0.5564365694082203"),
        decimal(18, 17, "7efdaedc70faf6724e", "-1.03887195184512177"),
        decimal(18, 18, "7f5265c8d6ed3ffa", "-0.011377207689094661"),
        decimal(19, 0, "7fffff3f4eff46a561", "-49329012147358"),
        decimal(19, 0, "893b9ac9ff3b9ac9ff", "9999999999999999999"),
        decimal(19, 0, "76c4653600c4653600", "-9999999999999999999"),
        decimal(19, 0, "800000000000000000", "0"),
        decimal(19, 0, "800000000000000001", "1"),
        decimal(19, 0, "7ffffffffffffffffe", "-1"),
        decimal(19, 0, "8000001ac2105361e9", "6850273900009"),
        decimal(19, 1, "7ffffffffd3a413dff", "-46513858.0"),
        decimal(19, 2, "7fff8c1cd1931a67e7", "-29667778888600.24"),
        decimal(19, 9, "7fe623aa88d07b1914", "-433870199.797239019"),
        decimal(19, 10, "7fffff9bce4cdd97ff", "-100.8338233360"),
        decimal(19, 10, "bb9ac9ff3b9ac9ff09", "999999999.9999999999"),
        decimal(19, 10, "44653600c4653600f6", "-999999999.9999999999"),
        decimal(19, 10, "800000000000000000", "0.0000000000"),
        decimal(19, 10, "800000000000000001", "0.0000000001"),
        decimal(19, 10, "7ffffffffffffffffe", "-0.0000000001"),
        decimal(19, 10, "800000010000000000", "1.0000000000"),
        decimal(19, 10, "7ffffffeffffffffff", "-1.0000000000"),
        decimal(19, 10, "b770d1090f2c2aed02", "930140425.2545528132"),
        decimal(19, 11, "7fffffd8dccbb19ba2", "-39.59063050093"),
        decimal(19, 17, "79c810b069fff9c1ed", "-6.93843035800409106"),
        decimal(19, 18, "7ffff99304ef19d8a6", "-0.000421115283518809"),
        decimal(19, 19, "59abad5bc8f253c0fa", "-0.6430603889236429435"),
        decimal(20, 0, "7fffffd8efffffffff", "-10000000000000"),
        decimal(20, 1, "7ffffffffffbf3885afb", "-67925925.4"),
        decimal(20, 2, "7fffffffffffffedd7", "-18.40"),
        decimal(20, 3, "7fffffffffffffabfd6c", "-84.659"),
        decimal(20, 10, "7ffff4a915ffffffffff", "-743146.0000000000"),
        decimal(20, 10, "893b9ac9ff3b9ac9ff09", "9999999999.9999999999"),
        decimal(20, 10, "76c4653600c4653600f6", "-9999999999.9999999999"),
        decimal(20, 10, "80000000000000000000", "0.0000000000"),
        decimal(20, 10, "80000000000000000001", "0.0000000001"),
        decimal(20, 10, "7ffffffffffffffffffe", "-0.0000000001"),
        decimal(20, 10, "80000000010000000000", "1.0000000000"),
        decimal(20, 10, "7ffffffffeffffffffff", "-1.0000000000"),
        decimal(20, 10, "800001cfdb25ee0c2408", "118747.6363576688"),
        decimal(20, 11, "7ffb8ce0fdc7923ebf", "-291615.03725254564"),
        decimal(20, 12, "7f8962e3f7e0d7e6fd4d", "-7773468.136259609690"),
        decimal(20, 18, "7fc530320fc638f258", "-0.986697200969346471"),
        decimal(20, 19, "7ff03207fec4ca4de4fa", "-0.2651566099933747475"),
        decimal(20, 20, "554e0514d70b718ba5", "-0.71630717968711589290"),
        decimal(21, 0, "7fefec914073ed05173b", "-16326025100318433476"),
        decimal(21, 2, "7ffff6bcdfd472bdecff", "-607008730677779.00"),
        decimal(21, 3, "7ffffffefc9ec4d9fd4f", "-1056703782.688"),
        decimal(21, 4, "7ffffffffffe795febaf", "-100000.5200"),
        decimal(21, 11, "7fffffff9bea9e8445d9", "-100.35871020238"),
        decimal(21, 12, "7ffffc17fd4892bbff46", "-1000.045575492185"),
        decimal(21, 13, "7ffffffde322786de180", "-2.4842802107807"),
        decimal(21, 19, "7ad5fdbd7afa00d532f7", "-5.7047911731006087178"),
        decimal(21, 20, "7effffffffffffffffff", "-1.00000000000000000000"),
        decimal(21, 21, "7cb17dcefaf219ecfc41", "-0.055476785084796947958"),
        decimal(22, 0, "7ffffffffffffff0bdbf", "-1000000"),
        decimal(22, 3, "7fffffff9bffffffffffff", "-100000000000.000"),
        decimal(22, 4, "7fffffffffa8f35fe8ef", "-5704864.5904"),
        decimal(22, 5, "7fffeaaaf2d58824ff27c8", "-5461220887003.55351"),
        decimal(22, 12, "7bd364d008f34b11f4fd45", "-4748367863.213184011698"),
        decimal(22, 13, "7a0a1effffffffffffff", "-100000000.0000000000000"),
        decimal(22, 14, "7fff0a13f1cbce20fefa17", "-62956.23830166367048"),
        decimal(22, 20, "7fce64543efa06d8f5fa", "-0.83228563310021453805"),
        decimal(22, 21, "7fd547bae5db9f9dfafe58", "-0.716719386610296325423"),
        decimal(22, 22, "69f8f076d6c1507cf9a2", "-0.3695614816919740191629"),
        decimal(23, 0, "7ffffffff0bdbfffffffff", "-1000000000000000"),
        decimal(23, 4, "7fff9b068ac83c6f58ffff", "-6617461935563431.0000"),
        decimal(23, 5, "7fffffffff67697ffefa20", "-10000000.67039"),
        decimal(23, 6, "7fffffffffffffedf32f05", "-18.839930"),
        decimal(23, 13, "7fe85db61fffffffffffff", "-396511712.0000000000000"),
        decimal(23, 14, "78f565cde68d114bff5bef", "-118135346.42696261242000"),
        decimal(23, 15, "7ffffc42ffffffffffffff", "-957.000000000000000"),
        decimal(23, 21, "7ff1ada60fffffffffffff", "-0.240278000000000000000"),
        decimal(23, 22, "7effffffffffffffffffff", "-1.0000000000000000000000"),
        decimal(23, 23, "591f50e9f5b17df2fea34c", "-0.65225909417291726189267"),
        decimal(24, 0, "7fffffffffffffffffff9b", "-100"),
        decimal(24, 5, "7fffffffffff771931ff61c3", "-8971982.40508"),
        decimal(24, 6, "7ffffffffa0a1efffb45fd", "-100000000.309762"),
        decimal(24, 7, "7fffff9bffffffffff7a3801", "-100000000000.8767486"),
        decimal(24, 14, "7fff499dfcffffffffffffff", "-11952643.00000000000000"),
        decimal(24, 15, "7ffffffff42d5e56fe9de3", "-0.198353321090652"),
        decimal(24, 16, "7fff2448e7eabdefffc771d5", "-56247.4040463523706410"),
        decimal(24, 22, "75ffffffffffffffffffff", "-10.0000000000000000000000"),
        decimal(24, 23, "7fe63c2193cdefca04fe7c16", "-0.43226686083992319599305"),
        decimal(24, 24, "7906c6d8d92957faf0f586", "-0.116996391651601925985721"),
        decimal(25, 0, "7ffe901ed402c0e0e4f3c3ff", "-94177738017055453786624"),
        decimal(25, 6, "7fffffffffffffe101ffffff", "-7934.000000"),
        decimal(25, 7, "7fffffe5fee3e39cffb6c1ff", "-26018619491.4800000"),
        decimal(25, 8, "7ffffffffffffffefd1acb3d", "-1.48575682"),
        decimal(25, 15, "7ffffffc17c7f2231ef284e8", "-1000.940432609883479"),
        decimal(25, 16, "7fffef73d7e39a14fff3ae37", "-4236.6729497390807368"),
        decimal(25, 17, "7fff6902df9773fbfc2ae4eb", "-38653.54372250064297748"),
        decimal(25, 23, "5fd34ff1b3ffffffffffffff", "-32.74973550000000000000000"),
        decimal(25, 24, "7fcedc4644e7ac4093fd813c", "-0.824424891408141676163523"),
        decimal(25, 25, "5179e863caa43584ffb82492", "-0.7805398048952080594709229"),
        decimal(26, 0, "7ffffffffffffffeffffffff", "-1000000000"),
        decimal(26, 7, "7ffff1ba3bc99523d6ffb6b25f", "-935364912972841.4804000"),
        decimal(26, 8, "7ffffffffffffff5ffea0a21", "-10.01439198"),
        decimal(26, 9, "7ffffffffffe8497e65eb87f", "-97128.430000000"),
        decimal(26, 16, "7fffff8b03ffffffffffffffff", "-29948.0000000000000000"),
        decimal(26, 17, "7ffffff9ffffffffffffffff", "-6.00000000000000000"),
        decimal(26, 18, "7ffffffdca5b16ffffffffff", "-2.900000000000000000"),
        decimal(26, 24, "7effffffffffffffffffffff", "-1.000000000000000000000000"),
        decimal(26, 25, "7beb07e52cf7093dc6fffafef8", "-4.3518041151503893050327943"),
        decimal(26, 26, "747aff7ad6b95cd0fce87b69", "-0.19326579769249515151872918"),
        decimal(27, 0, "7fffffffffffffffc7e0d2f6", "-941567241"),
        decimal(27, 8, "7fffffffb3d8f16c41fde7cfda", "-76655266750.35139621"),
        decimal(27, 9, "7ffffffffffb7b18f5689969", "-296167.177694358"),
        decimal(27, 9, "bb9ac9ff3b9ac9ff3b9ac9ff", "999999999999999999.999999999"),
        decimal(27, 9, "44653600c4653600c4653600", "-999999999999999999.999999999"),
        decimal(27, 9, "800000000000000000000000", "0.000000000"),
        decimal(27, 9, "800000000000000000000001", "0.000000001"),
        decimal(27, 9, "7ffffffffffffffffffffffe", "-0.000000001"),
        decimal(27, 9, "800000000000000100000000", "1.000000000"),
        decimal(27, 9, "7ffffffffffffffeffffffff", "-1.000000000"),
        decimal(27, 9, "8248f4552e13f922283279a3", "38335573773060898.674396579"),
        decimal(27, 10, "7ffffffffffe795fe4b4defefb", "-100000.4579084814"),
        decimal(27, 17, "7fffffe7faffffffffffffffff", "-6149.00000000000000000"),
        decimal(27, 18, "7ffffff7f9f679d3cfd723d5", "-8.101287468807984170"),
        decimal(27, 19, "7ff768c0efa31524e86944a7f8", "-563007.2745248913957543287"),
        decimal(27, 25, "7ecfa4475be5598820ffff46a6", "-1.8113174124471172790047449"),
        decimal(27, 26, "7fdcdea0b5cf196635fb2c1ef0", "-0.58938964282041901880994575"),
        decimal(27, 27, "678e925dcc5f203bed8a7458", "-0.410086818866181060309693351"),
        decimal(28, 0, "7ffffffffffffffd64d6aa180f", "-667693495792"),
        decimal(28, 1, "7f67697fffffffffffffffffff", "-10000000000000000000000000.0"),
        decimal(28, 9, "7fc89436c5e19da635fa377bf4", "-929810746509761994.097027083"),
        decimal(28, 10, "7fffffffffffff9bc8efee3fff", "-100.9238000000"),
        decimal(28, 10, "bb9ac9ff3b9ac9ff3b9ac9ff09", "999999999999999999.9999999999"),
        decimal(28, 10, "44653600c4653600c4653600f6", "-999999999999999999.9999999999"),
        decimal(28, 10, "80000000000000000000000000", "0.0000000000"),
        decimal(28, 10, "80000000000000000000000001", "0.0000000001"),
        decimal(28, 10, "7ffffffffffffffffffffffffe", "-0.0000000001"),
        decimal(28, 10, "80000000000000010000000000", "1.0000000000"),
        decimal(28, 10, "7ffffffffffffffeffffffffff", "-1.0000000000"),
        decimal(28, 10, "8000000a000000000034375700", "10000000000.0034220390"),
        decimal(28, 11, "7ffffca6cd4a978bd9e5c52db8", "-857850749556.63925320271"),
        decimal(28, 18, "7ffffffc17f9342fadde834af5", "-1000.114020434561820938"),
        decimal(28, 19, "7ffc4979ffffffffffffffffff", "-243334.0000000000000000000"),
        decimal(28, 20, "7ffffff8d0ba753cf618613fff", "-7.79308665916617440000"),
        decimal(28, 26, "2ad3ee8fc6f75cae76fbe26b61", "-85.73934034514492096969047454"),
        decimal(28, 27, "7bcde87097f43e02b8dda2e55e", "-4.840404840197262663576527009"),
        decimal(28, 28, "5ccd1102d4c72fecdf01cd64f8", "-0.5905405417251435715535300117"),
        decimal(29, 0, "7ffffffff6fba5938cf21afd61", "-9073034867233112222"),
        decimal(29, 1, "7fffffffffff727673e65865d2fe", "-9275788430414381.1"),
        decimal(29, 2, "7ffffffffffffc17ffffffffdd", "-1000000000000.34"),
        decimal(29, 10, "7ffffffffffffffff6d480a96bfd", "-9.7297655242"),
        decimal(29, 11, "7ffffffeffffffffdbe9198bac", "-1000000000.60548056483"),
        decimal(29, 12, "7fffffffffffffa6ffffffffffff", "-89.000000000000"),
        decimal(29, 19, "7ffffffff7d6da2f79d0b7a445f6", "-8.6903440707932712269"),
        decimal(29, 20, "7ffe795feaf40cd3d203dfbdff", "-100000.35310468477149805000"),
        decimal(29, 21, "7ffffecde415d2fcdd2a7752fc81", "-306.468331779584419501894"),
        decimal(29, 27, "75c6eaee57c98e5784cca505a5", "-10.957682088913418363861600346"),
        decimal(29, 28, "7effffffffffffffffffffffffff", "-1.0000000000000000000000000000"),
        decimal(29, 29, "6450fbb9e296683ce8a09e59dc", "-0.46445472649345939539212688635"),
        decimal(30, 0, "7e93eae3f849ffeea47cdd14a3e6", "-364354158518001137539585849881"),
        decimal(30, 2, "7fffffffffffffff9bffffffffd2", "-100000000000.45"),
        decimal(30, 3, "7ffffff5fffffffffffffffffe12", "-10000000000000000000.493"),
        decimal(30, 11, "7ffffffffeffffffffffffffffff", "-1000000000.00000000000"),
        decimal(30, 12, "7ffffffffffffffbffffffffffff", "-4.000000000000"),
        decimal(30, 13, "7fffdbe3f9bb799adc8340e4e3fd", "-9244105154149.5953779477170"),
        decimal(30, 20, "7fffff68ecffd50a92c51f37ecd8", "-38675.00281534198780981139"),
        decimal(30, 21, "7fff5b32fbad6edbe68699d5ffff", "-42189.072519972427386410000"),
        decimal(30, 22, "7ffffffff8222f56e10f127ddf8a", "-0.1319773855191059228309"),
        decimal(30, 28, "7fe6fcee51e8074a5ff17b66c3f9", "-0.4196315344021753922435710046"),
        decimal(30, 29, "7dffffffffffffffffffffffffff", "-2.00000000000000000000000000000"),
        decimal(30, 30, "7f44499af8a9524dd776c9c0fe03", "-0.012301925123121074680080959508"),
        decimal(30, 30, "bb9ac9ff3b9ac9ff3b9ac9ff03e7", "0.999999999999999999999999999999"),
        decimal(30, 30, "44653600c4653600c4653600fc18", "-0.999999999999999999999999999999"),
        decimal(30, 30, "8000000000000000000000000000", "0.000000000000000000000000000000"),
        decimal(30, 30, "8000000000000000000000000001", "0.000000000000000000000000000001"),
        decimal(30, 30, "7ffffffffffffffffffffffffffe", "-0.000000000000000000000000000001"),
        decimal(30, 30, "ba159ac729c751a61e80592f0062", "0.974494407700928422511727919098"),
        decimal(31, 0, "7ffffffffffffa0a1effffffffff", "-100000000000000000"),
        decimal(31, 3, "7ffffffffffff80a04cb3be44afdc9", "-521723885267381.566"),
        decimal(31, 4, "7ffffffffffffffffa7c093eeeca", "-92534465.4405"),
        decimal(31, 12, "7fffffffffffffd8efc5a47cb3fec9", "-10000.979075916310"),
        decimal(31, 13, "7a0a1effffffffffffffffffffff", "-100000000000000000.0000000000000"),
        decimal(31, 14, "7fffffe3fdb78fd7e20c6484ff8acf", "-28038301736.50250431530000"),
        decimal(31, 21, "7ffff1911ffa51859ee51ad959fdc1", "-945888.095320673451225254574"),
        decimal(31, 22, "7fffffffdeb82c80c929d9e0e3ee", "-0.5583553279200041277185"),
        decimal(31, 23, "7fe2ccb1f9dc58d6e98d3d75ff5e43", "-1913678.10299984937661965841404"),
        decimal(31, 29, "7febc9e206f80a2831f925876ea7", "-0.33909093713355207811498100988"),
        decimal(31, 30, "7fd508edb0e5f4471cea65f140fcbb", "-0.720835151436975843362417855836"),
        decimal(31, 31, "714f65d4f99399c4cce4b54effff", "-0.2464548271077673558574266090000"),
        decimal(32, 0, "7ffffff79ba4aae5e8f1e7ea9fce50", "-140794709437718552358625711"),
        decimal(32, 4, "7ffff0bdbfffffffffffffffffe5d7", "-1000000000000000000000000.6696"),
        decimal(32, 5, "7fffffffffffe94afc40ee7fffffff", "-5813062853504.00000"),
        decimal(32, 13, "7fffffffffffffffccc837625aee07", "-51.9358944374600"),
        decimal(32, 14, "7ffffffffff0bdbfffffffffffffff", "-1000000.00000000000000"),
        decimal(32, 15, "7ffffffffffffc17f87ad0fbfe8bf1", "-1000.126168836095246"),
        decimal(32, 22, "7ffff90181d9eeff9bd33aa39cffb3", "-458366.6386484207511317470076"),
        decimal(32, 23, "7ffffffccf475eb3fe15fe0bfe837f", "-3.81740628403211314097408"),
        decimal(32, 24, "7fffffffdb69205de24f0bbef41051", "-0.613867426498136129782254"),
        decimal(32, 30, "29d4353eb0dfbd1346df747a1efcd8", "-86.734708047541256889546014689807"),
        decimal(32, 32, "4b99f1c3f2b9e741e0946843fed6f1", "-0.87910354822269766252714489276046"),
        decimal(33, 0, "7ffffffffffffffcdc582bcc44dc43", "-52668372867902396"),
        decimal(33, 5, "7ffff445fcc55c5a69e87247c6ffffff", "-768515983803286395163705.00000"),
        decimal(33, 6, "7fffffffffffffffffff16bdf4a4e8", "-59714.744215"),
        decimal(33, 14, "7ffffffffffffffffbf1f51b6effa59e", "-4.23559489723137"),
        decimal(33, 15, "7fffffffffffd8efffffffffffffff", "-10000.000000000000000"),
        decimal(33, 16, "7ffe795fffffffffce6a0f47ffcfa54d", "-100000000000000.8319100723168946"),
        decimal(33, 23, "7ffffffffaffffffffffffffffffffff", "-5.00000000000000000000000"),
        decimal(33, 24, "7f67697fc894fac2d55a925df41a53", "-10000000.929760573715484578779692"),
        decimal(33, 25, "7fffffffd33ca63fffffffffffffffff", "-0.7510000000000000000000000"),
        decimal(33, 33, "5bc6bc5cf1512b87d99deffafc839b", "-0.607732643246338680643960837228452"),
        decimal(34, 0, "7ffffffffffacd51dae1a23ceb36121d", "-340654622747075348777954"),
        decimal(34, 6, "7ffffffffffffffffffffffc3cf8445c", "-963.506787"),
        decimal(34, 7, "7ff1d1ebd5428009c64d5481ffddb633", "-929300717062134968010622.2247116"),
        decimal(34, 15, "7fff67697ffffffffff1d17a7afdaaf8", "-10000000000000000.237929861152839"),
        decimal(34, 16, "7ffffffffffffffbfcccff71ffced52a", "-4.0536741263222229"),
        decimal(34, 17, "7fffffffffffffffe0d28511fdae7a97", "-0.52307428638897000"),
        decimal(34, 24, "7fffffd504ffffffffffffffffffffff", "-11003.000000000000000000000000"),
        decimal(34, 25, "7b7d1ff0ffffffffffffffffffffffff", "-75685903.0000000000000000000000000"),
        decimal(34, 26, "7ffe795ff0f480bbdd53a0bdfa8b64fb", "-100000.25241171658172192291527940"),
        decimal(34, 34, "5c3d4ce2ea0c7384f23e2f28ffce9ce2", "-0.5999623973682827472308057193236637"),
        decimal(35, 0, "7ffffffffffffee5e5ca34b8de0c57b6", "-282439733063569616457"),
        decimal(35, 7, "7ffffffffffffffffffa86c493ff799447", "-91831148.8809400"),
        decimal(35, 8, "7ffffffffffffffffffffe8ffbd9f05f", "-368.69603232"),
        decimal(35, 16, "7fffffffffffffff9bd931a355ffaafecc", "-100.6510583465570867"),
        decimal(35, 17, "7a0a1effffffffffffffffffffffffff", "-100000000000000000.00000000000000000"),
        decimal(35, 18, "7ff62e7be0e80c08ffffffffffffffff", "-643460521663479.000000000000000000"),
        decimal(35, 25, "78f768262affffffffffffffffffffffff", "-7144169429.0000000000000000000000000"),
        decimal(35, 26, "7ffffe37efbc71d0ffffffffffffffff", "-456.27286276700000000000000000"),
        decimal(35, 27, "7ff7150af703c504e289b1fbc4a9131f", "-584437.150747899494292484995552480"),
        decimal(35, 35, "6ded34cbff0e3e52f77b0ed6fc8f17eb", "-0.30322155601584375714293021757731092"),
        decimal(36, 0, "7ffffc17ffffffffffffffffffffffff", "-1000000000000000000000000000000"),
        decimal(36, 8, "7fffffffffff7481aff2402650fa6d6c42", "-9141840230676911.93492157"),
        decimal(36, 9, "7fffffffffffc9c8c7538589f92436e4", "-13879950827638.115067163"),
        decimal(36, 17, "7fffffffffd724be97fe7eae92fde86a9f", "-685457768.02525220535100000"),
        decimal(36, 18, "7ffffffff317236ad78680cac4f0ff4c", "-216587413.679051061990838963"),
        decimal(36, 18, "bb9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff", "999999999999999999.999999999999999999"),
        decimal(36, 18, "44653600c4653600c4653600c4653600", "-999999999999999999.999999999999999999"),
        decimal(36, 18, "80000000000000000000000000000000", "0.000000000000000000"),
        decimal(36, 18, "80000000000000000000000000000001", "0.000000000000000001"),
        decimal(36, 18, "7ffffffffffffffffffffffffffffffe", "-0.000000000000000001"),
        decimal(36, 18, "80000000000000010000000000000000", "1.000000000000000000"),
        decimal(36, 18, "7ffffffffffffffeffffffffffffffff", "-1.000000000000000000"),
        decimal(36, 18, "83c91f9f3a29fb8623c3460000000000", "63512479975829894.600000000000000000"),
        decimal(36, 19, "7f67697fffffffffffffffffffffffffff", "-10000000000000000.0000000000000000000"),
        decimal(36, 26, "7fffffffffc8eb79d8f9bf883cfa5b1882", "-0.92409194310488825994693245"),
        decimal(36, 27, "7a0a1effefc31ac8f1d080a9ffffffff", "-100000000.272426295237993814000000000"),
        decimal(36, 28, "7ffffffce3d12711d94f3453c9e1e04ef6", "-3.4728322386491206849079438579"),
        decimal(36, 36, "6891b768ea2578cfc9fa0cffff2694dc", "-0.393103511366642992906359552014248739"),
        decimal(37, 0, "7ffffffffffffffffff8d69f95e6390366", "-120152170432471193"),
        decimal(37, 9, "7fffffffffffffffffffff712dffffffff", "-36562.000000000"),
        decimal(37, 10, "7ffffffffffffc17ffffffffeea7b13fff", "-1000000000000.2910000000"),
        decimal(37, 18, "7ffff8c129c9544931ffffffffffffffff", "-474838917223118.000000000000000000"),
        decimal(37, 19, "7bf31d07e2a6aa39ffffffffffffffffff", "-67953400492393926.0000000000000000000"),
        decimal(37, 20, "7ffffffffffffffedc37600cda29bdbfb3", "-1.60035070763479865676"),
        decimal(37, 27, "7fffffff5de924924bc6fe0cd9f455ce97", "-162.383479220956429094195703144"),
        decimal(37, 28, "7e231caaf91facdfd5679317e4adee06fd", "-31253333.1153646407146324244583633852"),
        decimal(37, 29, "7fa955d8ffffffffffffffffffffffffff", "-5679655.00000000000000000000000000000"),
        decimal(37, 37, "54eb5f0ef004f2b5e7b93524ecb36693fe", "-0.7227722092681111784072926353237871161"),
        decimal(38, 0, "7ffffffffffbe63dc9e69c05ddea415410", "-68796982425982498364817391"),
        decimal(38, 10, "7fffffffffffffffa1e4fb4bb5ffffffffff", "-94453293130.0000000000"),
        decimal(38, 11, "7fff71fcd9e34170ccd771a2fadac070c2", "-36355639417999858295901.08632718361"),
        decimal(38, 19, "7fffffffffff67697fdf008e0bebdd7e96f7", "-10000000.5536117643378056738"),
        decimal(38, 20, "7ffffffffffffffcd00e9776ebf15375cd", "-3.80435008933650599450"),
        decimal(38, 21, "7ffffff5ffffffffffffffffffffffffffff", "-10000000000.000000000000000000000"),
        decimal(38, 28, "7ffff0bdbfdf3111a7d1ef6059f39aaa7dfc", "-1000000.5504323447728413822079676183"),
        decimal(38, 29, "7fffffd2ce2844effa0abbafdb241eefa3", "-45.83622171209995988861838977692"),
        decimal(38, 30, "7fff82abeb246a67ffffffffffffffffffff", "-32084.349935000000000000000000000000"),
        decimal(38, 38, "4d89618df2d9652fec9904dcf167e8bbff", "-0.84663461022063380832551606724484845200"),
        decimal(38, 38, "bb9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff63", "0.99999999999999999999999999999999999999"),
        decimal(38, 38, "44653600c4653600c4653600c46536009c", "-0.99999999999999999999999999999999999999"),
        decimal(38, 38, "8000000000000000000000000000000000", "0.00000000000000000000000000000000000000"),
        decimal(38, 38, "8000000000000000000000000000000001", "0.00000000000000000000000000000000000001"),
        decimal(38, 38, "7ffffffffffffffffffffffffffffffffe", "-0.00000000000000000000000000000000000001"),
        decimal(38, 38, "b355298f2708cdc8246ab6a10e02912836", "0.86121921565488839261097334523504925654"),
        decimal(39, 0, "7fffffffffffffffff9bffffffffffffffff", "-100000000000000000000"),
        decimal(39, 11, "7ffffffffffffffffffffffffed706a68fff", "-1.68743000000"),
        decimal(39, 12, "7fffffffffffffe4cc997b68fc9b5e87fe07", "-27862356631.056926584504"),
        decimal(39, 20, "7ffffffff5ffffffffffffffffffffffffff", "-10000000000.00000000000000000000"),
        decimal(39, 21, "7ffffffffffffffce96f3869e9403c20ffe4", "-3.378587030381666271027"),
        decimal(39, 22, "7fffffffffffff9bec7bafcdd12a2bfbf6c4", "-100.3274383867857653802363"),
        decimal(39, 29, "7ffffe795fffffffffffffffffffffffffff", "-100000.00000000000000000000000000000"),
        decimal(39, 30, "7d6e0bf5f5e722a7cd430965e27b3e9dfd9a", "-43119626.169401688851244698495239522613"),
        decimal(40, 0, "7fffffffffffffffffffed1727f6eb6525f8", "-317249545345692679"),
        decimal(40, 12, "7ffffffff5ffffffffffffffffef0a9142feed", "-10000000000000000000.284520125274"),
        decimal(40, 13, "7ffffffffffffeddcedccb08ffffffffffff", "-290824390903.0000000000000"),
        decimal(40, 21, "7fff8e1c67d543efa2c8a235b4ffffffffffff", "-7463832716968029.928893515000000000000"),
        decimal(40, 22, "7fffffffffffffbdd5e671bdfcb15265ddc7", "-66.7063178900554878988760"),
        decimal(40, 23, "7fffffffffffffe3fed2c80ee583d222ff1bdf", "-28.01974065744434582158400"),
        decimal(40, 30, "7ffff32d48c8320ffcf0630e34edcbfb82fc6d", "-840375.936243203261943755305398909914"),
        decimal(41, 0, "7ffffffffffc67c5978a41dae662f1c530fe92", "-920979924414622435598986644845"),
        decimal(41, 13, "7fffffff9bffffffffffffffffffffffffffff", "-100000000000000000000.0000000000000"),
        decimal(41, 14, "7ffffffffffffc17ffffffffffffffffffffff", "-1000000000000.00000000000000"),
        decimal(41, 22, "7fffffe6fef026d1acffffffffffffffffffff", "-6401265891411.0000000000000000000000"),
        decimal(41, 23, "7ffffffffa0a1effd7f76d39e65b08e5feb6e5", "-100000000.67165050243024156284250"),
        decimal(41, 24, "7ffffffffffffc17ffffffffffffffffffffff", "-1000.000000000000000000000000"),
        decimal(42, 0, "7fffffffffffffffffffffffffffffffff32bf", "-52544"),
        decimal(42, 14, "7fffffffffffffd8efffffffffffffffffffffff", "-10000000000000.00000000000000"),
        decimal(42, 15, "7ffb37ccd851396ef61e6dd4dcf3cd39ffffff", "-313395665765521165777963.588001990000000"),
        decimal(42, 23, "7fffffc8d3e527e36eda4eba81f946d6caff2e77", "-14124450370705.63237465411279800553640"),
        decimal(42, 24, "7ffffffffffffffff12851f6f72f1884f6479c", "-0.249015817147908475637027"),
        decimal(42, 25, "7ffffffffffa1f59d21f37c2cee6c19aff8f730e", "-385190.7697060458237379577376113"),
        decimal(43, 0, "7ffffffffcb1c693f735f7e5e4024f57d8563641", "-55458156147458074469610664665438654"),
        decimal(43, 15, "7fffffffffffff1c84e70457e7d48fe2ebf1cec8", "-58235419145752.728767764930103"),
        decimal(43, 16, "7ffffffffffffffffa0a1effffffffffffffffff", "-100000000.0000000000000000"),
        decimal(43, 24, "7ffb00f7fce8b6a92de0c367b0e031743bf3cf9b", "-83822595390682322.524064847533629892798820"),
        decimal(43, 25, "7ffffffffa0a1effdea8ea1bcbbf03e8ff70576c", "-100000000.5593553648766740719414803"),
        decimal(43, 26, "7fffffffffffd8efd49c02f5ec67731efe061cc0", "-10000.72797313032876464133153855"),
        decimal(44, 0, "7fffffffffffd8efffffffffffffffffffffffff", "-10000000000000000000000000000000"),
        decimal(44, 16, "7fffffffffffffffffffff9ac9e1fa4fd8fffbc0a0", "-25910.5036892550278367"),
        decimal(44, 17, "7ffffff7f7e596f6cfb2da2fe3285b67fa434e78", "-8135948553810362320.48389442496252295"),
        decimal(44, 25, "7fffffea36c9557bc7f4143dffffffffffffffffff", "-5577917144632.2000000000000000000000000"),
        decimal(44, 26, "7fffe152f1dea227ffffffffffffffffffffffff", "-7853237067736.00000000000000000000000000"),
        decimal(44, 27, "7ffc526bf4c216f2ffffffffffffffffffffffff", "-241044188606733.000000000000000000000000000"),
        decimal(45, 0, "7fffffffffffffffffb1581fdbfc31e6e4cf5889", "-5154784604229145456173430"),
        decimal(45, 17, "7fffffffffffffffffffff3ce1ffffffffffffffff", "-49950.00000000000000000"),
        decimal(45, 18, "7fffffffffffffffffffffffdba4237fffffffff", "-0.610000000000000000"),
        decimal(45, 26, "7fffd8afe1d9048bafce8da0b0fa9c5059fde3090b", "-2576414654013520.82957908709041911035452660"),
        decimal(45, 27, "7ffffffffffffffeffffffffffffffffffffffff", "-1.000000000000000000000000000"),
        decimal(45, 28, "7ffffffffff5a8f4f491f125c4e0e6d9d6dff1d4fe", "-677643.1917621389918937986899666351"),
        decimal(46, 0, "7ffffffffffffffffffffffffffffffffffffffffe", "-1"),
        decimal(46, 18, "7ffffffffffffffff8cf1cb3c0d7246e65d6bb5552", "-7820202559.685478298692365997"),
        decimal(46, 19, "7ffffffffffffffffffe960bea2367e4e4961810f8", "-92660.3667783954599254877"),
        decimal(46, 27, "7ffffffffffc3b396dc96999dec8e1b54ac5206f77", "-63227538.915826209924732085987730056"),
        decimal(46, 28, "7ffffffffffffd9cffffffffffffffffffffffffff", "-611.0000000000000000000000000000"),
        decimal(46, 29, "7fe95bd3dbeed5fcda3b8b8fe3358bbffe1205bbfa", "-1483820605104643.63363185648303008003237331605"),
        decimal(47, 0, "7fffffffffffffffffffffffffffffffffffffff9b", "-100"),
        decimal(47, 19, "7fffffffffffffff9bffffffffe7d06dfdcb1c482bf9", "-100000000000.4057707548873389646"),
        decimal(47, 20, "7ffffffffffffffffffe9eacca8ea162ef2df83fff", "-90451.89662223728220000000"),
        decimal(47, 28, "7ffffbf1a1d87c7523da99d125d156bc93ffffffffff", "-265822662932188.6274536587828447800000000000"),
        decimal(47, 29, "7ffffffffa0a1effe4de00ece57cb513e9922743a4", "-100000000.45521281944481201237629766091"),
        decimal(47, 30, "7fffffffffff5226ffffffffffffffffffffffffffff", "-44505.000000000000000000000000000000"),
        decimal(48, 0, "7fffffffffffea882393d163d440d2108daacd0986c6", "-360176748781986751770667093855013689"),
        decimal(48, 20, "7fffffffffffff5c57e5597f6dc9bd1683eb8f573eb8", "-41896447119506.91035481234292755371"),
        decimal(48, 21, "7ffffffffffffffffff8f279d9115dfcef44837fffa3", "-462214.653173251280722560092"),
        decimal(48, 29, "7fffffffe8d9abc641ce90ecc6dcabfb38d1d79fa0cd", "-23643054014.82936300159270880777439804750"),
        decimal(48, 30, "7fffee5fff3dbff9f30c0898c97d1c83ffffffffffff", "-4512012730374.217315175914547580000000000000"),
        decimal(49, 0, "7ffffffffffffffffffffffffffffffffffffffeb2f4", "-85259"),
        decimal(49, 21, "7fffffffffffffd912e9f1f39aede94a69d3f2bd70feea", "-9965370019429.303478166739066511277"),
        decimal(49, 22, "7e515040d4452e53c46e3e43e700400dffffffffffff", "-28225471733663660999408060.4194140020000000000000"),
        decimal(49, 30, "7fffffffffffffd8efe8ccfeabe2222f41eeb96115fc26", "-10000.389218644501076158289840874985"),
        decimal(50, 0, "7ffffffffffffffffffffffffffffeffffffffffffffff", "-1000000000000000000"),
        decimal(50, 22, "7ffffffffffd635e75d26e2bc9fdced83dddee78a0ff87", "-43819402764531766.0367758745715741110120"),
        decimal(50, 23, "7fffffffffffffffffff9973ffffffffffffffffffffff", "-26252.00000000000000000000000"),
        decimal(51, 0, "7ffffffb8015f7f8abc063f3f33d76ef317c25c87276c6", "-75491848122961820202162825281969626932022585"),
        decimal(51, 23, "7fff67697fffffffffffffffffe8d783fcc5d90a3fffa6e5", "-10000000000000000000000000.38852915597563180822810"),
        decimal(51, 24, "7ff0bdbfffffffffffffffffed2338f2e0e5441bfe760c", "-1000000000000000000000000.316458765521845732100851"),
        decimal(52, 0, "7ffffffffffffffffffffffffffffffffffffffffb3768f0", "-80254735"),
        decimal(52, 24, "7ffffffffffffffc17fffffffffba776a0fd77805fffffff", "-1000000000000.072911199042500000000000"),
        decimal(52, 25, "7a0a1effffffffffffffffffdc43b0b2f47bc2acffe72eaa", "-100000000000000000000000000.5995436291932158271626453"),
        decimal(53, 0, "7ffffffffffffffffffffffffffffffffff3d5a5ea7e124c", "-797274360836531"),
        decimal(53, 25, "7ffffffffffffffff6cf7b4f0ae70f80d4e845d055ffb85e54", "-9814002421.4184143793980778664694443"),
        decimal(53, 26, "7f7f41e4c6bbf313efd9ad3ee54490c7f2b90e23faa1fe67", "-8437275960761068270947009.44849132022275324490046872"),
        decimal(54, 0, "7ffffffffffffffffffffc17ffffffffffffffffffffffff", "-1000000000000000000000000000000"),
        decimal(54, 26, "7fffffffffffffffffffffff9be3f42c21fc20019bfb9af9fa", "-100.47053718206501130073729541"),
        decimal(54, 27, "7fffffffffffe45ee9774f16e7c02c34ffa99dfedbc67b6e", "-7073378056937.406836171005661185607749265"),
        decimal(55, 0, "7fffffffffffffffffffffffdef0d6da23db966ddcce333a09", "-33254354908610898467835503606"),
        decimal(55, 27, "7fffffff9bffffffffffffffffffffffffffffffffffffffff", "-100000000000000000000.000000000000000000000000000"),
        decimal(55, 28, "7ffffff6d251ee99e07bdf84ffffffffffffffffffffffffff", "-9766382438528752763.0000000000000000000000000000"),
        decimal(56, 0, "7fffffffffffffffffffffffffffffd8efffffffffffffffff", "-10000000000000000000000"),
        decimal(56, 28, "7ffffffffffdc1dcd6f275f0d2cda70172c90f1114cacf8525fd", "-37626665227151661.8446931339217594678923696262"),
        decimal(56, 28, "893b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff09", "9999999999999999999999999999.9999999999999999999999999999"),
        decimal(56, 28, "76c4653600c4653600c4653600c4653600c4653600c4653600f6", "-9999999999999999999999999999.9999999999999999999999999999"),
        decimal(56, 28, "8000000000000000000000000000000000000000000000000000", "0.0000000000000000000000000000"),
        decimal(56, 28, "8000000000000000000000000000000000000000000000000001", "0.0000000000000000000000000001"),
        decimal(56, 28, "7ffffffffffffffffffffffffffffffffffffffffffffffffffe", "-0.0000000000000000000000000001"),
        decimal(56, 28, "8000000000000000000000000100000000000000000000000000", "1.0000000000000000000000000000"),
        decimal(56, 28, "7ffffffffffffffffffffffffeffffffffffffffffffffffffff", "-1.0000000000000000000000000000"),
        decimal(56, 28, "8002e82f503198756f29d41e3e0d07c5612123e3571d671cad02", "48770896832075119701767230.2186130895560000874932968132"),
        decimal(56, 29, "7ffffffdf4a4d46ef8a93a7ffc518904f6c9702fe90433e8a8", "-2190524305123127168.06176537115457070438560053587"),
        decimal(57, 0, "7fffffffffffffffffffffffffffffffffffffffffffd0a006de", "-794818849"),
        decimal(57, 29, "7fffffffffffffffffffffcb98cac05723f49d72ffffffffffff", "-13415.89336444419100800000000000000"),
        decimal(57, 30, "7fffffffff27c715e6bb36c5c62679b7ffffffffffffffffffff", "-14170346423938362.970557000000000000000000000000"),
        decimal(58, 0, "7fffffffffffffffffffffffffffdcdba205dbb36e76fad3f9a8", "-589585914608997769086771287"),
        decimal(58, 30, "7ffffffffffffffffffff67449ea390eb8c80bdd18c7338e00ffd0", "-625590.365359431938746599952922623047"),
        decimal(59, 0, "7fe90ec6900c88f08c8997e72a0412c67fafa0dc66db59d8bb1900", "-5873963638135259225192416676845964710495597238950658827007"),
        decimal(60, 0, "7fffffffffffffffffffffffffffffffffffffffa46306f7dc6809", "-6003961136550390"),
        decimal(61, 0, "7fffffffffffff9bffffffffffffffffffffffffffffffffffffffff", "-100000000000000000000000000000000000000000000000"),
        decimal(62, 0, "7fffffffffffffffffffffe3eacf097ce619bcf7e6cd3692f5ed7f5c", "-28355530371434520840422758765168984739"),
        decimal(63, 0, "7fffe91ee8bb03b2fab0d456eb9bd3bcccc95ecdd72712c0ff694267", "-5857390397005089074601342109251859218226685305151009878936"),
        decimal(64, 0, "7fffffffffffffffffffffffffffffd8efffffffffffffffffffffffff", "-10000000000000000000000000000000"),
        decimal(65, 0, "7fffffffffffffffffff7942f1cc797fe6f2e3249cfddfd455c9d65b1f", "-8830222864452633219994979035662762908698848"),
        decimal(65, 0, "e33b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff", "99999999999999999999999999999999999999999999999999999999999999999"),
        decimal(65, 0, "1cc4653600c4653600c4653600c4653600c4653600c4653600c4653600", "-99999999999999999999999999999999999999999999999999999999999999999"),
        decimal(65, 0, "8000000000000000000000000000000000000000000000000000000000", "0"),
        decimal(65, 0, "8000000000000000000000000000000000000000000000000000000001", "1"),
        decimal(65, 0, "7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffe", "-1"),
        decimal(65, 0, "800000000000000fa836480b16352eca942b49be380d8b6f9d2291d0a1", "4008910691094892258964726253112227241885579981473"),
        decimal(65, 1, "7ffffffffffffffffffffffffffffffffffffffffffffffffffa0a1efffc", "-100000000.3"),
        decimal(65, 2, "7ffffffffffffffffffffffffffffffefffffffffffffffffffffffffc", "-1000000000000000000000000000.03"),
        decimal(65, 3, "7fffffffffffffffc9ba9e34cc2cbaf3f29b1c1eef3b70d2ffcb03d3ff43", "-910516683869483788224715745281317165003472428.188"),
        decimal(65, 4, "7ffffffffffffffffffffffffffffffffffffffffff6f477e5ac8dd8e9d0", "-592776441676327.5679"),
        decimal(65, 5, "7ffffffffffffffffffd08cc65efc2eec7c5bdd96ec2f4f301284fff070f", "-759865734717288897602647052555218027952.63728"),
        decimal(65, 6, "7ffffffffffffffffffffffffffffffffffffffffffffbe41847c5fa1ee4", "-4468170810.385307"),
        decimal(65, 7, "7ffffffffffffffffffffffffffffe83158ec53b9cade7d48b5effffffff", "-24963697985949010405501089.0000000"),
        decimal(65, 8, "7ffffffffffffffffffffffffffffffffffffffe795fffffffffff160406", "-100000000000000.15334393"),
        decimal(65, 9, "7ffff9277ed646b515f5ffda82d274a103d1831e85f44a73abf6b8cc1f", "-448641700009194167781757764108540779936122196447316.155661280"),
        decimal(65, 10, "7fffffffffffffffffffffffffffffffffffc344f0d77f2dffc6f89e65fa", "-3980047679531008.9567850505"),
        decimal(65, 11, "7ffffffffffffffffffffffffffffff5ffffffffffffffffdead0262ff", "-10000000000000000000.55908700500"),
        decimal(65, 12, "7fffffffffffffffffffffffffffffffff7ff6ecc98d592bffffffffffff", "-8390931913483476.000000000000"),
        decimal(65, 13, "7ffffffffffffffeffffffffffffffffffffffffffffffffd9be1431f80e", "-1000000000000000000000000000000000000.6418544142033"),
        decimal(65, 14, "7fff6ed4b8cdd5ed648f08d778e678c74ff9bccc7625faf534c4edffcda0", "-145726086186312176887679942535951060035864672261.18109109012895"),
        decimal(65, 15, "7fffffffffffffffffffffffffffffffffe5dbc626b0ccdc99bcfdfd8a99", "-6692970542899.593904386161126"),
        decimal(65, 16, "7ffffe5a5c16e36f404cde56bf6bd05ee963dff08cddf03c74bbffbfef96", "-27632617479248307564740244799086236537883426.2644734124198505"),
        decimal(65, 17, "7ffffffffffffffffffffffffffffff5d3b1d5f5e1fff4e883dbfd55a467", "-666702705306112.18608848444719000"),
        decimal(65, 18, "7fffffffffffffffffffb65951df6a1431ea4a0bc2f7887864ebda877f", "-4826798546696142364246077.142051227338000000"),
        decimal(65, 19, "7ffffffffffffffffffad62a9cede8baa7d3f7a25cf5745683f0dd59e0fb", "-86627683303514968738745763.1769250522539289914"),
        decimal(65, 20, "7fffffffffffd8efffffffffffffffffffffffffcfbb8c8bea8ad5ffff", "-10000000000000000000000000000000.80979237236000000000"),
        decimal(65, 21, "7ffffffffffffffffffffffffffffffffbb460edf35120ddf9ea99f8feae", "-72064786.212786978102065671337"),
        decimal(65, 22, "7fffffffffffffffffffd8efffffffffffffffffffffffffffffffffffff", "-10000000000000000000000.0000000000000000000000"),
        decimal(65, 23, "7ffffffa0a1effffffffffffffffffffffffffffffffffffffffffffffff", "-100000000000000000000000000000000000.00000000000000000000000"),
        decimal(65, 24, "7ffffffffffffffffffffffffffffec80d185bf7b2f264fac0a5d5f1884d", "-1938665892.139267483088037930948146"),
        decimal(65, 25, "7fffffffffffffffffffffffffffff67697ff428c26dc777b8bfff81c941", "-10000000.1986553789484552328271550"),
        decimal(65, 26, "7fffffffffffffffffffffffffffffffffffe4b029bec70fedf7fc3fa3ac", "-0.45821702595525735262938195"),
        decimal(65, 27, "75ffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "-10000000000000000000000000000000000000.000000000000000000000000000"),
        decimal(65, 28, "78ef82e7b3f1d286cfd06d77a3cf883241ffffffffffffffffffffffffff", "-7276633676237861168798132316813157822.0000000000000000000000000000"),
        decimal(65, 29, "7fffffffffffffffffffffffeedb3696ffffffffffffffffffffffffff", "-287623529.00000000000000000000000000000"),
        decimal(65, 30, "7fffffffffffffacdbc7593ccb30f331ef086cc8f32d5b5fec7d2372fd73", "-83607692483885984462.284660535215131296327343245652"),
        decimal(65, 30, "85f5e0ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff03e7", "99999999999999999999999999999999999.999999999999999999999999999999"),
        decimal(65, 30, "7a0a1f00c4653600c4653600c4653600c4653600c4653600c4653600fc18", "-99999999999999999999999999999999999.999999999999999999999999999999"),
        decimal(65, 30, "800000000000000000000000000000000000000000000000000000000000", "0.000000000000000000000000000000"),
        decimal(65, 30, "800000000000000000000000000000000000000000000000000000000001", "0.000000000000000000000000000001"),
        decimal(65, 30, "7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe", "-0.000000000000000000000000000001"),
        decimal(65, 30, "800000000000000000000000000000010000000000000000000000000000", "1.000000000000000000000000000000"),
        decimal(65, 30, "7ffffffffffffffffffffffffffffffeffffffffffffffffffffffffffff", "-1.000000000000000000000000000000"),
        decimal(65, 30, "80000000000000000000000005f5e10013d3fbdd16a6cc4e066278950349", "100000000.332659677380030030107116693841"),
        decimal(65, 31, "7ffffffffc2fe5a6daa745eafe8fafb8ffffffffffffffffffffffffffff", "-63969881626571797024137799.0000000000000000000000000000000"),
        decimal(65, 32, "7fffffffffffffffffffffffff9d36eeb0d8ffffffffffffffffffffffff", "-25289.29040000000000000000000000000000"),
        decimal(65, 33, "7fffffffffffffff67697ffffffffff9db3760ccdf463bfbb2102af0d8ba", "-10000000000000000.103073951857782724072216533993093"),
        decimal(65, 34, "7fffffffffcbe3808696eb3dc86dde951dbcf0c1dd8cd0e21b24ffd7dc1a", "-52478116201348272530.5606528672557302917904882832630629"),
        decimal(65, 35, "7ffffff6c25ed69ffb18c9aa8aadee82836ffeab8095fefcaa2cfc3e8d6d", "-605601694158567911570258.29343656002231485801699579563009426"),
        decimal(65, 36, "7fffffffffffffe18ac91c8c0ce086d100c563e65ad09294dfffffffff", "-7797920876019.528035583983308709795700000000000000"),
        decimal(65, 37, "7ffffffffffffffffed6f8cafdfeadb0b1d9613e5edda99f7af0c2e485fa", "-1688338178.0221714706479384655760861492556629705"),
        decimal(65, 38, "7fa7531ddf68ea7cd05bd23cc602fff4f17b62aec64191f6fb54a05fff", "-5811426546772355799288771.97288193124357204996878132107834000000"),
        decimal(65, 38, "bb9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff3b9ac9ff63", "999999999999999999999999999.99999999999999999999999999999999999999"),
        decimal(65, 38, "44653600c4653600c4653600c4653600c4653600c4653600c46536009c", "-999999999999999999999999999.99999999999999999999999999999999999999"),
        decimal(65, 38, "8000000000000000000000000000000000000000000000000000000000", "0.00000000000000000000000000000000000000"),
        decimal(65, 38, "8000000000000000000000000000000000000000000000000000000001", "0.00000000000000000000000000000000000001"),
        decimal(65, 38, "7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffe", "-0.00000000000000000000000000000000000001"),
        decimal(65, 38, "8000000000000000000000010000000000000000000000000000000000", "1.00000000000000000000000000000000000000"),
        decimal(65, 38, "7ffffffffffffffffffffffeffffffffffffffffffffffffffffffffff", "-1.00000000000000000000000000000000000000"),
        decimal(65, 38, "800199440821263c1021c04101ec6f7c389f0ad50cdad23917cf86bd17", "104772136390204270647361.03227225294994709321566725739947641323"),
        decimal(4, 2, "75c8", "-10.55"),
        decimal(5, 0, "7ffff4", "-11"),
        decimal(7, 3, "7ff5fdd9", "-10.550"),
        decimal(10, 2, "7ffffff5c8", "-10.55"),
        decimal(10, 3, "7ffffff5fdd9", "-10.550"),
        decimal(13, 2, "7ffffffff5c8", "-10.55"),
        decimal(15, 14, "76c4653600fe7960", "-9.99999999999999"),
        decimal(20, 10, "7ffffffff5df37aa7fff", "-10.5500000000"),
        decimal(30, 5, "7ffffffffffffffffffffff5ff2927", "-10.55000"),
        decimal(30, 20, "7ffffffff5df37aa7fffffffffff", "-10.55000000000000000000"),
        decimal(30, 25, "7ffff5df37aa7fffffffffffffffff", "-10.5500000000000000000000000"),
        decimal(4, 2, "8001", "0.01"),
        decimal(5, 0, "800000", "0"),
        decimal(7, 3, "8000000c", "0.012"),
        decimal(10, 2, "8000000001", "0.01"),
        decimal(10, 3, "80000000000c", "0.012"),
        decimal(13, 2, "800000000001", "0.01"),
        decimal(15, 14, "8000bc614e01600b", "0.01234567890123"),
        decimal(20, 10, "800000000000bc614e09", "0.0123456789"),
        decimal(30, 5, "8000000000000000000000000004d3", "0.01235"),
        decimal(30, 20, "800000000000bc614e35b7bf8759", "0.01234567890123456789"),
        decimal(30, 25, "80000000bc614e35b7bf870087fdd9", "0.0123456789012345678912345"),
        decimal(4, 2, "e363", "99.99"),
        decimal(5, 0, "803039", "12345"),
        decimal(7, 3, "a70f03e7", "9999.999"),
        decimal(10, 2, "8000303900", "12345.00"),
        decimal(10, 3, "800030390000", "12345.000"),
        decimal(13, 2, "800000303900", "12345.00"),
        decimal(15, 14, "893b9ac9ff01869f", "9.99999999999999"),
        decimal(20, 10, "80000030390000000000", "12345.0000000000"),
        decimal(30, 5, "800000000000000000003039000000", "12345.00000"),
        decimal(30, 20, "8000003039000000000000000000", "12345.00000000000000000000"),
        decimal(30, 25, "803039000000000000000000000000", "12345.0000000000000000000000000"),
        decimal(4, 2, "e363", "99.99"),
        decimal(5, 0, "803039", "12345"),
        decimal(7, 3, "a70f03e7", "9999.999"),
        decimal(10, 2, "8000303900", "12345.00"),
        decimal(10, 3, "800030390000", "12345.000"),
        decimal(13, 2, "800000303900", "12345.00"),
        decimal(15, 14, "893b9ac9ff01869f", "9.99999999999999"),
        decimal(65, 10, "810dfb38d206b08be521c85c130010f89f13ef3bf427cd7f493b0237d702", "1234567890112233445566778899001112223334445556667778889.9900011112"),  // MySqlCdc/mysql-bin.000001 (MySQL 5.7.23)
    ]

    /// server: TIME(0...6) incl. negative values and negative fractions, DATETIME(0...6), TIMESTAMP(0...6) (time_zone +00:00), DATE, YEAR; zero dates; then fixtures.
    static let temporals: [ValueVector] = [
        value(19, 0, "4b9105", time("-838:59:59")),
        value(19, 0, "b46efb", time("838:59:59")),
        value(19, 0, "800000", time("00:00:00")),
        value(19, 0, "7fffff", time("-00:00:01")),
        value(19, 0, "7f3748", time("-12:34:56")),
        value(19, 0, "7ff000", time("-01:00:00")),
        value(19, 0, "817efb", time("23:59:59")),
        value(19, 0, "4bb000", time("-837:00:00")),
        value(19, 0, "864000", time("100:00:00")),
        value(19, 0, "6043e5", time("-507:48:27")),
        value(19, 0, "8eeeaf", time("238:58:47")),
        value(19, 0, "a2a444", time("554:17:04")),
        value(19, 1, "4b9104a6", time("-838:59:59.9", 1)),
        value(19, 1, "b46efb5a", time("838:59:59.9", 1)),
        value(19, 1, "80000000", time("00:00:00.0", 1)),
        value(19, 1, "7fffffce", time("-00:00:00.5", 1)),
        value(19, 1, "7fffff00", time("-00:00:01.0", 1)),
        value(19, 1, "7fffffa6", time("-00:00:00.9", 1)),
        value(19, 1, "7ffffef6", time("-00:00:01.1", 1)),
        value(19, 1, "7f3747ba", time("-12:34:56.7", 1)),
        value(19, 1, "7ff00000", time("-01:00:00.0", 1)),
        value(19, 1, "817efb32", time("23:59:59.5", 1)),
        value(19, 1, "7ffffff6", time("-00:00:00.1", 1)),
        value(19, 1, "4bafffa6", time("-837:00:00.9", 1)),
        value(19, 1, "8640000a", time("100:00:00.1", 1)),
        value(19, 1, "6043e500", time("-507:48:27.0", 1)),
        value(19, 1, "8eeeaf32", time("238:58:47.5", 1)),
        value(19, 1, "a2a4440a", time("554:17:04.1", 1)),
        value(19, 2, "4b91049d", time("-838:59:59.99", 2)),
        value(19, 2, "b46efb63", time("838:59:59.99", 2)),
        value(19, 2, "80000000", time("00:00:00.00", 2)),
        value(19, 2, "7fffffce", time("-00:00:00.50", 2)),
        value(19, 2, "7ffffeff", time("-00:00:01.01", 2)),
        value(19, 2, "7fffff00", time("-00:00:01.00", 2)),
        value(19, 2, "7fffff9d", time("-00:00:00.99", 2)),
        value(19, 2, "7ffffef6", time("-00:00:01.10", 2)),
        value(19, 2, "7f3747b2", time("-12:34:56.78", 2)),
        value(19, 2, "7ff00000", time("-01:00:00.00", 2)),
        value(19, 2, "817efb32", time("23:59:59.50", 2)),
        value(19, 2, "7ffffffb", time("-00:00:00.05", 2)),
        value(19, 2, "7fffffff", time("-00:00:00.01", 2)),
        value(19, 2, "7ffffff6", time("-00:00:00.10", 2)),
        value(19, 2, "4bafff9d", time("-837:00:00.99", 2)),
        value(19, 2, "8640000c", time("100:00:00.12", 2)),
        value(19, 2, "6043e500", time("-507:48:27.00", 2)),
        value(19, 2, "8eeeaf34", time("238:58:47.52", 2)),
        value(19, 2, "a2a4440c", time("554:17:04.12", 2)),
        value(19, 3, "4b9104d8fa", time("-838:59:59.999", 3)),
        value(19, 3, "b46efb2706", time("838:59:59.999", 3)),
        value(19, 3, "8000000000", time("00:00:00.000", 3)),
        value(19, 3, "7fffffec78", time("-00:00:00.500", 3)),
        value(19, 3, "7ffffeff9c", time("-00:00:01.010", 3)),
        value(19, 3, "7fffff0000", time("-00:00:01.000", 3)),
        value(19, 3, "7fffffd954", time("-00:00:00.990", 3)),
        value(19, 3, "7ffffefc18", time("-00:00:01.100", 3)),
        value(19, 3, "7f3747e12e", time("-12:34:56.789", 3)),
        value(19, 3, "7ff0000000", time("-01:00:00.000", 3)),
        value(19, 3, "817efb1388", time("23:59:59.500", 3)),
        value(19, 3, "7ffffffe0c", time("-00:00:00.050", 3)),
        value(19, 3, "7ffffffff6", time("-00:00:00.001", 3)),
        value(19, 3, "7fffffff9c", time("-00:00:00.010", 3)),
        value(19, 3, "7ffffffc18", time("-00:00:00.100", 3)),
        value(19, 3, "4bafffd8fa", time("-837:00:00.999", 3)),
        value(19, 3, "86400004ce", time("100:00:00.123", 3)),
        value(19, 3, "6043e50000", time("-507:48:27.000", 3)),
        value(19, 3, "8eeeaf1482", time("238:58:47.525", 3)),
        value(19, 3, "a2a4440500", time("554:17:04.128", 3)),
        value(19, 4, "4b9104d8f1", time("-838:59:59.9999", 4)),
        value(19, 4, "b46efb270f", time("838:59:59.9999", 4)),
        value(19, 4, "8000000000", time("00:00:00.0000", 4)),
        value(19, 4, "7fffffec78", time("-00:00:00.5000", 4)),
        value(19, 4, "7ffffeff9c", time("-00:00:01.0100", 4)),
        value(19, 4, "7fffff0000", time("-00:00:01.0000", 4)),
        value(19, 4, "7fffffd954", time("-00:00:00.9900", 4)),
        value(19, 4, "7ffffefc18", time("-00:00:01.1000", 4)),
        value(19, 4, "7f3747e12e", time("-12:34:56.7890", 4)),
        value(19, 4, "7ff0000000", time("-01:00:00.0000", 4)),
        value(19, 4, "817efb1388", time("23:59:59.5000", 4)),
        value(19, 4, "7ffffffe0c", time("-00:00:00.0500", 4)),
        value(19, 4, "7fffffffff", time("-00:00:00.0001", 4)),
        value(19, 4, "7ffffffff6", time("-00:00:00.0010", 4)),
        value(19, 4, "7fffffff9c", time("-00:00:00.0100", 4)),
        value(19, 4, "7ffffffc18", time("-00:00:00.1000", 4)),
        value(19, 4, "4bafffd8f1", time("-837:00:00.9999", 4)),
        value(19, 4, "86400004d2", time("100:00:00.1234", 4)),
        value(19, 4, "6043e50000", time("-507:48:27.0000", 4)),
        value(19, 4, "8eeeaf148b", time("238:58:47.5259", 4)),
        value(19, 4, "a2a4440503", time("554:17:04.1283", 4)),
        value(19, 5, "4b9104f0bdca", time("-838:59:59.99999", 5)),
        value(19, 5, "b46efb0f4236", time("838:59:59.99999", 5)),
        value(19, 5, "800000000000", time("00:00:00.00000", 5)),
        value(19, 5, "7ffffff85ee0", time("-00:00:00.50000", 5)),
        value(19, 5, "7ffffeffd8f0", time("-00:00:01.01000", 5)),
        value(19, 5, "7fffff000000", time("-00:00:01.00000", 5)),
        value(19, 5, "7ffffff0e4d0", time("-00:00:00.99000", 5)),
        value(19, 5, "7ffffefe7960", time("-00:00:01.10000", 5)),
        value(19, 5, "7f3747f3f5ee", time("-12:34:56.78901", 5)),
        value(19, 5, "7ff000000000", time("-01:00:00.00000", 5)),
        value(19, 5, "817efb07a120", time("23:59:59.50000", 5)),
        value(19, 5, "7fffffff3cb0", time("-00:00:00.05000", 5)),
        value(19, 5, "7fffffffff9c", time("-00:00:00.00010", 5)),
        value(19, 5, "7ffffffffc18", time("-00:00:00.00100", 5)),
        value(19, 5, "7fffffffd8f0", time("-00:00:00.01000", 5)),
        value(19, 5, "7ffffffe7960", time("-00:00:00.10000", 5)),
        value(19, 5, "4baffff0bdca", time("-837:00:00.99999", 5)),
        value(19, 5, "86400001e23a", time("100:00:00.12345", 5)),
        value(19, 5, "6043e5000000", time("-507:48:27.00000", 5)),
        value(19, 5, "8eeeaf08067e", time("238:58:47.52595", 5)),
        value(19, 5, "a2a44401f55e", time("554:17:04.12835", 5)),
        value(19, 6, "4b9104f0bdc1", time("-838:59:59.999999", 6)),
        value(19, 6, "b46efb0f423f", time("838:59:59.999999", 6)),
        value(19, 6, "800000000000", time("00:00:00.000000", 6)),
        value(19, 6, "7ffffff85ee0", time("-00:00:00.500000", 6)),
        value(19, 6, "7fffffffffff", time("-00:00:00.000001", 6)),
        value(19, 6, "7ffffeffd8f0", time("-00:00:01.010000", 6)),
        value(19, 6, "7fffff000000", time("-00:00:01.000000", 6)),
        value(19, 6, "7ffffff0e4d0", time("-00:00:00.990000", 6)),
        value(19, 6, "7ffffefe7960", time("-00:00:01.100000", 6)),
        value(19, 6, "7f3747f3f5ec", time("-12:34:56.789012", 6)),
        value(19, 6, "7fefffffffff", time("-01:00:00.000001", 6)),
        value(19, 6, "817efb07a120", time("23:59:59.500000", 6)),
        value(19, 6, "7fffffff3cb0", time("-00:00:00.050000", 6)),
        value(19, 6, "7fffffffff9c", time("-00:00:00.000100", 6)),
        value(19, 6, "7ffffffffc18", time("-00:00:00.001000", 6)),
        value(19, 6, "7fffffffd8f0", time("-00:00:00.010000", 6)),
        value(19, 6, "7ffffffe7960", time("-00:00:00.100000", 6)),
        value(19, 6, "4baffff0bdc1", time("-837:00:00.999999", 6)),
        value(19, 6, "86400001e240", time("100:00:00.123456", 6)),
        value(19, 6, "6043e5000000", time("-507:48:27.000000", 6)),
        value(19, 6, "8eeeaf080681", time("238:58:47.525953", 6)),
        value(19, 6, "a2a44401f565", time("554:17:04.128357", 6)),
        value(18, 0, "8000000000", datetime("0000-00-00 00:00:00")),
        value(18, 0, "8cb2420000", datetime("1000-01-01 00:00:00")),
        value(18, 0, "fef3ff7efb", datetime("9999-12-31 23:59:59")),
        value(18, 0, "99b2bac8b8", datetime("2024-02-29 12:34:56")),
        value(18, 0, "8003820000", datetime("0001-01-01 00:00:00")),
        value(18, 0, "9902c20000", datetime("1970-01-01 00:00:00")),
        value(18, 0, "9964000000", datetime("2000-00-00 00:00:00")),
        value(18, 0, "9964400000", datetime("2000-01-00 00:00:00")),
        value(18, 0, "c7edaf0827", datetime("5665-09-23 16:32:39")),
        value(18, 0, "9e0aa961c3", datetime("2366-04-20 22:07:03")),
        value(18, 1, "800000000000", datetime("0000-00-00 00:00:00.0", 1)),
        value(18, 1, "8cb242000000", datetime("1000-01-01 00:00:00.0", 1)),
        value(18, 1, "fef3ff7efb5a", datetime("9999-12-31 23:59:59.9", 1)),
        value(18, 1, "99b2bac8b832", datetime("2024-02-29 12:34:56.5", 1)),
        value(18, 1, "800382000000", datetime("0001-01-01 00:00:00.0", 1)),
        value(18, 1, "9902c2000000", datetime("1970-01-01 00:00:00.0", 1)),
        value(18, 1, "996400000000", datetime("2000-00-00 00:00:00.0", 1)),
        value(18, 1, "996440000000", datetime("2000-01-00 00:00:00.0", 1)),
        value(18, 1, "c7edaf082714", datetime("5665-09-23 16:32:39.2", 1)),
        value(18, 1, "9e0aa961c35a", datetime("2366-04-20 22:07:03.9", 1)),
        value(18, 2, "800000000000", datetime("0000-00-00 00:00:00.00", 2)),
        value(18, 2, "8cb242000000", datetime("1000-01-01 00:00:00.00", 2)),
        value(18, 2, "fef3ff7efb63", datetime("9999-12-31 23:59:59.99", 2)),
        value(18, 2, "99b2bac8b832", datetime("2024-02-29 12:34:56.50", 2)),
        value(18, 2, "800382000000", datetime("0001-01-01 00:00:00.00", 2)),
        value(18, 2, "9902c2000000", datetime("1970-01-01 00:00:00.00", 2)),
        value(18, 2, "996400000000", datetime("2000-00-00 00:00:00.00", 2)),
        value(18, 2, "996440000000", datetime("2000-01-00 00:00:00.00", 2)),
        value(18, 2, "c7edaf08271a", datetime("5665-09-23 16:32:39.26", 2)),
        value(18, 2, "9e0aa961c360", datetime("2366-04-20 22:07:03.96", 2)),
        value(18, 3, "80000000000000", datetime("0000-00-00 00:00:00.000", 3)),
        value(18, 3, "8cb24200000000", datetime("1000-01-01 00:00:00.000", 3)),
        value(18, 3, "fef3ff7efb2706", datetime("9999-12-31 23:59:59.999", 3)),
        value(18, 3, "99b2bac8b81388", datetime("2024-02-29 12:34:56.500", 3)),
        value(18, 3, "80038200000000", datetime("0001-01-01 00:00:00.000", 3)),
        value(18, 3, "9902c200000000", datetime("1970-01-01 00:00:00.000", 3)),
        value(18, 3, "99640000000000", datetime("2000-00-00 00:00:00.000", 3)),
        value(18, 3, "99644000000000", datetime("2000-01-00 00:00:00.000", 3)),
        value(18, 3, "c7edaf08270a46", datetime("5665-09-23 16:32:39.263", 3)),
        value(18, 3, "9e0aa961c325c6", datetime("2366-04-20 22:07:03.967", 3)),
        value(18, 4, "80000000000000", datetime("0000-00-00 00:00:00.0000", 4)),
        value(18, 4, "8cb24200000000", datetime("1000-01-01 00:00:00.0000", 4)),
        value(18, 4, "fef3ff7efb270f", datetime("9999-12-31 23:59:59.9999", 4)),
        value(18, 4, "99b2bac8b81388", datetime("2024-02-29 12:34:56.5000", 4)),
        value(18, 4, "80038200000000", datetime("0001-01-01 00:00:00.0000", 4)),
        value(18, 4, "9902c200000000", datetime("1970-01-01 00:00:00.0000", 4)),
        value(18, 4, "99640000000000", datetime("2000-00-00 00:00:00.0000", 4)),
        value(18, 4, "99644000000000", datetime("2000-01-00 00:00:00.0000", 4)),
        value(18, 4, "c7edaf08270a47", datetime("5665-09-23 16:32:39.2631", 4)),
        value(18, 4, "9e0aa961c325c7", datetime("2366-04-20 22:07:03.9671", 4)),
        value(18, 5, "8000000000000000", datetime("0000-00-00 00:00:00.00000", 5)),
        value(18, 5, "8cb2420000000000", datetime("1000-01-01 00:00:00.00000", 5)),
        value(18, 5, "fef3ff7efb0f4236", datetime("9999-12-31 23:59:59.99999", 5)),
        value(18, 5, "99b2bac8b807a120", datetime("2024-02-29 12:34:56.50000", 5)),
        value(18, 5, "8003820000000000", datetime("0001-01-01 00:00:00.00000", 5)),
        value(18, 5, "9902c20000000000", datetime("1970-01-01 00:00:00.00000", 5)),
        value(18, 5, "9964000000000000", datetime("2000-00-00 00:00:00.00000", 5)),
        value(18, 5, "9964400000000000", datetime("2000-01-00 00:00:00.00000", 5)),
        value(18, 5, "c7edaf08270403f8", datetime("5665-09-23 16:32:39.26316", 5)),
        value(18, 5, "9e0aa961c30ec1da", datetime("2366-04-20 22:07:03.96713", 5)),
        value(18, 6, "8000000000000000", datetime("0000-00-00 00:00:00.000000", 6)),
        value(18, 6, "8cb2420000000000", datetime("1000-01-01 00:00:00.000000", 6)),
        value(18, 6, "fef3ff7efb0f423f", datetime("9999-12-31 23:59:59.999999", 6)),
        value(18, 6, "99b2bac8b807a120", datetime("2024-02-29 12:34:56.500000", 6)),
        value(18, 6, "8003820000000001", datetime("0001-01-01 00:00:00.000001", 6)),
        value(18, 6, "9902c20000000000", datetime("1970-01-01 00:00:00.000000", 6)),
        value(18, 6, "9964000000000000", datetime("2000-00-00 00:00:00.000000", 6)),
        value(18, 6, "9964400000000000", datetime("2000-01-00 00:00:00.000000", 6)),
        value(18, 6, "c7edaf08270403fe", datetime("5665-09-23 16:32:39.263166", 6)),
        value(18, 6, "9e0aa961c30ec1da", datetime("2366-04-20 22:07:03.967130", 6)),
        value(17, 0, "00000001", .timestamp(seconds: 1, microseconds: 0)),
        value(17, 0, "7fffffff", .timestamp(seconds: 2147483647, microseconds: 0)),
        value(17, 0, "00000000", .timestamp(seconds: 0, microseconds: 0)),
        value(17, 0, "3b9aca00", .timestamp(seconds: 1000000000, microseconds: 0)),
        value(17, 0, "6681f17f", .timestamp(seconds: 1719791999, microseconds: 0)),
        value(17, 0, "13c0141a", .timestamp(seconds: 331355162, microseconds: 0)),
        value(17, 0, "2e7d6d44", .timestamp(seconds: 779971908, microseconds: 0)),
        value(17, 1, "0000000100", .timestamp(seconds: 1, microseconds: 0)),
        value(17, 1, "7fffffff5a", .timestamp(seconds: 2147483647, microseconds: 900000)),
        value(17, 1, "0000000000", .timestamp(seconds: 0, microseconds: 0)),
        value(17, 1, "3b9aca0000", .timestamp(seconds: 1000000000, microseconds: 0)),
        value(17, 1, "6681f17f32", .timestamp(seconds: 1719791999, microseconds: 500000)),
        value(17, 1, "13c0141a50", .timestamp(seconds: 331355162, microseconds: 800000)),
        value(17, 1, "2e7d6d4428", .timestamp(seconds: 779971908, microseconds: 400000)),
        value(17, 2, "0000000100", .timestamp(seconds: 1, microseconds: 0)),
        value(17, 2, "7fffffff63", .timestamp(seconds: 2147483647, microseconds: 990000)),
        value(17, 2, "0000000000", .timestamp(seconds: 0, microseconds: 0)),
        value(17, 2, "3b9aca0000", .timestamp(seconds: 1000000000, microseconds: 0)),
        value(17, 2, "6681f17f32", .timestamp(seconds: 1719791999, microseconds: 500000)),
        value(17, 2, "13c0141a54", .timestamp(seconds: 331355162, microseconds: 840000)),
        value(17, 2, "2e7d6d442c", .timestamp(seconds: 779971908, microseconds: 440000)),
        value(17, 3, "000000010000", .timestamp(seconds: 1, microseconds: 0)),
        value(17, 3, "7fffffff2706", .timestamp(seconds: 2147483647, microseconds: 999000)),
        value(17, 3, "000000000000", .timestamp(seconds: 0, microseconds: 0)),
        value(17, 3, "3b9aca000000", .timestamp(seconds: 1000000000, microseconds: 0)),
        value(17, 3, "6681f17f1388", .timestamp(seconds: 1719791999, microseconds: 500000)),
        value(17, 3, "13c0141a20ee", .timestamp(seconds: 331355162, microseconds: 843000)),
        value(17, 3, "2e7d6d44113a", .timestamp(seconds: 779971908, microseconds: 441000)),
        value(17, 4, "000000010000", .timestamp(seconds: 1, microseconds: 0)),
        value(17, 4, "7fffffff270f", .timestamp(seconds: 2147483647, microseconds: 999900)),
        value(17, 4, "000000000000", .timestamp(seconds: 0, microseconds: 0)),
        value(17, 4, "3b9aca000000", .timestamp(seconds: 1000000000, microseconds: 0)),
        value(17, 4, "6681f17f1388", .timestamp(seconds: 1719791999, microseconds: 500000)),
        value(17, 4, "13c0141a20f4", .timestamp(seconds: 331355162, microseconds: 843600)),
        value(17, 4, "2e7d6d44113c", .timestamp(seconds: 779971908, microseconds: 441200)),
        value(17, 5, "00000001000000", .timestamp(seconds: 1, microseconds: 0)),
        value(17, 5, "7fffffff0f4236", .timestamp(seconds: 2147483647, microseconds: 999990)),
        value(17, 5, "00000000000000", .timestamp(seconds: 0, microseconds: 0)),
        value(17, 5, "3b9aca00000000", .timestamp(seconds: 1000000000, microseconds: 0)),
        value(17, 5, "6681f17f07a120", .timestamp(seconds: 1719791999, microseconds: 500000)),
        value(17, 5, "13c0141a0cdf78", .timestamp(seconds: 331355162, microseconds: 843640)),
        value(17, 5, "2e7d6d4406bbac", .timestamp(seconds: 779971908, microseconds: 441260)),
        value(17, 6, "00000001000000", .timestamp(seconds: 1, microseconds: 0)),
        value(17, 6, "7fffffff0f423f", .timestamp(seconds: 2147483647, microseconds: 999999)),
        value(17, 6, "00000000000000", .timestamp(seconds: 0, microseconds: 0)),
        value(17, 6, "3b9aca00000001", .timestamp(seconds: 1000000000, microseconds: 1)),
        value(17, 6, "6681f17f07a120", .timestamp(seconds: 1719791999, microseconds: 500000)),
        value(17, 6, "13c0141a0cdf7e", .timestamp(seconds: 331355162, microseconds: 843646)),
        value(17, 6, "2e7d6d4406bbae", .timestamp(seconds: 779971908, microseconds: 441262)),
        value(10, 0, "000000", date("0000-00-00")),
        value(10, 0, "21d007", date("1000-01-01")),
        value(10, 0, "9f1f4e", date("9999-12-31")),
        value(10, 0, "5dd00f", date("2024-02-29")),
        value(10, 0, "00a00f", date("2000-00-00")),
        value(10, 0, "20a00f", date("2000-01-00")),
        value(10, 0, "65de1a", date("3439-03-05")),
        value(10, 0, "5ade28", date("5231-02-26")),
        value(13, 0, "00", .year(0)),
        value(13, 0, "01", .year(1901)),
        value(13, 0, "ff", .year(2155)),
        value(13, 0, "64", .year(2000)),
        value(13, 0, "63", .year(1999)),
        value(13, 0, "46", .year(1970)),
        value(13, 0, "a9", .year(2069)),
        value(13, 0, "14", .year(1920)),
        value(10, 0, "5dd00f", date("2024-02-29")),
        value(19, 0, "4b9105", time("-838:59:59")),
        value(19, 1, "7fffffce", time("-00:00:00.5", 1)),
        value(19, 6, "7f3747f3f5ec", time("-12:34:56.789012", 6)),
        value(18, 0, "99b2443105", datetime("2024-01-02 03:04:05")),
        value(18, 3, "fef3ff7efb2706", datetime("9999-12-31 23:59:59.999", 3)),
        value(17, 2, "7fffffff63", .timestamp(seconds: 2147483647, microseconds: 990000)),
        value(13, 0, "ff", .year(2155)),
        value(17, 0, "3a7b8372", .timestamp(seconds: 981173106, microseconds: 0)),
        value(13, 0, "59", .year(1989)),  // MySqlCdc/mysql-bin.000001
        value(10, 0, "57830f", date("1985-10-23")),  // MySqlCdc/mysql-bin.000001
        value(18, 3, "993ff6e30d0d7a", datetime("1988-11-27 14:12:13.345", 3)),  // MySqlCdc/mysql-bin.000001
        value(19, 2, "80f5a143", time("15:22:33.67", 2)),  // MySqlCdc/mysql-bin.000001
        value(17, 3, "1daf97df1626", .timestamp(seconds: 498046943, microseconds: 567000)),  // MySqlCdc/mysql-bin.000001
        value(19, 0, "6043e5", time("-507:48:27")),  // rust_mysql_common/time_issue.000001
    ]

    /// server with mysql56_temporal_format=OFF: old TIME (3-byte signed hhmmss), DATETIME (8-byte yyyymmddhhmmss), TIMESTAMP (4-byte LE), DATE.
    static let oldTemporals: [ValueVector] = [
        value(11, 0, "590a80", time("-838:59:59")),
        value(11, 0, "a7f57f", time("838:59:59")),
        value(11, 0, "ffffff", time("-00:00:01")),
        value(11, 0, "c01dfe", time("-12:34:56")),
        value(11, 0, "000000", time("00:00:00")),
        value(11, 0, "7590b2", time("-507:48:27")),
        value(11, 0, "25d8ff", time("-01:02:03")),
        value(12, 0, "0000000000000000", datetime("0000-00-00 00:00:00")),
        value(12, 0, "7787d105f15a0000", datetime("9999-12-31 23:59:59")),
        value(12, 0, "40c3775418090000", datetime("1000-01-01 00:00:00")),
        value(12, 0, "80c5aa8b68120000", datetime("2024-02-29 12:34:56")),
        value(12, 0, "0040e59c30120000", datetime("2000-00-00 00:00:00")),
        value(12, 0, "4107115a02000000", datetime("0001-01-01 00:00:01")),
        value(7, 0, "01000000", .timestamp(seconds: 1, microseconds: 0)),
        value(7, 0, "ffffff7f", .timestamp(seconds: 2147483647, microseconds: 0)),
        value(7, 0, "00000000", .timestamp(seconds: 0, microseconds: 0)),
        value(7, 0, "f079e065", .timestamp(seconds: 1709210096, microseconds: 0)),
        value(7, 0, "00ca9a3b", .timestamp(seconds: 1000000000, microseconds: 0)),
        value(7, 0, "7f436d38", .timestamp(seconds: 946684799, microseconds: 0)),
        value(10, 0, "000000", date("0000-00-00")),
        value(10, 0, "9f1f4e", date("9999-12-31")),
        value(10, 0, "21d007", date("1000-01-01")),
        value(10, 0, "5dd00f", date("2024-02-29")),
        value(10, 0, "00a00f", date("2000-00-00")),
        value(10, 0, "210200", date("0001-01-01")),
    ]

    /// server: CHAR/BINARY (latin1, utf8mb3, utf8mb4; max lengths 1...1020 bytes around the 255/256 prefix boundary), VARCHAR/VARBINARY, ENUM (1, 255, 256, 300 members), SET (1...64 members: 1, 2, 3, 4, 8 bytes), BIT(1...64), FLOAT, DOUBLE, BLOB/TEXT (1-4 byte lengths), JSON (MariaDB: LONGTEXT, type BLOB), GEOMETRY; then fixtures.
    static let others: [ValueVector] = [
        value(254, 65025, "00", .bytes(utf8(""))),
        value(254, 65025, "01e9", .bytes(hex("e9"))),
        value(254, 65025, "0161", .bytes(utf8("a"))),
        value(254, 65034, "00", .bytes(utf8(""))),
        value(254, 65034, "0ae9e9e9e9e9e9e9e9e9e9", .bytes(hex("e9e9e9e9e9e9e9e9e9e9"))),
        value(254, 65034, "026162", .bytes(utf8("ab"))),
        value(254, 65087, "00", .bytes(utf8(""))),
        value(254, 65087, "3fe9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9", .bytes(hex("e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9"))),
        value(254, 65087, "026162", .bytes(utf8("ab"))),
        value(254, 65087, "0e797a62796327795c7a7a7a62275c", .bytes(hex("797a62796327795c7a7a7a62275c"))),
        value(254, 65088, "00", .bytes(utf8(""))),
        value(254, 65088, "40e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9", .bytes(hex("e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9"))),
        value(254, 65088, "026162", .bytes(utf8("ab"))),
        value(254, 65088, "18e9277927095c61206378202763632062200a62e962096378", .bytes(hex("e9277927095c61206378202763632062200a62e962096378"))),
        value(254, 65109, "00", .bytes(utf8(""))),
        value(254, 65109, "55" + String(repeating: "e9", count: 85), .bytes(hex(String(repeating: "e9", count: 85)))),
        value(254, 65109, "026162", .bytes(utf8("ab"))),
        value(254, 65110, "00", .bytes(utf8(""))),
        value(254, 65110, "56" + String(repeating: "e9", count: 86), .bytes(hex(String(repeating: "e9", count: 86)))),
        value(254, 65110, "026162", .bytes(utf8("ab"))),
        value(254, 65110, "075c277a78616261", .bytes(hex("5c277a78616261"))),
        value(254, 65279, "00", .bytes(utf8(""))),
        value(254, 65279, "ff" + String(repeating: "e9", count: 255), .bytes(hex(String(repeating: "e9", count: 255)))),
        value(254, 65279, "026162", .bytes(utf8("ab"))),
        value(254, 65279, "12635c786179e963092779e9785c7a205c0963", .bytes(hex("635c786179e963092779e9785c7a205c0963"))),
        value(254, 65027, "00", .bytes(utf8(""))),
        value(254, 65027, "03e282ac", .bytes(utf8("€"))),
        value(254, 65027, "0161", .bytes(utf8("a"))),
        value(254, 65054, "00", .bytes(utf8(""))),
        value(254, 65054, "1ee282ace282ace282ace282ace282ace282ace282ace282ace282ace282ac", .bytes(utf8("€€€€€€€€€€"))),
        value(254, 65054, "026162", .bytes(utf8("ab"))),
        value(254, 65054, "07e4b8adc3a9c3a9", .bytes(utf8("中éé"))),
        value(254, 65213, "00", .bytes(utf8(""))),
        value(254, 65213, "bd" + String(repeating: "e282ac", count: 63), .bytes(utf8(String(repeating: "€", count: 63)))),
        value(254, 65213, "026162", .bytes(utf8("ab"))),
        value(254, 65213, "20c3a96120e4b8ad20c3a9e4b8ad61e282ac6120e282ac206161e282ac61e282ac", .bytes(utf8("éa 中 é中a€a € aa€a€"))),
        value(254, 65216, "00", .bytes(utf8(""))),
        value(254, 65216, "c0" + String(repeating: "e282ac", count: 64), .bytes(utf8(String(repeating: "€", count: 64)))),
        value(254, 65216, "026162", .bytes(utf8("ab"))),
        value(254, 65216, "4fe4b8ade4b8ad20c3a961e4b8ade282ace282acc3a920c3a9c3a9c3a9616120e4b8ade282ace282ac61e4b8ade282ace282acc3a9e4b8ad61c3a9e4b8ade282ace282ace4b8ade4b8ad20e4b8adc3a9", .bytes(utf8("中中 éa中€€é éééaa 中€€a中€€é中aé中€€中中 中é"))),
        value(254, 65279, "00", .bytes(utf8(""))),
        value(254, 65279, "ff" + String(repeating: "e282ac", count: 85), .bytes(utf8(String(repeating: "€", count: 85)))),
        value(254, 65279, "026162", .bytes(utf8("ab"))),
        value(254, 60930, "0000", .bytes(utf8(""))),
        value(254, 60930, "0201" + String(repeating: "e282ac", count: 86), .bytes(utf8(String(repeating: "€", count: 86)))),
        value(254, 60930, "02006162", .bytes(utf8("ab"))),
        value(254, 57085, "0000", .bytes(utf8(""))),
        value(254, 57085, "fd02" + String(repeating: "e282ac", count: 255), .bytes(utf8(String(repeating: "€", count: 255)))),
        value(254, 57085, "02006162", .bytes(utf8("ab"))),
        value(254, 65028, "00", .bytes(utf8(""))),
        value(254, 65028, "04f09f9880", .bytes(utf8("😀"))),
        value(254, 65028, "0161", .bytes(utf8("a"))),
        value(254, 65028, "03e4b8ad", .bytes(utf8("中"))),
        value(254, 65064, "00", .bytes(utf8(""))),
        value(254, 65064, "28f09f9880f09f9880f09f9880f09f9880f09f9880f09f9880f09f9880f09f9880f09f9880f09f9880", .bytes(utf8("😀😀😀😀😀😀😀😀😀😀"))),
        value(254, 65064, "026162", .bytes(utf8("ab"))),
        value(254, 65064, "166120e282ace4b8adf09f9880e282acc3a9c3a9e282ac", .bytes(utf8("a €中😀€éé€"))),
        value(254, 65276, "00", .bytes(utf8(""))),
        value(254, 65276, "fc" + String(repeating: "f09f9880", count: 63), .bytes(utf8(String(repeating: "😀", count: 63)))),
        value(254, 65276, "026162", .bytes(utf8("ab"))),
        value(254, 65276, "3a20e282acf09f988020e282acf09f98806161e282ace4b8ade4b8adc3a961f09f988061616120c3a9f09f9880f09f9880c3a961c3a9c3a9e282ac", .bytes(utf8(" €😀 €😀aa€中中éa😀aaa é😀😀éaéé€"))),
        value(254, 60928, "0000", .bytes(utf8(""))),
        value(254, 60928, "0001" + String(repeating: "f09f9880", count: 64), .bytes(utf8(String(repeating: "😀", count: 64)))),
        value(254, 60928, "02006162", .bytes(utf8("ab"))),
        value(254, 60928, "3600e282acf09f9880e4b8ad20e4b8adc3a9e282ac20c3a9e282ace282acf09f9880c3a9c3a9e4b8adf09f9880f09f9880f09f9880e282ac", .bytes(utf8("€😀中 中é€ é€€😀éé中😀😀😀€"))),
        value(254, 61012, "0000", .bytes(utf8(""))),
        value(254, 61012, "5401" + String(repeating: "f09f9880", count: 85), .bytes(utf8(String(repeating: "😀", count: 85)))),
        value(254, 61012, "02006162", .bytes(utf8("ab"))),
        value(254, 61012, "1e00c3a9e282ace282ac20e282ace4b8ade4b8ade282ace282ac20c3a9e4b8ad", .bytes(utf8("é€€ €中中€€ é中"))),
        value(254, 61016, "0000", .bytes(utf8(""))),
        value(254, 61016, "5801" + String(repeating: "f09f9880", count: 86), .bytes(utf8(String(repeating: "😀", count: 86)))),
        value(254, 61016, "02006162", .bytes(utf8("ab"))),
        value(254, 52988, "0000", .bytes(utf8(""))),
        value(254, 52988, "fc03" + String(repeating: "f09f9880", count: 255), .bytes(utf8(String(repeating: "😀", count: 255)))),
        value(254, 52988, "02006162", .bytes(utf8("ab"))),
        value(254, 65025, "00", .bytes(utf8(""))),
        value(254, 65025, "01b7", .bytes(hex("b7"))),
        value(254, 65025, "01ff", .bytes(hex("ff"))),
        value(254, 65025, "0161", .bytes(utf8("a"))),
        value(254, 65025, "01fc", .bytes(hex("fc"))),
        value(254, 65034, "00", .bytes(utf8(""))),
        value(254, 65034, "0a0eee7f1a5039bef07ec2", .bytes(hex("0eee7f1a5039bef07ec2"))),
        value(254, 65034, "0affffffffffffffffffff", .bytes(hex("ffffffffffffffffffff"))),
        value(254, 65034, "09610000206100002061", .bytes(hex("610000206100002061"))),
        value(254, 65034, "0ac6d9fb6423616b90a20e", .bytes(hex("c6d9fb6423616b90a20e"))),
        value(254, 65279, "00", .bytes(utf8(""))),
        value(254, 65279, "347f066ed08f5dc7512447e3404300026b6e545594a065685d64c4980bb8d4544a8721a99a01ad219eb59cf6a15ef6f15a1d830bb7", .bytes(hex("7f066ed08f5dc7512447e3404300026b6e545594a065685d64c4980bb8d4544a8721a99a01ad219eb59cf6a15ef6f15a1d830bb7"))),
        value(254, 65279, String(repeating: "ff", count: 256), .bytes(hex(String(repeating: "ff", count: 255)))),
        value(254, 65279, "fd61" + String(repeating: "00002061", count: 63), .bytes(hex("61" + String(repeating: "00002061", count: 63)))),
        value(15, 255, "00", .bytes(utf8(""))),
        value(15, 255, "03202020", .bytes(utf8("   "))),
        value(15, 255, "ff" + String(repeating: "e9", count: 255), .bytes(hex(String(repeating: "e9", count: 255)))),
        value(15, 255, "ff6162" + String(repeating: "20", count: 253), .bytes(utf8("ab                                                                                                                                                                                                                                                             "))),
        value(15, 255, "290a0a7a7809095c27626309e961e961e978090a797979630978e9275c7979787a200a61206209622763", .bytes(hex("0a0a7a7809095c27626309e961e961e978090a797979630978e9275c7979787a200a61206209622763"))),
        value(15, 256, "0000", .bytes(utf8(""))),
        value(15, 256, "0300202020", .bytes(utf8("   "))),
        value(15, 256, "0001" + String(repeating: "e9", count: 256), .bytes(hex(String(repeating: "e9", count: 256)))),
        value(15, 256, "00016162" + String(repeating: "20", count: 254), .bytes(utf8("ab                                                                                                                                                                                                                                                              "))),
        value(15, 252, "00", .bytes(utf8(""))),
        value(15, 252, "03202020", .bytes(utf8("   "))),
        value(15, 252, "fc" + String(repeating: "f09f9880", count: 63), .bytes(utf8(String(repeating: "😀", count: 63)))),
        value(15, 252, "3f616220202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020", .bytes(utf8("ab                                                             "))),
        value(15, 252, "236161e282acc3a920e282ace282ace4b8ad6120c3a92020c3a9f09f9880e282ace4b8ad", .bytes(utf8("aa€é €€中a é  é😀€中"))),
        value(15, 256, "0000", .bytes(utf8(""))),
        value(15, 256, "0300202020", .bytes(utf8("   "))),
        value(15, 256, "0001" + String(repeating: "f09f9880", count: 64), .bytes(utf8(String(repeating: "😀", count: 64)))),
        value(15, 256, "400061622020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020", .bytes(utf8("ab                                                              "))),
        value(15, 1200, "0000", .bytes(utf8(""))),
        value(15, 1200, "0300202020", .bytes(utf8("   "))),
        value(15, 1200, "b004" + String(repeating: "f09f9880", count: 300), .bytes(utf8(String(repeating: "😀", count: 300)))),
        value(15, 1200, "2c016162" + String(repeating: "20", count: 298), .bytes(utf8("ab                                                                                                                                                                                                                                                                                                          "))),
        value(15, 255, "00", .bytes(utf8(""))),
        value(15, 255, String(repeating: "ff", count: 256), .bytes(hex(String(repeating: "ff", count: 255)))),
        value(15, 255, "ff610000" + String(repeating: "20610000", count: 63), .bytes(hex("610000" + String(repeating: "20610000", count: 63)))),
        value(15, 256, "0000", .bytes(utf8(""))),
        value(15, 256, "4900f40c3ee37d961445c806f58c7cf2127dfa894f9296fcf33c08409990ac970dedb3b843120181e9376107dbdaf6c5f3c86497ee219b01dd92f19f4954f4fea94ed9182375882b200daa", .bytes(hex("f40c3ee37d961445c806f58c7cf2127dfa894f9296fcf33c08409990ac970dedb3b843120181e9376107dbdaf6c5f3c86497ee219b01dd92f19f4954f4fea94ed9182375882b200daa"))),
        value(15, 256, "0001" + String(repeating: "ff", count: 256), .bytes(hex(String(repeating: "ff", count: 256)))),
        value(15, 256, "0001" + String(repeating: "61000020", count: 64), .bytes(hex(String(repeating: "61000020", count: 64)))),
        value(15, 3000, "0000", .bytes(utf8(""))),
        value(15, 3000, "b80b" + String(repeating: "ff", count: 3000), .bytes(hex(String(repeating: "ff", count: 3000)))),
        value(15, 3000, "b80b" + String(repeating: "61000020", count: 750), .bytes(hex(String(repeating: "61000020", count: 750)))),
        value(254, 63233, "00", .enumIndex(0)),
        value(254, 63233, "01", .enumIndex(1)),
        value(254, 63233, "00", .enumIndex(0)),
        value(254, 63233, "01", .enumIndex(1)),
        value(254, 63233, "ff", .enumIndex(255)),
        value(254, 63233, "25", .enumIndex(37)),
        value(254, 63234, "0000", .enumIndex(0)),
        value(254, 63234, "0100", .enumIndex(1)),
        value(254, 63234, "0001", .enumIndex(256)),
        value(254, 63234, "a800", .enumIndex(168)),
        value(254, 63234, "0000", .enumIndex(0)),
        value(254, 63234, "0100", .enumIndex(1)),
        value(254, 63234, "2c01", .enumIndex(300)),
        value(254, 63234, "1600", .enumIndex(22)),
        value(254, 63489, "00", .setBits(0x0)),
        value(254, 63489, "01", .setBits(0x1)),
        value(254, 63489, "00", .setBits(0x0)),
        value(254, 63489, "01", .setBits(0x1)),
        value(254, 63489, "ff", .setBits(0xff)),
        value(254, 63489, "e8", .setBits(0xe8)),
        value(254, 63489, "80", .setBits(0x80)),
        value(254, 63490, "0000", .setBits(0x0)),
        value(254, 63490, "0100", .setBits(0x1)),
        value(254, 63490, "ff01", .setBits(0x1ff)),
        value(254, 63490, "e200", .setBits(0xe2)),
        value(254, 63490, "0001", .setBits(0x100)),
        value(254, 63490, "0000", .setBits(0x0)),
        value(254, 63490, "0100", .setBits(0x1)),
        value(254, 63490, "ffff", .setBits(0xffff)),
        value(254, 63490, "5af5", .setBits(0xf55a)),
        value(254, 63490, "0080", .setBits(0x8000)),
        value(254, 63491, "000000", .setBits(0x0)),
        value(254, 63491, "010000", .setBits(0x1)),
        value(254, 63491, "ffff01", .setBits(0x1ffff)),
        value(254, 63491, "96a101", .setBits(0x1a196)),
        value(254, 63491, "000001", .setBits(0x10000)),
        value(254, 63491, "000000", .setBits(0x0)),
        value(254, 63491, "010000", .setBits(0x1)),
        value(254, 63491, "ffffff", .setBits(0xffffff)),
        value(254, 63491, "b2d9b4", .setBits(0xb4d9b2)),
        value(254, 63491, "000080", .setBits(0x800000)),
        value(254, 63492, "00000000", .setBits(0x0)),
        value(254, 63492, "01000000", .setBits(0x1)),
        value(254, 63492, "ffffff01", .setBits(0x1ffffff)),
        value(254, 63492, "4b755301", .setBits(0x153754b)),
        value(254, 63492, "00000001", .setBits(0x1000000)),
        value(254, 63492, "00000000", .setBits(0x0)),
        value(254, 63492, "01000000", .setBits(0x1)),
        value(254, 63492, "ffffffff", .setBits(0xffffffff)),
        value(254, 63492, "4a374a1b", .setBits(0x1b4a374a)),
        value(254, 63492, "00000080", .setBits(0x80000000)),
        value(254, 63496, "0000000000000000", .setBits(0x0)),
        value(254, 63496, "0100000000000000", .setBits(0x1)),
        value(254, 63496, "ffffffff01000000", .setBits(0x1ffffffff)),
        value(254, 63496, "0a1bb31b00000000", .setBits(0x1bb31b0a)),
        value(254, 63496, "0000000001000000", .setBits(0x100000000)),
        value(254, 63496, "0000000000000000", .setBits(0x0)),
        value(254, 63496, "0100000000000000", .setBits(0x1)),
        value(254, 63496, "ffffffffff000000", .setBits(0xffffffffff)),
        value(254, 63496, "c3966bff3c000000", .setBits(0x3cff6b96c3)),
        value(254, 63496, "0000000080000000", .setBits(0x8000000000)),
        value(254, 63496, "0000000000000000", .setBits(0x0)),
        value(254, 63496, "0100000000000000", .setBits(0x1)),
        value(254, 63496, "ffffffffffffffff", .setBits(0xffffffffffffffff)),
        value(254, 63496, "e91f1aa01ef42a27", .setBits(0x272af41ea01a1fe9)),
        value(254, 63496, "0000000000000080", .setBits(0x8000000000000000)),
        value(16, 1, "00", .bit(0x0)),
        value(16, 1, "01", .bit(0x1)),
        value(16, 2, "00", .bit(0x0)),
        value(16, 2, "01", .bit(0x1)),
        value(16, 2, "03", .bit(0x3)),
        value(16, 2, "02", .bit(0x2)),
        value(16, 7, "00", .bit(0x0)),
        value(16, 7, "01", .bit(0x1)),
        value(16, 7, "7f", .bit(0x7f)),
        value(16, 7, "4c", .bit(0x4c)),
        value(16, 7, "40", .bit(0x40)),
        value(16, 256, "00", .bit(0x0)),
        value(16, 256, "01", .bit(0x1)),
        value(16, 256, "ff", .bit(0xff)),
        value(16, 256, "43", .bit(0x43)),
        value(16, 256, "80", .bit(0x80)),
        value(16, 257, "0000", .bit(0x0)),
        value(16, 257, "0001", .bit(0x1)),
        value(16, 257, "01ff", .bit(0x1ff)),
        value(16, 257, "01b2", .bit(0x1b2)),
        value(16, 257, "0100", .bit(0x100)),
        value(16, 263, "0000", .bit(0x0)),
        value(16, 263, "0001", .bit(0x1)),
        value(16, 263, "7fff", .bit(0x7fff)),
        value(16, 263, "0906", .bit(0x906)),
        value(16, 263, "4000", .bit(0x4000)),
        value(16, 512, "0000", .bit(0x0)),
        value(16, 512, "0001", .bit(0x1)),
        value(16, 512, "ffff", .bit(0xffff)),
        value(16, 512, "aa0f", .bit(0xaa0f)),
        value(16, 512, "8000", .bit(0x8000)),
        value(16, 513, "000000", .bit(0x0)),
        value(16, 513, "000001", .bit(0x1)),
        value(16, 513, "01ffff", .bit(0x1ffff)),
        value(16, 513, "01fc3c", .bit(0x1fc3c)),
        value(16, 513, "010000", .bit(0x10000)),
        value(16, 768, "000000", .bit(0x0)),
        value(16, 768, "000001", .bit(0x1)),
        value(16, 768, "ffffff", .bit(0xffffff)),
        value(16, 768, "98d3d0", .bit(0x98d3d0)),
        value(16, 768, "800000", .bit(0x800000)),
        value(16, 775, "00000000", .bit(0x0)),
        value(16, 775, "00000001", .bit(0x1)),
        value(16, 775, "7fffffff", .bit(0x7fffffff)),
        value(16, 775, "2e8c25c8", .bit(0x2e8c25c8)),
        value(16, 775, "40000000", .bit(0x40000000)),
        value(16, 1024, "00000000", .bit(0x0)),
        value(16, 1024, "00000001", .bit(0x1)),
        value(16, 1024, "ffffffff", .bit(0xffffffff)),
        value(16, 1024, "0e210a76", .bit(0xe210a76)),
        value(16, 1024, "80000000", .bit(0x80000000)),
        value(16, 1025, "0000000000", .bit(0x0)),
        value(16, 1025, "0000000001", .bit(0x1)),
        value(16, 1025, "01ffffffff", .bit(0x1ffffffff)),
        value(16, 1025, "01bf06921e", .bit(0x1bf06921e)),
        value(16, 1025, "0100000000", .bit(0x100000000)),
        value(16, 1536, "000000000000", .bit(0x0)),
        value(16, 1536, "000000000001", .bit(0x1)),
        value(16, 1536, "ffffffffffff", .bit(0xffffffffffff)),
        value(16, 1536, "d73237794b3c", .bit(0xd73237794b3c)),
        value(16, 1536, "800000000000", .bit(0x800000000000)),
        value(16, 1792, "00000000000000", .bit(0x0)),
        value(16, 1792, "00000000000001", .bit(0x1)),
        value(16, 1792, "ffffffffffffff", .bit(0xffffffffffffff)),
        value(16, 1792, "929ef4999d01be", .bit(0x929ef4999d01be)),
        value(16, 1792, "80000000000000", .bit(0x80000000000000)),
        value(16, 1793, "0000000000000000", .bit(0x0)),
        value(16, 1793, "0000000000000001", .bit(0x1)),
        value(16, 1793, "01ffffffffffffff", .bit(0x1ffffffffffffff)),
        value(16, 1793, "014aa0a2ec051286", .bit(0x14aa0a2ec051286)),
        value(16, 1793, "0100000000000000", .bit(0x100000000000000)),
        value(16, 1799, "0000000000000000", .bit(0x0)),
        value(16, 1799, "0000000000000001", .bit(0x1)),
        value(16, 1799, "7fffffffffffffff", .bit(0x7fffffffffffffff)),
        value(16, 1799, "700ed0f64078c674", .bit(0x700ed0f64078c674)),
        value(16, 1799, "4000000000000000", .bit(0x4000000000000000)),
        value(16, 2048, "0000000000000000", .bit(0x0)),
        value(16, 2048, "0000000000000001", .bit(0x1)),
        value(16, 2048, "ffffffffffffffff", .bit(0xffffffffffffffff)),
        value(16, 2048, "46b4a00ce794bb3f", .bit(0x46b4a00ce794bb3f)),
        value(16, 2048, "8000000000000000", .bit(0x8000000000000000)),
        value(4, 4, "00000000", .float(Float(bitPattern: 0x0))),
        value(4, 4, "0000c03f", .float(Float(bitPattern: 0x3fc00000))),
        value(4, 4, "0000c0bf", .float(Float(bitPattern: 0xbfc00000))),
        value(4, 4, "eeff7f7f", .float(Float(bitPattern: 0x7f7fffee))),
        value(4, 4, "eeff7fff", .float(Float(bitPattern: 0xff7fffee))),
        value(4, 4, "e1ff7f00", .float(Float(bitPattern: 0x7fffe1))),
        value(4, 4, "01000000", .float(Float(bitPattern: 0x1))),
        value(4, 4, "cdcccc3d", .float(Float(bitPattern: 0x3dcccccd))),
        value(4, 4, "a379eb4c", .float(Float(bitPattern: 0x4ceb79a3))),
        value(4, 4, "0000804b", .float(Float(bitPattern: 0x4b800000))),
        value(5, 8, "0000000000000000", .double(Double(bitPattern: 0x0))),
        value(5, 8, "000000000000f83f", .double(Double(bitPattern: 0x3ff8000000000000))),
        value(5, 8, "00000000000004c0", .double(Double(bitPattern: 0xc004000000000000))),
        value(5, 8, "ffffffffffffef7f", .double(Double(bitPattern: 0x7fefffffffffffff))),
        value(5, 8, "ffffffffffffefff", .double(Double(bitPattern: 0xffefffffffffffff))),
        value(5, 8, "0000000000001000", .double(Double(bitPattern: 0x10000000000000))),
        value(5, 8, "0100000000000000", .double(Double(bitPattern: 0x1))),
        value(5, 8, "9a9999999999b93f", .double(Double(bitPattern: 0x3fb999999999999a))),
        value(5, 8, "e1639d31956ae543", .double(Double(bitPattern: 0x43e56a95319d63e1))),
        value(5, 8, "0000000000004043", .double(Double(bitPattern: 0x4340000000000000))),
        value(5, 8, "182d4454fb210940", .double(Double(bitPattern: 0x400921fb54442d18))),
        value(4, 4, "00000000", .float(Float(bitPattern: 0x0))),
        value(4, 4, "0000c03f", .float(Float(bitPattern: 0x3fc00000))),
        value(4, 4, "eeff7f7f", .float(Float(bitPattern: 0x7f7fffee))),
        value(4, 4, "e1ff7f00", .float(Float(bitPattern: 0x7fffe1))),
        value(4, 4, "01000000", .float(Float(bitPattern: 0x1))),
        value(4, 4, "cdcccc3d", .float(Float(bitPattern: 0x3dcccccd))),
        value(4, 4, "a379eb4c", .float(Float(bitPattern: 0x4ceb79a3))),
        value(4, 4, "0000804b", .float(Float(bitPattern: 0x4b800000))),
        value(4, 4, "1c1a1846", .float(Float(bitPattern: 0x46181a1c))),
        value(4, 4, "5c0d03c6", .float(Float(bitPattern: 0xc6030d5c))),
        value(4, 4, "c3a58dc4", .float(Float(bitPattern: 0xc48da5c3))),
        value(4, 4, "d7fb9ec4", .float(Float(bitPattern: 0xc49efbd7))),
        value(4, 4, "a48b10c6", .float(Float(bitPattern: 0xc6108ba4))),
        value(4, 4, "ae9b06c6", .float(Float(bitPattern: 0xc6069bae))),
        value(4, 4, "7bdeddc5", .float(Float(bitPattern: 0xc5ddde7b))),
        value(4, 4, "b8067a44", .float(Float(bitPattern: 0x447a06b8))),
        value(4, 4, "7d23b544", .float(Float(bitPattern: 0x44b5237d))),
        value(4, 4, "ae7faac4", .float(Float(bitPattern: 0xc4aa7fae))),
        value(4, 4, "8bd63a45", .float(Float(bitPattern: 0x453ad68b))),
        value(4, 4, "48550bc6", .float(Float(bitPattern: 0xc60b5548))),
        value(4, 4, "66ce32c5", .float(Float(bitPattern: 0xc532ce66))),
        value(4, 4, "c35faac5", .float(Float(bitPattern: 0xc5aa5fc3))),
        value(4, 4, "144a38c5", .float(Float(bitPattern: 0xc5384a14))),
        value(4, 4, "448ffa45", .float(Float(bitPattern: 0x45fa8f44))),
        value(4, 4, "48b1c6c4", .float(Float(bitPattern: 0xc4c6b148))),
        value(4, 4, "292a99c5", .float(Float(bitPattern: 0xc5992a29))),
        value(4, 4, "06be8545", .float(Float(bitPattern: 0x4585be06))),
        value(4, 4, "a462a9c5", .float(Float(bitPattern: 0xc5a962a4))),
        value(5, 8, "643bdf5b6b0461c1", .double(Double(bitPattern: 0xc161046b5bdf3b64))),
        value(5, 8, "3cbd5296d87e3041", .double(Double(bitPattern: 0x41307ed89652bd3c))),
        value(5, 8, "894160f58d1244c1", .double(Double(bitPattern: 0xc144128df5604189))),
        value(5, 8, "e7fba949246d6141", .double(Double(bitPattern: 0x41616d2449a9fbe7))),
        value(5, 8, "ea95b2cc13cb4241", .double(Double(bitPattern: 0x4142cb13ccb295ea))),
        value(5, 8, "4a0c028bea7047c1", .double(Double(bitPattern: 0xc14770ea8b020c4a))),
        value(5, 8, "5917b71193d35641", .double(Double(bitPattern: 0x4156d39311b71759))),
        value(5, 8, "4a0c028b7de543c1", .double(Double(bitPattern: 0xc143e57d8b020c4a))),
        value(5, 8, "d7a3706d5a184cc1", .double(Double(bitPattern: 0xc14c185a6d70a3d7))),
        value(5, 8, "ec51b8ae7edb62c1", .double(Double(bitPattern: 0xc162db7eaeb851ec))),
        value(5, 8, "c21726617d306141", .double(Double(bitPattern: 0x4161307d612617c2))),
        value(5, 8, "f5b9daea11035041", .double(Double(bitPattern: 0x41500311eadab9f5))),
        value(5, 8, "a857ca2a30344d41", .double(Double(bitPattern: 0x414d34302aca57a8))),
        value(5, 8, "73689145e83556c1", .double(Double(bitPattern: 0xc15635e845916873))),
        value(5, 8, "c286a7cf42604941", .double(Double(bitPattern: 0x41496042cfa786c2))),
        value(5, 8, "54e3a52bf8fc4fc1", .double(Double(bitPattern: 0xc14ffcf82ba5e354))),
        value(5, 8, "0000007c30275741", .double(Double(bitPattern: 0x415727307c000000))),
        value(5, 8, "66f7e43135b24441", .double(Double(bitPattern: 0x4144b23531e4f766))),
        value(5, 8, "083d9bcdbf3a4741", .double(Double(bitPattern: 0x41473abfcd9b3d08))),
        value(5, 8, "273108086a6a5c41", .double(Double(bitPattern: 0x415c6a6a08083127))),
        value(252, 1, "00", .bytes(utf8(""))),
        value(252, 1, String(repeating: "ff", count: 256), .bytes(hex(String(repeating: "ff", count: 255)))),
        value(252, 1, "302024c345e7002ba7f1b1c1c5160eb375ec60b6925b9e1eda865d244d015c656d497ae00b90a5fadcc5a5a99e99df101d", .bytes(hex("2024c345e7002ba7f1b1c1c5160eb375ec60b6925b9e1eda865d244d015c656d497ae00b90a5fadcc5a5a99e99df101d"))),
        value(252, 2, "0000", .bytes(utf8(""))),
        value(252, 3, "000000", .bytes(utf8(""))),
        value(252, 4, "00000000", .bytes(utf8(""))),
        value(252, 1, "00", .bytes(utf8(""))),
        value(252, 1, "fc" + String(repeating: "f09f9880", count: 63), .bytes(utf8(String(repeating: "😀", count: 63)))),
        value(252, 1, "027432", .bytes(utf8("t2"))),
        value(252, 2, "0000", .bytes(utf8(""))),
        value(252, 2, "3075" + String(repeating: "e9", count: 30000), .bytes(hex(String(repeating: "e9", count: 30000)))),
        value(252, 2, "02007432", .bytes(utf8("t2"))),
        value(252, 3, "000000", .bytes(utf8(""))),
        value(252, 3, "701101" + String(repeating: "78", count: 70000), .bytes(utf8(String(repeating: "x", count: 70000)))),
        value(252, 3, "0200007432", .bytes(utf8("t2"))),
        value(252, 4, "00000000", .bytes(utf8(""))),
        value(252, 4, "400d0300" + String(repeating: "79", count: 200000), .bytes(utf8(String(repeating: "y", count: 200000)))),
        value(252, 4, "020000007432", .bytes(utf8("t2"))),
        value(252, 4, "040000006e756c6c", .bytes(utf8("null"))),
        value(252, 4, "290000007b2261223a205b312c20322c207b2262223a206e756c6c7d5d2c202263223a20225c7530306539227d", .bytes(hex("7b2261223a205b312c20322c207b2262223a206e756c6c7d5d2c202263223a20225c7530306539227d"))),
        value(252, 4, "030000005b325d", .bytes(utf8("[2]"))),
        value(255, 4, "1900000000000000010100000000000000000000000000000000000000", .geometry(hex("00000000010100000000000000000000000000000000000000"))),
        value(255, 4, "19000000000000000101000000000000000000004000000000000000c0", .geometry(hex("000000000101000000000000000000004000000000000000c0"))),
        value(255, 4, "19000000000000000101000000000000000000f8bf0000000000000240", .geometry(hex("000000000101000000000000000000f8bf0000000000000240"))),
        value(255, 4, "190000000000000001010000009c7500883ce4377e59f3f8c21f6ea581", .geometry(hex("0000000001010000009c7500883ce4377e59f3f8c21f6ea581"))),
        value(255, 4, "1900000000000000010100000000000000000000400000000000000040", .geometry(hex("00000000010100000000000000000000400000000000000040"))),
        value(255, 4, "2d0000000000000001020000000200000000000000000000000000000000000000000000000000f03f000000000000f03f", .geometry(hex("0000000001020000000200000000000000000000000000000000000000000000000000f03f000000000000f03f"))),
        value(255, 4, "3d000000e6100000010200000003000000000000000000f03f00000000000000400000000000000840000000000000104000000000000014400000000000001840", .geometry(hex("e6100000010200000003000000000000000000f03f00000000000000400000000000000840000000000000104000000000000014400000000000001840"))),
        value(254, 65034, "026162", .bytes(utf8("ab"))),
        value(254, 52988, "0900c3a9e282acf09f9880", .bytes(utf8("é€😀"))),
        value(254, 60928, "010078", .bytes(utf8("x"))),
        value(254, 65276, "0179", .bytes(utf8("y"))),
        value(254, 65029, "020001", .bytes(hex("0001"))),
        value(15, 10, "0471275c6e", .bytes(hex("71275c6e"))),
        value(15, 1200, "0500c3bc6ec3af", .bytes(utf8("ünï"))),
        value(15, 255, "03003132", .bytes(hex("003132"))),
        value(15, 256, "0000", .bytes(utf8(""))),
        value(252, 1, "02ff00", .bytes(hex("ff00"))),
        value(252, 2, "0400626c6f62", .bytes(utf8("blob"))),
        value(252, 3, "000000", .bytes(utf8(""))),
        value(252, 4, "040000006c6f6e67", .bytes(utf8("long"))),
        value(252, 2, "02000a09", .bytes(hex("0a09"))),
        value(252, 4, "0c0000007b2261223a205b312c325d7d", .bytes(hex("7b2261223a205b312c325d7d"))),
        value(255, 4, "19000000000000000101000000000000000000f03f0000000000000040", .geometry(hex("000000000101000000000000000000f03f0000000000000040"))),
        value(254, 63233, "02", .enumIndex(2)),
        value(254, 63489, "05", .setBits(0x5)),
        value(16, 1, "01", .bit(0x1)),
        value(16, 257, "0101", .bit(0x101)),
        value(16, 2048, "ffffffffffffffff", .bit(0xffffffffffffffff)),
        value(16, 256, "80", .bit(0x80)),
        value(4, 4, "b7e64046", .float(Float(bitPattern: 0x4640e6b7))),  // MySqlCdc/mysql-bin.000001
        value(5, 8, "c4226554346f9d41", .double(Double(bitPattern: 0x419d6f34546522c4))),  // MySqlCdc/mysql-bin.000001
        value(254, 52768, "1c0042736432333432333420323334323334207a64667366736466736466", .bytes(utf8("Bsd234234 234234 zdfsfsdfsdf"))),  // MySqlCdc/mysql-bin.000001
        value(15, 2800, "0c0048656c6c6f20776f726c6421", .bytes(utf8("Hello world!"))),  // MySqlCdc/mysql-bin.000001
        value(15, 800, "08001234564534454534", .bytes(hex("1234564534454534"))),  // MySqlCdc/mysql-bin.000001
        value(252, 2, "0300152354", .bytes(hex("152354"))),  // MySqlCdc/mysql-bin.000001
        value(16, 772, "07b55787", .bit(0x7b55787)),  // MySqlCdc/mysql-bin.000001
        value(254, 63233, "02", .enumIndex(2)),  // MySqlCdc/mysql-bin.000001
        value(254, 63489, "04", .setBits(0x4)),  // MySqlCdc/mysql-bin.000001
        value(254, 52768, "1c0043736432333432333420323334323334207a64667366736466736466", .bytes(utf8("Csd234234 234234 zdfsfsdfsdf"))),  // MySqlCdc/mysql-bin.000001
        value(254, 52768, "1c0041736432333432333420323334323334207a64667366736466736466", .bytes(utf8("Asd234234 234234 zdfsfsdfsdf"))),  // MySqlCdc/mysql-bin.000001
        value(242, 4, "0c000000cdcc8c3fcdcc0c4033335340", .bytes(hex("cdcc8c3fcdcc0c4033335340"))),  // rust_mysql_common/vector.binlog
        value(242, 4, "0c0000000000803f000080bf00000000", .bytes(hex("0000803f000080bf00000000"))),  // rust_mysql_common/vector.binlog
        value(242, 4, "08000000cdcc8c3fcdcc0c40", .bytes(hex("cdcc8c3fcdcc0c40"))),  // rust_mysql_common/vector.binlog
        value(242, 4, "10000000cdcc8c3fcdcc0c4033335340cdcc8c40", .bytes(hex("cdcc8c3fcdcc0c4033335340cdcc8c40"))),  // rust_mysql_common/vector.binlog
        value(242, 4, "08000000ae47813fae4781bf", .bytes(hex("ae47813fae4781bf"))),  // rust_mysql_common/vector.binlog
        value(242, 4, "100000000000284200002c420000304200003442", .bytes(hex("0000284200002c420000304200003442"))),  // rust_mysql_common/vector.binlog
        value(242, 4, "08000000d7a30040d7a300c0", .bytes(hex("d7a30040d7a300c0"))),  // rust_mysql_common/vector.binlog
        value(242, 4, "1000000066662842cdcc2c42333331429a993542", .bytes(hex("66662842cdcc2c42333331429a993542"))),  // rust_mysql_common/vector.binlog
        value(16, 3, "04", .bit(0x4)),  // rust_mysql_common/mysql_type_bit.000001
    ]

    static var all: [ValueVector] { integers + decimals + temporals + oldTemporals + others }
}

/// server: row images of `t.tr` (`id INT PK, a INT, b VARCHAR(20), c DECIMAL(10,2), d DATETIME(3), e BLOB, f BIT(3), g ENUM('x','y'), h DOUBLE, i TINYINT UNSIGNED`), `t.twide` (17 columns: 3-byte NULL bitmap) and `t.twide2` under binlog_row_image FULL, MINIMAL and NOBLOB; present = columns-present bitmap, expected as mariadb-binlog printed them.
private struct RowVector: Sendable {
    var table: String
    var types: [UInt8]
    var metadata: [UInt16]
    var present: [Bool]
    var bytes: [UInt8]
    var expected: [BinlogValue?]
}

private func bits(_ text: String) -> [Bool] { text.map { $0 == "1" } }

private let rowVectors: [RowVector] = [
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1111111111"), bytes: hex("2afd01000000017899a542000004ce0502c8"),
        expected: [.int(1), .null, .bytes(utf8("x")), .null, datetime("2020-01-01 00:00:00.123", 3), .null, .bit(0x5), .enumIndex(2), .null, .int(-56)]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1111111111"), bytes: hex("d4fe02000000020000007ffffffecd0400626c6f620000000000000440"),
        expected: [.int(2), .int(2), .null, .decimal("-1.50"), .null, .bytes(utf8("blob")), .null, .null, .double(Double(bitPattern: 0x4004000000000000)), .null]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1111111111"), bytes: hex("feff03000000"),
        expected: [.int(3), .null, .null, .null, .null, .null, .null, .null, .null, .null]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1111111111"), bytes: hex("2afd01000000017899a542000004ce0502c8"),
        expected: [.int(1), .null, .bytes(utf8("x")), .null, datetime("2020-01-01 00:00:00.123", 3), .null, .bit(0x5), .enumIndex(2), .null, .int(-56)]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1111111111"), bytes: hex("28fd0100000005000000017899a542000004ce0502c8"),
        expected: [.int(1), .int(5), .bytes(utf8("x")), .null, datetime("2020-01-01 00:00:00.123", 3), .null, .bit(0x5), .enumIndex(2), .null, .int(-56)]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1111111111"), bytes: hex("feff03000000"),
        expected: [.int(3), .null, .null, .null, .null, .null, .null, .null, .null, .null]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1000000000"), bytes: hex("fe01000000"),
        expected: [.int(1), nil, nil, nil, nil, nil, nil, nil, nil, nil]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("0011000000"), bytes: hex("fc036d696e8000000001"),
        expected: [nil, nil, .bytes(utf8("min")), .decimal("0.01"), nil, nil, nil, nil, nil, nil]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1000000000"), bytes: hex("fe02000000"),
        expected: [.int(2), nil, nil, nil, nil, nil, nil, nil, nil, nil]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("0100000000"), bytes: hex("ff"),
        expected: [nil, .null, nil, nil, nil, nil, nil, nil, nil, nil]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1001000000"), bytes: hex("fc040000007a0a1f009c"),
        expected: [.int(4), nil, nil, .decimal("-99999999.99"), nil, nil, nil, nil, nil, nil]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1000000000"), bytes: hex("fe04000000"),
        expected: [.int(4), nil, nil, nil, nil, nil, nil, nil, nil, nil]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1111101111"), bytes: hex("76ff020000007ffffffecd0000000000000440"),
        expected: [.int(2), .null, .null, .decimal("-1.50"), .null, nil, .null, .null, .double(Double(bitPattern: 0x4004000000000000)), .null]),
    RowVector(
        table: "t.tr", types: [3, 3, 15, 246, 18, 252, 16, 254, 5, 1], metadata: [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0],
        present: bits("1111101111"), bytes: hex("74ff02000000070000007ffffffecd0000000000000440"),
        expected: [.int(2), .int(7), .null, .decimal("-1.50"), .null, nil, .null, .null, .double(Double(bitPattern: 0x4004000000000000)), .null]),
    RowVector(
        table: "t.twide", types: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], metadata: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        present: bits("11111111111111111"), bytes: hex("00aafe0100000002000000030000000400000005000000060000000700000008000000090000000b0000000d0000000f00000011000000"),
        expected: [.int(1), .int(2), .int(3), .int(4), .int(5), .int(6), .int(7), .int(8), .int(9), .null, .int(11), .null, .int(13), .null, .int(15), .null, .int(17)]),
    RowVector(
        table: "t.twide", types: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], metadata: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        present: bits("11111111111111111"), bytes: hex("0000ff0100000002000000030000000400000005000000060000000700000008000000090000000a0000000b0000000c0000000d0000000e0000000f00000010000000"),
        expected: [.int(1), .int(2), .int(3), .int(4), .int(5), .int(6), .int(7), .int(8), .int(9), .int(10), .int(11), .int(12), .int(13), .int(14), .int(15), .int(16), .null]),
    RowVector(
        table: "t.twide2", types: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], metadata: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        present: bits("101010101010"), bytes: hex("e00100000003000000050000000700000009000000"),
        expected: [.int(1), nil, .int(3), nil, .int(5), nil, .int(7), nil, .int(9), nil, .null, nil]),
    RowVector(
        table: "t.twide2", types: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], metadata: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        present: bits("100000000000"), bytes: hex("fe01000000"),
        expected: [.int(1), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil]),
    RowVector(
        table: "t.twide2", types: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], metadata: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        present: bits("010000000101"), bytes: hex("fa020000000c000000"),
        expected: [nil, .int(2), nil, nil, nil, nil, nil, nil, nil, .null, nil, .int(12)]),
]

/// Table-map metadata blocks (without their length prefix): types, block, parsed values.
private let metadataVectors: [(source: String, types: [UInt8], block: [UInt8], expected: [UInt16])] = [
    ("server t.tstr", hex("fefefefefefefefefefefefefefefefefefefefefefefefe0f0f0f0f0f0f0f0f"), hex("fe01fe0afe3ffe40fe55fe56fefffe03fe1efebdfec0feffee02defdfe04fe28fefcee00ee54ee58cefcfe01fe0afeffff000001fc000001b004ff000001b80b"), [65025, 65034, 65087, 65088, 65109, 65110, 65279, 65027, 65054, 65213, 65216, 65279, 60930, 57085, 65028, 65064, 65276, 60928, 61012, 61016, 52988, 65025, 65034, 65279, 255, 256, 252, 256, 1200, 255, 256, 3000]),
    ("server t.tenum", hex("fefefefefefefefefefefefefefefe10101010101010101010101010101010100405040405"), hex("f701f701f702f702f801f801f802f802f803f803f804f804f808f808f808010002000700000101010701000201020003070300040104000600070107070700080408040408"), [63233, 63233, 63234, 63234, 63489, 63489, 63490, 63490, 63491, 63491, 63492, 63492, 63496, 63496, 63496, 1, 2, 7, 256, 257, 263, 512, 513, 768, 775, 1024, 1025, 1536, 1792, 1793, 1799, 2048, 4, 8, 4, 4, 8]),
    ("server t.tblob", hex("fcfcfcfcfcfcfcfcfcffffff"), hex("010203040102030404040404"), [1, 2, 3, 4, 1, 2, 3, 4, 4, 4, 4, 4]),
    ("server t.tm", hex("1313131313131312121212121212111111111111110a0d"), hex("000102030405060001020304050600010203040506"), [0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 0]),
    ("server t.tr", hex("03030ff612fc10fe0501"), hex("14000a0203020300f70108"), [0, 0, 20, 2562, 3, 2, 3, 63233, 8, 0]),
    ("server t.dec0", hex("f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6"), hex("01000101020002010202030003010302030304000402040304040500050305040505060006040605060607000705070607070800080608070808090009010907090809090a000a010a020a080a090a0a0b000b010b020b030b090b0a0b0b0c000c020c030c040c0a0c0b0c0c0d000d030d040d050d0b0d0c0d0d0e000e040e050e060e0c0e0d0e0e0f000f050f060f070f0d0f0e0f0f1000100610071008100e100f10101100110711081109110f111011111200120112081209120a1210121112121300130113021309130a130b1311131213131400140114021403140a140b140c1412141314141500150215031504"), [256, 257, 512, 513, 514, 768, 769, 770, 771, 1024, 1026, 1027, 1028, 1280, 1283, 1284, 1285, 1536, 1540, 1541, 1542, 1792, 1797, 1798, 1799, 2048, 2054, 2055, 2056, 2304, 2305, 2311, 2312, 2313, 2560, 2561, 2562, 2568, 2569, 2570, 2816, 2817, 2818, 2819, 2825, 2826, 2827, 3072, 3074, 3075, 3076, 3082, 3083, 3084, 3328, 3331, 3332, 3333, 3339, 3340, 3341, 3584, 3588, 3589, 3590, 3596, 3597, 3598, 3840, 3845, 3846, 3847, 3853, 3854, 3855, 4096, 4102, 4103, 4104, 4110, 4111, 4112, 4352, 4359, 4360, 4361, 4367, 4368, 4369, 4608, 4609, 4616, 4617, 4618, 4624, 4625, 4626, 4864, 4865, 4866, 4873, 4874, 4875, 4881, 4882, 4883, 5120, 5121, 5122, 5123, 5130, 5131, 5132, 5138, 5139, 5140, 5376, 5378, 5379, 5380]),
    ("server t.tt", hex("0a1313131212110d11"), hex("00010600030200"), [0, 0, 1, 6, 0, 3, 2, 0, 0]),
    ("fixture MySqlCdc/mysql-bin.000001", hex("0301020903080405f6fe0f0ff5fc10fefe0d0a121311"), hex("0408410ace20f00a200304020403f701f801030203"), [0, 0, 0, 0, 0, 0, 4, 8, 16650, 52768, 2800, 800, 4, 2, 772, 63233, 63489, 0, 0, 3, 2, 3]),
    ("fixture rust_mysql_common/vector.binlog", hex("08f2fcf2"), hex("040204"), [0, 4, 2, 4]),
    ("fixture rust_mysql_common/mariadb-bin.000001", hex("030ffefc11"), hex("fc03f7010200"), [0, 1020, 63233, 2, 0]),
]
