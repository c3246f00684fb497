/// Byte classes of the lexer. The text is UTF-8; every byte of a non-ASCII character counts as
/// an identifier byte, as MySQL allows U+0080 and above in unquoted identifiers.
enum SQLByte {
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66) }

    /// Letters, digits, `_`, `$` and non-ASCII bytes.
    static func isIdentifier(_ b: UInt8) -> Bool {
        isLetter(b) || isDigit(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || b >= 0x80
    }

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// What may follow `--` for it to start a comment (the manual: "whitespace or control character").
    static func endsDashDash(_ b: UInt8) -> Bool { b <= 0x20 || b == 0x7F }

    /// A UTF-8 continuation byte, which does not start a new column.
    static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    static func hexValue(_ b: UInt8) -> UInt8 {
        isDigit(b) ? b - 0x30 : (b | 0x20) - 0x61 + 10
    }

    /// Upper-cases ASCII letters only, so keyword comparisons do not depend on the locale.
    static func asciiUppercased(_ s: String) -> String {
        String(decoding: s.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// Packs hex digits into bytes, right-aligned (`141` is 0x01 0x41).
    static func bytes(fromHexDigits digits: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity((digits.count + 1) / 2)
        var index = digits.startIndex
        if digits.count % 2 == 1 {
            result.append(hexValue(digits[index]))
            index += 1
        }
        while index < digits.endIndex {
            result.append(hexValue(digits[index]) << 4 | hexValue(digits[index + 1]))
            index += 2
        }
        return result
    }

    /// Packs binary digits into bytes, right-aligned (`1 0000 0001` is 0x01 0x01).
    static func bytes(fromBinaryDigits digits: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var current: UInt8 = 0
        var bitsInCurrent = (8 - digits.count % 8) % 8  // the left padding
        for digit in digits {
            current = current << 1 | (digit - 0x30)
            bitsInCurrent += 1
            if bitsInCurrent == 8 {
                result.append(current)
                current = 0
                bitsInCurrent = 0
            }
        }
        return result
    }
}
