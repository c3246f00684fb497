/// How a value reads in a string context (CONCAT, LIKE, comparisons with strings).
extension SQLValue {
    /// The value as MySQL prints it; nil for NULL.
    var text: String? {
        switch self {
        case .null: return nil
        case .int(let value): return String(value)
        case .uint(let value): return String(value)
        case .decimal(let value): return value.description
        case .double(let value): return Self.doubleText(value)
        case .string(let value, _): return value
        case .binary(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .date(let value): return value.dateText
        case .datetime(let value): return value.description
        case .time(let value): return value.description
        case .json(let document): return document.description
        }
    }

    /// The bytes of the value in its character set (what LENGTH counts and HEX prints): one byte
    /// per character for single-byte character sets, UTF-8 otherwise.
    var bytes: [UInt8]? {
        switch self {
        case .null: return nil
        case .binary(let bytes): return bytes
        case .string(let value, let collation) where Self.singleByteCharsets.contains(collation.charset):
            return value.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : 0x3F }
        default: return self.text.map { Array($0.utf8) }
        }
    }

    static let singleByteCharsets: Set<String> = [
        "latin1", "ascii", "latin2", "latin5", "latin7", "cp1250", "cp1251", "cp1256", "cp1257", "cp850", "cp852", "cp866", "greek", "hebrew", "swe7",
        "koi8r", "koi8u", "armscii8", "dec8", "geostd8", "hp8", "keybcs2", "macce", "macroman", "tis620",
    ]

    /// The collation of a string value, or `fallback` (re-derived as numeric) for other values.
    func collation(or fallback: SQLCollation) -> SQLCollation {
        if case .string(_, let collation) = self { return collation }
        if case .binary = self { return SQLCollation(name: "binary", derivation: .implicit) }
        return fallback.with(.numeric)
    }

    /// MySQL's shortest text for a double: `1` not `1.0`, `1e20` not `1e+20`, `0.1` not
    /// `0.1000000000000000055`.
    static func doubleText(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = "\(value)"
        if let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var mantissa = String(text[..<exponent])
            var power = String(text[text.index(after: exponent)...])
            if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
            if power.hasPrefix("+") { power.removeFirst() }
            let negative = power.hasPrefix("-")
            if negative { power.removeFirst() }
            while power.count > 1, power.hasPrefix("0") { power.removeFirst() }
            text = mantissa + "e" + (negative ? "-" : "") + power
        }
        return text
    }
}
