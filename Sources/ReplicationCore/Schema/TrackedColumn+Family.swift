/// The groups of types the server treats alike, derived from DATA_TYPE.
enum ColumnFamily: Hashable, Sendable {
    case integer, decimal, float, double, bit
    case char, varchar, binary, varbinary, text, blob
    case enumeration, set
    case date, time, datetime, timestamp, year
    case other

    init(dataType: String) {
        switch dataType {
        case "tinyint", "smallint", "mediumint", "int", "bigint": self = .integer
        case "decimal": self = .decimal
        case "float": self = .float
        case "double": self = .double
        case "bit": self = .bit
        case "char": self = .char
        case "varchar": self = .varchar
        case "binary": self = .binary
        case "varbinary": self = .varbinary
        case "tinytext", "text", "mediumtext", "longtext": self = .text
        case "tinyblob", "blob", "mediumblob", "longblob": self = .blob
        case "enum": self = .enumeration
        case "set": self = .set
        case "date": self = .date
        case "time": self = .time
        case "datetime": self = .datetime
        case "timestamp": self = .timestamp
        case "year": self = .year
        default: self = .other
        }
    }

    /// Types whose values are text in a charset (and so take CHARACTER SET/COLLATE).
    var isCharacterString: Bool { [.char, .varchar, .text, .enumeration, .set].contains(self) }

    /// Types an index may take a prefix of.
    var allowsPrefix: Bool { [.char, .varchar, .binary, .varbinary, .text, .blob].contains(self) }

    /// BLOB and TEXT: index parts need a prefix.
    var isBlobLike: Bool { self == .text || self == .blob }
}

extension TrackedColumn {
    var family: ColumnFamily { ColumnFamily(dataType: self.dataType) }

    /// TEXT/BLOB type names by the bytes they hold: 255, 65535, 16777215, 4294967295.
    static func blobType(forBytes bytes: Int, text: Bool) -> String {
        let size = bytes <= 255 ? "tiny" : bytes <= 65_535 ? "" : bytes <= 16_777_215 ? "medium" : "long"
        return size + (text ? "text" : "blob")
    }

    /// The most bytes a TEXT/BLOB type holds.
    static func blobCapacity(_ dataType: String) -> Int {
        if dataType.hasPrefix("tiny") { return 255 }
        if dataType.hasPrefix("medium") { return 16_777_215 }
        if dataType.hasPrefix("long") { return 4_294_967_295 }
        return 65_535
    }

    /// Bytes this column takes in an index key (whole, or its first `prefix` characters), as
    /// the server adds them up against the 3072-byte limit of an InnoDB key.
    func keyBytes(prefix: Int?) -> Int {
        let perCharacter = self.charset.map(CharsetCatalog.maxBytesPerCharacter) ?? 1
        let fractionBytes = ((self.scale ?? 0) + 1) / 2
        switch self.family {
        case .char, .varchar, .binary, .varbinary, .text, .blob:
            return (prefix ?? self.length ?? 0) * perCharacter
        case .integer:
            return ["tinyint": 1, "smallint": 2, "mediumint": 3, "int": 4][self.dataType] ?? 8
        case .decimal:
            let digitBytes = [0, 1, 1, 2, 2, 3, 3, 4, 4, 4]
            let scale = self.scale ?? 0
            let integerDigits = (self.length ?? 10) - scale
            return integerDigits / 9 * 4 + digitBytes[integerDigits % 9] + scale / 9 * 4 + digitBytes[scale % 9]
        case .float: return 4
        case .double: return 8
        case .bit: return ((self.length ?? 1) + 7) / 8
        case .enumeration: return self.values.count < 256 ? 1 : 2
        case .set:
            let bytes = (self.values.count + 7) / 8
            return bytes > 4 ? 8 : bytes
        case .year: return 1
        case .date: return 3
        case .time: return 3 + fractionBytes
        case .datetime: return 5 + fractionBytes
        case .timestamp: return 4 + fractionBytes
        case .other: return ["inet4": 4, "inet6": 16, "uuid": 16][self.dataType] ?? 0
        }
    }

    /// COLUMN_TYPE from the other fields, as the server prints it.
    func renderedColumnType() -> String {
        var text = self.dataType
        switch self.family {
        case .integer, .bit, .char, .varchar, .binary, .varbinary, .year:
            if let length { text += "(\(length))" }
        case .decimal:
            text += "(\(self.length ?? 10),\(self.scale ?? 0))"
        case .float, .double:
            if let length, let scale { text += "(\(length),\(scale))" }
        case .time, .datetime, .timestamp:
            if let scale, scale > 0 { text += "(\(scale))" }
        case .enumeration, .set:
            text += "(" + self.values.map { "'" + $0.replacing("'", with: "''") + "'" }.joined(separator: ",") + ")"
        case .text, .blob, .date, .other:
            break
        }
        if self.isUnsigned { text += " unsigned" }
        if self.isZerofill { text += " zerofill" }
        return text
    }
}
