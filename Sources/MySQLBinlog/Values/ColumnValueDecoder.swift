/// Decodes the column values of row images (WRITE/UPDATE/DELETE_ROWS), given each column's type
/// code and metadata from the table map (`ColumnMetadata.parse` documents the packing).
///
/// Every read is bounds-checked by `BinlogCursor`, so truncated or corrupt input throws
/// `BinlogDecodeError`; nothing traps. Integer and temporal values are decoded without heap
/// allocation; text, blobs and DECIMAL (whose value is text) allocate their result.
public enum ColumnValueDecoder {
    /// Decodes one row image: a NULL bitmap with one bit per *present* column
    /// (`(present count + 7) / 8` bytes), then the values of the present, non-NULL columns.
    /// Returns one entry per column: nil for columns absent from the image (MINIMAL row images),
    /// `.null` for NULLs. `unsigned` may be shorter than `types` (e.g. empty when the log
    /// carries no signedness): missing entries mean signed.
    public static func decodeRow(
        types: [UInt8], metadata: [UInt16], unsigned: [Bool], present: [Bool], from cursor: inout BinlogCursor
    ) throws -> [BinlogValue?] {
        guard metadata.count == types.count, present.count == types.count else {
            throw BinlogDecodeError(
                "row has \(types.count) column types but \(metadata.count) metadata and \(present.count) presence entries", offset: cursor.offset)
        }
        var presentCount = 0
        for isPresent in present where isPresent { presentCount += 1 }
        let bitmap = cursor.offset
        try cursor.skip((presentCount + 7) / 8, "the NULL bitmap of a row")
        var row: [BinlogValue?] = []
        row.reserveCapacity(types.count)
        var bit = 0
        for column in 0..<types.count {
            guard present[column] else {
                row.append(nil)
                continue
            }
            let isNull = cursor.bytes[bitmap + bit >> 3] & (1 << UInt8(truncatingIfNeeded: bit & 7)) != 0
            bit += 1
            if isNull {
                row.append(.null)
                continue
            }
            do {
                row.append(
                    try self.decode(
                        type: types[column], metadata: metadata[column], isUnsigned: column < unsigned.count && unsigned[column], from: &cursor))
            } catch var error as BinlogDecodeError {
                error.message = "column \(column + 1) (\(ColumnTypeCode.name(types[column]))): " + error.message
                throw error
            }
        }
        return row
    }

