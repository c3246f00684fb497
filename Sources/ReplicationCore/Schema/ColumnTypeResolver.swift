import SQLSyntax

/// Turns a type as written (`INTEGER UNSIGNED`, `NATIONAL VARCHAR(5)`, `TEXT(100)`, `SERIAL`)
/// into the server's normalised type: DATA_TYPE, lengths, charset and collation.
struct ColumnTypeResolver {
    var table: TableName
    /// The table's default charset and collation, inherited by string columns.
    var tableDefaults: CharsetResolution

    /// The resolved type; `isSerial` asks the caller for SERIAL's `NOT NULL AUTO_INCREMENT UNIQUE`.
    struct Resolved {
        var column: TrackedColumn
        var isSerial = false
    }

    /// - Parameters:
    ///   - charset/collation: CHARACTER SET and COLLATE written in the type or as attributes.
    func resolve(
        _ type: SQLDataType, column name: String, charset: String?, collation: String?
    ) throws(SchemaTrackerError) -> Resolved {
        var written = type.name.uppercased().split(separator: " ").joined(separator: " ")
        var national = type.national
        if Self.nationalForms.contains(written) {
            national = true
            written = written.contains("VAR") ? "VARCHAR" : "CHAR"
        }
        guard let base = Self.baseTypes[written] else {
            throw SchemaTrackerError(.unsupported, nil, "Unknown type \(type.name) of column '\(name)' in \(self.table)")
        }
        let numbers = try type.length.map { (text) throws(SchemaTrackerError) -> Int in
            guard let value = Int(text) else {
                throw SchemaTrackerError(.unsupported, nil, "Length '\(text)' of column '\(name)' in \(self.table) is not a number")
            }
            return value
        }
        var column = TrackedColumn(name: name, dataType: base, columnType: "")
        column.isZerofill = type.zerofill
        column.isUnsigned = type.unsigned || type.zerofill
        var resolved = Resolved(column: column)
        switch base {
        case "bool":
            resolved.column.dataType = "tinyint"
            resolved.column.length = numbers.first ?? 1
        case "serial":
            resolved.column.dataType = "bigint"
            resolved.column.length = 20
            resolved.column.isUnsigned = true
            resolved.isSerial = true
        case "tinyint", "smallint", "mediumint", "int", "bigint":
            resolved.column.length = numbers.first ?? Self.displayWidth(base, unsigned: resolved.column.isUnsigned)
        case "decimal":
            let precision = numbers.first ?? 10
            let scale = numbers.count > 1 ? numbers[1] : 0
            guard precision <= 65, scale <= 38, scale <= precision else {
                throw SchemaTrackerError(
                    .columnTooLong, 1426, "Too big precision or scale for column '\(name)' in \(self.table)")
            }
            resolved.column.length = precision
            resolved.column.scale = scale
        case "float", "double":
            if numbers.count == 2 {
                resolved.column.length = numbers[0]
                resolved.column.scale = numbers[1]
            } else if base == "float", let precision = numbers.first {
                // FLOAT(p): single precision up to 24 bits, double up to 53.
                guard precision <= 53 else {
                    throw SchemaTrackerError(.columnTooLong, 1063, "Incorrect column specifier for column '\(name)' in \(self.table)")
                }
                if precision > 24 { resolved.column.dataType = "double" }
            }
        case "bit":
            let bits = numbers.first ?? 1
            guard bits <= 64 else {
                throw SchemaTrackerError(.columnTooLong, 1439, "Display width out of range for column '\(name)' in \(self.table) (max = 64)")
            }
            resolved.column.length = max(bits, 1)
        case "time", "datetime", "timestamp":
            let precision = numbers.first ?? 0
            guard precision <= 6 else {
                throw SchemaTrackerError(.columnTooLong, 1426, "Too big precision \(precision) specified for '\(name)' in \(self.table)")
            }
            resolved.column.scale = precision
        case "year":
            resolved.column.length = numbers.first == 2 ? 2 : 4
        case "json":
            resolved.column.dataType = "longtext"
            resolved.column.charset = "utf8mb4"
            resolved.column.collation = "utf8mb4_bin"
        case "char", "varchar", "binary", "varbinary", "text", "blob", "tinytext", "mediumtext", "longtext",
            "tinyblob", "mediumblob", "longblob", "enum", "set":
            try self.resolveString(&resolved.column, numbers: numbers, type: type, national: national, charset: charset, collation: collation)
        default:
            break
        }
        resolved.column.columnType = resolved.column.renderedColumnType()
        return resolved
    }

