extension SQLLexer {
    /// The longest operator or punctuation mark at the current offset, consumed.
    mutating func scanSymbol() -> SQLToken.Symbol? {
        let next = peek(1)
        let symbol: SQLToken.Symbol
        switch bytes[offset] {
        case UInt8(ascii: "="): symbol = .equal
        case UInt8(ascii: "<"):
            switch next {
            case UInt8(ascii: "="): symbol = peek(2) == UInt8(ascii: ">") ? .nullSafeEqual : .lessOrEqual
            case UInt8(ascii: ">"): symbol = .lessGreater
            case UInt8(ascii: "<"): symbol = .shiftLeft
            default: symbol = .less
            }
        case UInt8(ascii: ">"):
            switch next {
            case UInt8(ascii: "="): symbol = .greaterOrEqual
            case UInt8(ascii: ">"): symbol = .shiftRight
            default: symbol = .greater
            }
        case UInt8(ascii: "!"): symbol = next == UInt8(ascii: "=") ? .bangEqual : .bang
        case UInt8(ascii: "|"): symbol = next == UInt8(ascii: "|") ? .pipePipe : .pipe
        case UInt8(ascii: "&"): symbol = next == UInt8(ascii: "&") ? .ampersandAmpersand : .ampersand
        case UInt8(ascii: ":"): symbol = next == UInt8(ascii: "=") ? .assign : .colon
        case UInt8(ascii: "-"):
            if next == UInt8(ascii: ">") {
                symbol = peek(2) == UInt8(ascii: ">") ? .doubleArrow : .arrow
            } else {
                symbol = .minus
            }
        case UInt8(ascii: "~"): symbol = .tilde
        case UInt8(ascii: "^"): symbol = .caret
        case UInt8(ascii: "+"): symbol = .plus
        case UInt8(ascii: "*"): symbol = .star
        case UInt8(ascii: "/"): symbol = .slash
        case UInt8(ascii: "%"): symbol = .percent
        case UInt8(ascii: "("): symbol = .leftParenthesis
        case UInt8(ascii: ")"): symbol = .rightParenthesis
        case UInt8(ascii: ","): symbol = .comma
        case UInt8(ascii: ";"): symbol = .semicolon
        case UInt8(ascii: "?"): symbol = .questionMark
        case UInt8(ascii: "{"): symbol = .leftBrace
        case UInt8(ascii: "}"): symbol = .rightBrace
        default: return nil
        }
        offset += symbol.rawValue.utf8.count
        return symbol
    }

    /// At `@`: a user variable (`@a`, `@a.b$c`, `@'x'`, `@"x"`, `` @`x` ``), a system variable
    /// (`@@x`, `@@global.x`, `` @@`x` ``), or a lone `@`/`@@`.
    mutating func scanVariable() throws(SQLSyntaxError) -> SQLToken.Kind {
        if peek(1) == UInt8(ascii: "@") {
            offset += 2
            guard let first = try scanVariableNamePart() else { return .symbol(.atAt) }
            let scopes: Set<String> = ["GLOBAL", "SESSION", "LOCAL", "PERSIST", "PERSIST_ONLY"]
            if peek(0) == UInt8(ascii: "."), scopes.contains(SQLByte.asciiUppercased(first)) {
                offset += 1
                guard let name = try scanVariableNamePart() else {
                    throw error("expected a variable name after '@@\(first).'", at: offset)
                }
                return .systemVariable(scope: first, name: try scanDottedVariableName(after: name))
            }
            let name = try scanDottedVariableName(after: first)
            return .systemVariable(scope: nil, name: name)
        }
        offset += 1
        guard let b = peek(0) else { return .symbol(.at) }
        switch b {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return .userVariable(String(decoding: try scanString(), as: UTF8.self))
        case UInt8(ascii: "`"):
            return .userVariable(try scanQuotedIdentifier())
        default:
            // User variable names may contain dots (the manual: "alphanumeric characters, ., _, and $").
            let start = offset
            while offset < bytes.count, SQLByte.isIdentifier(bytes[offset]) || bytes[offset] == UInt8(ascii: ".") { offset += 1 }
            if offset == start { return .symbol(.at) }
            return .userVariable(String(decoding: bytes[start..<offset], as: UTF8.self))
        }
    }

    /// One part of a system variable name: bare identifier bytes or a backquoted name.
    private mutating func scanVariableNamePart() throws(SQLSyntaxError) -> String? {
        guard let b = peek(0) else { return nil }
        if b == UInt8(ascii: "`") { return try scanQuotedIdentifier() }
        let start = offset
        while offset < bytes.count, SQLByte.isIdentifier(bytes[offset]) { offset += 1 }
        return offset == start ? nil : String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// The rest of `a.b.c` after its first part, as one name (structured and component
    /// variables such as `@@keycache1.key_buffer_size`).
    private mutating func scanDottedVariableName(after first: String) throws(SQLSyntaxError) -> String {
        var name = first
        while peek(0) == UInt8(ascii: "."), peek(1).map(SQLByte.isIdentifier) == true || peek(1) == UInt8(ascii: "`") {
            offset += 1
            name += "." + (try scanVariableNamePart() ?? "")
        }
        return name
    }
}
