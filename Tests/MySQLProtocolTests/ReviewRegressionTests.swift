import MySQLProtocol
import NIOCore
import Testing

/// Cases found in review, kept so they stay fixed.
@Suite struct ReviewRegressionTests {
    @Test func ed25519NonceEndingInZeroIsKeptWhole() throws {
        let nonce = Array(repeating: UInt8(7), count: 31) + [0]
        var buffer = ByteBuffer(bytes: [0xFE] + Array("client_ed25519".utf8) + [0] + nonce)
        #expect(try AuthSwitchRequest.decode(from: &buffer).pluginData == nonce)
        // The 20-byte scramble of mysql_native_password arrives with a NUL terminator.
        var native = ByteBuffer(bytes: [0xFE] + Array("mysql_native_password".utf8) + [0] + Array(repeating: 5, count: 20) + [0])
        #expect(try AuthSwitchRequest.decode(from: &native).pluginData == Array(repeating: 5, count: 20))
    }

    @Test func bitColumnsReadAsIntegersAndBooleans() {
        for format in [MySQLData.Format.text, .binary] {
            #expect(MySQLData(type: .bit, format: format, buffer: ByteBuffer(bytes: [1])).bool == true)
            #expect(MySQLData(type: .bit, format: format, buffer: ByteBuffer(bytes: [0])).bool == false)
            #expect(MySQLData(type: .bit, format: format, buffer: ByteBuffer(bytes: [0x01, 0x00])).int64 == 256)
        }
    }

    @Test func binaryDatetimeAtMidnightPrintsItsTime() {
        #expect(MySQLData(time: MySQLTime(year: 2024, month: 1, day: 1), type: .datetime).string == "2024-01-01 00:00:00")
        #expect(MySQLData(time: MySQLTime(year: 2024, month: 1, day: 1), type: .date).string == "2024-01-01")
    }

    @Test func numbersAreOnlyUnquotedWhenTheyAreNumbers() {
        #expect(MySQLLiteral.quote(MySQLData(decimal: "-1.5e10"), noBackslashEscapes: false) == "-1.5e10")
        #expect(MySQLLiteral.quote(MySQLData(decimal: "1; DROP TABLE t"), noBackslashEscapes: false) == "'1; DROP TABLE t'")
        #expect(MySQLLiteral.quote(MySQLData(double: .infinity), noBackslashEscapes: false) == "'inf'")
    }
}
