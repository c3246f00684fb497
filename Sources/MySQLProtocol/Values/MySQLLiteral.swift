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
        if let quoted = bytes.withContiguousStorageIfAvailable({ Self.hexLiteral($0) }) { return quoted }
        return Array(bytes).withUnsafeBufferPointer { Self.hexLiteral($0) }
    }

    /// `prefix` then `X'..'` of `bytes` (`''` when empty), written straight into the string's
    /// storage: the sync writes every string value this way, so it is on the hot path.
    public static func hexLiteral(_ bytes: UnsafeBufferPointer<UInt8>, prefix: String = "") -> String {
        var prefix = prefix
        return prefix.withUTF8 { head in
            let size = head.count + (bytes.isEmpty ? 2 : bytes.count * 2 + 3)
            return String(unsafeUninitializedCapacity: size) { out in
                var index = 0
                for byte in head {
                    out[index] = byte
                    index += 1
                }
                guard !bytes.isEmpty else {
                    out[index] = UInt8(ascii: "'")
                    out[index + 1] = UInt8(ascii: "'")
                    return index + 2
                }
                out[index] = UInt8(ascii: "X")
                out[index + 1] = UInt8(ascii: "'")
                index += 2
                for byte in bytes {
                    let high = byte >> 4, low = byte & 0x0F
                    out[index] = high < 10 ? 0x30 + high : 0x57 + high
                    out[index + 1] = low < 10 ? 0x30 + low : 0x57 + low
                    index += 2
                }
                out[index] = UInt8(ascii: "'")
                return index + 1
            }
        }
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
