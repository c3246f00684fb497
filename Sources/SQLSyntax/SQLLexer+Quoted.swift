extension SQLLexer {
    /// At a `'` or `"` string literal: its bytes after undoing doubled quotes and, unless
    /// NO_BACKSLASH_ESCAPES, backslash escapes.
    mutating func scanString() throws(SQLSyntaxError) -> [UInt8] {
        let start = offset
        let quote = bytes[offset]
        var result: [UInt8] = []
        var index = offset + 1
        while index < bytes.count {
            let b = bytes[index]
            if b == quote {
                if index + 1 < bytes.count, bytes[index + 1] == quote {
                    result.append(quote)
                    index += 2
                    continue
                }
                offset = index + 1
                return result
            }
            if b == UInt8(ascii: "\\"), !options.noBackslashEscapes, index + 1 < bytes.count {
                SQLLexer.appendEscape(bytes[index + 1], to: &result)
                index += 2
                continue
            }
            result.append(b)
            index += 1
        }
        throw error("unterminated string literal", at: start)
    }

    /// The escapes of the manual's "String Literals" table. `\%` and `\_` keep their backslash
    /// (they only mean something to LIKE); any other escaped character stands for itself.
    private static func appendEscape(_ b: UInt8, to result: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "0"): result.append(0x00)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "Z"): result.append(0x1A)
        case UInt8(ascii: "%"), UInt8(ascii: "_"): result += [UInt8(ascii: "\\"), b]
        default: result.append(b)
        }
    }

    /// At a `` ` `` (or, under ANSI_QUOTES, `"`) quoted identifier: its name, doubled quotes
    /// undone. Backslashes have no special meaning in identifiers.
    mutating func scanQuotedIdentifier() throws(SQLSyntaxError) -> String {
        let start = offset
        let quote = bytes[offset]
        var result: [UInt8] = []
        var index = offset + 1
        while index < bytes.count {
            if bytes[index] == quote {
                if index + 1 < bytes.count, bytes[index + 1] == quote {
                    result.append(quote)
                    index += 2
                    continue
                }
                offset = index + 1
                return String(decoding: result, as: UTF8.self)
            }
            result.append(bytes[index])
            index += 1
        }
        throw error("unterminated quoted identifier", at: start)
    }

    /// At `X'..'`: the bytes. MySQL requires an even number of digits here, unlike `0x..`.
    mutating func scanQuotedHex() throws(SQLSyntaxError) -> [UInt8] {
        let start = offset
        let digits = try quotedDigits(kind: "hexadecimal")
        guard digits.allSatisfy(SQLByte.isHexDigit) else {
            throw error("invalid hexadecimal literal: only 0-9 and A-F may appear between the quotes", at: start)
        }
        guard digits.count % 2 == 0 else {
            throw error("invalid hexadecimal literal: X'' needs an even number of digits", at: start)
        }
        return SQLByte.bytes(fromHexDigits: digits)
    }

    /// At `b'..'`: the bytes, left-padded to whole bytes.
    mutating func scanQuotedBits() throws(SQLSyntaxError) -> [UInt8] {
        let start = offset
        let digits = try quotedDigits(kind: "bit")
        guard digits.allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }) else {
            throw error("invalid bit literal: only 0 and 1 may appear between the quotes", at: start)
        }
        return SQLByte.bytes(fromBinaryDigits: digits)
    }

    /// At the letter of `X'..'`/`b'..'`: the bytes between the quotes.
    private mutating func quotedDigits(kind: String) throws(SQLSyntaxError) -> ArraySlice<UInt8> {
        let start = offset
        var index = offset + 2
        while index < bytes.count, bytes[index] != UInt8(ascii: "'") { index += 1 }
        guard index < bytes.count else {
            throw error("unterminated \(kind) literal", at: start)
        }
        offset = index + 1
        return bytes[(start + 2)..<index]
    }
}
