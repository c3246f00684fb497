/// Quoting of identifiers and literals for SQL text. Two modes matter: the default, where
/// backslash escapes, and `NO_BACKSLASH_ESCAPES`, where a backslash is an ordinary character
/// and only the quote is doubled.
public enum MySQLLiteral {
    /// `name` as a quoted identifier: backticks, with embedded backticks doubled.
    public static func quoteIdentifier(_ name: String) -> String {
        "`" + name.replacingAll("`", with: "``") + "`"
    }

    /// `value` as a single-quoted string literal, correct for the given sql_mode.
    public static func quoteString(_ value: String, noBackslashEscapes: Bool) -> String {
        var out = "'"
        out.reserveCapacity(value.utf8.count + 2)
        if noBackslashEscapes {
            for scalar in value.unicodeScalars {
                if scalar == "'" { out += "''" } else { out.unicodeScalars.append(scalar) }
            }
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\0": out += "\\0"
                case "'": out += "\\'"
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\u{1A}": out += "\\Z"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    /// Bytes as a hexadecimal literal (`X'0aff'`, or `''` for empty): exact in every sql_mode and
    /// every character set, since the server takes the bytes as they are.
    public static func quoteBytes(_ bytes: some Collection<UInt8>) -> String {
        if bytes.isEmpty { return "''" }
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]("X'".utf8)
        out.reserveCapacity(bytes.count * 2 + 3)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        out.append(UInt8(ascii: "'"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Digits with an optional sign, point and exponent: safe to put into SQL unquoted.
    static func isNumeric(_ text: String) -> Bool {
        var sawDigit = false
        for (i, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if i != 0 && !"eE".utf8.contains(Array(text.utf8)[i - 1]) { return false }
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): continue
            default: return false
            }
        }
        return sawDigit
    }

    /// A value as a literal: NULL, numbers as digits, temporals and text quoted, other bytes as hex.
    public static func quote(_ value: MySQLData, noBackslashEscapes: Bool) -> String {
        guard let bytes = value.bytes else { return "NULL" }
        if value.type.binaryFixedSize != nil || value.type == .newdecimal || value.type == .decimal, let text = value.string {
            // Anything that is not plainly a number (inf, nan, junk) goes quoted, never raw.
            return self.isNumeric(text) ? text : self.quoteString(text, noBackslashEscapes: noBackslashEscapes)
        }
        if value.type.isTemporal { return "'" + (value.string ?? "") + "'" }
        if value.type == .bit { return value.uint64.map { "b'" + String($0, radix: 2) + "'" } ?? self.quoteBytes(bytes) }
        if value.isText, let text = String(validating: bytes, as: UTF8.self) {
            return self.quoteString(text, noBackslashEscapes: noBackslashEscapes)
        }
        return self.quoteBytes(bytes)
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
