/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum MySQL and MariaDB append
/// to every binlog event when `binlog_checksum=CRC32`. Slicing-by-8 keeps it far off the hot path.
public enum CRC32 {
    static let tables: [[UInt32]] = {
        var tables = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            tables[0][i] = c
        }
        for i in 0..<256 {
            for t in 1..<8 { tables[t][i] = tables[0][Int(tables[t - 1][i] & 0xFF)] ^ (tables[t - 1][i] >> 8) }
        }
        return tables
    }()

    public static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        let t = self.tables
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i + 8 <= n {
                let lo = crc ^ (UInt32(buffer[i]) | UInt32(buffer[i + 1]) << 8 | UInt32(buffer[i + 2]) << 16 | UInt32(buffer[i + 3]) << 24)
                crc = t[7][Int(lo & 0xFF)] ^ t[6][Int((lo >> 8) & 0xFF)] ^ t[5][Int((lo >> 16) & 0xFF)] ^ t[4][Int(lo >> 24)]
                    ^ t[3][Int(buffer[i + 4])] ^ t[2][Int(buffer[i + 5])] ^ t[1][Int(buffer[i + 6])] ^ t[0][Int(buffer[i + 7])]
                i += 8
            }
            while i < n {
                crc = t[0][Int((crc ^ UInt32(buffer[i])) & 0xFF)] ^ (crc >> 8)
                i += 1
            }
        }
        return crc ^ 0xFFFF_FFFF
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 { self.checksum(bytes[...]) }
}
