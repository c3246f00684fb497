import Testing

@testable import MySQLBinlog

/// Event-level cases no server here produces: built from the documented v4 layout.
@Suite struct DecoderEdgeTests {
    /// A v4 event: 19-byte header (timestamp, type, server id, size, log_pos, flags) + body.
    static func event(type: UInt8, body: [UInt8], logPosition: UInt32 = 1000) -> [UInt8] {
        let size = UInt32(19 + body.count)
        var bytes: [UInt8] = [1, 0, 0, 0, type, 7, 0, 0, 0]
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: size >> UInt32(shift))) }
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: logPosition >> UInt32(shift))) }
        return bytes + [0, 0] + body
    }

    @Test func unknownEventTypesAreSkippedByTheirLength() throws {
        var decoder = BinlogDecoder()
        let event = try decoder.decode(Self.event(type: 200, body: [1, 2, 3, 4, 5]))
        #expect(event.body == .unknown)
        #expect(event.header.eventSize == 24)
    }

    @Test func encryptedBinlogsAreAClearError() {
        var decoder = BinlogDecoder()
        #expect {
            try decoder.decode(Self.event(type: 164, body: [1, 0, 0, 0, 0] + Array(repeating: 0, count: 12)), position: 256)
        } throws: { error in
            let text = "\(error)"
            return text.contains("encrypted") && text.contains("256")
        }
    }

    @Test func checksumMismatchNamesThePosition() throws {
        var decoder = BinlogDecoder(checksum: .crc32)
        var bytes = Self.event(type: 16, body: [42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        let crc = CRC32.checksum(bytes[0..<bytes.count - 4])
        for i in 0..<4 { bytes[bytes.count - 4 + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
        #expect(try decoder.decode(bytes).body == .xid(42))
        bytes[20] ^= 0xFF
        #expect {
            try decoder.decode(bytes, position: 4096)
        } throws: { error in
            "\(error)".contains("checksum mismatch") && "\(error)".contains("4096")
        }
    }

    @Test func crc32KnownValue() {
        // The standard check value of CRC-32/ISO-HDLC.
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }
}
