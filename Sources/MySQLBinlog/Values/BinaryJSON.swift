/// Decodes MySQL's binary JSON format (the value of a `JSON` column in MySQL 5.7+ row events) to
/// the text MySQL itself prints for it (`SELECT json_col`, `mysqlbinlog -v`).
///
/// The layout is MySQL's `sql-common/json_binary.cc`: a type byte, then the value. Objects and
/// arrays come in a small form (2-byte counts, sizes and offsets) and a large one (4-byte), with
/// offsets relative to the byte after the container's type byte. The text follows
/// `sql-common/json_dom.cc` (`Json_wrapper::to_string`, MySQL 8.0+): `", "` and `": "` separators,
/// keys in stored order, doubles through `my_gcvt` plus `.0` when integral, opaque DECIMAL and
/// temporal values as numbers and quoted strings, other opaque values as `"base64:typeN:…"`.
///
/// MariaDB stores `JSON` as `LONGTEXT`, so its row events never hold this format.
public enum BinaryJSON {
    /// MySQL's `JSON_DOCUMENT_MAX_DEPTH`: `Json_wrapper::to_string` refuses documents whose arrays
    /// and objects nest deeper, and so do we, which also bounds our recursion on hostile input.
    static let maxDepth = 100

    /// The JSON text of one binary JSON value.
    ///
    /// - An empty value is `null`: MySQL's `json_binary::parse_binary` reads length 0 as the null
    ///   literal (it is what `INSERT IGNORE` or non-strict mode store for NULL in a NOT NULL JSON
    ///   column), so `mysqlbinlog -v` prints `null` for it too.
    /// - Bytes after the top-level value are ignored, as MySQL does.
    /// - String bytes are copied as stored (MySQL keeps utf8mb4); invalid UTF-8 becomes U+FFFD.
    /// - Throws `BinlogDecodeError` (offsets are indexes into `bytes`) where MySQL reports
    ///   invalid JSON binary data: truncation, offsets outside their container, unknown type
    ///   bytes or literals, nesting deeper than 100, bad opaque DECIMAL / temporal payloads; also
    ///   on NaN / infinite doubles (MySQL cannot store them) and on text far larger than a tree of
    ///   this size can print (entries sharing subtrees).
    public static func text(from bytes: [UInt8]) throws -> String {
        guard let type = bytes.first else { return "null" }
        var printer = Printer(bytes)
        try printer.value(type: type, typeOffset: 0, at: 1, end: bytes.count, depth: 0)
        return String(decoding: printer.out, as: UTF8.self)
    }

    /// Type bytes of the format (`JSONB_TYPE_*` in json_binary.cc).
    enum Tag {
        static let smallObject: UInt8 = 0x00
        static let largeObject: UInt8 = 0x01
        static let smallArray: UInt8 = 0x02
        static let largeArray: UInt8 = 0x03
        static let literal: UInt8 = 0x04
        static let int16: UInt8 = 0x05
        static let uint16: UInt8 = 0x06
        static let int32: UInt8 = 0x07
        static let uint32: UInt8 = 0x08
        static let int64: UInt8 = 0x09
        static let uint64: UInt8 = 0x0A
        static let double: UInt8 = 0x0B
        static let string: UInt8 = 0x0C
        static let opaque: UInt8 = 0x0F
    }
}

extension BinaryJSON {
    /// Walks the value tree and appends its text to `out`.
    struct Printer {
        let bytes: [UInt8]
        var out: [UInt8] = []
        /// Upper bound on the text. A well-formed document is a tree and prints at most ~6 bytes
        /// of text per input byte (a control character in a string becomes `\u00XX`), but hostile
        /// offsets can make many entries point at one shared subtree and grow the text
        /// exponentially; this stops that long before memory runs out.
        let limit: Int

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            self.limit = min(bytes.count, Int.max / 32) * 16 + 1024
            self.out.reserveCapacity(min(bytes.count * 2, 1 << 20))
        }

        /// The value of type `type` stored at `start..<end` (it may use less than all of it).
        /// `depth` counts the arrays and objects around it.
        mutating func value(type: UInt8, typeOffset: Int, at start: Int, end: Int, depth: Int) throws {
            switch type {
            case Tag.smallObject, Tag.largeObject, Tag.smallArray, Tag.largeArray:
                try self.container(
                    isObject: type == Tag.smallObject || type == Tag.largeObject,
                    isLarge: type == Tag.largeObject || type == Tag.largeArray,
                    at: start, end: end, depth: depth + 1)
            default:
                try self.scalar(type: type, typeOffset: typeOffset, at: start, end: end)
            }
            guard self.out.count <= self.limit else {
                throw BinlogDecodeError(
                    "JSON text exceeds \(self.limit) bytes for a \(self.bytes.count)-byte value (entries share subtrees?)", offset: start)
            }
        }

