import MySQLProtocol
import NIOCore
import Testing

@Suite struct ValueTests {
    private func binary(_ type: MySQLColumnType, unsigned: Bool = false, _ bytes: [UInt8]) -> MySQLData {
        MySQLData(type: type, isUnsigned: unsigned, format: .binary, buffer: ByteBuffer(bytes: bytes))
    }

    private func text(_ type: MySQLColumnType, unsigned: Bool = false, _ string: String) -> MySQLData {
        MySQLData(type: type, isUnsigned: unsigned, format: .text, buffer: ByteBuffer(string: string))
    }

    @Test func binaryIntegersRespectSignedness() {
        #expect(binary(.tiny, [0xFF]).int64 == -1)
        #expect(binary(.tiny, unsigned: true, [0xFF]).int64 == 255)
        #expect(binary(.short, [0x00, 0x80]).int64 == -32768)
        #expect(binary(.long, unsigned: true, [0xFF, 0xFF, 0xFF, 0xFF]).uint64 == 4_294_967_295)
        #expect(binary(.longlong, unsigned: true, Array(repeating: 0xFF, count: 8)).uint64 == UInt64.max)
        #expect(binary(.longlong, unsigned: true, Array(repeating: 0xFF, count: 8)).int64 == nil, "does not fit Int64")
        #expect(binary(.longlong, Array(repeating: 0xFF, count: 8)).int64 == -1)
        #expect(binary(.longlong, Array(repeating: 0xFF, count: 8)).string == "-1")
    }

    @Test func textIntegers() {
        #expect(text(.longlong, "-9223372036854775808").int64 == Int64.min)
        #expect(text(.longlong, unsigned: true, "18446744073709551615").uint64 == UInt64.max)
        #expect(text(.longlong, "18446744073709551615").int64 == nil)
        #expect(text(.long, "12a").int64 == nil)
        #expect(text(.newdecimal, "-123.4500").decimalString == "-123.4500")
        #expect(text(.double, "1.5e300").double == 1.5e300)
    }

    @Test func floatingPointBinary() {
        #expect(MySQLData(double: 3.25).double == 3.25)
        #expect(MySQLData(float: -1.5).float == -1.5)
        #expect(MySQLData(float: -1.5).double == -1.5)
    }

    @Test func bitIsBigEndian() {
        #expect(binary(.bit, [0x01, 0x02]).uint64 == 0x0102)
        #expect(text(.bit, "\u{05}").uint64 == 5)
    }

    static let times: [(String, MySQLTime)] = [
        ("2024-02-29", MySQLTime(year: 2024, month: 2, day: 29)),
        ("2024-02-29 13:14:15", MySQLTime(year: 2024, month: 2, day: 29, hour: 13, minute: 14, second: 15)),
        ("2024-02-29 13:14:15.000120", MySQLTime(year: 2024, month: 2, day: 29, hour: 13, minute: 14, second: 15, microsecond: 120)),
        ("0000-00-00 00:00:00", MySQLTime()),
        ("-838:59:59", MySQLTime(hour: 838, minute: 59, second: 59, isNegative: true)),
        ("12:00:00.5", MySQLTime(hour: 12, microsecond: 500_000)),
    ]

    @Test(arguments: Self.times)
    func timeParsing(text: String, expected: MySQLTime) {
        #expect(MySQLTime(text: text) == expected)
    }

    @Test func invalidTimesAreRejected() {
        #expect(MySQLTime(text: "2024-13-01") == nil)
        #expect(MySQLTime(text: "12:61:00") == nil)
        #expect(MySQLTime(text: "garbage") == nil)
    }

    @Test func binaryTemporalRoundTrip() throws {
        let values: [(MySQLTime, MySQLColumnType, Int)] = [
            (MySQLTime(), .datetime, 0),
            (MySQLTime(year: 2024, month: 1, day: 2), .date, 4),
            (MySQLTime(year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5), .datetime, 7),
            (MySQLTime(year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5, microsecond: 6), .datetime, 11),
            (MySQLTime(hour: 838, minute: 59, second: 59, isNegative: true), .time, 8),
            (MySQLTime(hour: 1, microsecond: 999_999), .time, 12),
        ]
        for (time, type, length) in values {
            let data = MySQLData(time: time, type: type)
            #expect(data.buffer?.readableBytes == length)
            #expect(data.time == time)
        }
        #expect(MySQLData(time: MySQLTime(hour: 838, minute: 59, second: 59, isNegative: true), type: .time).string == "-838:59:59")
        #expect(MySQLData(time: MySQLTime(year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5, microsecond: 6)).string == "2024-01-02 03:04:05.000006")
    }

    @Test func rowDecodingTextAndBinary() throws {
        let columns = MySQLColumns([
            ColumnDefinition41(name: "id", characterSet: 63, type: .longlong, flags: .unsigned),
            ColumnDefinition41(name: "name", characterSet: 45, type: .varString),
            ColumnDefinition41(name: "at", characterSet: 63, type: .datetime),
        ])
        var textPayload = ByteBuffer()
        textPayload.writeMySQLLengthEncodedString("42")
        textPayload.writeInteger(UInt8(0xFB))
        textPayload.writeMySQLLengthEncodedString("2020-01-01 00:00:01")
        let textRow = MySQLRow(columns: columns, format: .text, payload: textPayload)
        #expect(try textRow["id"].uint64 == 42)
        #expect(try textRow["name"].isNull)
        #expect(try textRow[2].time == MySQLTime(year: 2020, month: 1, day: 1, second: 1))

        var binaryPayload = ByteBuffer(bytes: [0x00, 0b0000_1000])  // header, NULL bitmap: column 1 (bit 3)
        binaryPayload.writeInteger(UInt64(42), endianness: .little)
        binaryPayload.writeBytes([7, 0xE4, 0x07, 1, 1, 0, 0, 1])
        let binaryRow = MySQLRow(columns: columns, format: .binary, payload: binaryPayload)
        let values = try binaryRow.values
        #expect(values[0].uint64 == 42)
        #expect(values[1].isNull)
        #expect(values[2].time == MySQLTime(year: 2020, month: 1, day: 1, second: 1))

        let truncated = MySQLRow(columns: columns, format: .text, payload: ByteBuffer(bytes: [2, 0x34]))
        #expect(throws: MySQLProtocolError.self) { _ = try truncated.values }
    }

    @Test func quotingBothModes() {
        let nasty = "a'b\"c\\d\n\r\u{0}\u{1A}é"
        #expect(MySQLLiteral.quoteString(nasty, noBackslashEscapes: false) == "'a\\'b\\\"c\\\\d\\n\\r\\0\\Zé'")
        #expect(MySQLLiteral.quoteString(nasty, noBackslashEscapes: true) == "'a''b\"c\\d\n\r\u{0}\u{1A}é'")
        #expect(MySQLLiteral.quoteIdentifier("we`ird") == "`we``ird`")
        #expect(MySQLLiteral.quoteBytes([0x00, 0xFF, 0x27]) == "X'00ff27'")
        #expect(MySQLLiteral.quoteBytes([UInt8]()) == "''")
        #expect(MySQLLiteral.quote(.null, noBackslashEscapes: false) == "NULL")
        #expect(MySQLLiteral.quote(MySQLData(int: -5), noBackslashEscapes: false) == "-5")
    }
}
