extension SQLToken {
    /// Operators and punctuation. The raw value is the spelling; the lexer takes the longest
    /// one that matches (`<=>` before `<=` before `<`).
    public enum Symbol: String, Sendable, Hashable, CaseIterable {
        case equal = "="
        case nullSafeEqual = "<=>"
        case lessGreater = "<>"
        case bangEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case pipePipe = "||"
        case ampersandAmpersand = "&&"
        case bang = "!"
        case tilde = "~"
        case caret = "^"
        case pipe = "|"
        case ampersand = "&"
        case shiftLeft = "<<"
        case shiftRight = ">>"
        case plus = "+"
        case minus = "-"
        case star = "*"
        case slash = "/"
        case percent = "%"
        case leftParenthesis = "("
        case rightParenthesis = ")"
        case comma = ","
        case dot = "."
        case semicolon = ";"
        case colon = ":"
        case assign = ":="
        /// `@` not followed by a name (`'user' @ 'host'` with spaces).
        case at = "@"
        /// `@@` not followed by a name.
        case atAt = "@@"
        /// `->`, JSON_EXTRACT on a column.
        case arrow = "->"
        /// `->>`, JSON_UNQUOTE(JSON_EXTRACT(..)) on a column.
        case doubleArrow = "->>"
        /// `?`, a prepared-statement placeholder.
        case questionMark = "?"
        /// `{` and `}` of ODBC escapes such as `{d '2024-01-02'}`.
        case leftBrace = "{"
        case rightBrace = "}"
    }
}
