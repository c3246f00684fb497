import MySQLProtocol
import NIOCore

/// Writes rows as mydumper does: `INSERT INTO `t` (...) VALUES (...),(...);` statements of at
/// most `statementSize` bytes, values as literals of a `SET NAMES binary` session (string bytes
/// as stored, binary values in hex), one statement per line group so a reader can split them
/// at lines ending in `;`.
struct InsertStatementWriter {
    enum Kind { case number, bytes, text }

    let prefix: [UInt8]
    let kinds: [Kind]
    let statementSize: Int
    private(set) var buffer: [UInt8] = []
    private var statementStart = -1

    init(table: String, columns: [SourceColumn], statementSize: Int) {
        self.prefix = Array("INSERT INTO \(table) (\(columns.map { MySQLLiteral.quoteIdentifier($0.name) }.joined(separator: ","))) VALUES\n".utf8)
        self.kinds = columns.map(Self.kind)
        self.statementSize = max(statementSize, 1)
    }

    static let header = Array("""
        /*!40101 SET NAMES binary*/;
        /*!40014 SET FOREIGN_KEY_CHECKS=0*/;
        /*!40103 SET TIME_ZONE='+00:00' */;

        """.utf8)

    static func kind(_ column: SourceColumn) -> Kind {
        switch column.dataType {
        case "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "year": .number
        case "bit", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob", "geometry", "point", "linestring",
            "polygon", "multipoint", "multilinestring", "multipolygon", "geometrycollection", "inet6", "uuid", "inet4":
            .bytes
        default: column.charset == "binary" ? .bytes : .text
        }
    }

    /// Appends a text-protocol row packet.
    mutating func append(row payload: ByteBuffer) throws {
        if self.statementStart >= 0 && self.buffer.count - self.statementStart >= self.statementSize { self.endStatement() }
        if self.statementStart < 0 {
            self.statementStart = self.buffer.count
            self.buffer.append(contentsOf: self.prefix)
            self.buffer.append(UInt8(ascii: "("))
        } else {
            self.buffer.append(contentsOf: Array(",\n(".utf8))
        }
        var row = payload
        for (index, kind) in self.kinds.enumerated() {
            if index > 0 { self.buffer.append(UInt8(ascii: ",")) }
            if row.getInteger(at: row.readerIndex, as: UInt8.self) == 0xFB {
                row.moveReaderIndex(forwardBy: 1)
                self.buffer.append(contentsOf: Array("NULL".utf8))
                continue
            }
            guard let value = row.readMySQLLengthEncodedSlice() else { throw MigrationError("source row packet ends before column \(index + 1)") }
            self.appendValue(value.readableBytesView, kind: kind)
        }
        self.buffer.append(UInt8(ascii: ")"))
    }

    /// Ends the open statement, if any.
    mutating func endStatement() {
        guard self.statementStart >= 0 else { return }
        self.buffer.append(contentsOf: Array(";\n".utf8))
        self.statementStart = -1
    }

    /// Takes the bytes written so far (whole rows; a statement may still be open).
    mutating func take() -> [UInt8] {
        defer { self.buffer.removeAll(keepingCapacity: true); if self.statementStart >= 0 { self.statementStart = 0 } }
        return self.buffer
    }

    static func isUTF8(_ bytes: ByteBufferView) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private mutating func appendValue(_ bytes: ByteBufferView, kind: Kind) {
        switch kind {
        case .number:
            self.buffer.append(contentsOf: bytes)
        case .text where !Self.isUTF8(bytes):
            // Stored bytes that are not UTF-8 (latin1 and other charsets) go in hex, so the file
            // stays UTF-8 text; with SET NAMES binary both forms store the same bytes.
            self.appendValue(bytes, kind: .bytes)
        case .bytes:
            if bytes.isEmpty {
                self.buffer.append(contentsOf: Array("''".utf8))
                return
            }
            let digits = Array("0123456789ABCDEF".utf8)
            self.buffer.append(contentsOf: Array("0x".utf8))
            for byte in bytes {
                self.buffer.append(digits[Int(byte >> 4)])
                self.buffer.append(digits[Int(byte & 0x0F)])
            }
        case .text:
            self.buffer.append(UInt8(ascii: "'"))
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "'"): self.buffer.append(contentsOf: [0x5C, 0x27])
                case 0x5C: self.buffer.append(contentsOf: [0x5C, 0x5C])
                case 0x00: self.buffer.append(contentsOf: [0x5C, UInt8(ascii: "0")])
                case 0x0A: self.buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: self.buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x1A: self.buffer.append(contentsOf: [0x5C, UInt8(ascii: "Z")])
                default: self.buffer.append(byte)
                }
            }
            self.buffer.append(UInt8(ascii: "'"))
        }
    }
}