        /// An array or object: counts, key entries (objects), value entries, then keys and values.
        private mutating func container(isObject: Bool, isLarge: Bool, at start: Int, end: Int, depth: Int) throws {
            guard depth <= BinaryJSON.maxDepth else {
                throw BinlogDecodeError("JSON arrays and objects nest deeper than \(BinaryJSON.maxDepth)", offset: start)
            }
            let offsetSize = isLarge ? 4 : 2
            let keyEntrySize = offsetSize + 2
            let valueEntrySize = 1 + offsetSize
            let kind = isObject ? "object" : "array"

            var header = BinlogCursor(self.bytes, offset: start, end: end)
            let count = Int(try header.uintLE(offsetSize, "the element count of a JSON \(kind)"))
            let size = Int(try header.uintLE(offsetSize, "the byte size of a JSON \(kind)"))
            guard size <= end - start else {
                throw BinlogDecodeError("JSON \(kind) of \(size) bytes but only \(end - start) remain", offset: start)
            }
            let keyEntries = start + 2 * offsetSize
            let valueEntries = keyEntries + (isObject ? count * keyEntrySize : 0)
            let headerSize = valueEntries + count * valueEntrySize - start
            guard headerSize <= size else {
                throw BinlogDecodeError("JSON \(kind) of \(count) elements needs a \(headerSize)-byte header but is \(size) bytes", offset: start)
            }
            let containerEnd = start + size

            self.out.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
            for index in 0..<count {
                if index > 0 { self.out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }

                if isObject {
                    // Key entry: offset (2 or 4 bytes) and length (always 2); keys follow the header.
                    let entry = keyEntries + index * keyEntrySize
                    var cursor = BinlogCursor(self.bytes, offset: entry, end: containerEnd)
                    let keyOffset = Int(try cursor.uintLE(offsetSize, "a JSON key offset"))
                    let keyLength = Int(try cursor.u16("a JSON key length"))
                    guard keyOffset >= headerSize, keyOffset <= size, keyLength <= size - keyOffset else {
                        throw BinlogDecodeError(
                            "JSON key \(index) at \(keyOffset)..<\(keyOffset + keyLength) is outside \(headerSize)..<\(size)", offset: entry)
                    }
                    self.appendQuoted(self.bytes[(start + keyOffset)..<(start + keyOffset + keyLength)])
                    self.out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
                }

                // Value entry: type byte, then the value itself when it is inlined, else its offset.
                let entry = valueEntries + index * valueEntrySize
                let type = self.bytes[entry]
                if Self.isInlined(type, isLarge: isLarge) {
                    try self.value(type: type, typeOffset: entry, at: entry + 1, end: entry + valueEntrySize, depth: depth)
                } else {
                    var cursor = BinlogCursor(self.bytes, offset: entry + 1, end: containerEnd)
                    let valueOffset = Int(try cursor.uintLE(offsetSize, "a JSON value offset"))
                    guard valueOffset >= headerSize, valueOffset < size else {
                        throw BinlogDecodeError("JSON value \(index) at offset \(valueOffset) is outside \(headerSize)..<\(size)", offset: entry)
                    }
                    try self.value(type: type, typeOffset: entry, at: start + valueOffset, end: containerEnd, depth: depth)
                }
            }
            self.out.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }

        /// Literals and 16-bit integers sit in the value entry itself; in large containers
        /// (4-byte entries) 32-bit integers do too (`inlined_type` in json_binary.cc).
        static func isInlined(_ type: UInt8, isLarge: Bool) -> Bool {
            switch type {
            case Tag.literal, Tag.int16, Tag.uint16: return true
            case Tag.int32, Tag.uint32: return isLarge
            default: return false
            }
        }

