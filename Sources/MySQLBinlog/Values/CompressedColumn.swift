import CZlib

/// MariaDB's COMPRESSED columns (`TEXT COMPRESSED`, `VARCHAR(n) COMPRESSED`), logged as types
/// 140/141. The stored value is
///
///     int<1> header: 0 = the data follows uncompressed; else 0x80 | n (+ 8 for raw deflate),
///            n = width of the original length
///     int<n> original length, big-endian
///     deflate data (zlib-wrapped, or raw when the header has bit 3: column_compression_zlib_wrap=OFF)
enum CompressedColumn {
    static let maxLength = 1 << 30

    static func inflate(_ stored: [UInt8], at offset: Int) throws -> [UInt8] {
        guard let header = stored.first else { return [] }
        if header == 0 { return Array(stored.dropFirst()) }
        let lengthBytes = Int(header & 0x07)
        guard header & 0x80 != 0, (1...4).contains(lengthBytes), stored.count > lengthBytes else {
            throw BinlogDecodeError("bad COMPRESSED column header 0x\(String(header, radix: 16))", offset: offset)
        }
        var length = 0
        for i in 1...lengthBytes { length = length << 8 | Int(stored[i]) }
        guard length <= self.maxLength else { throw BinlogDecodeError("COMPRESSED column claims \(length) bytes", offset: offset) }
        var output = [UInt8](repeating: 0, count: length)
        var stream = z_stream()
        let windowBits: Int32 = header & 0x08 != 0 ? -MAX_WBITS : MAX_WBITS
        guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw BinlogDecodeError("zlib could not start inflating a COMPRESSED column", offset: offset)
        }
        defer { inflateEnd(&stream) }
        var input = Array(stored.dropFirst(1 + lengthBytes))
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { destination in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.baseAddress
                stream.avail_out = uInt(destination.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == length else {
            throw BinlogDecodeError("zlib could not inflate a COMPRESSED column (status \(status), \(stream.total_out) of \(length) bytes)", offset: offset)
        }
        return output
    }
}
