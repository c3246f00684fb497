import CZstd

/// TRANSACTION_PAYLOAD_EVENT (MySQL 8.0.20+, `binlog_transaction_compression=ON`): a whole
/// transaction's events, compressed together.
///
///     fields: int<lenenc> type, int<lenenc> length, value (an int<lenenc>) — until type 0;
///       1 = compressed size, 2 = compression type (0 zstd, 255 none), 3 = uncompressed size
///     then the payload: the inner events, each a whole event without a checksum
struct TransactionPayload {
    var compression: UInt64
    var uncompressedSize: Int?
    var payload: ArraySlice<UInt8>

    /// Refuses absurd sizes from corrupt fields before allocating.
    static let maxUncompressed = 1 << 30

    init(body: inout BinlogCursor) throws {
        var payloadSize: Int?
        var compression: UInt64 = 0
        var uncompressed: Int?
        fields: while true {
            let type = try body.lenenc("payload field type")
            if type == 0 { break fields }
            var field = try body.sub(try body.lenencInt("payload field length"), "payload field \(type)")
            switch type {
            case 1: payloadSize = try field.lenencInt("payload size")
            case 2: compression = try field.lenenc("compression type")
            case 3: uncompressed = try field.lenencInt("uncompressed size")
            default: continue  // newer fields carry their length: skip them
            }
        }
        self.compression = compression
        self.uncompressedSize = uncompressed
        self.payload = try body.slice(payloadSize ?? body.remaining, "compressed payload")
    }

    /// The inner events' bytes, one after the other.
    func decompressed() throws -> [UInt8] {
        switch self.compression {
        case 255: return Array(self.payload)
        case 0: break
        default: throw BinlogDecodeError("unknown transaction compression type \(self.compression)", offset: 0)
        }
        let size = self.uncompressedSize ?? self.payload.withUnsafeBytes { Int(clamping: ZSTD_getFrameContentSize($0.baseAddress, $0.count)) }
        guard size >= 0, size <= Self.maxUncompressed else {
            throw BinlogDecodeError("transaction payload claims \(size) bytes uncompressed", offset: 0)
        }
        var output = [UInt8](repeating: 0, count: size)
        let result = self.payload.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { destination in
                ZSTD_decompress(destination.baseAddress, destination.count, source.baseAddress, source.count)
            }
        }
        guard ZSTD_isError(result) == 0, result == size else {
            let reason = ZSTD_isError(result) != 0 ? String(cString: ZSTD_getErrorName(result)) : "\(result) of \(size) bytes"
            throw BinlogDecodeError("zstd could not decompress the transaction payload: \(reason)", offset: 0)
        }
        return output
    }
}
