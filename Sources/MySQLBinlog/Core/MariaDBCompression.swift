import CZlib

/// MariaDB's compressed events (`log_bin_compress=ON`): QUERY_COMPRESSED and the
/// *_ROWS_COMPRESSED events hold their statement or row data as
///
///     int<1> header: 0x80 | n, where n (1..4) is the width of the length that follows
///     int<n> uncompressed length, big-endian
///     bytes  zlib stream
enum MariaDBCompression {
    /// Refuses absurd lengths from corrupt headers before allocating.
    static let maxUncompressed = 1 << 30

    static func decompress(_ bytes: ArraySlice<UInt8>, what: String) throws -> [UInt8] {
        guard let header = bytes.first else { throw BinlogDecodeError("empty compressed data in \(what)", offset: 0) }
        let lengthBytes = Int(header & 0x07)
        guard header & 0x80 != 0, (1...4).contains(lengthBytes), bytes.count > lengthBytes else {
            throw BinlogDecodeError("bad compression header 0x\(String(header, radix: 16)) in \(what)", offset: 0)
        }
        var length = 0
        for i in 1...lengthBytes { length = length << 8 | Int(bytes[bytes.startIndex + i]) }
        guard length <= self.maxUncompressed else {
            throw BinlogDecodeError("compressed \(what) claims \(length) bytes uncompressed", offset: 1)
        }
        if length == 0 { return [] }
        var output = [UInt8](repeating: 0, count: length)
        let input = bytes.dropFirst(1 + lengthBytes)
        var outputLength = uLongf(length)
        let status = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { destination in
                uncompress(destination.baseAddress, &outputLength, source.baseAddress, uLong(source.count))
            }
        }
        guard status == Z_OK, Int(outputLength) == length else {
            throw BinlogDecodeError("zlib could not inflate \(what) (status \(status), \(outputLength) of \(length) bytes)", offset: 1 + lengthBytes)
        }
        return output
    }
}
