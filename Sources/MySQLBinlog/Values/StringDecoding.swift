/// Length-prefixed values: CHAR/BINARY, VARCHAR/VARBINARY, TEXT/BLOB, JSON, GEOMETRY, VECTOR.
/// Each is a little-endian length followed by that many bytes, kept as stored (the table map's
/// collations say how to read text).
enum StringDecoding {
    /// VARCHAR/VAR_STRING: `metadata` is the maximum length in bytes; the prefix is 1 byte when
    /// that is below 256, else 2.
    @inline(__always)
    static func varchar(metadata: UInt16, from cursor: inout BinlogCursor) throws -> [UInt8] {
        let length = try cursor.uintLE(metadata < 256 ? 1 : 2, "the length of a VARCHAR value")
        return try cursor.bytes(Int(length), "a VARCHAR value")
    }

    /// CHAR/BINARY of at most `maxLength` bytes (from `ColumnMetadata.stringLayout`): the
    /// server strips trailing spaces and writes a 1-byte length below 256, else 2 bytes.
    @inline(__always)
    static func char(maxLength: Int, from cursor: inout BinlogCursor) throws -> [UInt8] {
        let length = try cursor.uintLE(maxLength < 256 ? 1 : 2, "the length of a CHAR value")
        return try cursor.bytes(Int(length), "a CHAR value")
    }

    /// BLOB/TEXT, JSON, GEOMETRY, VECTOR: `metadata` is the width of the length (1...4 bytes).
    @inline(__always)
    static func blob(metadata: UInt16, type: UInt8, from cursor: inout BinlogCursor) throws -> [UInt8] {
        guard (1...4).contains(metadata) else {
            throw BinlogDecodeError("\(ColumnTypeCode.name(type)) column has a \(metadata)-byte length (expected 1...4)", offset: cursor.offset)
        }
        let length = try cursor.uintLE(Int(metadata), "the length of a \(ColumnTypeCode.name(type)) value")
        return try cursor.bytes(Int(length), "a \(ColumnTypeCode.name(type)) value")
    }
}