    /// Decodes the next value of a column of binlog type `type` (the table map's code; for
    /// STRING the real type comes from `metadata`). `isUnsigned` only matters for integers.
    public static func decode(type: UInt8, metadata: UInt16, isUnsigned: Bool, from cursor: inout BinlogCursor) throws -> BinlogValue {
        switch type {
        case ColumnTypeCode.tiny:
            let v = try cursor.u8("a TINY value")
            return isUnsigned ? .uint(UInt64(v)) : .int(Int64(Int8(bitPattern: v)))
        case ColumnTypeCode.short:
            let v = try cursor.u16("a SHORT value")
            return isUnsigned ? .uint(UInt64(v)) : .int(Int64(Int16(bitPattern: v)))
        case ColumnTypeCode.int24:
            let v = try cursor.uintLE(3, "an INT24 value")
            // Sign-extend 24 bits through the top of an Int32.
            return isUnsigned ? .uint(v) : .int(Int64(Int32(truncatingIfNeeded: v << 8) >> 8))
        case ColumnTypeCode.long:
            let v = try cursor.u32("a LONG value")
            return isUnsigned ? .uint(UInt64(v)) : .int(Int64(Int32(bitPattern: v)))
        case ColumnTypeCode.longlong:
            let v = try cursor.u64("a LONGLONG value")
            return isUnsigned ? .uint(v) : .int(Int64(bitPattern: v))
        case ColumnTypeCode.float:
            return .float(Float(bitPattern: try cursor.u32("a FLOAT value")))
        case ColumnTypeCode.double:
            return .double(Double(bitPattern: try cursor.u64("a DOUBLE value")))
        case ColumnTypeCode.newDecimal:
            return .decimal(try DecimalDecoding.decode(precision: Int(metadata >> 8), scale: Int(metadata & 0xFF), from: &cursor))
        case ColumnTypeCode.year:
            return try TemporalDecoding.year(from: &cursor)
        case ColumnTypeCode.date, ColumnTypeCode.newdate:  // NEWDATE is DATE's storage type
            return try TemporalDecoding.date(from: &cursor)
        case ColumnTypeCode.time:
            return try TemporalDecoding.time(from: &cursor)
        case ColumnTypeCode.time2:
            return try TemporalDecoding.time2(fsp: metadata, from: &cursor)
        case ColumnTypeCode.datetime:
            return try TemporalDecoding.datetime(from: &cursor)
        case ColumnTypeCode.datetime2:
            return try TemporalDecoding.datetime2(fsp: metadata, from: &cursor)
        case ColumnTypeCode.timestamp:
            return try TemporalDecoding.timestamp(from: &cursor)
        case ColumnTypeCode.timestamp2:
            return try TemporalDecoding.timestamp2(fsp: metadata, from: &cursor)
        case ColumnTypeCode.varchar, ColumnTypeCode.varString:
            return .bytes(try StringDecoding.varchar(metadata: metadata, from: &cursor))
        case ColumnTypeCode.string:
            let layout = ColumnMetadata.stringLayout(metadata: metadata)
            switch layout.realType {
            case ColumnTypeCode.string:
                return .bytes(try StringDecoding.char(maxLength: layout.length, from: &cursor))
            case ColumnTypeCode.enum:
                return try self.enumIndex(width: layout.length, from: &cursor)
            case ColumnTypeCode.set:
                return try self.setBits(width: layout.length, from: &cursor)
            default:
                throw BinlogDecodeError("STRING column has unknown real \(ColumnTypeCode.name(layout.realType))", offset: cursor.offset)
            }
        case ColumnTypeCode.enum:
            return try self.enumIndex(width: Int(metadata & 0xFF), from: &cursor)
        case ColumnTypeCode.set:
            return try self.setBits(width: Int(metadata & 0xFF), from: &cursor)
        case ColumnTypeCode.tinyBlob, ColumnTypeCode.mediumBlob, ColumnTypeCode.longBlob, ColumnTypeCode.blob, ColumnTypeCode.vector:
            return .bytes(try StringDecoding.blob(metadata: metadata, type: type, from: &cursor))
        case ColumnTypeCode.geometry:
            return .geometry(try StringDecoding.blob(metadata: metadata, type: type, from: &cursor))
        case ColumnTypeCode.json:
            // MySQL's binary JSON; MariaDB logs its JSON columns as BLOB (text) instead.
            let binary = try StringDecoding.blob(metadata: metadata, type: type, from: &cursor)
            do {
                return .json(try BinaryJSON.text(from: binary))
            } catch var error as BinlogDecodeError {
                // Offsets within the document become offsets within the event.
                error.message = "JSON value: " + error.message
                error.offset += cursor.offset - binary.count
                throw error
            }
        case ColumnTypeCode.bit:
            // High byte: whole bytes; low byte: bits in the leading partial byte.
            let partialBits = metadata & 0xFF
            let width = Int(metadata >> 8) + (partialBits == 0 ? 0 : 1)
            guard partialBits < 8, width <= 8 else {
                throw BinlogDecodeError("BIT column metadata 0x\(String(metadata, radix: 16)) describes more than 64 bits", offset: cursor.offset)
            }
            return .bit(try cursor.uintBE(width, "a BIT value"))
        case ColumnTypeCode.varcharCompressed:
            return .bytes(try CompressedColumn.inflate(try StringDecoding.varchar(metadata: metadata, from: &cursor), at: cursor.offset))
        case ColumnTypeCode.blobCompressed:
            return .bytes(try CompressedColumn.inflate(try StringDecoding.blob(metadata: metadata, type: type, from: &cursor), at: cursor.offset))
        default:
            throw BinlogDecodeError("cannot decode a value of column \(ColumnTypeCode.name(type))", offset: cursor.offset)
        }
    }

    /// ENUM: the 1-based member index, little-endian in 1 byte (up to 255 members) or 2.
    @inline(__always)
    private static func enumIndex(width: Int, from cursor: inout BinlogCursor) throws -> BinlogValue {
        guard width == 1 || width == 2 else {
            throw BinlogDecodeError("ENUM column has a \(width)-byte value (expected 1 or 2)", offset: cursor.offset)
        }
        return .enumIndex(UInt16(try cursor.uintLE(width, "an ENUM value")))
    }

    /// SET: the member bitmap, little-endian in `(members + 7) / 8` bytes (5...8 become 8).
    @inline(__always)
    private static func setBits(width: Int, from cursor: inout BinlogCursor) throws -> BinlogValue {
        guard (1...8).contains(width) else {
            throw BinlogDecodeError("SET column has a \(width)-byte value (expected 1...8)", offset: cursor.offset)
        }
        return .setBits(try cursor.uintLE(width, "a SET value"))
    }
}