        private mutating func scalar(type: UInt8, typeOffset: Int, at start: Int, end: Int) throws {
            var cursor = BinlogCursor(self.bytes, offset: start, end: end)
            switch type {
            case Tag.literal:
                switch try cursor.u8("a JSON literal") {
                case 0: self.append("null")
                case 1: self.append("true")
                case 2: self.append("false")
                case let other: throw BinlogDecodeError("unknown JSON literal 0x\(String(other, radix: 16))", offset: start)
                }
            case Tag.int16: self.append(String(Int16(truncatingIfNeeded: try cursor.u16("a JSON int16"))))
            case Tag.uint16: self.append(String(try cursor.u16("a JSON uint16")))
            case Tag.int32: self.append(String(Int32(truncatingIfNeeded: try cursor.u32("a JSON int32"))))
            case Tag.uint32: self.append(String(try cursor.u32("a JSON uint32")))
            case Tag.int64: self.append(String(Int64(bitPattern: try cursor.u64("a JSON int64"))))
            case Tag.uint64: self.append(String(try cursor.u64("a JSON uint64")))
            case Tag.double:
                let value = Double(bitPattern: try cursor.u64("a JSON double"))
                guard let text = BinaryJSON.doubleText(value) else {
                    // MySQL's JSON parser never stores these; my_gcvt would print them as 0.0.
                    throw BinlogDecodeError("JSON double is \(value)", offset: start)
                }
                self.append(text)
            case Tag.string:
                let length = try Self.variableLength(&cursor, "a JSON string length")
                self.appendQuoted(try cursor.slice(length, "a JSON string of \(length) bytes"))
            case Tag.opaque:
                let fieldType = try cursor.u8("the field type of a JSON opaque value")
                let length = try Self.variableLength(&cursor, "a JSON opaque length")
                let dataOffset = cursor.offset
                let data = try cursor.slice(length, "a JSON opaque value of \(length) bytes")
                try self.opaque(fieldType: fieldType, data: data, at: dataOffset)
            default:
                throw BinlogDecodeError("unknown JSON value type 0x\(String(type, radix: 16))", offset: typeOffset)
            }
        }

        /// Opaque values carry a MySQL field type: DECIMAL and the temporal types print as values,
        /// VAR_STRING as a string (`wrapper_to_string`), anything else as base64.
        private mutating func opaque(fieldType: UInt8, data: ArraySlice<UInt8>, at offset: Int) throws {
            switch fieldType {
            case FieldType.newDecimal:
                self.append(try BinaryJSON.decimalText(self.bytes, in: data.startIndex..<data.endIndex))
            case FieldType.date, FieldType.time, FieldType.datetime, FieldType.timestamp:
                guard data.count >= 8 else {
                    throw BinlogDecodeError("JSON temporal value of \(data.count) bytes, expected 8", offset: offset)
                }
                var packed: UInt64 = 0
                for (i, byte) in data.prefix(8).enumerated() { packed |= UInt64(byte) << (8 * UInt64(i)) }
                self.out.append(UInt8(ascii: "\""))
                self.append(BinaryJSON.temporalText(fieldType: fieldType, packed: Int64(bitPattern: packed)))
                self.out.append(UInt8(ascii: "\""))
            case FieldType.varString:
                self.appendQuoted(data)
            default:
                // MySQL's base64_encode breaks lines every 76 characters; quoting escapes them.
                var text = Array("base64:type\(fieldType):".utf8)
                text.append(contentsOf: BinaryJSON.base64(data))
                self.appendQuoted(text[...])
            }
        }

        /// `read_variable_length`: 7 bits per byte, low bits first, at most 5 bytes, fits in 32 bits.
        static func variableLength(_ cursor: inout BinlogCursor, _ what: String) throws -> Int {
            let start = cursor.offset
            var length: UInt64 = 0
            for i in 0..<5 {
                let byte = try cursor.u8(what)
                length |= UInt64(byte & 0x7F) << (7 * UInt64(i))
                if byte & 0x80 == 0 {
                    guard length <= UInt64(UInt32.max) else { break }
                    return Int(length)
                }
            }
            throw BinlogDecodeError("\(what) does not fit in 32 bits", offset: start)
        }

        private mutating func append(_ text: String) {
            self.out.append(contentsOf: text.utf8)
        }

        /// A JSON string as MySQL's `double_quote` writes it: `"` and `\` escaped, the named
        /// escapes for \b \t \n \f \r, `\u00xx` (lower-case hex) for the other bytes below 0x20,
        /// everything else (including UTF-8 sequences) copied.
        mutating func appendQuoted(_ text: ArraySlice<UInt8>) {
            let hex = Array("0123456789abcdef".utf8)
            self.out.append(UInt8(ascii: "\""))
            for byte in text {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): self.out.append(contentsOf: [UInt8(ascii: "\\"), byte])
                case 0x08: self.out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x09: self.out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x0A: self.out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0C: self.out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x0D: self.out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x00...0x1F:
                    self.out.append(contentsOf: [
                        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)],
                    ])
                default: self.out.append(byte)
                }
            }
            self.out.append(UInt8(ascii: "\""))
        }
    }

    /// MySQL field types that opaque JSON values print specially (`enum_field_types`).
    enum FieldType {
        static let timestamp: UInt8 = 7
        static let date: UInt8 = 10
        static let time: UInt8 = 11
        static let datetime: UInt8 = 12
        static let newDecimal: UInt8 = 246
        static let varString: UInt8 = 253
    }
}
