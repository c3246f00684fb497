import MySQLProtocol
import NIOCore
import ReplicationCore

/// Turns text-protocol rows (values as stored, read with `character_set_results = binary`)
/// into the byte format of `LOAD DATA ... CHARACTER SET binary FIELDS TERMINATED BY '\t'
/// ESCAPED BY '\\' LINES TERMINATED BY '\n'`, copying each value's bytes without decoding it.
struct LoadDataEncoder: Sendable {
    /// The column a column mapping rewrites, by position, with its mapping.
    var mapping: (index: Int, mapping: ColumnMapping, isInteger: Bool)?
    /// ENUM columns by position: an empty value there is the ENUM error value, which loads
    /// with a "Data truncated" warning the loader must expect.
    var enumColumns: Set<Int> = []

    static let statementTail = "CHARACTER SET binary FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"

    /// Appends one row; `payload` is the row packet of a text result set with `columnCount`
    /// columns. Returns how many ENUM error values (empty strings) the row holds.
    @discardableResult
    func append(row payload: ByteBuffer, columnCount: Int, to out: inout ByteBuffer) throws -> Int {
        var enumErrorValues = 0
        var buffer = payload
        for index in 0..<columnCount {
            if index > 0 { out.writeInteger(UInt8(ascii: "\t")) }
            if buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) == 0xFB {
                buffer.moveReaderIndex(forwardBy: 1)
                out.writeInteger(UInt8(ascii: "\\"))
                out.writeInteger(UInt8(ascii: "N"))
                continue
            }
            guard let value = buffer.readMySQLLengthEncodedSlice() else {
                throw MigrationError("source row packet ends before column \(index + 1)")
            }
            if value.readableBytes == 0, self.enumColumns.contains(index) { enumErrorValues += 1 }
            if let mapping = self.mapping, mapping.index == index {
                Self.escape(ByteBuffer(bytes: try Self.map(value, with: mapping.mapping, isInteger: mapping.isInteger)), into: &out)
            } else {
                Self.escape(value, into: &out)
            }
        }
        out.writeInteger(UInt8(ascii: "\n"))
        return enumErrorValues
    }

    /// Copies runs of plain bytes at once; only `\\`, tab, newline and NUL are escaped.
    static func escape(_ value: ByteBuffer, into out: inout ByteBuffer) {
        value.withUnsafeReadableBytes { raw in
            var start = 0
            for i in 0..<raw.count {
                let replacement: UInt8
                switch raw[i] {
                case 0x5C: replacement = 0x5C
                case 0x09: replacement = UInt8(ascii: "t")
                case 0x0A: replacement = UInt8(ascii: "n")
                case 0x00: replacement = UInt8(ascii: "0")
                default: continue
                }
                out.writeBytes(UnsafeRawBufferPointer(rebasing: raw[start..<i]))
                out.writeInteger(UInt8(0x5C))
                out.writeInteger(replacement)
                start = i + 1
            }
            out.writeBytes(UnsafeRawBufferPointer(rebasing: raw[start...]))
        }
    }

    private static func map(_ value: ByteBuffer, with mapping: ColumnMapping, isInteger: Bool) throws -> [UInt8] {
        let bytes = Array(value.readableBytesView)
        guard isInteger else { return try mapping.apply(to: bytes) }
        let text = String(decoding: bytes, as: UTF8.self)
        if let signed = Int64(text) { return Array(String(try mapping.apply(to: signed)).utf8) }
        if let unsigned = UInt64(text) { return Array(String(try mapping.apply(to: unsigned)).utf8) }
        throw MigrationError("column mapping \(mapping.rule): value '\(text)' of \(mapping.table).\(mapping.targetColumn) is not an integer")
    }
}
