extension SQLLexer {
    /// At a digit, or at a `.` followed by a digit: a number, or a word that merely starts with
    /// digits (`1abc`, `0x1g`), which MySQL takes as an identifier.
    mutating func scanNumber() -> SQLToken.Kind {
        let start = offset
        if bytes[offset] == UInt8(ascii: "0"), let prefix = peek(1) {
            // 0x and 0b are case-sensitive: 0X41 is an identifier.
            if prefix == UInt8(ascii: "x"), let digits = prefixedDigits(where: SQLByte.isHexDigit) {
                return .hex(SQLByte.bytes(fromHexDigits: digits))
            }
            if prefix == UInt8(ascii: "b"), let digits = prefixedDigits(where: { $0 == 0x30 || $0 == 0x31 }) {
                return .bits(SQLByte.bytes(fromBinaryDigits: digits))
            }
        }
        skipDigits()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            skipDigits()
            return skipExponent() ? .float(text(from: start)) : .decimal(text(from: start))
        }
        if skipExponent() {
            return .float(text(from: start))
        }
        if offset < bytes.count, SQLByte.isIdentifier(bytes[offset]) {
            offset = start
            return scanWord()
        }
        return .integer(text(from: start))
    }

    /// After `0x`/`0b`: the digits, if at least one follows and no other identifier byte does.
    private mutating func prefixedDigits(where isDigit: (UInt8) -> Bool) -> ArraySlice<UInt8>? {
        var end = offset + 2
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        guard end > offset + 2, end == bytes.count || !SQLByte.isIdentifier(bytes[end]) else { return nil }
        defer { offset = end }
        return bytes[(offset + 2)..<end]
    }

    private mutating func skipDigits() {
        while offset < bytes.count, SQLByte.isDigit(bytes[offset]) { offset += 1 }
    }

    /// Consumes `e[+-]digits` if it is there in full; `1e` and `1e+` are not exponents.
    private mutating func skipExponent() -> Bool {
        guard let e = peek(0), e | 0x20 == UInt8(ascii: "e") else { return false }
        var index = offset + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, SQLByte.isDigit(bytes[index]) else { return false }
        while index < bytes.count, SQLByte.isDigit(bytes[index]) { index += 1 }
        offset = index
        return true
    }

    private func text(from start: Int) -> String {
        String(decoding: bytes[start..<offset], as: UTF8.self)
    }
}
