import MySQLBinlog

/// A JSON document, parsed from the text the binlog decoder gives for JSON columns (or from a
/// string cast to JSON). Printed the way MySQL prints JSON: `{"a": 1, "b": [1, 2]}`, object keys
/// ordered by length, then bytes.
public indirect enum SQLJSON: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case array([SQLJSON])
    case object([String: SQLJSON])

    /// Parses JSON text; nil when it is not valid JSON.
    public static func parse(_ text: String) -> SQLJSON? {
        var parser = JSONTextParser(bytes: Array(text.utf8))
        guard let value = parser.parseValue(depth: 0) else { return nil }
        parser.skipSpaces()
        return parser.index == parser.bytes.count ? value : nil
    }

    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .uint(let value): return String(value)
        case .double(let value): return SQLValue.doubleText(value)
        case .string(let value): return Self.quoted(value)
        case .array(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .object(let members):
            let keys = members.keys.sorted(by: Self.keyOrder)
            return "{" + keys.map { Self.quoted($0) + ": " + members[$0]!.description }.joined(separator: ", ") + "}"
        }
    }

    /// MySQL's JSON key order: shorter keys first, then by bytes.
    static func keyOrder(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        return x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
    }

    static func quoted(_ text: String) -> String {
        BinlogEventJSON.quote(text)
    }

    /// The JSON type name, as JSON_TYPE() prints it.
    var typeName: String {
        switch self {
        case .null: return "NULL"
        case .bool: return "BOOLEAN"
        case .int: return "INTEGER"
        case .uint: return "UNSIGNED INTEGER"
        case .double: return "DOUBLE"
        case .string: return "STRING"
        case .array: return "ARRAY"
        case .object: return "OBJECT"
        }
    }

    var doubleValue: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .uint(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    /// MySQL's ordering of JSON values of different types (higher wins), numbers counted as one type.
    private var typeRank: Int {
        switch self {
        case .null: return 0
        case .int, .uint, .double: return 1
        case .string: return 2
        case .object: return 3
        case .array: return 4
        case .bool: return 5
        }
    }

    /// Three-way comparison with MySQL's JSON rules: numbers by value, strings by bytes, arrays
    /// element by element, values of different types by type rank.
    static func compare(_ lhs: SQLJSON, _ rhs: SQLJSON) -> Int {
        if let a = lhs.doubleValue, let b = rhs.doubleValue {
            if case .int(let x) = lhs, case .int(let y) = rhs { return x == y ? 0 : (x < y ? -1 : 1) }
            return a == b ? 0 : (a < b ? -1 : 1)
        }
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)):
            return SQLCollation.compare(Array(a.utf8), Array(b.utf8))
        case (.bool(let a), .bool(let b)):
            return a == b ? 0 : (a ? 1 : -1)
        case (.null, .null):
            return 0
        case (.array(let a), .array(let b)):
            for (x, y) in zip(a, b) {
                let order = compare(x, y)
                if order != 0 { return order }
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        case (.object(let a), .object(let b)):
            // Objects are only equal or not; order unequal ones by their text to stay deterministic.
            if a == b { return 0 }
            return lhs.description < rhs.description ? -1 : 1
        default:
            return lhs.typeRank < rhs.typeRank ? -1 : 1
        }
    }
}

/// A recursive-descent JSON reader over UTF-8 bytes.
private struct JSONTextParser {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpaces() {
        while self.index < self.bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(self.bytes[self.index]) { self.index += 1 }
    }

    mutating func parseValue(depth: Int) -> SQLJSON? {
        guard depth < 100 else { return nil }
        self.skipSpaces()
        guard self.index < self.bytes.count else { return nil }
        switch self.bytes[self.index] {
        case UInt8(ascii: "{"): return self.parseObject(depth: depth)
        case UInt8(ascii: "["): return self.parseArray(depth: depth)
        case UInt8(ascii: "\""): return self.parseString().map(SQLJSON.string)
        case UInt8(ascii: "t"): return self.consume("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return self.consume("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return self.consume("null") ? .null : nil
        default: return self.parseNumber()
        }
    }

    private mutating func consume(_ word: String) -> Bool {
        let expected = Array(word.utf8)
        guard self.index + expected.count <= self.bytes.count, Array(self.bytes[self.index..<self.index + expected.count]) == expected else {
            return false
        }
        self.index += expected.count
        return true
    }

    private mutating func parseObject(depth: Int) -> SQLJSON? {
        self.index += 1
        var members: [String: SQLJSON] = [:]
        self.skipSpaces()
        if self.consume("}") { return .object(members) }
        while true {
            self.skipSpaces()
            guard self.index < self.bytes.count, self.bytes[self.index] == UInt8(ascii: "\""), let key = self.parseString() else { return nil }
            self.skipSpaces()
            guard self.consume(":"), let value = self.parseValue(depth: depth + 1) else { return nil }
            members[key] = value
            self.skipSpaces()
            if self.consume("}") { return .object(members) }
            guard self.consume(",") else { return nil }
        }
    }

    private mutating func parseArray(depth: Int) -> SQLJSON? {
        self.index += 1
        var values: [SQLJSON] = []
        self.skipSpaces()
        if self.consume("]") { return .array(values) }
        while true {
            guard let value = self.parseValue(depth: depth + 1) else { return nil }
            values.append(value)
            self.skipSpaces()
            if self.consume("]") { return .array(values) }
            guard self.consume(",") else { return nil }
        }
    }

    private mutating func parseString() -> String? {
        self.index += 1
        var scalars = String.UnicodeScalarView()
        var chunkStart = self.index
        func flush(_ parser: JSONTextParser, upTo end: Int) {
            scalars.append(contentsOf: String(decoding: parser.bytes[chunkStart..<end], as: UTF8.self).unicodeScalars)
        }
        while self.index < self.bytes.count {
            let byte = self.bytes[self.index]
            if byte == UInt8(ascii: "\"") {
                flush(self, upTo: self.index)
                self.index += 1
                return String(scalars)
            }
            if byte == UInt8(ascii: "\\") {
                flush(self, upTo: self.index)
                self.index += 1
                guard self.index < self.bytes.count, let scalar = self.parseEscape() else { return nil }
                scalars.append(scalar)
                chunkStart = self.index
                continue
            }
            self.index += 1
        }
        return nil
    }

    private mutating func parseEscape() -> Unicode.Scalar? {
        let byte = self.bytes[self.index]
        self.index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let high = self.hex4() else { return nil }
            if (0xD800..<0xDC00).contains(high) {
                // A surrogate pair: `\uD83D\uDE00`.
                guard self.consume("\\u"), let low = self.hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        default: return nil
        }
    }

    private mutating func hex4() -> UInt32? {
        guard self.index + 4 <= self.bytes.count,
            let value = UInt32(String(decoding: self.bytes[self.index..<self.index + 4], as: UTF8.self), radix: 16)
        else { return nil }
        self.index += 4
        return value
    }

    private mutating func parseNumber() -> SQLJSON? {
        let start = self.index
        var isInteger = true
        while self.index < self.bytes.count {
            let byte = self.bytes[self.index]
            if (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                self.index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                isInteger = false
                self.index += 1
            } else {
                break
            }
        }
        let text = String(decoding: self.bytes[start..<self.index], as: UTF8.self)
        guard !text.isEmpty, text.first != "+" else { return nil }
        if isInteger {
            if let value = Int64(text) { return .int(value) }
            if let value = UInt64(text) { return .uint(value) }
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return .double(value)
    }
}
