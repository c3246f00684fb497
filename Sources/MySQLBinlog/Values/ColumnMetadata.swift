/// The per-column metadata block of TABLE_MAP_EVENT, one `UInt16` per column.
///
/// The packing follows the servers' own `table_def` (so values match what MySQL and MariaDB
/// print and what other decoders call "meta"):
///
/// | column type | bytes in the block | packed `UInt16` |
/// | --- | --- | --- |
/// | FLOAT, DOUBLE | 1 | pack length (4 or 8) |
/// | TIMESTAMP2, DATETIME2, TIME2 | 1 | fractional-second precision 0...6 |
/// | TINY/MEDIUM/LONG_BLOB, BLOB, GEOMETRY, JSON, VECTOR, BLOB_COMPRESSED | 1 | length-prefix width 1...4 |
/// | VARCHAR, VAR_STRING, VARCHAR_COMPRESSED | 2, little-endian | maximum length in bytes (+1 for the compression header) |
/// | BIT | 2: bits in the partial byte, then whole bytes | `bytes << 8 \| bits` (so BIT(n): n / 8 << 8 \| n % 8) |
/// | NEWDECIMAL | 2: precision, then scale | `precision << 8 \| scale` |
/// | STRING, ENUM, SET | 2: real type, then length | `realType << 8 \| length` (CHAR lengths > 255 fold two bits into the real type; see `stringLayout`) |
/// | all others | 0 | 0 |
public enum ColumnMetadata {
    /// Reads the metadata of every column in `types` from `metadata` (which the caller usually
    /// limits to the block with `BinlogCursor.sub`). Unknown type codes throw: their width is
    /// unknown, so nothing after them could be read.
    public static func parse(types: [UInt8], metadata: inout BinlogCursor) throws -> [UInt16] {
        var result: [UInt16] = []
        result.reserveCapacity(types.count)
        for type in types {
            switch type {
            case 0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14:
                result.append(0)
            case 4, 5, 17, 18, 19, 140, 242, 245, 249, 250, 251, 252, 255:
                result.append(UInt16(try metadata.u8("metadata of a \(ColumnTypeCode.name(type)) column")))
            case 15, 16, 141, 253:  // little-endian (BIT's bit count comes first, so it lands low)
                result.append(try metadata.u16("metadata of a \(ColumnTypeCode.name(type)) column"))
            case 246, 247, 248, 254:  // first byte high: precision or real type
                result.append(UInt16(try metadata.uintBE(2, "metadata of a \(ColumnTypeCode.name(type)) column")))
            default:
                throw BinlogDecodeError(
                    "table map has a column of unknown \(ColumnTypeCode.name(type)), whose metadata width is unknown", offset: metadata.offset)
            }
        }
        return result
    }

    /// The type a STRING column really has (STRING for CHAR/BINARY, ENUM or SET); other types
    /// are returned unchanged.
    public static func realType(type: UInt8, metadata: UInt16) -> UInt8 {
        type == ColumnTypeCode.string ? self.stringLayout(metadata: metadata).realType : type
    }

    /// Real type and length of a STRING column, as MySQL's `log_event_print_value` derives them.
    /// CHAR(n) can need up to 1020 bytes (utf8mb4), which does not fit the length byte, so the
    /// server stores bits 8-9 of the length inverted in bits 4-5 of the real-type byte (real
    /// types STRING, ENUM and SET all have those bits set). For CHAR/BINARY `length` is the
    /// maximum byte length; for ENUM/SET it is the value's width in bytes. Metadata below 256
    /// (pre-5.1 logs) is a plain length.
    public static func stringLayout(metadata: UInt16) -> (realType: UInt8, length: Int) {
        let high = UInt8(truncatingIfNeeded: metadata >> 8)
        guard metadata >= 256 else { return (ColumnTypeCode.string, Int(metadata)) }
        if high & 0x30 != 0x30 {
            return (high | 0x30, Int(((metadata >> 4) & 0x300) ^ 0x300) + Int(metadata & 0xFF))
        }
        return (high, Int(metadata & 0xFF))
    }
}
