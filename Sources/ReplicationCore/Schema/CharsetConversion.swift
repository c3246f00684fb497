/// `ALTER TABLE ... CONVERT TO CHARACTER SET`: every column with a character set (binary
/// strings excepted) takes the new one, and TEXT types grow so they still hold as many
/// characters (latin1 TEXT becomes utf8mb4 MEDIUMTEXT; they never shrink below what the
/// characters need). The binary charset turns them into BINARY/VARBINARY/BLOB.
enum CharsetConversion {
    static func convert(_ column: TrackedColumn, to target: CharsetResolution) -> TrackedColumn {
        guard let charset = column.charset, charset != "binary" else { return column }
        var converted = column
        let oldBytes = CharsetCatalog.maxBytesPerCharacter(charset)
        let newBytes = CharsetCatalog.maxBytesPerCharacter(target.charset)
        switch column.family {
        case .text:
            let characters = TrackedColumn.blobCapacity(column.dataType) / oldBytes
            converted.dataType = TrackedColumn.blobType(forBytes: characters * newBytes, text: target.charset != "binary")
        case .varchar:
            let characters = column.length ?? 0
            if characters * newBytes > 65_535 {
                converted.dataType = TrackedColumn.blobType(forBytes: characters * newBytes, text: target.charset != "binary")
                converted.length = nil
            } else if target.charset == "binary" {
                converted.dataType = "varbinary"
            }
        case .char:
            if target.charset == "binary" { converted.dataType = "binary" }
        default:
            break
        }
        if target.charset == "binary", converted.family != .enumeration, converted.family != .set {
            converted.charset = nil
            converted.collation = nil
        } else {
            converted.charset = target.charset
            converted.collation = target.collation
        }
        converted.columnType = converted.renderedColumnType()
        return converted
    }
}