    /// Lengths, members and charset of the string types; the binary charset turns
    /// CHAR/VARCHAR/TEXT into BINARY/VARBINARY/BLOB.
    private func resolveString(
        _ column: inout TrackedColumn, numbers: [Int], type: SQLDataType, national: Bool, charset: String?,
        collation: String?
    ) throws(SchemaTrackerError) {
        let isBinaryType = ["binary", "varbinary", "blob", "tinyblob", "mediumblob", "longblob"].contains(column.dataType)
        var resolution: CharsetResolution?
        if !isBinaryType {
            let owner = "column '\(column.name)' in \(self.table)"
            let resolved = try CharsetResolution.resolve(
                charset: national && charset == nil ? "utf8mb3" : charset, collation: collation, binary: type.binary,
                inherited: self.tableDefaults, owner: owner)
            resolution = resolved
            if resolved.charset == "binary", column.dataType != "enum", column.dataType != "set" {
                column.dataType = ["char": "binary", "varchar": "varbinary"][column.dataType]
                    ?? column.dataType.replacing("text", with: "blob")
                resolution = nil
            }
        }
        let bytesPerCharacter = resolution.map { CharsetCatalog.maxBytesPerCharacter($0.charset) } ?? 1
        switch column.dataType {
        case "char", "binary":
            let length = numbers.first ?? 1
            guard length <= 255 else {
                throw SchemaTrackerError(
                    .columnTooLong, 1074, "Column length too big for column '\(column.name)' in \(self.table) (max = 255)")
            }
            column.length = length
        case "varchar", "varbinary":
            let length = numbers.first ?? 1
            if length * bytesPerCharacter > 65_535 {
                // What a non-strict server does (a strict one refuses: error 1074).
                column.dataType = TrackedColumn.blobType(forBytes: length * bytesPerCharacter, text: column.dataType == "varchar")
            } else {
                column.length = length
            }
        case "text", "blob":
            if let length = numbers.first {
                column.dataType = TrackedColumn.blobType(forBytes: length * bytesPerCharacter, text: column.dataType == "text")
            }
        case "enum", "set":
            column.values = try self.members(type.values, column: column.name, collation: resolution?.collation)
        default:
            break
        }
        column.charset = resolution?.charset ?? (["enum", "set"].contains(column.dataType) ? "binary" : nil)
        column.collation = resolution?.collation ?? (["enum", "set"].contains(column.dataType) ? "binary" : nil)
    }

    /// ENUM/SET members lose trailing spaces; duplicates (ignoring case unless binary) are refused.
    private func members(_ values: [String], column: String, collation: String?) throws(SchemaTrackerError) -> [String] {
        let members = values.map { value in
            var trimmed = Substring(value)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }
        let caseSensitive = collation.map { $0.hasSuffix("_bin") || $0 == "binary" || $0.hasSuffix("_cs") } ?? true
        var seen: Set<String> = []
        for member in members where !seen.insert(caseSensitive ? member : member.lowercased()).inserted {
            throw SchemaTrackerError(
                .unsupported, 1291, "Column '\(column)' in \(self.table) has duplicated value '\(member)' in ENUM/SET")
        }
        return members
    }

    /// Display widths the server prints when none is written.
    static func displayWidth(_ type: String, unsigned: Bool) -> Int {
        switch type {
        case "tinyint": unsigned ? 3 : 4
        case "smallint": unsigned ? 5 : 6
        case "mediumint": unsigned ? 8 : 9
        case "int": unsigned ? 10 : 11
        default: 20
        }
    }

    /// Spellings with NATIONAL/NCHAR that mean a utf8mb3 CHAR or VARCHAR.
    private static let nationalForms: Set<String> = [
        "NATIONAL CHAR", "NATIONAL CHARACTER", "NATIONAL VARCHAR", "NATIONAL CHAR VARYING",
        "NATIONAL CHARACTER VARYING", "NCHAR", "NVARCHAR", "NCHAR VARCHAR", "NCHAR VARYING",
    ]

    /// Every spelling the grammar accepts, mapped to DATA_TYPE (`bool`/`serial`/`json` resolved later).
    private static let baseTypes: [String: String] = [
        "TINYINT": "tinyint", "INT1": "tinyint", "BOOL": "bool", "BOOLEAN": "bool",
        "SMALLINT": "smallint", "INT2": "smallint",
        "MEDIUMINT": "mediumint", "INT3": "mediumint", "MIDDLEINT": "mediumint",
        "INT": "int", "INTEGER": "int", "INT4": "int",
        "BIGINT": "bigint", "INT8": "bigint", "SERIAL": "serial",
        "DECIMAL": "decimal", "DEC": "decimal", "NUMERIC": "decimal", "FIXED": "decimal",
        "FLOAT": "float", "FLOAT4": "float",
        "DOUBLE": "double", "DOUBLE PRECISION": "double", "REAL": "double", "FLOAT8": "double",
        "BIT": "bit",
        "CHAR": "char", "CHARACTER": "char", "CHAR BYTE": "binary",
        "VARCHAR": "varchar", "CHARACTER VARYING": "varchar", "CHAR VARYING": "varchar", "VARCHARACTER": "varchar",
        "VARCHAR2": "varchar", "VARYING": "varchar",
        "BINARY": "binary", "VARBINARY": "varbinary",
        "TINYTEXT": "tinytext", "TEXT": "text", "MEDIUMTEXT": "mediumtext", "LONGTEXT": "longtext",
        "LONG": "mediumtext", "LONG VARCHAR": "mediumtext", "LONG CHAR VARYING": "mediumtext",
        "LONG CHARACTER VARYING": "mediumtext",
        "TINYBLOB": "tinyblob", "BLOB": "blob", "MEDIUMBLOB": "mediumblob", "LONGBLOB": "longblob",
        "LONG VARBINARY": "mediumblob", "LONG BYTE": "mediumblob",
        "ENUM": "enum", "SET": "set",
        "DATE": "date", "TIME": "time", "DATETIME": "datetime", "TIMESTAMP": "timestamp", "YEAR": "year",
        "JSON": "json",
        "GEOMETRY": "geometry", "POINT": "point", "LINESTRING": "linestring", "POLYGON": "polygon",
        "MULTIPOINT": "multipoint", "MULTILINESTRING": "multilinestring", "MULTIPOLYGON": "multipolygon",
        "GEOMETRYCOLLECTION": "geometrycollection",
        "INET4": "inet4", "INET6": "inet6", "UUID": "uuid",
    ]
}
