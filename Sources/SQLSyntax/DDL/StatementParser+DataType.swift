/// Column types, in MySQL 8's and MariaDB 10.11's spellings.
extension StatementParser {
    /// How a type continues after its name.
    enum DataTypeShape {
        /// Optional `(n)` or `(m,d)`, then `UNSIGNED`/`SIGNED`/`ZEROFILL` in any order.
        case numeric
        /// Optional `(n)`.
        case sized
        /// Optional `(n)`, then character-set options and a COLLATE.
        case character
        /// `('a', 'b', ...)`, then character-set options and a COLLATE.
        case enumeration
    }

    /// Type names (multi-word ones joined by one space) and their shapes.
    static let dataTypes: [String: DataTypeShape] = {
        var types: [String: DataTypeShape] = [:]
        for name in [
            "TINYINT", "SMALLINT", "MEDIUMINT", "MIDDLEINT", "INT", "INTEGER", "BIGINT", "INT1", "INT2", "INT3", "INT4",
            "INT8", "DECIMAL", "NUMERIC", "DEC", "FIXED", "FLOAT", "FLOAT4", "FLOAT8", "REAL", "DOUBLE", "DOUBLE PRECISION",
        ] {
            types[name] = .numeric
        }
        for name in [
            "BIT", "BOOL", "BOOLEAN", "SERIAL", "DATE", "TIME", "DATETIME", "TIMESTAMP", "YEAR", "BINARY", "VARBINARY",
            "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB", "LONG VARBINARY", "JSON", "GEOMETRY", "POINT", "LINESTRING",
            "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION", "GEOMCOLLECTION",
            "INET4", "INET6", "UUID", "VECTOR",
        ] {
            types[name] = .sized
        }
        for name in [
            "CHAR", "CHARACTER", "CHAR VARYING", "CHARACTER VARYING", "VARCHAR", "VARCHARACTER", "NCHAR", "NVARCHAR",
            "NCHAR VARCHAR", "NCHAR VARYING", "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT", "LONG", "LONG VARCHAR",
            "LONG CHAR VARYING",
        ] {
            types[name] = .character
        }
        types["ENUM"] = .enumeration
        types["SET"] = .enumeration
        return types
    }()

    mutating func parseDataType() throws -> SQLDataType {
        var national = cursor.consumeWord("NATIONAL")
        let typeToken = cursor.current
        guard let first = cursor.keyword() else { throw cursor.expected("a data type") }
        cursor.advance()
        var name = first
        switch first {
        case "NCHAR", "NVARCHAR":
            national = true
            if first == "NCHAR", let next = cursor.keyword(), next == "VARCHAR" || next == "VARYING" {
                name += " " + next
                cursor.advance()
            }
        case "CHAR", "CHARACTER":
            if cursor.consumeWord("VARYING") { name += " VARYING" }
        case "DOUBLE":
            if cursor.consumeWord("PRECISION") { name += " PRECISION" }
        case "LONG":
            if let next = cursor.keyword(), next == "VARCHAR" || next == "VARBINARY" {
                name += " " + next
                cursor.advance()
            } else if consumeWords("CHAR", "VARYING") {
                name += " CHAR VARYING"
            }
        default:
            break
        }
        guard let shape = Self.dataTypes[name], !national || shape == .character else {
            throw cursor.error("unknown data type \(cursor.quoted(typeToken))", at: typeToken)
        }
        var type = SQLDataType(name: name)
        type.national = national
        if shape == .enumeration {
            type.values = try parseEnumerationMembers()
        } else if cursor.isSymbol(.leftParenthesis) {
            type.length = try parseTypeLength()
        }
        switch shape {
        case .numeric: parseNumericModifiers(&type)
        case .character, .enumeration: try parseCharacterSetOptions(&type)
        case .sized: break
        }
        return type
    }

    /// `(n)` or `(m, d)`: the numbers as written.
    private mutating func parseTypeLength() throws -> [String] {
        try cursor.expectSymbol(.leftParenthesis)
        var numbers: [String] = []
        repeat {
            numbers.append(try parseIntegerText("a length"))
        } while cursor.consumeSymbol(.comma)
        try cursor.expectSymbol(.rightParenthesis)
        return numbers
    }

    private mutating func parseEnumerationMembers() throws -> [String] {
        try cursor.expectSymbol(.leftParenthesis)
        var members: [String] = []
        repeat {
            members.append(try parseStringValue("a quoted ENUM or SET member"))
        } while cursor.consumeSymbol(.comma)
        try cursor.expectSymbol(.rightParenthesis)
        return members
    }

    private mutating func parseNumericModifiers(_ type: inout SQLDataType) {
        while true {
            if cursor.consumeWord("UNSIGNED") {
                type.unsigned = true
            } else if cursor.consumeWord("SIGNED") {
                type.signed = true
            } else if cursor.consumeWord("ZEROFILL") {
                type.zerofill = true
            } else {
                return
            }
        }
    }

    /// `CHARACTER SET x`, `ASCII`, `UNICODE`, `BYTE`, `BINARY` in any order, then one `COLLATE`
    /// (a later COLLATE is a column attribute).
    private mutating func parseCharacterSetOptions(_ type: inout SQLDataType) throws {
        while true {
            if consumeCharsetKeyword() {
                type.charset = try parseCharsetName("a character set name")
            } else if cursor.consumeWord("ASCII") {
                type.charset = "latin1"
            } else if cursor.consumeWord("UNICODE") {
                type.charset = "ucs2"
            } else if cursor.consumeWord("BYTE") {
                type.charset = "binary"
            } else if cursor.consumeWord("BINARY") {
                type.binary = true
            } else {
                break
            }
        }
        if cursor.consumeWord("COLLATE") {
            type.collation = try parseCharsetName("a collation name")
        }
    }
}
